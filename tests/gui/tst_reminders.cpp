// Due-task reminders with a MockClock: announced once, not again after a restart, again after a snooze;
// the in-window bar where there is no tray; the reminders page buckets and actions.
#include "Autostart.h"
#include "NotificationBar.h"
#include "SnoozeMenu.h"
#include "WindowFixture.h"
#include "pipeline/PipelineService.h"
#include "pipeline/ReminderNotifier.h"
#include "reminders/ReminderCenter.h"
#include "reminders/RemindersPage.h"
#include "storage/TaskModel.h"
#include "storage/TaskRepository.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QListView>
#include <QTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jobdeck;

class TestReminders : public QObject
{
    Q_OBJECT

    static qint64 addAt(PipelineService& pipeline, const QString& company)
    {
        ApplicationDraft draft;
        draft.company = company;
        draft.title = QStringLiteral("Engineer");
        const Result<qint64> id = pipeline.create(draft);
        return id ? *id : 0;
    }

    // Acme's application, whose follow-up falls due in 7 days, on a fresh database with a mock clock.
    struct AcmeDueInAWeek
    {
        AcmeDueInAWeek() { addAt(pipeline, QStringLiteral("Acme")); }

        TestDatabase test;
        MockClock clock;
        PipelineService pipeline{test.db(), clock};
    };

private slots:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void aDueTaskIsAnnouncedOnceEvenAcrossRestarts()
    {
        AcmeDueInAWeek acme;
        {
            ReminderNotifier notifier(acme.test.db(), acme.clock);
            QSignalSpy due(&notifier, &ReminderNotifier::taskDue);
            QCOMPARE(notifier.checkNow(), 0);
            acme.clock.advanceDays(7);
            QCOMPARE(notifier.checkNow(), 1);
            QCOMPARE(due.size(), 1);
            QCOMPARE(due.first().at(0).value<FollowUpTask>().title,
                     QStringLiteral("Follow up on the application at Acme"));
            QCOMPARE(notifier.checkNow(), 0);
        }
        // A new notifier is what a restart gives: notified_at is stored, so nothing repeats.
        ReminderNotifier restarted(acme.test.db(), acme.clock);
        acme.clock.advanceSecs(60);
        QCOMPARE(restarted.checkNow(), 0);
    }

    void aSnoozedTaskIsAnnouncedAgainWhenItComesDue()
    {
        AcmeDueInAWeek acme;
        ReminderNotifier notifier(acme.test.db(), acme.clock);
        acme.clock.advanceDays(7);
        QCOMPARE(notifier.checkNow(), 1);
        const qint64 task = TaskRepository(acme.test.db()).list()->first().id;
        QVERIFY(TaskRepository(acme.test.db()).snooze(task, acme.clock.now().addSecs(3600)).ok());
        acme.clock.advanceSecs(1800);
        QCOMPARE(notifier.checkNow(), 0);
        acme.clock.advanceSecs(1800);
        QCOMPARE(notifier.checkNow(), 1);
    }

    void theNotifierChecksOnItsOwnEveryInterval()
    {
        AcmeDueInAWeek acme;
        ReminderNotifier notifier(acme.test.db(), acme.clock);
        QSignalSpy due(&notifier, &ReminderNotifier::taskDue);
        notifier.start(20);
        QVERIFY(notifier.isRunning());
        QCOMPARE(due.size(), 0); // checked at start: nothing due yet
        acme.clock.advanceDays(7);
        QTRY_COMPARE_WITH_TIMEOUT(due.size(), 1, 5000);
        notifier.stop();
        QCOMPARE(ReminderNotifier::kDefaultIntervalMs, 60 * 1000);
    }

    void snoozeChoicesAreAnHourTomorrowMorningAndAWeek()
    {
        const QDateTime now = QDateTime(QDate(2026, 1, 5), QTime(16, 20), Qt::LocalTime).toUTC();
        QCOMPARE(SnoozeMenu::until(SnoozeMenu::Choice::OneHour, now), now.addSecs(3600));
        QCOMPARE(SnoozeMenu::until(SnoozeMenu::Choice::Tomorrow, now).toLocalTime(),
                 QDateTime(QDate(2026, 1, 6), QTime(9, 0), Qt::LocalTime));
        QCOMPARE(SnoozeMenu::until(SnoozeMenu::Choice::NextWeek, now), now.addDays(7));
    }

