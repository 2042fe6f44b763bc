#pragma once

#include <QString>

#include <optional>

namespace jobdeck {

// A PostgreSQL server database as the user names it: host, port, database and login role, written as the
// libpq URI postgresql://USER@HOST:PORT/DBNAME that --db, JOBDECK_DB and the recent-server list hold. It
// never carries a password. (Database and ServerAddress in the core read any libpq URI; this is the shape the
// Connect dialog edits.)
struct ConnectionTarget
{
    static constexpr int kDefaultPort = 5432;

    QString host;
    int port = kDefaultPort;
    QString database;
    QString user;
    // libpq's other parameters from the URI (sslmode=..., connect_timeout=...), kept as given.
    QString options;

    // Whether `locator` names a server (postgresql:// or postgres://) rather than a file.
    static bool isServerLocator(const QString& locator);
    // The target a server URI names; a password in it is dropped. Nothing for a file or a URI without a host.
    static std::optional<ConnectionTarget> fromLocator(const QString& locator);

    bool isComplete() const { return !host.isEmpty() && !database.isEmpty() && !user.isEmpty() && port > 0; }
    // postgresql://user@host:port/db, with the options after a '?'
    QString locator() const;
    // The system keychain's key for its password: user@host:port/db.
    QString keychainKey() const;
    // What the title and status bar show: user@host/db (the port only when it is not the default).
    QString displayName() const;
    // host:port/db, for messages about reaching the server.
    QString address() const;

    bool operator==(const ConnectionTarget& other) const = default;
};

} // namespace jobdeck
