// Stored resumes: one default at most, the first added becomes it, removal hands it on.
#include "TestDatabase.h"
#include "storage/ResumeRepository.h"

#include <QTest>

using namespace jobdeck;

class TestResumeRepository : public QObject
{
    Q_OBJECT

private slots:
    void firstResumeBecomesTheDefaultAndSetDefaultMovesIt()
    {
        TestDatabase test;
        const ResumeRepository resumes(test.db());
        const QDateTime now(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        const qint64 a = *resumes.add(QStringLiteral("A"), QStringLiteral("a.txt"), QStringLiteral("text a"), now);
        const qint64 b = *resumes.add(QStringLiteral("B"), QStringLiteral("b.pdf"), QStringLiteral("text b"), now);
        QVERIFY(resumes.find(a)->isDefault);
        QVERIFY(!resumes.find(b)->isDefault);
        QVERIFY(resumes.setDefault(b).ok());
        QVERIFY(!resumes.find(a)->isDefault);
        QVERIFY(resumes.find(b)->isDefault);
        QCOMPARE(resumes.list()->first().id, b); // the default first
        QCOMPARE(resumes.setDefault(999).error().kind, Error::Kind::NotFound);
    }

    void removingTheDefaultHandsItToAnotherResume()
    {
        TestDatabase test;
        const ResumeRepository resumes(test.db());
        const QDateTime now(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        const qint64 a = *resumes.add(QStringLiteral("A"), {}, QStringLiteral("text a"), now);
        const qint64 b = *resumes.add(QStringLiteral("B"), {}, QStringLiteral("text b"), now);
        QVERIFY(resumes.remove(a).ok());
        QVERIFY(resumes.find(b)->isDefault);
        QCOMPARE(resumes.remove(a).error().kind, Error::Kind::NotFound);
    }

    void emptyTextOrNameIsRefusedAndNothingIsStored()
    {
        TestDatabase test;
        const ResumeRepository resumes(test.db());
        QCOMPARE(resumes.add(QStringLiteral("A"), {}, QStringLiteral("  \n"), QDateTime::currentDateTimeUtc()).error().kind,
                 Error::Kind::BadInput);
        QCOMPARE(resumes.add(QStringLiteral(" "), {}, QStringLiteral("text"), QDateTime::currentDateTimeUtc()).error().kind,
                 Error::Kind::BadInput);
        QVERIFY(resumes.list()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResumeRepository)
#include "tst_resumerepository.moc"
