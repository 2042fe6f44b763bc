#include "reminders/ReminderCenter.h"

#include "MainWindow.h"
#include "NotificationBar.h"
#include "Session.h"
#include "pipeline/ReminderNotifier.h"

#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

namespace jobdeck {

ReminderCenter::ReminderCenter(Session& session, MainWindow& window, bool trayAvailable, QObject* parent)
    : QObject(parent),
      m_session(session),
      m_window(window),
      m_notifier(new ReminderNotifier(session.database(), session.clock(), this))
{
    m_notifier->setMarkOnAnnounce(false);
    connect(m_notifier, &ReminderNotifier::taskDue, this, &ReminderCenter::queue);
    connect(m_notifier, &ReminderNotifier::checkFailed, &session, &Session::reportError);
    connect(window.notificationBar(), &NotificationBar::openRequested, &window, &MainWindow::openApplication);
    // Sample data or a reload can bring tasks that are already due: announce them now, not a minute later.
    connect(&session, &Session::dataReset, m_notifier, &ReminderNotifier::checkNow);
    window.installEventFilter(this);
    if (!trayAvailable) {
        window.setTrayCheck({});
        return;
    }
    m_trayAvailable = [] { return QSystemTrayIcon::isSystemTrayAvailable(); };
    window.setTrayCheck([this] { return trayShows(); });
    m_tray = new QSystemTrayIcon(window.windowIcon(), this);
    m_tray->setToolTip(tr("Jobdeck"));
    auto* menu = new QMenu(&window);
    menu->addAction(tr("Show Jobdeck"), &window, &MainWindow::showAsBefore);
    menu->addAction(tr("New Application..."), &window, [this] {
        m_window.showAsBefore();
        m_window.addApplication();
    });
    menu->addSeparator();
    menu->addAction(tr("Quit"), &window, &MainWindow::quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReminderCenter::openLastReminder);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            m_window.showAsBefore();
    });
    connect(&window, &MainWindow::hiddenToTray, this, [this](bool firstTime) {
        if (firstTime && trayShows())
            m_tray->showMessage(tr("Jobdeck is still running"),
                                tr("Reminders keep coming from here. To quit, use Quit in this icon's menu or "
                                   "File > Quit; to close for good, turn off File > Keep Running in the Tray."),
                                QSystemTrayIcon::Information);
    });
    m_tray->show();
}

ReminderCenter::~ReminderCenter() { m_window.setTrayCheck({}); }

bool ReminderCenter::eventFilter(QObject* watched, QEvent* event)
{
    // Back on screen: what could not be shown while it was hidden (and had no tray) shows now.
    if (watched == &m_window && event->type() == QEvent::Show)
        QTimer::singleShot(0, m_notifier, &ReminderNotifier::checkNow);
    return QObject::eventFilter(watched, event);
}

void ReminderCenter::start(int intervalMs) { m_notifier->start(intervalMs); }

bool ReminderCenter::trayShows() const { return m_tray && m_trayAvailable && m_trayAvailable(); }

void ReminderCenter::queue(const FollowUpTask& task)
{
    // Several tasks come due in one check; gather them into one message (once each, if two checks meet).
    if (m_queued.isEmpty()) {
        m_trayWaits = 0;
        QTimer::singleShot(0, this, &ReminderCenter::flush);
    }
    // A set beside the list: a start with 30,000 tasks overdue queues them all, and a scan of the list for
    // each one took seconds before the window answered.
    if (m_queuedIds.contains(task.id))
        return;
    m_queuedIds.insert(task.id);
    m_queued.append(task);
}

void ReminderCenter::flush()
{
    if (m_queued.isEmpty())
        return;
    const bool viaTray = trayShows();
    // Right after start the tray host may not have embedded the icon yet (an XEmbed icon has no geometry
    // until then), and a balloon shown now would point nowhere: wait a little for it.
    if (viaTray && m_tray->geometry().isEmpty() && m_trayWaits < kTrayWaits) {
        ++m_trayWaits;
        QTimer::singleShot(kTrayWaitMs, this, &ReminderCenter::flush);
        return;
    }
    const QList<FollowUpTask> queued = std::exchange(m_queued, {});
    m_queuedIds.clear();
    // Nobody would see it: no tray host and no window on screen. The tasks stay unnotified for the next check.
    if (!viaTray && !m_window.isVisible())
        return;
    // Each task is claimed before it shows: with the same database open on another device (or in another
    // Jobdeck on this one), only the one whose claim changed the row shows it.
    QList<qint64> ids;
    ids.reserve(queued.size());
    for (const FollowUpTask& task : queued)
        ids.append(task.id);
    const Result<QSet<qint64>> claimed = m_notifier->claimShown(ids);
    if (!claimed) {
        m_session.reportError(claimed.message());
        return;
    }
    QList<FollowUpTask> due;
    for (const FollowUpTask& task : queued) {
        if (claimed->contains(task.id))
            due.append(task);
    }
    if (due.isEmpty())
        return;
    const FollowUpTask& first = due.first();
    m_lastApplicationId = first.applicationId;
    m_lastMessage = due.size() == 1 ? first.title
                                    : tr("%1 follow-ups are due, starting with: %2").arg(due.size()).arg(first.title);
    if (viaTray)
        m_tray->showMessage(tr("Follow-up due"), m_lastMessage, QSystemTrayIcon::Information);
    else
        m_window.notificationBar()->showMessage(m_lastMessage, m_lastApplicationId);
    emit m_session.tasksChanged();
}

void ReminderCenter::openLastReminder()
{
    m_window.showAsBefore();
    m_window.openApplication(m_lastApplicationId);
}

} // namespace jobdeck
