#include "storage/ChangeFeed.h"

#include "storage/Database.h"

#include <QSqlError>
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
    QSqlDriver* driver = db.driver();
    // The GUI thread's own connection listens (no second connection per user on the server); Qt's QPSQL
    // driver looks for notifications after every query it runs, so none waits behind our own work.
    if (!driver->subscribeToNotification(m_channel))
        return failure(tr("Live refresh is off: cannot listen for changes on %1 (%2).")
                           .arg(m_channel, driver->lastError().text()));
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::notified);
    m_listening = true;
    return {};
}

void ChangeFeed::stop()
{
    m_poll.stop();
    m_debounce.stop();
    if (!m_listening)
        return;
    m_listening = false;
    QSqlDatabase db = connectionNamed(m_connectionName);
    if (QSqlDriver* driver = db.driver()) {
        disconnect(driver, &QSqlDriver::notification, this, &ChangeFeed::notified);
        if (db.isOpen())
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
