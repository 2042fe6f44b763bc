#pragma once

#include "storage/Records.h"

#include <QList>
#include <QObject>

class QSystemTrayIcon;

namespace jobdeck {

class MainWindow;
class ReminderNotifier;
class Session;

// Delivers due follow-ups: through a system tray icon (with show, add application and quit in its menu)
// where the desktop has a tray, else through the window's notification bar. Tasks that come due together
// are announced as one message; clicking it opens the application.
class ReminderCenter : public QObject
{
    Q_OBJECT

public:
    ReminderCenter(Session& session, MainWindow& window, bool trayAvailable, QObject* parent = nullptr);
    ~ReminderCenter() override;

    // Checks now, then every interval (a minute by default).
    void start(int intervalMs = 60 * 1000);
    ReminderNotifier& notifier() const { return *m_notifier; }
    QSystemTrayIcon* trayIcon() const { return m_tray; }
    QString lastMessage() const { return m_lastMessage; }

private:
    void queue(const FollowUpTask& task);
    void flush();
    void openLast();

    Session& m_session;
    MainWindow& m_window;
    ReminderNotifier* m_notifier = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QList<FollowUpTask> m_queued;
    qint64 m_lastApplicationId = 0;
    QString m_lastMessage;
};

} // namespace jobdeck
