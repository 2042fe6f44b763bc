// kill -9 in the middle of a 30,000-row import: the database holds nothing of it or all of it, and
// SQLite's integrity check passes. Runs the real jobdeck-cli so the kill hits a real process.
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace jobdeck;

namespace {

constexpr int kRows = 30000;

QByteArray bigSheet()
{
    const char* statuses[] = {"Applied", "Phone Screen", "Interviewing", "Rejected", "Offer", "Wishlist"};
    QByteArray out = "company,title,status,date applied,source,notes\n";
    for (int i = 0; i < kRows; ++i) {
        out += QStringLiteral("Company %1,Engineer %2,%3,2025-%4-%5,LinkedIn,\"note %1, quoted\"\n")
                   .arg(i)
                   .arg(i % 40)
                   .arg(QLatin1String(statuses[i % 6]))
                   .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    return out;
}

QStringList importArgs(const QString& db, const QString& csv)
{
    return {QStringLiteral("--db"), db, QStringLiteral("import"), csv};
}

} // namespace

class TestImportCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_csv;
    qint64 m_fullMs = 0;

private slots:
    void initTestCase()
    {
        m_csv = m_dir.filePath(QStringLiteral("big.csv"));
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bigSheet());
        file.close();

        // How long a whole import takes here, to aim the kills inside it.
        const QString db = m_dir.filePath(QStringLiteral("full.sqlite"));
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(JOBDECK_CLI_PATH), importArgs(db, m_csv));
        QVERIFY(process.waitForFinished(120000));
        m_fullMs = timer.elapsed();
        QCOMPARE(process.exitCode(), 0);
        auto opened = Database::open(db);
        QVERIFY(opened);
        QCOMPARE(scalar(*opened.value(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), kRows);
        qInfo("a whole import of %d rows took %lld ms (process start to exit)", kRows, m_fullMs);
    }

    void killedImportLeavesNothingOrEverything_data()
    {
        QTest::addColumn<double>("fraction");
        for (double f : {0.3, 0.6, 0.85, 0.97})
            QTest::newRow(qPrintable(QStringLiteral("%1%").arg(int(f * 100)))) << f;
    }
    void killedImportLeavesNothingOrEverything()
    {
        QFETCH(double, fraction);
        const QString db = m_dir.filePath(QStringLiteral("kill-%1.sqlite").arg(int(fraction * 100)));
        {
            // The database exists before the import starts, as a user's would.
            auto created = Database::open(db);
            QVERIFY(created);
        }
        QProcess process;
        process.start(QStringLiteral(JOBDECK_CLI_PATH), importArgs(db, m_csv));
        QVERIFY(process.waitForStarted());
        const bool finished = process.waitForFinished(int(m_fullMs * fraction));
        if (!finished) {
            process.kill(); // SIGKILL: no handler, no cleanup, like a crash or a power cut
            QVERIFY(process.waitForFinished(10000));
        }

        auto opened = Database::open(db);
        QVERIFY2(opened, qPrintable(opened.message()));
        const Database& after = *opened.value();
        QCOMPARE(scalar(after, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        const int applications = scalar(after, QStringLiteral("SELECT count(*) FROM applications")).toInt();
        const int firstEvents = scalar(after, QStringLiteral("SELECT count(*) FROM stage_events WHERE previous IS NULL")).toInt();
        qInfo("killed at %d%% of the measured time: %s, %d applications", int(fraction * 100),
              finished ? "had already finished" : "killed", applications);
        QVERIFY2(applications == 0 || applications == kRows, qPrintable(QString::number(applications)));
        QCOMPARE(firstEvents, applications);
        if (applications == kRows)
            QCOMPARE(scalar(after, QStringLiteral("SELECT count(*) FROM applications a WHERE a.stage <> (SELECT current "
                                                  "FROM stage_events e WHERE e.application_id = a.id ORDER BY at DESC, "
                                                  "id DESC LIMIT 1)"))
                         .toInt(),
                     0);
    }
};

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_import_crash.moc"
