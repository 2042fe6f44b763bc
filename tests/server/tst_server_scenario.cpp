// Jobdeck on a real PostgreSQL 15 server (issue 16's "done when"): server init and add-user, idempotent; the CLI
// scenario as alice gives what it gives on SQLite; bob sees none of alice's rows through Jobdeck or plain psql;
// nobody rewrites or deletes the event log; the errors name the server and change nothing.
#include "CliRun.h"
#include "PgCluster.h"
#include "ServerSuite.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using jobdeck::test::CliRun;
using jobdeck::test::PgCluster;
using jobdeck::test::runCli;

class TestServerScenario : public jobdeck::test::ServerSuite
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_started;

    // The scenario, identical on both engines: times are given, except an undo's (now), which mask() hides.
    QStringList scenario(const QString& db)
    {
        const QString huntr = QStringLiteral(JOBDECK_SOURCE_DIR "/tests/data/import/huntr.csv");
        const QString resume = QStringLiteral(JOBDECK_SOURCE_DIR "/tests/data/matching/documents/resume.md");
        const QList<QStringList> steps{
            {QStringLiteral("import"), huntr},
            {QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("Globex"), QStringLiteral("--title"),
             QStringLiteral("QA Lead"), QStringLiteral("--source"), QStringLiteral("referral"),
             QStringLiteral("--applied-on"), QStringLiteral("2025-04-10")},
            {QStringLiteral("move"), QStringLiteral("5"), QStringLiteral("screen"), QStringLiteral("--at"),
             QStringLiteral("2025-04-14T09:00:00Z")},
            {QStringLiteral("move"), QStringLiteral("5"), QStringLiteral("technical"), QStringLiteral("--at"),
             QStringLiteral("2025-04-20T15:30:00Z"), QStringLiteral("--interview-at"),
             QStringLiteral("2025-04-22T10:00:00Z")},
            {QStringLiteral("move"), QStringLiteral("1"), QStringLiteral("rejected"), QStringLiteral("--at"),
             QStringLiteral("2025-04-25T08:00:00Z")},
            {QStringLiteral("move"), QStringLiteral("2"), QStringLiteral("onsite"), QStringLiteral("--at"),
             QStringLiteral("2025-04-26T08:00:00Z")},
            {QStringLiteral("undo"), QStringLiteral("2")},
            {QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("Hooli"), QStringLiteral("--title"),
             QStringLiteral("C++ Engineer"), QStringLiteral("--applied-on"), QStringLiteral("2025-04-11"),
             QStringLiteral("--jd-file"), jd(QStringLiteral("cpp.txt"), QStringLiteral(
                 "Senior C++ engineer: Qt 6, SQL, PostgreSQL and SQLite, multithreading, CMake, unit tests."))},
            {QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("Pied Piper"), QStringLiteral("--title"),
             QStringLiteral("Data Scientist"), QStringLiteral("--applied-on"), QStringLiteral("2025-04-12"),
             QStringLiteral("--jd-file"), jd(QStringLiteral("data.txt"), QStringLiteral(
                 "Data scientist: Python, pandas, statistics, machine learning, SQL dashboards."))},
            {QStringLiteral("--json"), QStringLiteral("rank"), QStringLiteral("--resume"), resume, QStringLiteral("--explain")},
            {QStringLiteral("--json"), QStringLiteral("rank"), QStringLiteral("--resume"), resume, QStringLiteral("--top"),
             QStringLiteral("1")},
            {QStringLiteral("--json"), QStringLiteral("match"), QStringLiteral("--resume"), resume, QStringLiteral("--jd"),
             m_dir.filePath(QStringLiteral("cpp.txt"))},
            {QStringLiteral("history"), QStringLiteral("5")},
            {QStringLiteral("history"), QStringLiteral("2")},
            {QStringLiteral("list")},
            {QStringLiteral("tasks"), QStringLiteral("--all")},
            {QStringLiteral("done"), QStringLiteral("9")},
            {QStringLiteral("snooze"), QStringLiteral("10"), QStringLiteral("--until"), QStringLiteral("2025-04-21T08:00:00Z")},
            {QStringLiteral("tasks")},
            {QStringLiteral("analytics"), QStringLiteral("--as-of"), QStringLiteral("2025-05-01T00:00:00Z")},
            {QStringLiteral("--json"), QStringLiteral("analytics"), QStringLiteral("--as-of"),
             QStringLiteral("2025-04-21T00:00:00Z"), QStringLiteral("--from"), QStringLiteral("2025-04-01T00:00:00Z")},
            {QStringLiteral("--json"), QStringLiteral("analytics")},
        };
        QStringList outputs;
        for (const QStringList& step : steps) {
            const CliRun run = runCli(QStringList{QStringLiteral("--db"), db} + step);
            outputs.append(QStringLiteral("%1 -> %2\n%3%4")
                               .arg(step.join(QLatin1Char(' ')))
                               .arg(run.code)
                               .arg(mask(QString::fromUtf8(run.out)), mask(QString::fromUtf8(run.err))));
        }
        return outputs;
    }

    QString jd(const QString& name, const QString& text)
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(text.toUtf8());
        return file.fileName();
    }

    // Times of this run (an undo's) differ between the two runs; every other figure must not.
    QString mask(QString text) const
    {
        static const QRegularExpression iso(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        QRegularExpressionMatchIterator it = iso.globalMatch(text);
        QStringList recent;
        while (it.hasNext()) {
            const QString found = it.next().captured(0);
            if (QDateTime::fromString(found, Qt::ISODate) >= m_started)
                recent.append(found);
        }
        for (const QString& time : std::as_const(recent))
            text.replace(time, QStringLiteral("<now>"));
        return text;
    }

private slots:
    void initTestCase()
    {
        m_started = QDateTime::currentDateTimeUtc().addSecs(-1);
        m_cluster = std::make_unique<PgCluster>();
        JOBDECK_REQUIRE_CLUSTER(*m_cluster);
        const auto created = m_cluster->psql(QStringLiteral("postgres"), QStringLiteral("postgres"),
                                             QStringLiteral("CREATE DATABASE jobdeck"));
        QVERIFY2(created.ok, qPrintable(created.err));
        const auto roles = m_cluster->psql(QStringLiteral("postgres"), kDatabase,
                                           QStringLiteral("CREATE ROLE alice LOGIN; CREATE ROLE bob LOGIN; "
                                                          "CREATE ROLE carol LOGIN"));
        QVERIFY2(roles.ok, qPrintable(roles.err));
    }

    void commandsBeforeInitSayHowToInit()
    {
        const CliRun run = runCli({QStringLiteral("--db"), owner(), QStringLiteral("list")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("server init` as the database owner"), run.err.constData());
        QVERIFY2(run.err.contains(owner().toUtf8()), run.err.constData());
        // Nothing was created by the refusal.
        QCOMPARE(m_cluster->psql(QStringLiteral("postgres"), kDatabase,
                                 QStringLiteral("SELECT to_regclass('jobdeck_schema') IS NULL")).out,
                 QStringLiteral("t"));
    }

    void serverInitIsIdempotent()
    {
        const CliRun first = runCli({QStringLiteral("--db"), owner(), QStringLiteral("server"), QStringLiteral("init")});
        QCOMPARE(first.code, 0);
        QVERIFY2(first.out.contains("Created Jobdeck's schema (version 4)."), first.out.constData());
        QVERIFY(first.out.contains("Created the group role jobdeck_users."));
        const CliRun again = runCli({QStringLiteral("--db"), owner(), QStringLiteral("server"), QStringLiteral("init")});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains("up to date (version 4)"), again.out.constData());
        QVERIFY(again.out.contains("The group role jobdeck_users exists."));
        QCOMPARE(m_cluster->psql(QStringLiteral("postgres"), kDatabase, QStringLiteral("SELECT version FROM jobdeck_schema"))
                     .out,
                 QStringLiteral("4"));
    }

    void twoFirstInitsAtOnceMigrateOnce()
    {
        QVERIFY(m_cluster->psql(QStringLiteral("postgres"), QStringLiteral("postgres"),
                                QStringLiteral("CREATE DATABASE race")).ok);
        const QString url = m_cluster->url(QStringLiteral("postgres"), QStringLiteral("race"));
        QList<QProcess*> inits;
        for (int i = 0; i < 4; ++i) {
            inits.append(new QProcess(this));
            inits.last()->start(QStringLiteral(JOBDECK_CLI_PATH),
                                {QStringLiteral("--db"), url, QStringLiteral("server"), QStringLiteral("init")});
        }
        int created = 0;
        for (QProcess* init : std::as_const(inits)) {
            QVERIFY(init->waitForFinished(60000));
            QCOMPARE(init->exitCode(), 0);
            created += QString::fromUtf8(init->readAllStandardOutput()).contains(QStringLiteral("Created Jobdeck's schema"));
            delete init;
        }
        QCOMPARE(created, 1);
        QCOMPARE(m_cluster->psql(QStringLiteral("postgres"), QStringLiteral("race"),
                                 QStringLiteral("SELECT version FROM jobdeck_schema")).out,
                 QStringLiteral("4"));
    }

    void anOlderSchemaIsMigratedByInitOnlyAndANewerOneRefused()
    {
        // A server left at schema 2 by an older Jobdeck: users are told to have it migrated, init migrates it.
        QVERIFY(m_cluster->psql(QStringLiteral("postgres"), QStringLiteral("postgres"),
                                QStringLiteral("CREATE DATABASE old")).ok);
        for (const char* file : {"001_initial.sql", "002_task_events.sql"}) {
            const auto ran = m_cluster->psqlFile(QStringLiteral("postgres"), QStringLiteral("old"),
                                                 QStringLiteral(JOBDECK_SOURCE_DIR "/resources/migrations/pg/") +
                                                     QString::fromLatin1(file));
            QVERIFY2(ran.ok, qPrintable(ran.err));
        }
        QVERIFY(m_cluster->psql(QStringLiteral("postgres"), QStringLiteral("old"),
                                QStringLiteral("CREATE TABLE jobdeck_schema (only_row BOOLEAN PRIMARY KEY DEFAULT TRUE "
                                               "CHECK (only_row), version INTEGER NOT NULL); "
                                               "INSERT INTO jobdeck_schema VALUES (TRUE, 2)")).ok);
        const QString url = m_cluster->url(QStringLiteral("postgres"), QStringLiteral("old"));
        const CliRun refused = runCli({QStringLiteral("--db"), url, QStringLiteral("list")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("is version 2; this Jobdeck needs 4"), refused.err.constData());
        const CliRun init = runCli({QStringLiteral("--db"), url, QStringLiteral("server"), QStringLiteral("init")});
        QVERIFY2(init.code == 0, init.err.constData());
        QVERIFY2(init.out.contains("Migrated Jobdeck's schema from version 2 to 4."), init.out.constData());
        QCOMPARE(runCli({QStringLiteral("--db"), url, QStringLiteral("list")}).code, 0);

        // A newer schema is refused by both, and left as it was.
        QVERIFY(m_cluster->psql(QStringLiteral("postgres"), QStringLiteral("old"),
                                QStringLiteral("UPDATE jobdeck_schema SET version = 99")).ok);
        const CliRun newer = runCli({QStringLiteral("--db"), url, QStringLiteral("server"), QStringLiteral("init")});
        QCOMPARE(newer.code, 1);
        QVERIFY2(newer.err.contains("newer Jobdeck schema"), newer.err.constData());
        QCOMPARE(runCli({QStringLiteral("--db"), url, QStringLiteral("list")}).code, 1);
        QCOMPARE(m_cluster->psql(QStringLiteral("postgres"), QStringLiteral("old"),
                                 QStringLiteral("SELECT version FROM jobdeck_schema")).out,
                 QStringLiteral("99"));
    }

    void addUserIsIdempotentAndNeedsAnExistingRole()
    {
        for (const QString& role : {QStringLiteral("alice"), QStringLiteral("bob")}) {
            const CliRun added = runCli({QStringLiteral("--db"), owner(), QStringLiteral("server"),
                                   QStringLiteral("add-user"), role});
            QCOMPARE(added.code, 0);
            QVERIFY2(added.out.contains("may now use Jobdeck"), added.out.constData());
            const CliRun again = runCli({QStringLiteral("--db"), owner(), QStringLiteral("server"),
                                   QStringLiteral("add-user"), role});
            QCOMPARE(again.code, 0);
            QVERIFY2(again.out.contains("already uses Jobdeck"), again.out.constData());
        }
        const CliRun missing = runCli({QStringLiteral("--db"), owner(), QStringLiteral("server"),
                                 QStringLiteral("add-user"), QStringLiteral("mallory")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains("There is no role 'mallory'"), missing.err.constData());
        // A role the owner has not added is told so, by name.
        const CliRun stranger = runCli({QStringLiteral("--db"), as(QStringLiteral("carol")), QStringLiteral("list")});
        QCOMPARE(stranger.code, 1);
        QVERIFY2(stranger.err.contains("The role 'carol' may not use Jobdeck"), stranger.err.constData());
    }

    void aliceScenarioMatchesSqlite()
    {
        const QStringList onFile = scenario(m_dir.filePath(QStringLiteral("reference.sqlite")));
        const QStringList onServer = scenario(as(QStringLiteral("alice")));
        QCOMPARE(onServer.size(), onFile.size());
        for (qsizetype i = 0; i < onFile.size(); ++i)
            QCOMPARE(onServer.at(i), onFile.at(i));
        // The scenario did something worth comparing.
        QVERIFY2(onFile.join(QString()).contains(QStringLiteral("technical")), qPrintable(onFile.join(QString())));
        QVERIFY2(onFile.join(QString()).contains(QStringLiteral("\"match_index\"")), qPrintable(onFile.join(QString())));
        // The fitted model was stored, per user, on the server too.
        QCOMPARE(m_cluster->psql(QStringLiteral("postgres"), kDatabase,
                                 QStringLiteral("SELECT count(*) FROM matcher_models WHERE owner = 'alice'")).out,
                 QStringLiteral("1"));
        for (const QString& step : onFile)
            QVERIFY2(step.section(QLatin1Char('\n'), 0, 0).endsWith(QLatin1String("-> 0")), qPrintable(step));
    }

    void exportsOfBothEnginesAreEqual()
    {
        const QString fileJson = m_dir.filePath(QStringLiteral("file.json"));
        const QString serverJson = m_dir.filePath(QStringLiteral("server.json"));
        QCOMPARE(runCli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("reference.sqlite")), QStringLiteral("export"),
                      fileJson}).code,
                 0);
        QCOMPARE(runCli({QStringLiteral("--db"), as(QStringLiteral("alice")), QStringLiteral("export"), serverJson}).code, 0);
        QFile a(fileJson), b(serverJson);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QJsonObject fromFile = QJsonDocument::fromJson(a.readAll()).object();
        QJsonObject fromServer = QJsonDocument::fromJson(b.readAll()).object();
        // Row times written "now" (created_at, updated_at, an undo) differ between the runs.
        for (QJsonObject* doc : {&fromFile, &fromServer})
            *doc = QJsonDocument::fromJson(mask(QString::fromUtf8(QJsonDocument(*doc).toJson())).toUtf8()).object();
        for (const char* table : {"applications", "stage_events", "follow_up_tasks"}) {
            const QString name = QString::fromLatin1(table);
            QVERIFY(!fromFile.value(name).toArray().isEmpty());
            QCOMPARE(fromServer.value(name), fromFile.value(name));
        }
    }

    void bobSeesNoneOfAlicesRows()
    {
        const CliRun list = runCli({QStringLiteral("--db"), as(QStringLiteral("bob")), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY2(!list.out.contains("Globex"), list.out.constData());
        const CliRun history = runCli({QStringLiteral("--db"), as(QStringLiteral("bob")), QStringLiteral("history"),
                                 QStringLiteral("5")});
        QCOMPARE(history.code, 1);
        const CliRun added = runCli({QStringLiteral("--db"), as(QStringLiteral("bob")), QStringLiteral("add"),
                               QStringLiteral("--company"), QStringLiteral("Initech"), QStringLiteral("--title"),
                               QStringLiteral("TPS")});
        QCOMPARE(added.code, 0);
        const CliRun analytics = runCli({QStringLiteral("--db"), as(QStringLiteral("bob")), QStringLiteral("--json"),
                                   QStringLiteral("analytics")});
        QCOMPARE(analytics.code, 0);
        QVERIFY2(analytics.out.contains("\"direct\"") && !analytics.out.contains("referral"),
                 analytics.out.constData());

        // Plain psql as bob: the database itself hides alice's rows and refuses to change them.
        const auto counts = m_cluster->psql(
            QStringLiteral("bob"), kDatabase,
            QStringLiteral("SELECT (SELECT count(*) FROM applications) || ',' || (SELECT count(*) FROM stage_events) "
                           "|| ',' || (SELECT count(*) FROM follow_up_tasks WHERE owner <> current_user)"));
        QVERIFY2(counts.ok, qPrintable(counts.err));
        QCOMPARE(counts.out, QStringLiteral("1,1,0"));
        const auto rewrite = m_cluster->psql(QStringLiteral("bob"), kDatabase,
                                             QStringLiteral("UPDATE applications SET company = 'x' WHERE owner = "
                                                            "'alice'; DELETE FROM follow_up_tasks WHERE owner = 'alice'"));
        QVERIFY2(rewrite.ok, qPrintable(rewrite.err));
        const auto steal = m_cluster->psql(QStringLiteral("bob"), kDatabase,
                                           QStringLiteral("INSERT INTO applications (company, title, stage, "
                                                          "stage_entered_at, furthest_rank, created_at, updated_at, "
                                                          "owner) VALUES ('x', 'y', 'applied', 'a', 1, 'a', 'a', 'alice')"));
        QVERIFY(!steal.ok);
        QVERIFY2(steal.err.contains(QStringLiteral("row-level security")), qPrintable(steal.err));
        // An event on alice's application (whose id bob could guess) is refused too.
        const auto foreign = m_cluster->psql(QStringLiteral("bob"), kDatabase,
                                             QStringLiteral("INSERT INTO stage_events (application_id, current, "
                                                            "current_rank, at) VALUES (5, 'offer', 6, 'z')"));
        QVERIFY(!foreign.ok);
        QCOMPARE(m_cluster->psql(QStringLiteral("alice"), kDatabase,
                                 QStringLiteral("SELECT count(*) FROM applications WHERE company = 'x'")).out,
                 QStringLiteral("0"));
        QCOMPARE(m_cluster->psql(QStringLiteral("alice"), kDatabase,
                                 QStringLiteral("SELECT count(*) FROM applications")).out,
                 QStringLiteral("7"));
    }

    void noRoleRewritesOrDeletesTheEventLog()
    {
        for (const QString& role : {QStringLiteral("alice"), QStringLiteral("bob")}) {
            for (const QString& sql : {QStringLiteral("UPDATE stage_events SET at = 'x'"),
                                       QStringLiteral("DELETE FROM stage_events"),
                                       QStringLiteral("TRUNCATE stage_events"),
                                       QStringLiteral("TRUNCATE applications CASCADE"),
                                       QStringLiteral("INSERT INTO stage_events (id, application_id, current, "
                                                      "current_rank, at) SELECT id, application_id, current, "
                                                      "current_rank, at FROM stage_events LIMIT 1"),
                                       QStringLiteral("INSERT INTO stage_events (id, application_id, current, "
                                                      "current_rank, at) SELECT id, application_id, current, "
                                                      "current_rank, at FROM stage_events LIMIT 1 ON CONFLICT (id) DO "
                                                      "UPDATE SET at = 'x'")}) {
                const auto result = m_cluster->psql(role, kDatabase, sql);
                QVERIFY2(!result.ok, qPrintable(role + QStringLiteral(": ") + sql));
            }
        }
        // Not even the owner rewrites history: the triggers hold for every role.
        const auto update = m_cluster->psql(QStringLiteral("postgres"), kDatabase,
                                            QStringLiteral("UPDATE stage_events SET at = 'x'"));
        QVERIFY(!update.ok);
        QVERIFY2(update.err.contains(QStringLiteral("append-only")), qPrintable(update.err));
        const auto remove = m_cluster->psql(QStringLiteral("postgres"), kDatabase, QStringLiteral("DELETE FROM stage_events"));
        QVERIFY(!remove.ok);
        const auto replay = m_cluster->psql(
            QStringLiteral("postgres"), kDatabase,
            QStringLiteral("INSERT INTO stage_events (id, application_id, current, current_rank, at, owner) "
                           "SELECT id, application_id, current, current_rank, at, owner FROM stage_events LIMIT 1"));
        QVERIFY(!replay.ok);
        QVERIFY2(replay.err.contains(QStringLiteral("append-only")), qPrintable(replay.err));
        // Deleting an application still takes its events with it.
        const auto cascade = m_cluster->psql(QStringLiteral("bob"), kDatabase, QStringLiteral("DELETE FROM applications"));
        QVERIFY2(cascade.ok, qPrintable(cascade.err));
        QCOMPARE(m_cluster->psql(QStringLiteral("postgres"), kDatabase,
                                 QStringLiteral("SELECT count(*) FROM stage_events WHERE owner = 'bob'")).out,
                 QStringLiteral("0"));
    }

    void aJsonExportImportsWithItsHistory()
    {
        // bob's own rows are gone (above); alice's export, made on SQLite, becomes his, history and all.
        const CliRun imported = runCli({QStringLiteral("--db"), as(QStringLiteral("bob")), QStringLiteral("import"),
                                  m_dir.filePath(QStringLiteral("file.json"))});
        QVERIFY2(imported.code == 0, imported.err.constData());
        for (const QString& asOf : {QStringLiteral("2025-04-21T00:00:00Z"), QStringLiteral("2025-05-01T00:00:00Z")}) {
            const CliRun onServer = runCli({QStringLiteral("--db"), as(QStringLiteral("bob")), QStringLiteral("--json"),
                                      QStringLiteral("analytics"), QStringLiteral("--as-of"), asOf});
            const CliRun onFile = runCli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("reference.sqlite")),
                                    QStringLiteral("--json"), QStringLiteral("analytics"), QStringLiteral("--as-of"), asOf});
            QCOMPARE(onServer.code, 0);
            QCOMPARE(onServer.out, onFile.out);
        }
        QCOMPARE(m_cluster->psql(QStringLiteral("bob"), kDatabase,
                                 QStringLiteral("SELECT count(*) FROM stage_events WHERE reverts_event_id IS NOT NULL")).out,
                 QStringLiteral("1"));
        // alice's rows are untouched by bob's import.
        QCOMPARE(m_cluster->psql(QStringLiteral("alice"), kDatabase, QStringLiteral("SELECT count(*) FROM applications")).out,
                 QStringLiteral("7"));
    }

    void backupOfAServerIsAJobdeckFileOfTheUsersRows()
    {
        const QString backup = m_dir.filePath(QStringLiteral("alice-backup.sqlite"));
        const CliRun run = runCli({QStringLiteral("--db"), as(QStringLiteral("alice")), QStringLiteral("backup"), backup});
        QVERIFY2(run.code == 0, run.err.constData());
        const CliRun list = runCli({QStringLiteral("--db"), backup, QStringLiteral("--json"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 7);
        QVERIFY(!list.out.contains("Initech"));
    }

    void copyMovesAWholeDatabaseBothWays()
    {
        // The reference file to a new server database of carol's, and that back to a new file.
        QVERIFY(runCli({QStringLiteral("--db"), owner(), QStringLiteral("server"), QStringLiteral("add-user"),
                     QStringLiteral("carol")}).code == 0);
        const CliRun in = runCli({QStringLiteral("copy"), QStringLiteral("--from"), m_dir.filePath(QStringLiteral("reference.sqlite")),
                            QStringLiteral("--to"), as(QStringLiteral("carol"))});
        QVERIFY2(in.code == 0, in.err.constData());
        QVERIFY2(in.out.contains("both export the same data"), in.out.constData());
        const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
        const CliRun out = runCli({QStringLiteral("copy"), QStringLiteral("--from"), as(QStringLiteral("carol")),
                             QStringLiteral("--to"), back});
        QVERIFY2(out.code == 0, out.err.constData());
        // A second copy into the same, no longer empty, database is refused and changes nothing.
        const CliRun twice = runCli({QStringLiteral("copy"), QStringLiteral("--from"), back, QStringLiteral("--to"),
                               as(QStringLiteral("carol"))});
        QCOMPARE(twice.code, 1);
        QCOMPARE(m_cluster->psql(QStringLiteral("carol"), kDatabase, QStringLiteral("SELECT count(*) FROM applications")).out,
                 QStringLiteral("7"));
    }

    void unreachableServerAndBadRoleNameTheServer()
    {
        const QString nowhere = QStringLiteral("postgresql://alice@127.0.0.1:1/jobdeck");
        const CliRun down = runCli({QStringLiteral("--db"), nowhere, QStringLiteral("list")});
        QCOMPARE(down.code, 1);
        QVERIFY2(down.err.contains("Cannot connect to the Jobdeck server 'postgresql://alice@127.0.0.1:1/jobdeck'"),
                 down.err.constData());
        const QString withPassword = as(QStringLiteral("nobody_here")).replace(QStringLiteral("nobody_here@"),
                                                                                QStringLiteral("nobody_here:s3cret@"));
        const CliRun bad = runCli({QStringLiteral("--db"), withPassword, QStringLiteral("list")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains("nobody_here"), bad.err.constData());
        QVERIFY2(!bad.err.contains("s3cret"), bad.err.constData());
    }

    void cleanupTestCase() { m_cluster.reset(); }
};

QTEST_GUILESS_MAIN(TestServerScenario)
#include "tst_server_scenario.moc"
