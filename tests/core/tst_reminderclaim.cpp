// Two Jobdecks on one database must never both show a reminder: a task is claimed by one conditional
// UPDATE before it shows. Pinned with two real processes (this executable started again as a child) that
// both read the same due tasks before either claims them, the way two app instances' timers meet.
#include "MockClock.h"
#include "PgCluster.h"
#include "TestDatabase.h"
#include "pipeline/PipelineService.h"
#include "pipeline/ReminderNotifier.h"
#include "storage/TaskRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>
#include <iostream>
#include <string>

using namespace jobdeck;

namespace {

const char* const kChildFlag = "--claim-child";

// The GUI's way: announce every due, unmarked task, then claim each as it would show.
QList<FollowUpTask> announced(ReminderNotifier& notifier)
{
    QList<FollowUpTask> tasks;
    QObject::connect(&notifier, &ReminderNotifier::taskDue, &notifier,
                     [&tasks](const FollowUpTask& task) { tasks.append(task); });
    notifier.setMarkOnAnnounce(false);
    notifier.checkNow();
    return tasks;
}

QList<qint64> claimAll(const ReminderNotifier& notifier, const QList<FollowUpTask>& tasks)
{
    QList<qint64> won;
    for (const FollowUpTask& task : tasks) {
        const Result<bool> claimed = notifier.claimShown(task.id);
        if (claimed && *claimed)
            won.append(task.id);
    }
    return won;
}

// All of them in one transaction, as the app's reminder center claims what it is about to show.
QList<qint64> claimAllAtOnce(const ReminderNotifier& notifier, const QList<FollowUpTask>& tasks)
{
    QList<qint64> ids;
    for (const FollowUpTask& task : tasks)
        ids.append(task.id);
    const Result<QSet<qint64>> claimed = notifier.claimShown(ids);
    QList<qint64> won;
    for (const qint64 id : ids) {
        if (claimed && claimed->contains(id))
            won.append(id);
    }
    return won;
}

// The child: reads the due tasks, says "ready", waits for "go" on stdin, claims them all at once (as the app
// does), prints the ids it won.
int runChild(const QString& path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "child cannot open: %s\n", qPrintable(db.message()));
        return 1;
    }
    ReminderNotifier notifier(*db.value(), SystemClock::instance());
    const QList<FollowUpTask> tasks = announced(notifier);
    std::printf("ready %lld\n", static_cast<long long>(tasks.size()));
    std::fflush(stdout);
    std::string line;
    std::getline(std::cin, line);
    for (const qint64 id : claimAllAtOnce(notifier, tasks))
        std::printf("%lld\n", static_cast<long long>(id));
    std::fflush(stdout);
    return 0;
}

} // namespace

