#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace jobdeck {

// Where a Jobdeck server database is: a libpq URI, postgresql://USER@HOST:PORT/DBNAME (or postgres://), with
// libpq's query parameters (?host=/socket/folder, sslmode=..., service=...). A password in the URI is used
// to connect but never kept in what Jobdeck prints or stores; without one, libpq's own PGPASSWORD, ~/.pgpass
// or service file supply it.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    static bool isLocator(const QString& locator);
    static Result<ServerAddress> parse(const QString& locator);

    // The URI without its password, as Jobdeck shows and stores it.
    QString display() const;
    // The role the URI names, or empty for libpq's default (PGUSER, then the operating system user).
    const QString& user() const { return m_user; }
    // Sets the driver's host, port, database, user, options and (if given here or in the URI) password.
    void configure(QSqlDatabase& db, const QString& password) const;

private:
    QString m_user;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_password;
    QList<std::pair<QString, QString>> m_options; // other libpq parameters, in the URI's order
};

} // namespace jobdeck
