#include "dialogs/ConnectionTarget.h"

#include "storage/Database.h"

#include <QUrl>

namespace jobdeck {

bool ConnectionTarget::isServerLocator(const QString& locator) { return Database::isServerLocator(locator); }

std::optional<ConnectionTarget> ConnectionTarget::fromLocator(const QString& locator)
{
    if (!isServerLocator(locator))
        return std::nullopt;
    const QUrl url(locator.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    ConnectionTarget target;
    target.host = url.host();
    target.port = url.port(kDefaultPort);
    target.user = url.userName();
    target.database = url.path().mid(1);
    target.options = url.query(QUrl::FullyEncoded);
    return target;
}

QString ConnectionTarget::locator() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!options.isEmpty())
        url.setQuery(options, QUrl::StrictMode);
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectionTarget::keychainKey() const { return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database); }

QString ConnectionTarget::displayName() const
{
    const QString server = port == kDefaultPort ? host : QStringLiteral("%1:%2").arg(host).arg(port);
    return QStringLiteral("%1@%2/%3").arg(user, server, database);
}

QString ConnectionTarget::address() const { return QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database); }

} // namespace jobdeck
