#include "storage/SqliteConnection.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <sqlite3.h>

namespace jobdeck {

Status hardenConnection(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA trusted_schema = OFF")))
        return failure(describeSqlError(query.lastError()));
    // Defensive mode has no PRAGMA: it is set through the C API on the driver's handle. That is only sound
    // when the driver runs on the SQLite library linked here (Debian's Qt uses the system one); a Qt that
    // carries its own copy (some Windows and macOS builds) reports another version, and then the handle is
    // left alone: the untrusted schema above and Jobdeck's own schema check still hold.
    if (!query.exec(QStringLiteral("SELECT sqlite_version()")) || !query.next())
        return failure(describeSqlError(query.lastError()));
    if (query.value(0).toString() != QLatin1String(sqlite3_libversion()))
        return {};
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return failure(SqliteErrors::tr("The SQLite driver gave no connection handle."));
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    if (!connection)
        return failure(SqliteErrors::tr("The SQLite driver gave no connection handle."));
    int defensive = 0;
    int trusted = 1;
    if (sqlite3_db_config(connection, SQLITE_DBCONFIG_DEFENSIVE, 1, &defensive) != SQLITE_OK || defensive != 1 ||
        sqlite3_db_config(connection, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &trusted) != SQLITE_OK || trusted != 0)
        return failure(SqliteErrors::tr("This SQLite library cannot run in defensive mode."));
    return {};
}

int sqliteCode(const QSqlError& error)
{
    // PostgreSQL's codes are five-character SQLSTATEs ("42501"); SQLite's are numbers below 10000.
    if (error.nativeErrorCode().size() == 5)
        return 0;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

QString describeSqlError(const QSqlError& error)
{
    const QString said = error.databaseText().trimmed();
    switch (sqliteCode(error)) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return SqliteErrors::tr("another program kept the database busy for too long; try again");
    case SQLITE_FULL:
        return SqliteErrors::tr("the disk is full");
    case SQLITE_READONLY:
        return SqliteErrors::tr("the database file or its folder is read-only");
    case SQLITE_IOERR:
        return SqliteErrors::tr("the disk could not be read or written (%1)").arg(said);
    case SQLITE_CORRUPT:
        return SqliteErrors::tr("the database file is damaged");
    case SQLITE_NOTADB:
        return SqliteErrors::tr("it is not an SQLite file, or it is damaged");
    case SQLITE_CANTOPEN:
        return SqliteErrors::tr(
            "the file cannot be opened (check that it and its folder exist and are yours)");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return SqliteErrors::tr("access to the database was denied");
    default:
        break;
    }
    // Anything else (a constraint, a trigger's refusal): the engine's own sentence, without Qt's generic tail
    // or libpq's "ERROR:" and line breaks.
    if (!said.isEmpty()) {
        QString sentence = said.simplified();
        if (sentence.startsWith(QLatin1String("ERROR: ")))
            sentence = sentence.mid(7);
        if (sentence.startsWith(QLatin1String("FATAL: ")))
            sentence = sentence.mid(7);
        // QPSQL appends the SQLSTATE in parentheses; the code is kept in nativeErrorCode().
        const QString code = QStringLiteral("(%1)").arg(error.nativeErrorCode());
        if (error.nativeErrorCode().size() == 5 && sentence.endsWith(code))
            sentence = sentence.left(sentence.size() - code.size()).trimmed();
        return sentence;
    }
    return SqliteErrors::tr("the database gave no reason (error code %1)")
        .arg(error.nativeErrorCode().isEmpty() ? QStringLiteral("?") : error.nativeErrorCode());
}

} // namespace jobdeck
