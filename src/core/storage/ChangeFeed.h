#pragma once

#include "util/Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace jobdeck {

class Database;

// Tells the thread that owns a connection (the GUI's) that another device or process changed the data, so
// the pages can re-read. On PostgreSQL it LISTENs on the connection for the channel the server's triggers
// NOTIFY ("jobdeck:<role>", payload = the table); on SQLite it watches PRAGMA data_version, which moves when
// any other connection commits. Bursts (a 200-row import, one move touching three tables) come out as one
// debounced changed().
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultDebounceMs = 150;
    static constexpr int kDefaultPollMs = 400;
    // How often a server feed looks whether its connection was lost (no query: libpq's status, locally).
    static constexpr int kDefaultWatchMs = 2000;

    // A server feed's connection: Live, or Reconnecting after the connection was lost (the feed keeps
    // trying every watch interval). Always Live on SQLite.
    enum class State { Live, Reconnecting };
    Q_ENUM(State)

    // The calling thread's connection of `database`.
    explicit ChangeFeed(const Database& database, QObject* parent = nullptr);
    // A connection of this thread, by value; only its name is kept.
    explicit ChangeFeed(const QSqlDatabase& connection, QObject* parent = nullptr);
    ~ChangeFeed() override;

    // Starts listening (server) or watching (SQLite). A server connection the feed cannot subscribe on
    // is an error a user can read; the app then works on without live refresh.
    Status start();
    void stop();
    bool isRunning() const { return m_listening || m_poll.isActive() || m_watch.isActive(); }
    bool isServer() const { return m_server; }
    // The notification channel on a server once started; empty on SQLite.
    QString channel() const { return m_channel; }

    // How long notifications are gathered before changed() (first one starts the wait, so a steady stream
    // still comes through every interval).
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    void setPollIntervalMs(int ms) { m_poll.setInterval(ms); }
    void setWatchIntervalMs(int ms) { m_watch.setInterval(ms); }
    State state() const { return m_state; }
    // How many times the feed subscribed again after losing its connection.
    int reconnects() const { return m_reconnects; }

signals:
    // The tables another connection changed, sorted; empty when the engine cannot say which (SQLite).
    void changed(const QStringList& tables);
    // The connection was lost (Reconnecting) or is back and subscribed again (Live; a changed() for every
    // table follows, since changes made meanwhile were not announced to us).
    void stateChanged(jobdeck::ChangeFeed::State state);

private:
    void notified(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void poll();
    void flush();
    // Server: notices a lost or re-opened connection and subscribes again.
    void watch();
    // Server, connection lost: whether the server answers, asked on a worker thread (an unreachable host can
    // hold a connection attempt for libpq's whole connect timeout, which the GUI thread must never wait out).
    void probe();
    Status subscribe();
    void setState(State state);

    QFutureWatcher<bool> m_probe;
    bool m_serverAnswers = false; // the last probe reached the server: re-open here, it will not hang
    QString m_connectionName;
    QString m_channel;
    bool m_server = false;
    bool m_listening = false;
    qint64 m_dataVersion = -1;
    bool m_pending = false;
    QSet<QString> m_tables;
    QTimer m_debounce;
    QTimer m_poll;
    QTimer m_watch;
    const Database* m_database = nullptr; // re-opens this thread's connection when lost; may be null
    State m_state = State::Live;
    int m_reconnects = 0;
};

} // namespace jobdeck
