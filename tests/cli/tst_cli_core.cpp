// jobdeck-cli end to end: runs the real binary and holds it to shared/design/cli.md.
#include "storage/ApplicationRepository.h"
#include "storage/Database.h"

#include "CliSuite.h"
#include "TestFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QSet<QString> keysOf(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> keySet(std::initializer_list<const char*> names)
{
    QSet<QString> set;
    for (const char* name : names)
        set.insert(QString::fromLatin1(name));
    return set;
}

} // namespace

using namespace jobdeck;
using jobdeck::test::CliRun;

class TestCliCore : public test::CliSuite
{
    Q_OBJECT

private:
    // Everything the CLI can show of the database, to prove a failed command changed nothing.
    QByteArray snapshot()
    {
        QByteArray all;
        all += db({QStringLiteral("--json"), QStringLiteral("list")}).out;
        all += db({QStringLiteral("--json"), QStringLiteral("tasks"), QStringLiteral("--all")}).out;
        const QJsonArray apps = db({QStringLiteral("--json"), QStringLiteral("list")}).json().array();
        for (const QJsonValue& app : apps)
            all += db({QStringLiteral("--json"), QStringLiteral("history"), QString::number(app[QStringLiteral("id")].toInteger())}).out;
        return all;
    }

    qint64 add(const QString& company, const QStringList& extra = {})
    {
        const CliRun run = db(QStringList{QStringLiteral("add"), QStringLiteral("--company"), company, QStringLiteral("--title"),
                                       QStringLiteral("Engineer")} + extra);
        if (run.code != 0)
            qWarning("add failed: %s", run.err.constData());
        return run.out.trimmed().toLongLong();
    }

private slots:
    void addPrintsTheNewIdAndListShowsIt()
    {
        const CliRun run = db({QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("Acme"), QStringLiteral("--title"),
                            QStringLiteral("C++ Engineer"), QStringLiteral("--source"), QStringLiteral("LinkedIn"),
                            QStringLiteral("--url"), QStringLiteral("https://acme.example/jobs/1"), QStringLiteral("--location"),
                            QStringLiteral("Berlin"), QStringLiteral("--applied-on"), QStringLiteral("2026-01-05")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("1"));

        const CliRun list = db({QStringLiteral("--json"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        const QJsonArray apps = list.json().array();
        QCOMPARE(apps.size(), 1);
        const QJsonObject app = apps.first().toObject();
        QCOMPARE(keysOf(app), keySet({"id", "company", "title", "source", "url", "location", "stage", "applied_on", "updated_at"}));
        QCOMPARE(app[QStringLiteral("id")].toInt(), 1);
        QCOMPARE(app[QStringLiteral("company")].toString(), QStringLiteral("Acme"));
        QCOMPARE(app[QStringLiteral("stage")].toString(), QStringLiteral("applied"));
        QCOMPARE(app[QStringLiteral("applied_on")].toString(), QStringLiteral("2026-01-05"));
        QCOMPARE(app[QStringLiteral("location")].toString(), QStringLiteral("Berlin"));
    }

    void listArchivedShowsOnlyTheArchivedApplications()
    {
        const qint64 acme = add(QStringLiteral("Acme"));
        const qint64 beta = add(QStringLiteral("Beta"));
        {
            // Archived as the GUI does it (the CLI has no archive command).
            auto opened = Database::open(m_db);
            QVERIFY(opened.ok());
            QVERIFY(ApplicationRepository(*opened.value()).setArchived(beta, true, QDateTime::currentDateTimeUtc()).ok());
        }
        const QJsonArray open = db({QStringLiteral("--json"), QStringLiteral("list")}).json().array();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first()[QStringLiteral("id")].toInteger(), acme);
        const CliRun archived = db({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--archived")});
        QCOMPARE(archived.code, 0);
        const QJsonArray rows = archived.json().array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()[QStringLiteral("id")].toInteger(), beta);
        QCOMPARE(rows.first()[QStringLiteral("company")].toString(), QStringLiteral("Beta"));
        const CliRun human = db({QStringLiteral("list"), QStringLiteral("--archived"), QStringLiteral("--stage"),
                              QStringLiteral("applied")});
        QCOMPARE(human.code, 0);
        QVERIFY(human.out.contains("Beta"));
        QVERIFY(!human.out.contains("Acme"));
    }

    void addSavedHasNoAppliedDate()
    {
        QCOMPARE(add(QStringLiteral("Beta"), {QStringLiteral("--saved")}), 1);
        const QJsonObject app = db({QStringLiteral("--json"), QStringLiteral("list")}).json().array().first().toObject();
        QCOMPARE(app[QStringLiteral("stage")].toString(), QStringLiteral("saved"));
        QVERIFY(app[QStringLiteral("applied_on")].isNull());
    }

    void addWithJdFileStoresItAndMissingFileFails()
    {
        const QString jd = m_dir.filePath(QStringLiteral("jd.txt"));
        QVERIFY(test::writeFile(jd, "We need Kubernetes and Go."));
        QCOMPARE(add(QStringLiteral("Gamma"), {QStringLiteral("--jd-file"), jd}), 1);
        const CliRun missing = db({QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("X"), QStringLiteral("--title"),
                                QStringLiteral("Y"), QStringLiteral("--jd-file"), m_dir.filePath(QStringLiteral("nope.txt"))});
        QCOMPARE(missing.code, 1);
        QCOMPARE(db({QStringLiteral("--json"), QStringLiteral("list")}).json().array().size(), 1);
    }

    void usageErrorsExitTwoAndCreateNoFile()
    {
        const QList<QStringList> bad{
            {QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("T")},
            {QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral(" "), QStringLiteral("--title"), QStringLiteral("T")},
            {QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("C"), QStringLiteral("--title"), QStringLiteral("")},
            {QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("C"), QStringLiteral("--title"), QStringLiteral("T"),
             QStringLiteral("--applied-on"), QStringLiteral("05/01/2026")},
            {QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("C"), QStringLiteral("--title"), QStringLiteral("T"),
             QStringLiteral("--colour"), QStringLiteral("red")},
            {QStringLiteral("list"), QStringLiteral("--stage"), QStringLiteral("interview")},
            {QStringLiteral("move"), QStringLiteral("1")},
            {QStringLiteral("move"), QStringLiteral("abc"), QStringLiteral("screen")},
            {QStringLiteral("move"), QStringLiteral("1"), QStringLiteral("interview")},
            {QStringLiteral("move"), QStringLiteral("1"), QStringLiteral("screen"), QStringLiteral("--at"), QStringLiteral("yesterday")},
            {QStringLiteral("snooze"), QStringLiteral("1")},
            {QStringLiteral("analytics"), QStringLiteral("--as-of"), QStringLiteral("2026-13-45")},
            {QStringLiteral("frobnicate")},
            {},
        };
        for (const QStringList& args : bad) {
            const CliRun run = db(args);
            QVERIFY2(run.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + QString::number(run.code)));
            QVERIFY2(!run.err.trimmed().isEmpty(), qPrintable(args.join(QLatin1Char(' '))));
            QCOMPARE(run.err.trimmed().count('\n') == 0 || args.isEmpty(), true);
        }
        QVERIFY(!QFile::exists(m_db));
    }

    void moveFollowsTheStageRulesAndHistoryShowsIt()
    {
        const qint64 id = add(QStringLiteral("Acme"), {QStringLiteral("--applied-on"), QStringLiteral("2026-01-05")});
        QCOMPARE(db({QStringLiteral("move"), QString::number(id), QStringLiteral("screen"), QStringLiteral("--at"),
                     QStringLiteral("2026-01-08T10:00:00Z")}).code, 0);
        QCOMPARE(db({QStringLiteral("move"), QString::number(id), QStringLiteral("onsite"), QStringLiteral("--at"),
                     QStringLiteral("2026-01-15T10:00:00+02:00")}).code, 0);

        const CliRun history = db({QStringLiteral("--json"), QStringLiteral("history"), QString::number(id)});
        QCOMPARE(history.code, 0);
        const QJsonArray events = history.json().array();
        QCOMPARE(events.size(), 3);
        QCOMPARE(keysOf(events.at(0).toObject()), keySet({"id", "previous", "current", "at", "reverts", "reverted_by"}));
        QVERIFY(events.at(0)[QStringLiteral("reverts")].isNull());
        QVERIFY(events.at(0)[QStringLiteral("previous")].isNull());
        QCOMPARE(events.at(0)[QStringLiteral("current")].toString(), QStringLiteral("applied"));
        QCOMPARE(events.at(0)[QStringLiteral("at")].toString(), QStringLiteral("2026-01-05T00:00:00Z"));
        QCOMPARE(events.at(2)[QStringLiteral("previous")].toString(), QStringLiteral("screen"));
        QCOMPARE(events.at(2)[QStringLiteral("at")].toString(), QStringLiteral("2026-01-15T08:00:00Z"));

        const QJsonArray tasks = db({QStringLiteral("--json"), QStringLiteral("tasks")}).json().array();
        QCOMPARE(tasks.size(), 3); // screen thank-you, onsite prep + thank-you; follow-up and screen prep cancelled
        QCOMPARE(keysOf(tasks.first().toObject()), keySet({"id", "application_id", "type", "title", "due_at", "status"}));
        for (const QJsonValue& task : tasks) {
            QCOMPARE(task[QStringLiteral("status")].toString(), QStringLiteral("pending"));
            QVERIFY(task[QStringLiteral("type")].toString() != QStringLiteral("follow_up"));
        }
        QCOMPARE(db({QStringLiteral("--json"), QStringLiteral("tasks"), QStringLiteral("--all")}).json().array().size(), 5);
        QCOMPARE(db({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--stage"), QStringLiteral("onsite")})
                     .json().array().size(), 1);
        QCOMPARE(db({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--stage"), QStringLiteral("screen")})
                     .json().array().size(), 0);
    }

    void revertAndUndoMakeAMoveCountForNothing()
    {
        const qint64 id = add(QStringLiteral("Acme"), {QStringLiteral("--applied-on"), QStringLiteral("2026-01-05"),
                                                      QStringLiteral("--source"), QStringLiteral("LinkedIn")});
        const QString app = QString::number(id);
        const auto analytics = [this](const QString& asOf) {
            return db({QStringLiteral("--json"), QStringLiteral("analytics"), QStringLiteral("--as-of"), asOf}).out;
        };
        const QString past = QStringLiteral("2026-03-01T00:00:00Z");
        const QString future = QStringLiteral("2099-01-01T00:00:00Z");
        const QByteArray beforePast = analytics(past);
        const QByteArray beforeFuture = analytics(future);
        QVERIFY(beforePast.contains("\"funnel\""));
        QCOMPARE(db({QStringLiteral("move"), app, QStringLiteral("offer"), QStringLiteral("--at"),
                     QStringLiteral("2026-01-20T10:00:00Z")}).code, 0);
        QVERIFY(analytics(past) != beforePast);

        QJsonArray events = db({QStringLiteral("--json"), QStringLiteral("history"), app}).json().array();
        QCOMPARE(events.size(), 2);
        const qint64 moveId = events.at(1)[QStringLiteral("id")].toInteger();
        QVERIFY(moveId > 0);
        const CliRun reverted = db({QStringLiteral("revert"), QString::number(moveId)});
        QCOMPARE(reverted.code, 0);
        QVERIFY(reverted.out.contains("offer -> applied"));
        events = db({QStringLiteral("--json"), QStringLiteral("history"), app}).json().array();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(1)[QStringLiteral("reverted_by")].toInteger(), events.at(2)[QStringLiteral("id")].toInteger());
        QCOMPARE(events.at(2)[QStringLiteral("reverts")].toInteger(), moveId);
        // As if the move never happened, from the cache (as of later) and from the log (as of earlier).
        QCOMPARE(analytics(future), beforeFuture);
        QCOMPARE(analytics(past), beforePast);
        QCOMPARE(db({QStringLiteral("--json"), QStringLiteral("list")}).json().array().at(0)[QStringLiteral("stage")].toString(),
                 QStringLiteral("applied"));

        // Undone twice is refused, as is an undo of an undo; undo ID reverts the last move that counts.
        const QByteArray before = snapshot();
        QCOMPARE(db({QStringLiteral("revert"), QString::number(moveId)}).code, 1);
        QCOMPARE(db({QStringLiteral("revert"), QString::number(events.at(2)[QStringLiteral("id")].toInteger())}).code, 1);
        QCOMPARE(db({QStringLiteral("undo"), app}).code, 1); // nothing left to undo
        QCOMPARE(db({QStringLiteral("revert"), QStringLiteral("999")}).code, 1);
        QCOMPARE(db({QStringLiteral("revert"), QStringLiteral("abc")}).code, 2);
        QCOMPARE(snapshot(), before);
        QCOMPARE(db({QStringLiteral("move"), app, QStringLiteral("screen")}).code, 0);
        QCOMPARE(db({QStringLiteral("undo"), app}).code, 0);
        QCOMPARE(analytics(future), beforeFuture);
        QVERIFY(db({QStringLiteral("history"), app}).out.contains("undone by event"));
    }

    void moveWithAnInterviewTimeSchedulesItsTasksAroundIt()
    {
        const qint64 id = add(QStringLiteral("Acme"));
        const QString app = QString::number(id);
        QCOMPARE(db({QStringLiteral("move"), app, QStringLiteral("offer"), QStringLiteral("--interview-at"),
                     QStringLiteral("2026-02-10T14:00:00Z")}).code, 2);
        QCOMPARE(db({QStringLiteral("move"), app, QStringLiteral("screen"), QStringLiteral("--interview-at"),
                     QStringLiteral("tomorrow")}).code, 2);
        QCOMPARE(db({QStringLiteral("--json"), QStringLiteral("history"), app}).json().array().size(), 1);
        QCOMPARE(db({QStringLiteral("move"), app, QStringLiteral("screen"), QStringLiteral("--interview-at"),
                     QStringLiteral("2099-02-10T15:00:00+01:00")}).code, 0);
        QMap<QString, QString> due;
        for (const QJsonValue& task : db({QStringLiteral("--json"), QStringLiteral("tasks")}).json().array())
            due.insert(task[QStringLiteral("type")].toString(), task[QStringLiteral("due_at")].toString());
        QCOMPARE(due.value(QStringLiteral("prep")), QStringLiteral("2099-02-09T14:00:00Z"));
        QCOMPARE(due.value(QStringLiteral("thank_you")), QStringLiteral("2099-02-11T14:00:00Z"));
    }

    void moveToSameStageIsANoOp()
    {
        const qint64 id = add(QStringLiteral("Acme"));
        const QByteArray before = snapshot();
        const CliRun run = db({QStringLiteral("move"), QString::number(id), QStringLiteral("applied")});
        QCOMPARE(run.code, 0);
        QCOMPARE(snapshot(), before);
    }

    void failedCommandsExitOneAndChangeNothing()
    {
        const qint64 id = add(QStringLiteral("Acme"), {QStringLiteral("--applied-on"), QStringLiteral("2026-01-05")});
        const QByteArray before = snapshot();
        const QList<QStringList> failing{
            {QStringLiteral("move"), QStringLiteral("999"), QStringLiteral("screen")},
            {QStringLiteral("move"), QString::number(id), QStringLiteral("screen"), QStringLiteral("--at"), QStringLiteral("2025-12-01")},
            {QStringLiteral("history"), QStringLiteral("999")},
            {QStringLiteral("done"), QStringLiteral("999")},
            {QStringLiteral("snooze"), QStringLiteral("999"), QStringLiteral("--until"), QStringLiteral("2026-02-01T09:00:00Z")},
        };
        for (const QStringList& args : failing) {
            const CliRun run = db(args);
            QVERIFY2(run.code == 1, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + QString::number(run.code)));
            QCOMPARE(run.err.trimmed().count('\n'), 0);
            QVERIFY(run.err.startsWith("jobdeck-cli: "));
            QCOMPARE(snapshot(), before);
        }
    }

    void doneAndSnoozeCloseAndPushTasks()
    {
        add(QStringLiteral("Acme"));
        const QJsonArray tasks = db({QStringLiteral("--json"), QStringLiteral("tasks")}).json().array();
        QCOMPARE(tasks.size(), 1);
        const QString taskId = QString::number(tasks.first()[QStringLiteral("id")].toInteger());
        QCOMPARE(db({QStringLiteral("snooze"), taskId, QStringLiteral("--until"), QStringLiteral("2030-01-01T09:00:00Z")}).code, 0);
        QCOMPARE(db({QStringLiteral("--json"), QStringLiteral("tasks")}).json().array().first()[QStringLiteral("due_at")].toString(),
                 QStringLiteral("2030-01-01T09:00:00Z"));
        QCOMPARE(db({QStringLiteral("done"), taskId}).code, 0);
        QCOMPARE(db({QStringLiteral("--json"), QStringLiteral("tasks")}).json().array().size(), 0);
        QCOMPARE(db({QStringLiteral("done"), taskId}).code, 1); // already done
    }

    void analyticsPrintsTheContractShape()
    {
        const qint64 a = add(QStringLiteral("A"), {QStringLiteral("--source"), QStringLiteral("LinkedIn"), QStringLiteral("--applied-on"),
                                                   QStringLiteral("2026-01-05")});
        add(QStringLiteral("B"), {QStringLiteral("--applied-on"), QStringLiteral("2026-01-13")});
        QCOMPARE(db({QStringLiteral("move"), QString::number(a), QStringLiteral("screen"), QStringLiteral("--at"),
                     QStringLiteral("2026-01-08T00:00:00Z")}).code, 0);
        QCOMPARE(db({QStringLiteral("move"), QString::number(a), QStringLiteral("rejected"), QStringLiteral("--at"),
                     QStringLiteral("2026-01-09T12:00:00Z")}).code, 0);
        const CliRun run = db({QStringLiteral("--json"), QStringLiteral("analytics"), QStringLiteral("--as-of"), QStringLiteral("2026-01-20")});
        QCOMPARE(run.code, 0);
        const QJsonObject report = run.json().object();
        QCOMPARE(keysOf(report), keySet({"funnel", "sources", "weekly", "time_in_stage"}));
        const QJsonArray funnel = report[QStringLiteral("funnel")].toArray();
        QCOMPARE(funnel.size(), 8);
        QCOMPARE(keysOf(funnel.at(0).toObject()), keySet({"stage", "count"}));
        QCOMPARE(funnel.at(1)[QStringLiteral("count")].toInt(), 2); // applied
        QCOMPARE(funnel.at(2)[QStringLiteral("count")].toInt(), 1); // screen: A, though later rejected

        const QJsonArray sources = report[QStringLiteral("sources")].toArray();
        QCOMPARE(sources.size(), 2);
        for (const QJsonValue& row : sources) {
            QCOMPARE(keysOf(row.toObject()), keySet({"source", "total", "advanced", "conversion_pct"}));
            const bool linkedIn = row[QStringLiteral("source")].toString() == QStringLiteral("LinkedIn");
            QVERIFY(linkedIn || row[QStringLiteral("source")].toString() == QStringLiteral("direct"));
            QCOMPARE(row[QStringLiteral("conversion_pct")].toDouble(), linkedIn ? 100.0 : 0.0);
        }
        const QJsonArray weekly = report[QStringLiteral("weekly")].toArray();
        QCOMPARE(weekly.size(), 3); // W02, W03, W04 (Jan 20)
        QCOMPARE(weekly.at(0)[QStringLiteral("week")].toString(), QStringLiteral("2026-W02"));
        QCOMPARE(weekly.at(1)[QStringLiteral("count")].toInt(), 1);
        QCOMPARE(weekly.at(2)[QStringLiteral("count")].toInt(), 0);
        const QJsonArray times = report[QStringLiteral("time_in_stage")].toArray();
        QCOMPARE(times.size(), 2); // applied 3 days, screen 1.5 days
        QCOMPARE(keysOf(times.at(0).toObject()), keySet({"stage", "median_days", "mean_days"}));
        QCOMPARE(times.at(0)[QStringLiteral("median_days")].toDouble(), 3.0);
        QCOMPARE(times.at(1)[QStringLiteral("mean_days")].toDouble(), 1.5);
    }

    void analyticsFromCountsOnlyApplicationsAppliedToSinceThen()
    {
        const qint64 a = add(QStringLiteral("A"), {QStringLiteral("--source"), QStringLiteral("LinkedIn"), QStringLiteral("--applied-on"),
                                                   QStringLiteral("2026-01-05")});
        add(QStringLiteral("B"), {QStringLiteral("--applied-on"), QStringLiteral("2026-01-13")});
        add(QStringLiteral("C"), {QStringLiteral("--saved")});
        QCOMPARE(db({QStringLiteral("move"), QString::number(a), QStringLiteral("screen"), QStringLiteral("--at"),
                     QStringLiteral("2026-01-08T00:00:00Z")}).code, 0);
        const QStringList asOf{QStringLiteral("--json"), QStringLiteral("analytics"), QStringLiteral("--as-of"),
                               QStringLiteral("2030-01-01")};
        // From Jan 10: B alone (A applied on Jan 5; C was never applied to).
        const CliRun run = db(asOf + QStringList{QStringLiteral("--from"), QStringLiteral("2026-01-10")});
        QCOMPARE(run.code, 0);
        const QJsonObject report = run.json().object();
        QCOMPARE(keysOf(report), keySet({"funnel", "sources", "weekly", "time_in_stage"}));
        const QJsonArray funnel = report[QStringLiteral("funnel")].toArray();
        QCOMPARE(funnel.at(0)[QStringLiteral("count")].toInt(), 1); // saved: the cohort
        QCOMPARE(funnel.at(2)[QStringLiteral("count")].toInt(), 0); // screen: A is out
        const QJsonArray sources = report[QStringLiteral("sources")].toArray();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.at(0)[QStringLiteral("source")].toString(), QStringLiteral("direct"));
        QCOMPARE(report[QStringLiteral("weekly")].toArray().at(0)[QStringLiteral("week")].toString(), QStringLiteral("2026-W03"));
        QVERIFY(report[QStringLiteral("time_in_stage")].toArray().isEmpty()); // A's applied stay is out
        // Without --from: all three, as before.
        QCOMPARE(db(asOf).json().object()[QStringLiteral("funnel")].toArray().at(0)[QStringLiteral("count")].toInt(), 3);
        QCOMPARE(db({QStringLiteral("analytics"), QStringLiteral("--from"), QStringLiteral("Jan 10")}).code, 2);
    }

    void foreignFileIsRefusedUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.csv"));
        QVERIFY(test::writeFile(path, "company,title\n"));
        const CliRun run = test::runCli({QStringLiteral("--db"), path, QStringLiteral("list")});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains("not a Jobdeck database"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("company,title\n"));
    }

    void environmentVariableChoosesTheDatabase()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("JOBDECK_DB"), m_db);
        QCOMPARE(test::runCli({QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("E"), QStringLiteral("--title"),
                      QStringLiteral("T")}, env).code, 0);
        if (!onServer()) // a server URI names no file; the list below proves the add went there
            QVERIFY(QFile::exists(m_db));
        QCOMPARE(db({QStringLiteral("--json"), QStringLiteral("list")}).json().array().size(), 1);
    }

    void commandHelpPrintsItsUsageAndTouchesNothing()
    {
        const CliRun run = db({QStringLiteral("move"), QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains("move ID STAGE [--at ISO8601]"));
        QVERIFY(!QFile::exists(m_db));
    }

    void helpListsTheCommands()
    {
        const CliRun run = test::runCli({QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        for (const char* command : {"add", "list", "move", "history", "tasks", "done", "snooze", "analytics", "revert", "undo"})
            QVERIFY(run.out.contains(QByteArray("  ") + command));
    }
};

QTEST_GUILESS_MAIN(TestCliCore)
#include "tst_cli_core.moc"
