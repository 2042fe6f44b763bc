// Concurrent writers on one server (issue 16): 20 threads, each with its own connection as Jobdeck's Database
// hands them out, make 200 moves each for the same user, four threads to an application; nothing is lost,
// nothing fails, and every application's log still reads as one move after another (two moves that both read
// the same old stage would break that chain). Also: the user's change channel carries a NOTIFY
// when another client (the CLI) moves an application.
#include "PgCluster.h"
#include "ServerSuite.h"

#include "pipeline/PipelineService.h"
#include "pipeline/Stage.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace jobdeck;

class TestServerConcurrency : public jobdeck::test::ServerSuite
{
    Q_OBJECT

private:
    QString m_url;

private slots:
    void initTestCase()
    {
        const QString setUp = startWithJobdeck({QStringLiteral("writer")});
        JOBDECK_REQUIRE_CLUSTER(*m_cluster);
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
        m_url = as(QStringLiteral("writer"));
    }

    void twentyWritersTimesTwoHundredMovesLoseNothing()
    {
        constexpr int kWriters = 20;
        constexpr int kMoves = 200;
        constexpr int kApplications = 5;
        Result<std::unique_ptr<Database>> opened = Database::open(m_url);
        QVERIFY2(opened, qPrintable(opened.message()));
        const Database& db = *opened.value();
        QVERIFY(db.isServer());
        QCOMPARE(db.changeChannel(), QStringLiteral("jobdeck:writer"));

        QList<qint64> ids;
        {
            PipelineService pipeline(db, SystemClock::instance());
            for (int i = 0; i < kApplications; ++i) {
                ApplicationDraft draft;
                draft.company = QStringLiteral("Company %1").arg(i);
                draft.title = QStringLiteral("Role");
                const Result<qint64> id = pipeline.create(draft);
                QVERIFY2(id, qPrintable(id.message()));
                ids.append(id.value());
            }
        }
        std::atomic<int> failures{0};
        std::atomic<int> moved{0};
        std::atomic<int> unchanged{0};
        QMutex errorMutex;
        QString firstError;
        QList<QThread*> threads;
        QElapsedTimer timer;
        timer.start();
        for (int w = 0; w < kWriters; ++w) {
            threads.append(QThread::create([&, w] {
                PipelineService pipeline(db, SystemClock::instance());
                for (int m = 0; m < kMoves; ++m) {
                    static constexpr Stage kStages[] = {Stage::Screen, Stage::Technical, Stage::Onsite};
                    const Stage to = kStages[(w + m) % 3];
                    const auto outcome = pipeline.move(ids.at(w % kApplications), to);
                    if (outcome && outcome->changed) {
                        ++moved;
                    } else if (outcome) {
                        ++unchanged; // another writer had just moved it there: a no-op, as on SQLite
                    } else {
                        ++failures;
                        const QMutexLocker lock(&errorMutex);
                        if (firstError.isEmpty())
                            firstError = outcome.message();
                    }
                }
            }));
            threads.last()->start();
        }
        for (QThread* thread : std::as_const(threads)) {
            QVERIFY(thread->wait(300000));
            delete thread;
        }
        qInfo("%d writers x %d moves on PostgreSQL: %lld ms", kWriters, kMoves, qint64(timer.elapsed()));
        QVERIFY2(failures == 0, qPrintable(firstError));
        QCOMPARE(moved.load() + unchanged.load(), kWriters * kMoves);
        QVERIFY(moved.load() > kWriters * kMoves / 2);

        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM stage_events")) && query.next());
        QCOMPARE(query.value(0).toInt(), kApplications + moved.load());
        // Each log is a chain: every event leaves the stage the one before it entered.
        QVERIFY(query.exec(QStringLiteral(
            "SELECT count(*) FROM (SELECT previous, lag(current) OVER (PARTITION BY application_id ORDER BY id) AS "
            "before FROM stage_events) e WHERE previous IS DISTINCT FROM before")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        // The cached stage agrees with the log.
        QVERIFY(query.exec(QStringLiteral(
            "SELECT count(*) FROM applications a WHERE a.stage <> (SELECT e.current FROM stage_events e WHERE "
            "e.application_id = a.id ORDER BY e.id DESC LIMIT 1)")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void aMoveByAnotherClientIsAnnouncedOnTheUsersChannel()
    {
        Result<std::unique_ptr<Database>> opened = Database::open(m_url);
        QVERIFY2(opened, qPrintable(opened.message()));
        const Database& db = *opened.value();
        // An application of its own, in Applied: the writers above leave theirs in stages no one can predict,
        // and a move to the stage an application is already in writes nothing, so announces nothing.
        ApplicationDraft draft;
        draft.company = QStringLiteral("Announced");
        draft.title = QStringLiteral("Role");
        const Result<qint64> id = PipelineService(db, SystemClock::instance()).create(draft);
        QVERIFY2(id, qPrintable(id.message()));
        QSqlDriver* driver = db.connection().driver();
        QVERIFY(driver->subscribeToNotification(db.changeChannel()));
        QSignalSpy spy(driver, &QSqlDriver::notification);
        QProcess cli;
        cli.start(QStringLiteral(JOBDECK_CLI_PATH), {QStringLiteral("--db"), m_url, QStringLiteral("move"),
                                                     QString::number(id.value()), QStringLiteral("onsite")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 5000);
        QCOMPARE(spy.first().at(0).toString(), db.changeChannel());
        QStringList tables;
        for (const QList<QVariant>& signal : std::as_const(spy))
            tables.append(signal.at(2).toString());
        QVERIFY2(tables.contains(QStringLiteral("stage_events")), qPrintable(tables.join(QLatin1Char(','))));
    }

    void cleanupTestCase() { m_cluster.reset(); }
};

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_server_concurrency.moc"
