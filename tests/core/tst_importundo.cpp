// Taking an import back (ImportUndo): exactly the rows the import wrote go, with their history and tasks, and
// only while none of them changed since, here or in another process; otherwise nothing goes.
#include "io/ImportService.h"
#include "io/ImportUndo.h"
#include "io/JsonExporter.h"
#include "MockClock.h"
#include "pipeline/PipelineService.h"
#include "storage/ApplicationRepository.h"
#include "storage/ResumeRepository.h"
#include "storage/TaskRepository.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace jobdeck;
using namespace jobdeck::io;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(JOBDECK_SOURCE_DIR "/tests/data/import/") + QString::fromLatin1(name);
}

// Every row of the three tables an import writes to, as text: to prove a refused undo changed nothing and a
// finished one left exactly what was there before.
QStringList contents(const Database& db)
{
    QStringList rows;
    for (const char* sql :
         {"SELECT * FROM applications ORDER BY id", "SELECT * FROM stage_events ORDER BY id",
          "SELECT * FROM follow_up_tasks ORDER BY id", "SELECT * FROM resumes ORDER BY id"}) {
        QSqlQuery query(db.connection());
        query.exec(QString::fromLatin1(sql));
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values.append(query.value(i).toString());
            rows.append(values.join(QLatin1Char('|')));
        }
    }
    return rows;
}

int count(const Database& db, const char* table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
}

} // namespace

class TestImportUndo : public QObject
{
    Q_OBJECT

    MockClock m_clock; // 2026-01-05 09:00 UTC

    // An application of the person's own, then the LinkedIn fixture (three applications) imported undoably.
    ImportReport importOverOwn(TestDatabase& t, qint64* own = nullptr)
    {
        PipelineService pipeline(t.db(), m_clock);
        const Result<qint64> added = pipeline.create(draftFor(QStringLiteral("Own Co")), Stage::Applied);
        if (!added)
            qFatal("cannot add: %s", qPrintable(added.message()));
        if (own)
            *own = added.value();
        ImportOptions options;
        options.undoable = true;
        const Result<ImportReport> report =
            ImportService(t.db(), m_clock).importFile(fixture("linkedin.csv"), options);
        if (!report || report->imported != 3)
            qFatal("cannot import: %s", qPrintable(report ? report->summary() : report.message()));
        return report.value();
    }

    qint64 importedId(const Database& db, const QString& notCompany)
    {
        return scalar(
                   db,
                   QStringLiteral("SELECT min(id) FROM applications WHERE company <> '%1'").arg(notCompany))
            .toLongLong();
    }

private slots:
    void undoRemovesExactlyWhatTheImportWrote()
    {
        TestDatabase t;
        PipelineService pipeline(t.db(), m_clock);
        QVERIFY(pipeline.create(draftFor(QStringLiteral("Own Co")), Stage::Applied));
        const QStringList before = contents(t.db());
        ImportOptions options;
        options.undoable = true;
        const Result<ImportReport> report =
            ImportService(t.db(), m_clock).importFile(fixture("linkedin.csv"), options);
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(report->undo.applicationCount(), 3);
        QVERIFY(count(t.db(), "stage_events") > 3);
        QVERIFY(count(t.db(), "follow_up_tasks") > 1);

        const Status undone = report->undo.discard(t.db());
        QVERIFY2(undone, qPrintable(undone.message()));
        QCOMPARE(contents(t.db()), before);
        // A second undo of the same import finds nothing of it and says so.
        const Status again = report->undo.discard(t.db());
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QCOMPARE(contents(t.db()), before);
    }

    void anImportThatIsNotUndoableKeepsNothing()
    {
        TestDatabase t;
        const Result<ImportReport> report =
            ImportService(t.db(), m_clock).importFile(fixture("linkedin.csv"));
        QVERIFY(report);
        QCOMPARE(report->imported, 3);
        QVERIFY(report->undo.isEmpty());
    }