class TestReminderClaim : public QObject
{
    Q_OBJECT

private slots:
    void aTaskIsClaimedOnceOnly()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        MockClock clock; // in the past: the follow-ups it creates are due by now
        PipelineService pipeline(test.db(), clock);
        ApplicationDraft draft = draftFor(QStringLiteral("Acme"));
        const qint64 id = *pipeline.create(draft);
        const qint64 task = TaskRepository(test.db()).forApplication(id)->first().id;
        const TaskRepository tasks(test.db());
        QCOMPARE(tasks.claimNotification(task, clock.now()).value(), true);
        QCOMPARE(tasks.claimNotification(task, clock.now()).value(), false);
        // A snooze makes it due (and claimable) again.
        QVERIFY(tasks.snooze(task, clock.now().addDays(1)).ok());
        QCOMPARE(tasks.claimNotification(task, clock.now()).value(), true);
        // A closed task is never claimed.
        QVERIFY(tasks.snooze(task, clock.now().addDays(1)).ok());
        QVERIFY(tasks.complete(task, clock.now()).ok());
        QCOMPARE(tasks.claimNotification(task, clock.now()).value(), false);
    }

    void tasksClaimedTogetherAreEachClaimedOnceOnly()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        MockClock clock;
        PipelineService pipeline(test.db(), clock);
        QList<qint64> ids;
        for (const QString& company : {QStringLiteral("Acme"), QStringLiteral("Globex"), QStringLiteral("Hooli")}) {
            ApplicationDraft draft = draftFor(company);
            ids.append(TaskRepository(test.db()).forApplication(*pipeline.create(draft))->first().id);
        }
        const TaskRepository tasks(test.db());
        QCOMPARE(tasks.claimNotification(ids.at(0), clock.now()).value(), true); // shown elsewhere already
        QVERIFY(tasks.complete(ids.at(1), clock.now()).ok());                     // done meanwhile
        const Result<QSet<qint64>> claimed = tasks.claimNotifications(ids, clock.now());
        QVERIFY2(claimed, qPrintable(claimed.message()));
        QCOMPARE(*claimed, QSet<qint64>{ids.at(2)});
        QCOMPARE(tasks.claimNotifications(ids, clock.now()).value(), QSet<qint64>{});
        QCOMPARE(tasks.claimNotifications({}, clock.now()).value(), QSet<qint64>{});
    }

    // The parent claims task by task, the child all at once: every task is shown by exactly one of them.
    void twoProcessesNeverShowTheSameReminder()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        MockClock clock;
        PipelineService pipeline(test.db(), clock);
        constexpr int kTasks = 40;
        for (int i = 0; i < kTasks; ++i) {
            ApplicationDraft draft = draftFor(QStringLiteral("Company %1").arg(i));
            QVERIFY(pipeline.create(draft).ok()); // a follow-up due 7 days later, long past
        }

        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kChildFlag), test.path()});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine(), 20000);
        const QByteArray ready = child.readLine().trimmed();
        QCOMPARE(ready, QByteArray("ready ") + QByteArray::number(kTasks));

        // Both have now read every task as due and unmarked; the parent reads too, then both claim at once.
        ReminderNotifier notifier(test.db(), SystemClock::instance());
        const QList<FollowUpTask> mine = announced(notifier);
        QCOMPARE(mine.size(), kTasks);
        child.write("go\n");
        const QList<qint64> parentWon = claimAll(notifier, mine);
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitCode(), 0);
        QSet<qint64> childWon;
        for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                childWon.insert(line.trimmed().toLongLong());
        }
        // Every task shown exactly once, by one of the two.
        QSet<qint64> both = childWon;
        for (const qint64 id : parentWon) {
            QVERIFY2(!childWon.contains(id), qPrintable(QStringLiteral("task %1 shown twice").arg(id)));
            both.insert(id);
        }
        QCOMPARE(both.size(), kTasks);
        QCOMPARE(scalar(test.db(), QStringLiteral("SELECT COUNT(*) FROM follow_up_tasks WHERE notified_at IS NULL"))
                     .toInt(),
                 0);
        qInfo("parent showed %lld, child %lld", static_cast<long long>(parentWon.size()),
              static_cast<long long>(childWon.size()));
    }

    void theDefaultNotifierSkipsATaskAnotherProcessClaimed()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        MockClock clock;
        PipelineService pipeline(test.db(), clock);
        ApplicationDraft draft = draftFor(QStringLiteral("Acme"));
        QVERIFY(pipeline.create(draft).ok());
        ReminderNotifier notifier(test.db(), SystemClock::instance());
        QSignalSpy due(&notifier, &ReminderNotifier::taskDue);
        QCOMPARE(notifier.checkNow(), 1);
        QCOMPARE(notifier.checkNow(), 0);
        QCOMPARE(due.size(), 1);
    }

    void twoDevicesOnAServerNeverShowTheSameReminder()
    {
        test::PgCluster cluster;
        JOBDECK_REQUIRE_CLUSTER(cluster);
        const QString setUp = cluster.setUpJobdeck(QStringLiteral("jobdeck"), {QStringLiteral("alice")});
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
        const QString url = cluster.url(QStringLiteral("alice"), QStringLiteral("jobdeck"));
        // Two devices: two Database objects, each with its own server connection.
        Result<std::unique_ptr<Database>> laptop = Database::open(url, QString());
        Result<std::unique_ptr<Database>> desktop = Database::open(url, QString());
        QVERIFY2(laptop.ok() && desktop.ok(), qPrintable(laptop.message() + desktop.message()));
        MockClock clock;
        PipelineService pipeline(*laptop.value(), clock);
        constexpr int kTasks = 20;
        for (int i = 0; i < kTasks; ++i) {
            ApplicationDraft draft = draftFor(QStringLiteral("Company %1").arg(i));
            QVERIFY(pipeline.create(draft).ok());
        }
        ReminderNotifier onLaptop(*laptop.value(), SystemClock::instance());
        ReminderNotifier onDesktop(*desktop.value(), SystemClock::instance());
        // Both read every task as due before either claims one (their timers met).
        const QList<FollowUpTask> laptopSees = announced(onLaptop);
        const QList<FollowUpTask> desktopSees = announced(onDesktop);
        QCOMPARE(laptopSees.size(), kTasks);
        QCOMPARE(desktopSees.size(), kTasks);
        const QList<qint64> laptopShows = claimAll(onLaptop, laptopSees);
        const QList<qint64> desktopShows = claimAll(onDesktop, desktopSees);
        QCOMPARE(laptopShows.size() + desktopShows.size(), kTasks);
        for (const qint64 id : desktopShows)
            QVERIFY(!laptopShows.contains(id));
    }
};

int main(int argc, char* argv[])
{
    if (argc == 3 && qstrcmp(argv[1], kChildFlag) == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestReminderClaim test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reminderclaim.moc"
