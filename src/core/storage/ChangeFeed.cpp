#include "storage/ChangeFeed.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QtConcurrent/QtConcurrentRun>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace jobdeck {
namespace {

QSqlDatabase connectionNamed(const QString& name) { return QSqlDatabase::database(name, false); }

} // namespace

ChangeFeed::ChangeFeed(const Database& database, QObject* parent) : ChangeFeed(database.connection(), parent)
{
    m_channel = database.changeChannel();
    m_database = &database;
}

ChangeFeed::ChangeFeed(const QSqlDatabase& connection, QObject* parent)
    : QObject(parent),
      m_connectionName(connection.connectionName()),
      m_server(connection.driverName() == QLatin1String("QPSQL"))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    m_poll.setInterval(kDefaultPollMs);
    connect(&m_debounce, &QTimer::timeout, this, &ChangeFeed::flush);
    connect(&m_poll, &QTimer::timeout, this, &ChangeFeed::poll);
    m_watch.setInterval(kDefaultWatchMs);
    connect(&m_watch, &QTimer::timeout, this, &ChangeFeed::watch);
    connect(&m_probe, &QFutureWatcher<bool>::finished, this, [this] {
        m_serverAnswers = !m_probe.isCanceled() && m_probe.result();
        if (m_serverAnswers && m_watch.isActive())
            watch();
    });
}

ChangeFeed::~ChangeFeed() { stop(); }

Status ChangeFeed::start()
{
    if (isRunning())
        return {};
    QSqlDatabase db = connectionNamed(m_connectionName);
    if (!db.isOpen())
        return failure(tr("Live refresh is off: the database connection is not open."));
    if (!m_server) {
        // SQLite has no notifications; data_version moves whenever another connection (a CLI, another
        // Jobdeck, a worker thread) commits, and costs a few microseconds to read.
        poll();
        m_poll.start();
        return {};
    }
    // The server's triggers notify "jobdeck:" || current_user. Without the Database's word for it, ask the
    // server who we are rather than trust the name we logged in with (PGUSER or a service file may differ).
    if (m_channel.isEmpty()) {
        QSqlQuery whoAmI(db);
        if (!whoAmI.exec(QStringLiteral("SELECT current_user")) || !whoAmI.next())
            return failure(tr("Live refresh is off: %1").arg(whoAmI.lastError().text()));
        m_channel = QStringLiteral("jobdeck:") + whoAmI.value(0).toString();
    }
    if (Status subscribed = subscribe(); !subscribed)
        return subscribed;
    connect(db.driver(), &QSqlDriver::notification, this, &ChangeFeed::notified);
    m_listening = true;
    m_state = State::Live;
    // A restart or a dropped network ends the LISTEN without a word: look every few seconds.
    m_watch.start();
    return {};
}

Status ChangeFeed::subscribe()
{
    QSqlDatabase db = connectionNamed(m_connectionName);
    QSqlDriver* driver = db.driver();
    // The GUI thread's own connection listens (no second connection per user on the server); Qt's QPSQL
    // driver looks for notifications after every query it runs, so none waits behind our own work.
    if (!driver->subscribedToNotifications().contains(m_channel) && !driver->subscribeToNotification(m_channel))
        return failure(tr("Live refresh is off: cannot listen for changes on %1 (%2).")
                           .arg(m_channel, driver->lastError().text()));
    return {};
}

void ChangeFeed::watch()
{
    QSqlDatabase db = connectionNamed(m_connectionName);
    // A lost connection, or one Database already re-opened for another query: Qt's driver forgets its
    // subscriptions when it closes, as the server forgot our LISTEN with the old session. (libpq's handle
    // is no witness: a new connection often gets the old one's address.)
    const bool lost = !db.isOpen() || Database::isConnectionLost(db);
    if (!lost && db.driver()->subscribedToNotifications().contains(m_channel) && m_state == State::Live)
        return;
    setState(State::Reconnecting);
    if (lost) {
        if (m_database != nullptr) {
            if (!m_serverAnswers) {
                probe();
                return; // the probe's answer calls watch() again
            }
            m_serverAnswers = false;
            db = m_database->connection();
        } else {
            db.close();
            db.open();
        }
        if (!db.isOpen() || Database::isConnectionLost(db))
            return; // still down: the next tick tries again
    }
    if (!subscribe())
        return;
    ++m_reconnects;
    setState(State::Live);
    // Whatever changed while we were away was announced to nobody: every page reads again.
    m_tables.clear();
    m_pending = true;
    flush();
}

void ChangeFeed::probe()
{
    if (m_probe.isRunning())
        return;
    const Database* database = m_database;
    m_probe.setFuture(QtConcurrent::run([database] {
        // The worker's own connection: one round trip proves the server answers. A connection of an earlier
        // probe may be dead without knowing it (libpq learns only from I/O): its failed query marks it lost,
        // and the second try opens a new one.
        for (int attempt = 0; attempt < 2; ++attempt) {
            QSqlDatabase worker = database->connection();
            if (!worker.isOpen())
                continue;
            if (QSqlQuery query(worker); query.exec(QStringLiteral("SELECT 1")))
                return true;
        }
        return false;
    }));
}

void ChangeFeed::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ChangeFeed::stop()
{
    m_probe.waitForFinished(); // it uses the Database, which may go next
    m_poll.stop();
    m_debounce.stop();
    m_watch.stop();
    if (!m_listening)
        return;
    m_listening = false;
    QSqlDatabase db = connectionNamed(m_connectionName);
    if (QSqlDriver* driver = db.driver()) {
        disconnect(driver, &QSqlDriver::notification, this, &ChangeFeed::notified);
        // A connection re-opened since (a restart) holds no subscription to end.
        if (db.isOpen() && driver->subscribedToNotifications().contains(m_channel))
            driver->unsubscribeFromNotification(m_channel);
    }
}

void ChangeFeed::notified(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    // Our own writes already refreshed what they touched; only other connections' changes are news.
    if (name != m_channel || source == QSqlDriver::SelfSource)
        return;
    const QString table = payload.toString();
    if (!table.isEmpty())
        m_tables.insert(table);
    m_pending = true;
    if (!m_debounce.isActive())
        m_debounce.start();
}

void ChangeFeed::poll()
{
    QSqlDatabase db = connectionNamed(m_connectionName);
    if (!db.isOpen())
        return;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return;
    const qint64 version = query.value(0).toLongLong();
    const bool moved = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (moved) {
        m_pending = true;
        if (!m_debounce.isActive())
            m_debounce.start();
    }
}

void ChangeFeed::flush()
{
    if (!m_pending)
        return;
    QStringList tables(m_tables.cbegin(), m_tables.cend());
    std::sort(tables.begin(), tables.end());
    m_tables.clear();
    m_pending = false;
    emit changed(tables);
}

} // namespace jobdeck
