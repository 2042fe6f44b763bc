#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace jobdeck {

// Turns on SQLite's own protections for an open connection: defensive mode (no writes to the schema table
// or other tricks that can corrupt a file) and an untrusted schema (functions with side effects cannot run
// from views, triggers or defaults a file brings along).
Status hardenConnection(QSqlDatabase& db);

// The driver's error as words a person understands; never Qt's bare "Unable to fetch row" or "Unknown error".
QString describeSqlError(const QSqlError& error);

// The SQLite result code of an error (its primary code, without the extended bits), or 0.
int sqliteCode(const QSqlError& error);

class SqliteErrors
{
    Q_DECLARE_TR_FUNCTIONS(SqliteErrors)
};

} // namespace jobdeck
