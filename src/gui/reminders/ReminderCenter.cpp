#include "reminders/ReminderCenter.h"

#include "MainWindow.h"
#include "NotificationBar.h"
#include "Session.h"
#include "pipeline/ReminderNotifier.h"

#include <QApplication>
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
    connect(m_notifier, &ReminderNotifier::taskDue, this, &ReminderCenter::queue);
    connect(m_notifier, &ReminderNotifier::checkFailed, &session, &Session::reportError);
    connect(window.notificationBar(), &NotificationBar::openRequested, &window, &MainWindow::openApplication);
    if (!trayAvailable)
        return;
    m_tray = new QSystemTrayIcon(window.windowIcon(), this);
    m_tray->setToolTip(tr("Jobdeck"));
    auto* menu = new QMenu(&window);
    menu->addAction(tr("Show Jobdeck"), &window, [this] {
        m_window.showNormal();
        m_window.raise();
        m_window.activateWindow();
    });
    menu->addAction(tr("New Application..."), &window, &MainWindow::addApplication);
    menu->addSeparator();
    menu->addAction(tr("Quit"), qApp, &QApplication::quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReminderCenter::openLast);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            m_window.showNormal();
            m_window.raise();
        }
    });
    m_tray->show();
}

ReminderCenter::~ReminderCenter() = default;

void ReminderCenter::start(int intervalMs) { m_notifier->start(intervalMs); }

void ReminderCenter::queue(const FollowUpTask& task)
{
    // Several tasks come due in one check; gather them into one message.
    if (m_queued.isEmpty())
        QTimer::singleShot(0, this, &ReminderCenter::flush);
    m_queued.append(task);
}

void ReminderCenter::flush()
{
    if (m_queued.isEmpty())
        return;
    const FollowUpTask first = m_queued.first();
    m_lastApplicationId = first.applicationId;
    m_lastMessage = m_queued.size() == 1
                        ? first.title
                        : tr("%1 follow-ups are due, starting with: %2").arg(m_queued.size()).arg(first.title);
    m_queued.clear();
    emit m_session.tasksChanged();
    if (m_tray)
        m_tray->showMessage(tr("Follow-up due"), m_lastMessage, QSystemTrayIcon::Information);
    else
        m_window.notificationBar()->showMessage(m_lastMessage, m_lastApplicationId);
}

void ReminderCenter::openLast()
{
    m_window.showNormal();
    m_window.raise();
    m_window.openApplication(m_lastApplicationId);
}

} // namespace jobdeck