    void withoutATrayTheWindowShowsANotificationBarThatOpensTheApplication()
    {
        WindowFixture f;
        f.window->show();
        ApplicationDraft draft;
        draft.company = QStringLiteral("Acme");
        draft.title = QStringLiteral("Engineer");
        const qint64 id = *f.session->addApplication(draft, Stage::Applied);
        ApplicationDraft other = draft;
        other.company = QStringLiteral("Beta");
        QVERIFY(f.session->addApplication(other, Stage::Applied).ok());
        ReminderCenter center(*f.session, *f.window, /*trayAvailable=*/false);
        QVERIFY(!center.trayIcon());
        center.start();
        QVERIFY(!f.window->notificationBar()->isVisible());
        f.clock.advanceDays(8);
        QCOMPARE(center.notifier().checkNow(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(f.window->notificationBar()->isVisible(), 5000);
        QVERIFY(f.window->notificationBar()->message().contains(QStringLiteral("2 follow-ups are due")));
        QCOMPARE(f.window->notificationBar()->applicationId(), id);
        emit f.window->notificationBar()->openRequested(id);
        QCOMPARE(f.session->currentApplicationId(), id);
    }

    // Adds two applications through the session and moves the clock past their follow-ups.
    static void twoDue(WindowFixture& f)
    {
        ApplicationDraft draft;
        draft.company = QStringLiteral("Acme");
        draft.title = QStringLiteral("Engineer");
        QVERIFY(f.session->addApplication(draft, Stage::Applied).ok());
        draft.company = QStringLiteral("Beta");
        QVERIFY(f.session->addApplication(draft, Stage::Applied).ok());
        f.clock.advanceDays(8);
    }
    static int unnotified(WindowFixture& f)
    {
        return int(TaskRepository(f.test.db()).dueUnnotified(f.clock.now())->size());
    }

    void aReminderNobodyCouldSeeStaysUnnotifiedUntilTheWindowShows()
    {
        WindowFixture f;
        twoDue(f);
        ReminderCenter center(*f.session, *f.window, /*trayAvailable=*/false);
        QVERIFY(!f.window->isVisible());
        QCOMPARE(center.notifier().checkNow(), 2);
        QTest::qWait(50);
        QCOMPARE(unnotified(f), 2); // no tray, no window: nobody saw it
        f.window->show();
        QTRY_VERIFY_WITH_TIMEOUT(f.window->notificationBar()->isVisible(), 5000);
        QCOMPARE(unnotified(f), 0);
        QCOMPARE(center.notifier().checkNow(), 0);
    }

    void whenTheTrayHostIsGoneAHiddenWindowsReminderIsNotMarked()
    {
        WindowFixture f;
        twoDue(f);
        ReminderCenter center(*f.session, *f.window, /*trayAvailable=*/true);
        bool trayThere = false;
        center.setTrayCheck([&trayThere] { return trayThere; });
        center.notifier().checkNow();
        QTest::qWait(50);
        QCOMPARE(unnotified(f), 2);
        trayThere = true;
        center.notifier().checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(unnotified(f), 0, 5000);
        QVERIFY(center.lastMessage().contains(QStringLiteral("2 follow-ups are due")));
    }

    void dueTasksOfSampleDataAreAnnouncedAtOnceNotAMinuteLater()
    {
        WindowFixture f;
        f.window->show();
        ReminderCenter center(*f.session, *f.window, /*trayAvailable=*/false);
        center.start(); // the next timed check is a minute away
        QVERIFY(!f.window->notificationBar()->isVisible());
        // A task already due when the data arrives (as --sample-data loads it after the window is up).
        addAt(f.session->pipeline(), QStringLiteral("Acme"));
        f.clock.advanceDays(8);
        QVERIFY(f.session->loadSampleData(5).ok());
        QTRY_VERIFY_WITH_TIMEOUT(f.window->notificationBar()->isVisible(), 2000);
        QCOMPARE(unnotified(f), 0);
    }

    void closingTheWindowKeepsJobdeckInTheTrayAndQuitReallyQuits()
    {
        WindowFixture f;
        ReminderCenter center(*f.session, *f.window, /*trayAvailable=*/true);
        center.setTrayCheck([] { return true; });
        QVERIFY(f.settings.keepRunningInTray()); // on by default
        f.window->show();
        QSignalSpy hidden(f.window.get(), &MainWindow::hiddenToTray);
        QVERIFY(!f.window->close());
        QVERIFY(!f.window->isVisible());
        QCOMPARE(hidden.size(), 1);
        QCOMPARE(hidden.at(0).at(0).toBool(), true); // the one-time note
        QVERIFY(!QApplication::quitOnLastWindowClosed());
        f.window->showAsBefore();
        QVERIFY(!f.window->close());
        QCOMPARE(hidden.at(1).at(0).toBool(), false);

        // File > Quit (Ctrl+Q) ends the event loop even though closing would go to the tray.
        auto* quit = f.window->findChild<QAction*>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        f.window->showAsBefore();
        QTimer::singleShot(0, quit, &QAction::trigger);
        QTimer::singleShot(5000, qApp, [] { QCoreApplication::exit(1); });
        QCOMPARE(QApplication::exec(), 0);
        QVERIFY(!f.window->isVisible());
    }

    void withTheSettingOffOrNoTrayClosingClosesTheWindow()
    {
        WindowFixture f;
        ReminderCenter center(*f.session, *f.window, /*trayAvailable=*/false);
        f.window->show();
        QVERIFY(f.window->close());
        f.window->findChild<QAction*>(QStringLiteral("keepRunningInTray"))->setChecked(false);
        QVERIFY(!f.settings.keepRunningInTray());
        ReminderCenter withTray(*f.session, *f.window, /*trayAvailable=*/true);
        withTray.setTrayCheck([] { return true; });
        f.window->show();
        QVERIFY(f.window->close());
    }

    void openingAReminderBringsTheWindowBackAsItWasWithTheApplicationSelected()
    {
        WindowFixture f;
        twoDue(f);
        ReminderCenter center(*f.session, *f.window, /*trayAvailable=*/false);
        f.window->showMaximized();
        QVERIFY(f.window->isMaximized());
        center.notifier().checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(f.window->notificationBar()->isVisible(), 5000);
        const qint64 id = f.window->notificationBar()->applicationId();
        f.session->setCurrentApplicationId(0);
        f.window->showMinimized();
        center.openLastReminder();
        QVERIFY(f.window->isVisible());
        QVERIFY(f.window->isMaximized());
        QVERIFY(!f.window->isMinimized());
        QCOMPARE(f.session->currentApplicationId(), id);
    }

    void startAtLoginWritesAndRemovesAnAutostartEntry()
    {
        WindowFixture f;
        QFile::remove(Autostart::entryPath());
        QVERIFY(!f.settings.startAtLogin()); // off by default
        auto* login = f.window->findChild<QAction*>(QStringLiteral("startAtLogin"));
        QVERIFY(login);
        QVERIFY(!login->isChecked());
        login->setChecked(true);
        QVERIFY(f.settings.startAtLogin());
        QVERIFY(Autostart::entryPath().endsWith(QStringLiteral("/autostart/io.github.jobdeck.Jobdeck.desktop")));
        QFile entry(Autostart::entryPath());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(entry.readAll());
        QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
        QVERIFY(text.contains(QStringLiteral("Type=Application\n")));
        QVERIFY(text.contains(QStringLiteral("Exec=\"%1\"\n").arg(QCoreApplication::applicationFilePath())));
        entry.close();
        login->setChecked(false);
        QVERIFY(!QFile::exists(Autostart::entryPath()));
        QVERIFY(!f.settings.startAtLogin());
    }

    void remindersPageGroupsTasksAndClosesThem()
    {
        qint64 old = 0;
        qint64 fresh = 0;
        bool moved = false;
        WindowFixture f([&](Database& db, MockClock& clock) {
            clock.set(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::LocalTime).toUTC());
            PipelineService pipeline(db, clock);
            old = addAt(pipeline, QStringLiteral("Acme")); // follow-up on the 12th
            clock.advanceDays(9);                          // the 14th: overdue
            fresh = addAt(pipeline, QStringLiteral("Beta"));
            moved = pipeline.move(fresh, Stage::Screen).ok(); // prep today, thank-you tomorrow
        });
        QVERIFY(old > 0 && fresh > 0 && moved);
        auto* page = qobject_cast<RemindersPage*>(f.window->page(QStringLiteral("reminders")));
        QVERIFY(page);
        f.window->showPage(QStringLiteral("reminders"));
        QCOMPARE(page->bucketView(0)->model()->rowCount(), 1);
        QCOMPARE(page->bucketView(1)->model()->rowCount(), 1);
        QCOMPARE(page->bucketView(2)->model()->rowCount(), 1);
        QCOMPARE(page->bucketView(0)->model()->index(0, 0).data(TaskModel::ApplicationIdRole).toLongLong(), old);

        page->bucketView(0)->setCurrentIndex(page->bucketView(0)->model()->index(0, 0));
        QCOMPARE(f.session->currentApplicationId(), old);
        page->completeSelected();
        QCOMPARE(page->bucketView(0)->model()->rowCount(), 0);

        QTemporaryDir out;
        const QString ics = out.filePath(QStringLiteral("tasks.ics"));
        QVERIFY(page->exportCalendar(ics));
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("BEGIN:VEVENT"), 2);
    }
};

QTEST_MAIN(TestReminders)
#include "tst_reminders.moc"
