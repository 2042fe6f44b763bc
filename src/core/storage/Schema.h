#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace jobdeck {

// Jobdeck's schema as its numbered migrations build it, and the check that a file holds exactly that schema:
// its own tables, indexes and triggers and nothing else, so no object someone else put in a file (a trigger,
// a view in place of a table) ever runs under Jobdeck.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    // The schema version this build writes (the number of migrations).
    static int latestVersion();
    // The statements of migration `number` (1 to latestVersion()).
    static Result<QStringList> migration(int number);
    // The PostgreSQL statements of migration `number` (resources/migrations/pg, same numbers and meaning).
    static Result<QStringList> serverMigration(int number);
    // The PostgreSQL role and grants script `server init` runs after the migrations, every time.
    static Result<QStringList> serverAccess();
    // Compares `db`'s sqlite_master with what migrations 1 to `version` create on an empty database; the
    // refusal names `path` and the first object that differs.
    static Status verify(const QSqlDatabase& db, const QString& path, int version);
    // A CREATE statement without its comments and with each run of white space made one space, so a file
    // written from a differently spaced or commented migration script compares equal.
    static QString normalisedSql(const QString& sql);
};

} // namespace jobdeck