    // Each change someone could make to an imported application since the import, by this process or
    // another: the undo is refused and nothing at all is removed, the untouched imported rows included.
    void aChangeSinceTheImportRefusesTheWholeUndo_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("moved") << 0;
        QTest::newRow("moved, then the move undone") << 1;
        QTest::newRow("edited") << 2;
        QTest::newRow("archived") << 3;
        QTest::newRow("task done") << 4;
        QTest::newRow("task snoozed") << 5;
        QTest::newRow("edited by another program") << 6;
        QTest::newRow("removed by another program") << 7;
    }

    void aChangeSinceTheImportRefusesTheWholeUndo()
    {
        QFETCH(int, change);
        TestDatabase t;
        qint64 own = 0;
        const ImportReport report = importOverOwn(t, &own);
        const qint64 id = importedId(t.db(), QStringLiteral("Own Co"));
        PipelineService pipeline(t.db(), m_clock);
        ApplicationRepository applications(t.db());
        TaskRepository tasks(t.db());
        const QDateTime later = m_clock.now().addDays(1);
        const auto firstTask = [&] {
            // An imported application's task, not the person's own application's.
            return scalar(t.db(),
                          QStringLiteral("SELECT min(id) FROM follow_up_tasks WHERE status = 'pending' "
                                         "AND application_id <> %1")
                              .arg(own))
                .toLongLong();
        };
        switch (change) {
        case 0:
            QVERIFY(pipeline.move(id, Stage::Rejected, later));
            break;
        case 1: {
            const Result<PipelineService::MoveOutcome> moved = pipeline.move(id, Stage::Rejected, later);
            QVERIFY(moved);
            QVERIFY(pipeline.revert(moved->eventId));
            break;
        }
        case 2: {
            ApplicationDraft draft = applications.find(id).value();
            draft.notes = QStringLiteral("Spoke to the recruiter");
            QVERIFY(applications.update(id, draft, later));
            break;
        }
        case 3:
            QVERIFY(applications.setArchived(id, true, later));
            break;
        case 4:
            QVERIFY(tasks.complete(firstTask(), later));
            break;
        case 5:
            QVERIFY(tasks.snooze(firstTask(), later.addDays(3)));
            break;
        case 6:
            writeRawSqlite(t.path(),
                           {QStringLiteral("UPDATE applications SET salary = '90k' WHERE id = %1").arg(id)});
            break;
        case 7:
            writeRawSqlite(t.path(), {QStringLiteral("DELETE FROM applications WHERE id = %1").arg(id)});
            break;
        }
        const QStringList before = contents(t.db());
        const Status undone = report.undo.discard(t.db());
        QVERIFY(!undone);
        QCOMPARE(undone.error().kind, Error::Kind::Conflict);
        QVERIFY2(undone.message().contains(QStringLiteral("nothing was undone")),
                 qPrintable(undone.message()));
        QCOMPARE(contents(t.db()), before);
    }

    void aMatchScoreWrittenSinceIsNotAChange()
    {
        TestDatabase t;
        qint64 own = 0;
        const ImportReport report = importOverOwn(t, &own);
        const qint64 id = importedId(t.db(), QStringLiteral("Own Co"));
        QVERIFY(ApplicationRepository(t.db()).setMatchScore(id, 0.42));
        QVERIFY(report.undo.discard(t.db()));
        QCOMPARE(count(t.db(), "applications"), 1);
        QVERIFY(ApplicationRepository(t.db()).find(own));
    }

    // A Jobdeck JSON file into a database that holds data: its applications, their whole history and its
    // resume go; the database's own resume stays its default.
    void aJsonImportGoesWithItsHistoryAndResumes()
    {
        TestDatabase source;
        PipelineService sourcePipeline(source.db(), m_clock);
        const Result<qint64> a = sourcePipeline.create(draftFor(QStringLiteral("Initech")), Stage::Applied);
        QVERIFY(a);
        QVERIFY(sourcePipeline.move(a.value(), Stage::Screen, m_clock.now().addDays(2)));
        QVERIFY(sourcePipeline.create(draftFor(QStringLiteral("Globex")), Stage::Saved));
        QVERIFY(ResumeRepository(source.db())
                    .add(QStringLiteral("Theirs"), QString(), QStringLiteral("Rust"), m_clock.now()));
        const Result<QJsonObject> exported = JsonExporter::exportAll(source.db(), m_clock.now());
        QVERIFY(exported);

        TestDatabase t;
        QVERIFY(PipelineService(t.db(), m_clock).create(draftFor(QStringLiteral("Own Co")), Stage::Applied));
        const Result<qint64> mine = ResumeRepository(t.db()).add(QStringLiteral("Mine"), QString(),
                                                                 QStringLiteral("C++"), m_clock.now());
        QVERIFY(mine);
        QVERIFY(ResumeRepository(t.db()).setDefault(mine.value()));
        const QStringList before = contents(t.db());

        ImportOptions options;
        options.undoable = true;
        const Result<ImportReport> report =
            ImportService(t.db(), m_clock).importData(QJsonDocument(exported.value()).toJson(), options);
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(report->imported, 2);
        QCOMPARE(report->undo.applicationCount(), 2);
        QCOMPARE(report->undo.resumeCount(), 1);
        QCOMPARE(count(t.db(), "resumes"), 2);

        QVERIFY(report->undo.discard(t.db()));
        QCOMPARE(contents(t.db()), before);
    }

    void aResumeChangedSinceRefusesTheUndo()
    {
        TestDatabase source;
        QVERIFY(PipelineService(source.db(), m_clock)
                    .create(draftFor(QStringLiteral("Initech")), Stage::Applied));
        QVERIFY(ResumeRepository(source.db())
                    .add(QStringLiteral("Theirs"), QString(), QStringLiteral("Rust"), m_clock.now()));
        const Result<QJsonObject> exported = JsonExporter::exportAll(source.db(), m_clock.now());
        QVERIFY(exported);
        TestDatabase t;
        QVERIFY(PipelineService(t.db(), m_clock).create(draftFor(QStringLiteral("Own Co")), Stage::Applied));
        ImportOptions options;
        options.undoable = true;
        const Result<ImportReport> report =
            ImportService(t.db(), m_clock).importData(QJsonDocument(exported.value()).toJson(), options);
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(report->undo.resumeCount(), 1);
        writeRawSqlite(t.path(), {QStringLiteral("UPDATE resumes SET content = 'Rust, Go'")});
        const QStringList before = contents(t.db());
        const Status undone = report->undo.discard(t.db());
        QVERIFY(!undone);
        QVERIFY2(undone.message().contains(QStringLiteral("Theirs")), qPrintable(undone.message()));
        QCOMPARE(contents(t.db()), before);
    }

    // More ids than one statement binds: the undo works in slices and still takes everything.
    void aLargeImportIsUndoneWhole()
    {
        TestDatabase t;
        QByteArray csv("Company,Title,Date Applied\n");
        for (int i = 0; i < 1234; ++i)
            csv += QByteArray("Company ") + QByteArray::number(i) + ",Engineer,2026-01-02\n";
        ImportOptions options;
        options.undoable = true;
        const Result<ImportReport> report = ImportService(t.db(), m_clock).importData(csv, options);
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(report->imported, 1234);
        QCOMPARE(report->undo.applicationCount(), 1234);
        QVERIFY(report->undo.discard(t.db()));
        QCOMPARE(count(t.db(), "applications"), 0);
        QCOMPARE(count(t.db(), "stage_events"), 0);
        QCOMPARE(count(t.db(), "follow_up_tasks"), 0);
    }

    // Past the limit an import keeps nothing for an undo (its before-import backup takes it back).
    void anImportPastTheLimitKeepsNoUndo()
    {
        TestDatabase t;
        QByteArray csv("Company,Title,Date Applied\n");
        for (qsizetype i = 0; i <= ImportUndo::kMaxApplications; ++i)
            csv += QByteArray("Company ") + QByteArray::number(i) + ",Engineer,2026-01-02\n";
        ImportOptions options;
        options.undoable = true;
        const Result<ImportReport> report = ImportService(t.db(), m_clock).importData(csv, options);
        QVERIFY2(report, qPrintable(report.message()));
        QCOMPARE(report->imported, int(ImportUndo::kMaxApplications) + 1);
        QVERIFY(report->undo.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportUndo)
#include "tst_importundo.moc"
