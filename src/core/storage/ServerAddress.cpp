#include "storage/ServerAddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace jobdeck {
namespace {

// A server that does not answer fails the open in seconds, not at the operating system's TCP timeout.
constexpr int kConnectTimeoutSeconds = 10;

} // namespace

bool ServerAddress::isLocator(const QString& locator)
{
    const QString trimmed = locator.trimmed();
    return trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString& locator)
{
    const QUrl url(locator.trimmed(), QUrl::StrictMode);
    if (!isLocator(locator) || !url.isValid())
        return badInput(tr("'%1' is not a PostgreSQL address (postgresql://USER@HOST:PORT/DBNAME).")
                            .arg(QUrl(locator.trimmed()).toDisplayString(QUrl::RemovePassword)));
    ServerAddress address;
    address.m_user = url.userName(QUrl::FullyDecoded);
    address.m_password = url.password(QUrl::FullyDecoded);
    address.m_host = url.host(QUrl::FullyDecoded);
    address.m_port = url.port(-1);
    address.m_database = url.path(QUrl::FullyDecoded);
    if (address.m_database.startsWith(QLatin1Char('/')))
        address.m_database.remove(0, 1);
    const QUrlQuery query(url);
    bool timeoutGiven = false;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            address.m_host = value;
        else if (key == QLatin1String("port"))
            address.m_port = value.toInt();
        else if (key == QLatin1String("user"))
            address.m_user = value;
        else if (key == QLatin1String("dbname"))
            address.m_database = value;
        else if (key == QLatin1String("password"))
            address.m_password = value;
        else {
            // QPSQL joins its options with spaces into a libpq conninfo: a value must be one word.
            if (value.isEmpty() || value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char(';')) ||
                value.contains(QLatin1Char('\'')))
                return badInput(tr("The server option '%1' has a value Jobdeck cannot pass on.").arg(key));
            address.m_options.append({key, value});
            timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
        }
    }
    if (!timeoutGiven)
        address.m_options.append({QStringLiteral("connect_timeout"), QString::number(kConnectTimeoutSeconds)});
    return address;
}

QString ServerAddress::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    url.setUserName(m_user);
    // A socket folder is a query parameter; an empty authority keeps "//" so the text reads as a URI.
    url.setHost(socket ? QString() : m_host);
    if (m_port > 0)
        url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(QStringLiteral("host"), m_host);
    for (const auto& [key, value] : m_options) {
        if (key != QLatin1String("connect_timeout") || value != QString::number(kConnectTimeoutSeconds))
            query.addQueryItem(key, value);
    }
    url.setQuery(query);
    QString text = url.toString(QUrl::RemovePassword);
    if (!text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return text;
}

void ServerAddress::configure(QSqlDatabase& db, const QString& password) const
{
    if (!m_host.isEmpty())
        db.setHostName(m_host);
    if (m_port > 0)
        db.setPort(m_port);
    if (!m_database.isEmpty())
        db.setDatabaseName(m_database);
    if (!m_user.isEmpty())
        db.setUserName(m_user);
    // Only a password someone gave: without one libpq looks in PGPASSWORD, ~/.pgpass and the service file.
    const QString given = password.isEmpty() ? m_password : password;
    if (!given.isEmpty())
        db.setPassword(given);
    QStringList options;
    for (const auto& [key, value] : m_options)
        options.append(key + QLatin1Char('=') + value);
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

} // namespace jobdeck
