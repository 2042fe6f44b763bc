#include "storage/Schema.h"

#include "storage/SqliteConnection.h"
#include "storage/SqlScript.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>
#include <QThread>

namespace jobdeck {
namespace {

// Migration N lives at :/jobdeck/migrations/00N_*.sql; the list is the schema's history.
const QStringList& migrationFiles()
{
    static const QStringList files{
        QStringLiteral(":/jobdeck/migrations/001_initial.sql"),
        QStringLiteral(":/jobdeck/migrations/002_task_events.sql"),
        QStringLiteral(":/jobdeck/migrations/003_event_log_append_only.sql"),
        QStringLiteral(":/jobdeck/migrations/004_reverts_and_interviews.sql"),
    };
    return files;
}

// The PostgreSQL dialect of each migration, one for one with migrationFiles().
const QStringList& serverMigrationFiles()
{
    static const QStringList files{
        QStringLiteral(":/jobdeck/migrations/pg/001_initial.sql"),
        QStringLiteral(":/jobdeck/migrations/pg/002_task_events.sql"),
        QStringLiteral(":/jobdeck/migrations/pg/003_event_log_append_only.sql"),
        QStringLiteral(":/jobdeck/migrations/pg/004_reverts_and_interviews.sql"),
    };
    return files;
}

Result<QStringList> readServerScript(const QString& resource, int number)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Schema::tr("Migration %1 is missing from this build.").arg(number));
    return splitPostgresScript(QString::fromUtf8(file.readAll()));
}

struct SchemaObject
{
    QString type;
    QString table;
    QString sql;
};

using SchemaObjects = QHash<QString, SchemaObject>; // by name

Result<SchemaObjects> readObjects(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM main.sqlite_master")))
        return failure(describeSqlError(query.lastError()));
    SchemaObjects objects;
    while (query.next())
        objects.insert(query.value(1).toString(), {query.value(0).toString(), query.value(2).toString(),
                                                   Schema::normalisedSql(query.value(3).toString())});
    return objects;
}

// What migrations 1..version make of an empty database, built once per version and process by running the
// migrations on an in-memory database: the scripts are the only definition of the schema.
Result<SchemaObjects> expectedObjects(int version)
{
    static QMutex mutex;
    static QHash<int, SchemaObjects> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(version); it != cache.constEnd())
        return *it;
    const QString name = QStringLiteral("jobdeck-schema-%1-%2")
                             .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16)
                             .arg(version);
    Result<SchemaObjects> objects = SchemaObjects();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            objects = failure(Schema::tr("Cannot build Jobdeck's schema in memory: %1")
                                  .arg(describeSqlError(db.lastError())));
        } else {
            QSqlQuery query(db);
            for (int number = 1; number <= version && objects; ++number) {
                const Result<QStringList> statements = Schema::migration(number);
                if (!statements) {
                    objects = statements.error();
                    break;
                }
                for (const QString& statement : statements.value()) {
                    if (!query.exec(statement)) {
                        objects = failure(Schema::tr("Migration %1 does not run: %2")
                                              .arg(number)
                                              .arg(describeSqlError(query.lastError())));
                        break;
                    }
                }
            }
            if (objects)
                objects = readObjects(db);
            query = QSqlQuery();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (objects)
        cache.insert(version, objects.value());
    return objects;
}

QString kindName(const QString& type)
{
    if (type == QLatin1String("table"))
        return Schema::tr("table");
    if (type == QLatin1String("index"))
        return Schema::tr("index");
    if (type == QLatin1String("trigger"))
        return Schema::tr("trigger");
    if (type == QLatin1String("view"))
        return Schema::tr("view");
    return type;
}

// SQLite's own statistics tables (ANALYZE, PRAGMA optimize) hold numbers for the query planner, no code.
bool isSqliteStatistics(const QString& name, const SchemaObject& object)
{
    return object.type == QLatin1String("table") &&
           (name == QLatin1String("sqlite_stat1") || name == QLatin1String("sqlite_stat4"));
}

} // namespace

int Schema::latestVersion()
{
    return int(migrationFiles().size());
}

Result<QStringList> Schema::migration(int number)
{
    if (number < 1 || number > latestVersion())
        return failure(tr("Migration %1 is missing from this build.").arg(number));
    QFile file(migrationFiles().at(number - 1));
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("Migration %1 is missing from this build.").arg(number));
    return splitSqlScript(QString::fromUtf8(file.readAll()));
}

Result<QStringList> Schema::serverMigration(int number)
{
    if (number < 1 || number > latestVersion() || serverMigrationFiles().size() != migrationFiles().size())
        return failure(tr("Migration %1 is missing from this build.").arg(number));
    return readServerScript(serverMigrationFiles().at(number - 1), number);
}

Result<QStringList> Schema::serverAccess()
{
    return readServerScript(QStringLiteral(":/jobdeck/migrations/pg/access.sql"), 0);
}

QString Schema::normalisedSql(const QString& sql)
{
    QString out;
    out.reserve(sql.size());
    QChar quote; // the open quote, if inside a literal or quoted name
    bool pendingSpace = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            out.append(c);
            if (c == quote)
                quote = QChar(); // a doubled quote reopens on its next character, which is the same
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < sql.size() && sql.at(i + 1) == QLatin1Char('-')) {
            while (i < sql.size() && sql.at(i) != QLatin1Char('\n'))
                ++i;
            pendingSpace = true;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < sql.size() && sql.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = sql.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? sql.size() : end + 1;
            pendingSpace = true;
            continue;
        }
        if (c.isSpace()) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty())
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`'))
            quote = c;
        else if (c == QLatin1Char('['))
            quote = QLatin1Char(']');
        out.append(c);
    }
    return out;
}

Status Schema::verify(const QSqlDatabase& db, const QString& path, int version)
{
    const Result<SchemaObjects> expected = expectedObjects(version);
    if (!expected)
        return expected.error();
    const Result<SchemaObjects> actual = readObjects(db);
    if (!actual)
        return failure(tr("Cannot read the schema of '%1': %2").arg(path, actual.message()));
    const QString unchanged = tr("it was not opened and was left unchanged.");
    for (auto it = actual->constBegin(); it != actual->constEnd(); ++it) {
        const SchemaObject& object = it.value();
        const auto mine = expected->constFind(it.key());
        if (mine == expected->constEnd()) {
            if (isSqliteStatistics(it.key(), object))
                continue;
            return failure(tr("'%1' holds a %2 named \"%3\" that Jobdeck does not create; %4")
                               .arg(path, kindName(object.type), it.key(), unchanged));
        }
        if (mine->type != object.type)
            return failure(tr("'%1' has a %2 named \"%3\" where Jobdeck has a %4; %5")
                               .arg(path, kindName(object.type), it.key(), kindName(mine->type), unchanged));
        if (mine->table != object.table || mine->sql != object.sql)
            return failure(tr("'%1': its %2 \"%3\" is not the one Jobdeck creates; %4")
                               .arg(path, kindName(object.type), it.key(), unchanged));
    }
    for (auto it = expected->constBegin(); it != expected->constEnd(); ++it) {
        if (!actual->contains(it.key()))
            return failure(tr("'%1' lacks the %2 \"%3\" of Jobdeck's schema %4; %5")
                               .arg(path, kindName(it->type), it.key())
                               .arg(version)
                               .arg(unchanged));
    }
    return {};
}

} // namespace jobdeck
