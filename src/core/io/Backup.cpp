#include "io/Backup.h"

#include "io/BackupSet.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

namespace jobdeck::io {
namespace {

const QString kSourceAlias = QStringLiteral("restore_source");

// A private read-only connection to a file that is not (yet) trusted; removed with the object.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString& path)
        : m_name(QStringLiteral("jobdeck-inspect-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyConnection(const ReadOnlyConnection&) = delete;
    ReadOnlyConnection& operator=(const ReadOnlyConnection&) = delete;

    bool isOpen() const { return m_open; }
    const QString& error() const { return m_error; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// The schema version of a verified file.
Result<int> inspect(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return notFound(Backup::tr("There is no file '%1'.").arg(path));
    if (!info.isFile())
        return badInput(Backup::tr("'%1' is not a file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Backup::tr("Cannot read '%1': %2.").arg(path, file.errorString()));
    if (file.read(16) != QByteArrayLiteral("SQLite format 3\0"))
        return badInput(Backup::tr("'%1' is not a Jobdeck database (it is not an SQLite file).").arg(path));
    file.close();

    const ReadOnlyConnection connection(path);
    if (!connection.isOpen())
        return failure(Backup::tr("Cannot open '%1': %2").arg(path, connection.error()));
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return failure(Backup::tr("'%1' is damaged: %2").arg(path, query.lastError().text()));
    const QString verdict = query.value(0).toString();
    if (verdict != QLatin1String("ok"))
        return failure(Backup::tr("'%1' is damaged (integrity check: %2).").arg(path, verdict));
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next() ||
        query.value(0).toInt() != Database::kApplicationId)
        return badInput(Backup::tr("'%1' is an SQLite database, but not a Jobdeck one.").arg(path));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failure(Backup::tr("Cannot read the schema version of '%1'.").arg(path));
    const int version = query.value(0).toInt();
    if (version < 1 || version > Database::latestSchemaVersion())
        return badInput(Backup::tr("'%1' has schema %2; this Jobdeck reads schemas 1 to %3.")
                            .arg(path)
                            .arg(version)
                            .arg(Database::latestSchemaVersion()));
    return version;
}

QString quotedName(const QString& name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

Status Backup::copyTo(const Database& database, const QString& destination)
{
    QSqlDatabase db = database.connection();
    return copyTo(db, destination);
}

Status Backup::copyTo(QSqlDatabase& connection, const QString& destination)
{
    const QFileInfo target(destination);
    if (target.exists())
        return badInput(tr("'%1' already exists; choose a new file name for the backup.").arg(destination));
    if (!target.absoluteDir().exists())
        return badInput(tr("The folder '%1' does not exist.").arg(target.absolutePath()));
    if (!QFileInfo(target.absolutePath()).isWritable())
        return failure(tr("The folder '%1' is read-only; choose another place for the backup.")
                           .arg(target.absolutePath()));
    // Written under a temporary name, then renamed: a full disk or a crash never leaves a half backup
    // under the real name.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        const QString reason = query.lastError().text();
        QFile::remove(partial);
        return failure(tr("Cannot write the backup '%1': %2").arg(destination, reason));
    }
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        QFile::remove(partial);
        return failure(tr("Cannot write the backup '%1'.").arg(destination));
    }
    return {};
}

bool Backup::isDamaged(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.read(16) != QByteArrayLiteral("SQLite format 3\0"))
        return false;
    file.close();
    const ReadOnlyConnection connection(path);
    if (!connection.isOpen())
        return false;
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return true;
    return query.value(0).toString() != QLatin1String("ok");
}

Status Backup::verify(const QString& path)
{
    const Result<int> version = inspect(path);
    if (!version)
        return version.error();
    return {};
}

Result<QString> Backup::restore(const Database& database, const QString& source, BackupSet& keep,
                                const QDateTime& now)
{
    if (QFileInfo(source).canonicalFilePath() == QFileInfo(database.path()).canonicalFilePath())
        return badInput(tr("'%1' is the database itself; choose a backup to restore from.").arg(source));
    const Result<int> version = inspect(source);
    if (!version)
        return version.error();

    // An older backup is brought to this build's schema on a scratch copy; the original stays untouched.
    QTemporaryDir scratch;
    QString usable = source;
    if (version.value() < Database::latestSchemaVersion()) {
        usable = scratch.filePath(QStringLiteral("restore.sqlite"));
        if (!scratch.isValid() || !QFile::copy(source, usable))
            return failure(tr("Cannot make a working copy of '%1'.").arg(source));
        QFile(usable).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Result<std::unique_ptr<Database>> migrated = Database::open(usable);
        if (!migrated)
            return migrated.error();
    }

    const Result<QString> saved = keep.create(database, QStringLiteral("before-restore"), now);
    if (!saved)
        return failure(tr("Nothing was restored, because the current data could not be backed up first: %1")
                           .arg(saved.message()));

    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS %1").arg(kSourceAlias));
    query.addBindValue(usable);
    if (!query.exec())
        return failure(tr("Cannot read '%1': %2").arg(source, query.lastError().text()));

    const Status replaced = database.transaction([&]() -> Status {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
            return Database::queryError(tr("Cannot restore"), q);
        QStringList tables;
        if (!q.exec(
                QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE "
                               "'sqlite_%' ORDER BY name")))
            return Database::queryError(tr("Cannot restore"), q);
        while (q.next())
            tables.append(q.value(0).toString());
        for (const QString& table : std::as_const(tables)) {
            // Names come from the two databases' own schemas, quoted as identifiers.
            const QString name = quotedName(table);
            QStringList source;
            if (!q.exec(QStringLiteral("PRAGMA %1.table_info(%2)").arg(kSourceAlias, name)))
                return Database::queryError(tr("Cannot restore %1").arg(table), q);
            while (q.next())
                source.append(q.value(1).toString());
            const QSqlRecord mine = db.record(table);
            QStringList common;
            for (int i = 0; i < mine.count(); ++i) {
                if (source.contains(mine.fieldName(i)))
                    common.append(quotedName(mine.fieldName(i)));
            }
            if (!q.exec(QStringLiteral("DELETE FROM main.%1").arg(name)))
                return Database::queryError(tr("Cannot restore %1").arg(table), q);
            if (common.isEmpty())
                continue;
            const QString columns = common.join(QStringLiteral(", "));
            if (!q.exec(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM %3.%1")
                            .arg(name, columns, kSourceAlias)))
                return Database::queryError(tr("Cannot restore %1").arg(table), q);
        }
        return {};
    });
    QSqlQuery detach(db);
    detach.exec(QStringLiteral("DETACH DATABASE %1").arg(kSourceAlias));
    if (!replaced)
        return failure(tr("Nothing was restored: %1").arg(replaced.message()));
    return saved.value();
}

Result<QString> Backup::replaceFile(const QString& databasePath, const QString& source, const QDateTime& now)
{
    if (Status ok = verify(source); !ok)
        return ok.error();
    const QString aside =
        databasePath +
        QStringLiteral(".damaged-%1").arg(now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (QFileInfo::exists(databasePath) && !QFile::rename(databasePath, aside))
        return failure(
            tr("Cannot move the damaged database '%1' aside; nothing was changed.").arg(databasePath));
    // The journal files belong to the damaged file: kept beside it, never replayed into the restored one.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(databasePath + suffix)) {
            QFile::remove(aside + suffix);
            QFile::rename(databasePath + suffix, aside + suffix);
        }
    }
    if (!QFile::copy(source, databasePath)) {
        QFile::rename(aside, databasePath);
        return failure(
            tr("Cannot copy '%1' to '%2'; the database was put back as it was.").arg(source, databasePath));
    }
    QFile(databasePath).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return aside;
}

Status Backup::beforeMigration(QSqlDatabase& connection, const QString& databasePath, int fromVersion)
{
    const BackupSet set(databasePath);
    if (!QDir().mkpath(set.folder()))
        return failure(tr("Cannot create the backup folder '%1'.").arg(set.folder()));
    Q_UNUSED(fromVersion) // the copy itself records the version it was taken at
    const QString path =
        QDir(set.folder())
            .filePath(set.fileName(QStringLiteral("before-migration"), QDateTime::currentDateTimeUtc()));
    if (QFileInfo::exists(path))
        return {};
    if (Status copied = copyTo(connection, path); !copied)
        return copied;
    set.prune();
    return {};
}

} // namespace jobdeck::io
