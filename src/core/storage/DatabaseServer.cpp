// Setting a PostgreSQL server up for Jobdeck (`server init`, `server add-user`): Database's members that only
// the database owner runs, apart from the ones every open needs.
#include "storage/Database.h"

#include "storage/Schema.h"

#include <QSqlQuery>
#include <QVariant>

namespace jobdeck {
namespace {

// The advisory lock two first starts of `server init` take, so one migrates and the other then finds the
// schema current ("JBKD", as SQLite's application id; transaction writes use the two-key form, so never collide).
constexpr qint64 kMigrationLock = Database::kApplicationId;

Status runAll(QSqlQuery& query, const QStringList& statements, const QString& what)
{
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return Database::queryError(what, query);
    }
    return {};
}

} // namespace

Result<QStringList> Database::setUpServer(const QString& locator, const QString& password)
{
    Result<std::unique_ptr<Database>> connected = connectServer(locator, password);
    if (!connected)
        return connected.error();
    const Database& database = *connected.value();
    const QString where = database.path();
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    QStringList done;

    // One transaction: DDL, roles and grants are transactional on PostgreSQL, so a failure leaves the server
    // as it was, and a second `server init` waits on the lock and then finds nothing left to do.
    if (!query.exec(QStringLiteral("BEGIN")))
        return queryError(tr("Cannot start setting up '%1'").arg(where), query);
    const auto fail = [&](const Error& error) -> Result<QStringList> {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock)))
        return fail(queryError(tr("Cannot lock '%1' for setting up").arg(where), query));
    if (!query.exec(QStringLiteral("SELECT to_regclass('jobdeck_schema') IS NOT NULL")) || !query.next())
        return fail(queryError(tr("Cannot read the schema of '%1'").arg(where), query));
    int version = 0;
    if (!query.value(0).toBool()) {
        if (!query.exec(QStringLiteral("CREATE TABLE jobdeck_schema (only_row BOOLEAN PRIMARY KEY DEFAULT TRUE "
                                       "CHECK (only_row), version INTEGER NOT NULL)")))
            return fail(queryError(tr("Cannot create Jobdeck's schema on '%1'").arg(where), query));
    } else {
        if (!query.exec(QStringLiteral("SELECT version FROM jobdeck_schema")))
            return fail(queryError(tr("Cannot read the schema version of '%1'").arg(where), query));
        version = query.next() ? query.value(0).toInt() : 0;
    }
    const int latest = latestSchemaVersion();
    if (version > latest)
        return fail(failure(tr("The server '%1' holds a newer Jobdeck schema (%2; this version writes up to %3); "
                               "nothing was changed.")
                                .arg(where)
                                .arg(version)
                                .arg(latest)));
    for (int number = version + 1; number <= latest; ++number) {
        const Result<QStringList> statements = Schema::serverMigration(number);
        if (!statements)
            return fail(statements.error());
        if (Status ran = runAll(query, statements.value(), tr("Migration %1 of '%2' failed").arg(number).arg(where));
            !ran)
            return fail(ran.error());
    }
    if (version < latest) {
        query.prepare(QStringLiteral("INSERT INTO jobdeck_schema (only_row, version) VALUES (TRUE, ?) "
                                     "ON CONFLICT (only_row) DO UPDATE SET version = excluded.version"));
        query.addBindValue(latest);
        if (!query.exec())
            return fail(queryError(tr("Cannot record the schema version of '%1'").arg(where), query));
        done.append(version == 0 ? tr("Created Jobdeck's schema (version %1).").arg(latest)
                                 : tr("Migrated Jobdeck's schema from version %1 to %2.").arg(version).arg(latest));
    } else {
        done.append(tr("Jobdeck's schema is up to date (version %1).").arg(latest));
    }

    if (!query.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = 'jobdeck_users'")))
        return fail(queryError(tr("Cannot read the roles of '%1'").arg(where), query));
    const bool roleExisted = query.next();
    const Result<QStringList> access = Schema::serverAccess();
    if (!access)
        return fail(access.error());
    if (Status ran = runAll(query, access.value(), tr("Cannot grant Jobdeck's rights on '%1'").arg(where)); !ran)
        return fail(ran.error());
    done.append(roleExisted ? tr("The group role jobdeck_users exists.")
                            : tr("Created the group role jobdeck_users."));
    done.append(tr("Granted jobdeck_users what Jobdeck needs (its own rows only, an append-only event log)."));
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(queryError(tr("Cannot save the set-up of '%1'").arg(where), query));
    return done;
}

Status Database::refreshStatistics() const
{
    if (!isServer())
        return {};
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT jobdeck_analyze()")))
        return queryError(tr("Cannot update the planner statistics of '%1'").arg(path()), query);
    return {};
}

Result<QString> Database::addServerUser(const QString& locator, const QString& role, const QString& password)
{
    if (role.trimmed().isEmpty())
        return badInput(tr("No role was given."));
    Result<std::unique_ptr<Database>> connected = connectServer(locator, password);
    if (!connected)
        return connected.error();
    const Database& database = *connected.value();
    const QString where = database.path();
    const QString init = QStringLiteral("jobdeck-cli --db %1 server init").arg(where);
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = 'jobdeck_users'")))
        return queryError(tr("Cannot read the roles of '%1'").arg(where), query);
    if (!query.next())
        return failure(tr("'%1' has no Jobdeck group role yet; run `%2` first.").arg(where, init));
    query.prepare(QStringLiteral("SELECT rolcanlogin, pg_has_role(oid, 'jobdeck_users', 'MEMBER') FROM pg_roles "
                                 "WHERE rolname = ?"));
    query.addBindValue(role);
    if (!query.exec())
        return queryError(tr("Cannot read the roles of '%1'").arg(where), query);
    if (!query.next())
        return notFound(tr("There is no role '%1' on '%2'; create it first (CREATE ROLE %1 LOGIN).").arg(role, where));
    const bool canLogin = query.value(0).toBool();
    if (query.value(1).toBool())
        return tr("'%1' already uses Jobdeck on '%2'.").arg(role, where);
    // A role name is an identifier, which no placeholder can carry: the server quotes it itself.
    query.prepare(QStringLiteral("SELECT format('GRANT jobdeck_users TO %I', ?::text)"));
    query.addBindValue(role);
    if (!query.exec() || !query.next())
        return queryError(tr("Cannot add '%1' to Jobdeck's users").arg(role), query);
    const QString grant = query.value(0).toString();
    if (!query.exec(grant))
        return queryError(tr("Cannot add '%1' to Jobdeck's users").arg(role), query);
    return canLogin ? tr("'%1' may now use Jobdeck on '%2'.").arg(role, where)
                    : tr("'%1' may now use Jobdeck on '%2' (but cannot log in: it is NOLOGIN).").arg(role, where);
}

} // namespace jobdeck
