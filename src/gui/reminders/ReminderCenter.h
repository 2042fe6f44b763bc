#pragma once

#include "storage/Records.h"

#include <QList>
#include <QSet>
#include <QObject>

#include <functional>

class QSystemTrayIcon;

namespace jobdeck {

class MainWindow;
class ReminderNotifier;
class Session;

// Delivers due follow-ups: through a system tray icon (with show, add application and quit in its menu)
// where the desktop has a tray, else through the window's notification bar. Tasks that come due together
// are announced as one message; clicking it opens the application. A task counts as notified only once it
// was shown: with no tray host (it may go away after start) and the window hidden, it waits for the next
// check.
class ReminderCenter : public QObject
{
    Q_OBJECT

public:
    ReminderCenter(Session& session, MainWindow& window, bool trayAvailable, QObject* parent = nullptr);
    ~ReminderCenter() override;

    // Checks now, then every interval (a minute by default); also right after data is loaded or reset.
    void start(int intervalMs = 60 * 1000);
    ReminderNotifier& notifier() const { return *m_notifier; }
    QSystemTrayIcon* trayIcon() const { return m_tray; }
    QString lastMessage() const { return m_lastMessage; }
    // What clicking the last reminder does: the window as it was, raised, with its application selected.
    void openLastReminder();
    // Whether a tray host is there to show balloons (asked each time; tests replace it).
    void setTrayCheck(std::function<bool()> trayAvailable) { m_trayAvailable = std::move(trayAvailable); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void queue(const FollowUpTask& task);
    void flush();
    bool trayShows() const;

    Session& m_session;
    MainWindow& m_window;
    ReminderNotifier* m_notifier = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    std::function<bool()> m_trayAvailable;
    static constexpr int kTrayWaits = 6;
    static constexpr int kTrayWaitMs = 250;
    QList<FollowUpTask> m_queued;
    QSet<qint64> m_queuedIds; // the ids of m_queued
    int m_trayWaits = 0;
    qint64 m_lastApplicationId = 0;
    QString m_lastMessage;
};

} // namespace jobdeck
