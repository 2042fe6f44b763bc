#include "storage/Database.h"

#include "storage/SqlScript.h"
#include "io/Backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace jobdeck {
namespace {

// Migration N lives at :/jobdeck/migrations/00N_*.sql; the list is the schema's history.
const QStringList& migrationFiles()
{
    static const QStringList files{
        QStringLiteral(":/jobdeck/migrations/001_initial.sql"),
        QStringLiteral(":/jobdeck/migrations/002_task_events.sql"),
        QStringLiteral(":/jobdeck/migrations/004_reverts_and_interviews.sql"),
    };
    return files;
}

Result<QVariant> scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return Database::queryError(sql, query);
    return query.value(0);
}

} // namespace

Database::Database(QString path) : m_path(std::move(path)) {}

Database::~Database()
{
    const QMutexLocker lock(&m_mutex);
    const auto self = reinterpret_cast<quintptr>(QThread::currentThread());
    for (auto it = m_connections.constBegin(); it != m_connections.constEnd(); ++it) {
        // Only the owning thread may touch a connection; the others' are closed by removeDatabase itself
        // (asking Qt for them here would warn that they belong to another thread).
        if (it.key() == self) {
            QSqlDatabase db = QSqlDatabase::database(it.value(), false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(it.value());
    }
}

QString Database::defaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.jobdeck");
    return QDir(folder).filePath(QStringLiteral("jobdeck.sqlite"));
}

QString Database::resolvePath(const QString& explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    const QString fromEnv = qEnvironmentVariable("JOBDECK_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return defaultPath();
}

int Database::latestSchemaVersion() { return static_cast<int>(migrationFiles().size()); }

Error Database::queryError(const QString& what, const QSqlQuery& query)
{
    const QString reason = query.lastError().text().trimmed();
    return failure(reason.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, reason));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    if (path.trimmed().isEmpty())
        return badInput(Database::tr("No database file was given."));

    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return failure(Database::tr("'%1' is a folder, not a Jobdeck database.").arg(path));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(Database::tr("Cannot read '%1': %2.").arg(path, file.errorString()));
        const QByteArray header = file.read(16);
        if (info.size() > 0 && header != QByteArrayLiteral("SQLite format 3\0"))
            return failure(Database::tr("'%1' is not a Jobdeck database (it is not an SQLite file); it was left unchanged.")
                               .arg(path));
        if (!info.isWritable())
            return failure(Database::tr("Cannot write to '%1': the file is read-only. Copy it somewhere writable or "
                              "change its permissions.")
                               .arg(path));
    } else {
        const QDir folder = info.absoluteDir();
        if (!folder.exists() && !QDir().mkpath(folder.absolutePath()))
            return failure(Database::tr("Cannot create the folder '%1' for the database.").arg(folder.absolutePath()));
    }

    std::unique_ptr<Database> database(new Database(info.absoluteFilePath()));
    Result<QSqlDatabase> db = database->openConnection();
    if (!db)
        return db.error();
    if (Status checked = database->checkAndMigrate(db.value()); !checked)
        return checked.error();
    return database;
}

Result<QSqlDatabase> Database::openConnection() const
{
    const auto thread = reinterpret_cast<quintptr>(QThread::currentThread());
    const QMutexLocker lock(&m_mutex);
    if (const auto it = m_connections.constFind(thread); it != m_connections.constEnd())
        return QSqlDatabase::database(*it);

    const QString name = QStringLiteral("jobdeck-%1-%2")
                             .arg(reinterpret_cast<quintptr>(this), 0, 16)
                             .arg(thread, 0, 16);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return failure(Database::tr("Cannot open '%1': %2").arg(m_path, reason));
    }
    // Reads only: safe on any file. WAL and synchronous are set once the file is known to be ours.
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    m_connections.insert(thread, name);
    return db;
}

QSqlDatabase Database::connection() const
{
    Result<QSqlDatabase> db = openConnection();
    return db ? db.value() : QSqlDatabase();
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    const Result<QVariant> version = scalar(db, QStringLiteral("PRAGMA user_version"));
    return version ? version->toInt() : -1;
}

Status Database::checkAndMigrate(QSqlDatabase& db)
{
    const Result<QVariant> version = scalar(db, QStringLiteral("PRAGMA user_version"));
    const Result<QVariant> appId = scalar(db, QStringLiteral("PRAGMA application_id"));
    const Result<QVariant> objects = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!version || !appId || !objects)
        return failure(Database::tr("'%1' is damaged or is not a database (%2); it was left unchanged.")
                           .arg(m_path, (!version ? version : !appId ? appId : objects).message()));

    const int current = version->toInt();
    const bool empty = objects->toInt() == 0 && current == 0;
    if (!empty && appId->toInt() != kApplicationId)
        return failure(Database::tr("'%1' is an SQLite database, but not a Jobdeck one; it was left unchanged.").arg(m_path));
    if (current > latestSchemaVersion())
        return failure(Database::tr("'%1' was written by a newer Jobdeck (schema %2; this version reads up to %3). "
                          "Update Jobdeck to open it; the file was left unchanged.")
                           .arg(m_path)
                           .arg(current)
                           .arg(latestSchemaVersion()));

    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return queryError(Database::tr("Cannot switch '%1' to WAL mode").arg(m_path), pragma);
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));

    if (current == latestSchemaVersion())
        return {};
    // A file that holds data is copied before its schema changes (issue 6: backups before migrations).
    if (current > 0) {
        if (Status saved = io::Backup::beforeMigration(db, m_path, current); !saved)
            return failure(Database::tr("'%1' was not migrated, because it could not be backed up first: %2")
                               .arg(m_path, saved.message()));
    }

    return transaction([&]() -> Status {
        QSqlQuery query(db);
        for (int index = current; index < latestSchemaVersion(); ++index) {
            QFile file(migrationFiles().at(index));
            if (!file.open(QIODevice::ReadOnly))
                return failure(Database::tr("Migration %1 is missing from this build.").arg(index + 1));
            const QStringList statements = splitSqlScript(QString::fromUtf8(file.readAll()));
            for (const QString& statement : statements) {
                if (!query.exec(statement))
                    return queryError(Database::tr("Migration %1 failed").arg(index + 1), query);
            }
        }
        // PRAGMA takes no bound parameters; both values are integers of ours.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion()))
            || !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
            return queryError(Database::tr("Cannot record the schema version"), query);
        return {};
    });
}

Status Database::transaction(const std::function<Status()>& work) const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return failure(Database::tr("The database '%1' is not open.").arg(m_path));
    if (!db.transaction())
        return failure(Database::tr("Cannot start a transaction on '%1': %2").arg(m_path, db.lastError().text()));
    Status status = work();
    if (!status) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const QString reason = db.lastError().text();
        db.rollback();
        return failure(Database::tr("Cannot save to '%1': %2").arg(m_path, reason));
    }
    return {};
}

} // namespace jobdeck
