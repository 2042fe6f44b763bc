#include "io/Backup.h"

#include "io/BackupSet.h"
#include "io/DatabaseCopy.h"
#include "io/PrivateFile.h"
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
        // Waits for a writer as the app does: a moment's lock is not a reason to give up the check.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
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

// SQLite's own verdict that a file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB), as opposed to a check
// that could not run (busy, locked, I/O, full disk, permissions).
bool reportsDamage(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 11 || code == 26);
}

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
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()) {
        if (reportsDamage(query.lastError()))
            return failure(Backup::tr("'%1' is damaged: %2").arg(path, query.lastError().text()));
        return failure(Backup::tr("Cannot check '%1' (%2), so it was not used.").arg(path, query.lastError().text()));
    }
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
    // Exactly Jobdeck's tables, indexes and triggers for that version: a shared backup could carry a trigger
    // that would run in every later session.
    if (const Result<int> checked = Database::checkFile(path); !checked)
        return checked.error();
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
    // A server cannot VACUUM INTO a file of ours: the user's own rows become a new Jobdeck file instead.
    if (database.isServer())
        return DatabaseCopy::toNewFile(database, destination, QDateTime::currentDateTimeUtc());
    QSqlDatabase db = database.connection();
    return copyTo(db, destination);
}

Status Backup::copyTo(QSqlDatabase& connection, const QString& destination)
{
    const QFileInfo target(destination);
    if (target.exists() || target.isSymLink())
        return badInput(tr("'%1' already exists; choose a new file name for the backup.").arg(destination));
    if (!target.absoluteDir().exists())
        return badInput(tr("The folder '%1' does not exist.").arg(target.absolutePath()));
    if (!QFileInfo(target.absolutePath()).isWritable())
        return failure(tr("The folder '%1' is read-only; choose another place for the backup.")
                           .arg(target.absolutePath()));
    const QString name = target.fileName();
    const Result<QString> written =
        copyToFreeName(connection, target.absolutePath(), [&](int attempt) { return attempt == 1 ? name : QString(); });
    if (!written)
        return written.error();
    return {};
}

Result<QString> Backup::copyToFreeName(QSqlDatabase& connection, const QString& folder,
                                       const std::function<QString(int)>& nameFor)
{
    const QString first = QDir(folder).filePath(nameFor(1));
    // What a backup to this name killed earlier left behind (old and no longer locked by its writer).
    PrivateFile::removeStale(folder, nameFor(1) + QLatin1Char('.'), PrivateFile::kStaleAfterSecs);
    // A unique temporary name (not "<name>.partial"): two backups started at once never remove or write
    // each other's file; the copy gets its real name only once complete and on disk.
    Result<std::unique_ptr<PrivateFile>> partial = PrivateFile::create(folder, nameFor(1));
    if (!partial)
        return failure(tr("Cannot write the backup '%1': %2").arg(first, partial.message()));
    PrivateFile& file = *partial.value();
    QSqlQuery query(connection);
    // VACUUM INTO writes into an existing file only when it is empty, as this one is: it keeps its 0600.
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(file.path());
    if (!query.exec())
        return failure(tr("Cannot write the backup '%1': %2").arg(first, query.lastError().text()));
    if (Status synced = file.sync(); !synced)
        return failure(tr("Cannot write the backup '%1': %2").arg(first, synced.message()));
    for (int attempt = 1;; ++attempt) {
        const QString name = nameFor(attempt);
        if (name.isEmpty())
            return badInput(tr("'%1' already exists; choose a new file name for the backup.").arg(first));
        const QString path = QDir(folder).filePath(name);
        const Result<bool> published = file.publishNew(path);
        if (!published)
            return published.error();
        if (published.value()) {
            PrivateFile::syncFolder(folder);
            return path;
        }
    }
}

Status Backup::checkDestination(const Database& database, const QString& path)
{
    const QString live = database.path();
    QStringList own{live};
    for (const char* suffix : {"-wal", "-shm", "-journal", ".lock"})
        own.append(live + QLatin1String(suffix));
    for (const QString& file : std::as_const(own)) {
        if (PrivateFile::sameFile(path, file))
            return badInput(tr("'%1' is the open database '%2' (or one of its own files); writing there would "
                               "overwrite your data. Choose another file name.")
                                .arg(path, live));
    }
    if (QFileInfo::exists(path)) {
        for (const QString& backup : BackupSet(live).list()) {
            if (PrivateFile::sameFile(path, backup))
                return badInput(tr("'%1' is a backup of the open database; writing there would overwrite it. "
                                   "Choose another file name.")
                                    .arg(path));
        }
    }
    return {};
}

Backup::Health Backup::health(const QString& path)
{
    using Verdict = Health::Verdict;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Verdict::CannotCheck, file.errorString()};
    if (file.read(16) != QByteArrayLiteral("SQLite format 3\0"))
        return {Verdict::NotSqlite, tr("it is not an SQLite file")};
    file.close();
    const ReadOnlyConnection connection(path);
    if (!connection.isOpen())
        return {Verdict::CannotCheck, connection.error()};
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()) {
        const QSqlError error = query.lastError();
        return {reportsDamage(error) ? Verdict::Damaged : Verdict::CannotCheck, error.text()};
    }
    const QString verdict = query.value(0).toString();
    if (verdict != QLatin1String("ok"))
        return {Verdict::Damaged, verdict};
    return {Verdict::Sound, {}};
}

bool Backup::isDamaged(const QString& path)
{
    return health(path).verdict == Health::Verdict::Damaged;
}

Status Backup::verify(const QString& path)
{
    const Result<int> version = inspect(path);
    if (!version)
        return version.error();
    return {};
}

Result<qint64> Backup::applicationCount(const QString& path)
{
    if (const Result<int> version = inspect(path); !version)
        return version.error();
    const ReadOnlyConnection connection(path);
    if (!connection.isOpen())
        return failure(tr("Cannot open '%1': %2").arg(path, connection.error()));
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM applications")) || !query.next())
        return failure(tr("Cannot count the applications in '%1': %2").arg(path, query.lastError().text()));
    return query.value(0).toLongLong();
}

Result<QString> Backup::restore(const Database& database, const QString& source, BackupSet& keep,
                                const QDateTime& now)
{
    if (PrivateFile::sameFile(source, database.path()))
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
            if (table == keptTable())
                continue;
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
    const QFileInfo info(databasePath);
    const QString folder = info.absolutePath();
    const QString live = info.absoluteFilePath();
    // Copies left by restores killed before their last step.
    PrivateFile::removeStale(folder, info.fileName() + QLatin1Char('.'), PrivateFile::kStaleAfterSecs);

    // 1. The copy, complete and on disk beside the database, before anything else changes.
    Result<std::unique_ptr<PrivateFile>> created = PrivateFile::create(folder, info.fileName());
    if (!created)
        return failure(tr("Cannot restore '%1': %2 Nothing was changed.").arg(databasePath, created.message()));
    PrivateFile& copy = *created.value();
    if (Status written = copy.copyFrom(source); !written)
        return failure(tr("Cannot copy '%1' beside '%2': %3 Nothing was changed.")
                           .arg(source, databasePath, written.message()));
    if (Status synced = copy.sync(); !synced)
        return failure(tr("Cannot copy '%1' beside '%2': %3 Nothing was changed.")
                           .arg(source, databasePath, synced.message()));

    // 2. The damaged file kept under a new name by a hard link: it stays at its path too until step 4.
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside;
    bool kept = false;
    for (int n = 1; n < 1000 && !kept; ++n) {
        aside = live + QStringLiteral(".damaged-%1").arg(stamp) + (n > 1 ? QStringLiteral("-%1").arg(n) : QString());
        if (QFileInfo::exists(aside) || QFileInfo(aside).isSymLink())
            continue;
        kept = PrivateFile::hardLink(live, aside);
        if (!kept) {
            // No hard links on this file system: a copy of the damaged file instead.
            Result<std::unique_ptr<PrivateFile>> keep = PrivateFile::create(folder, info.fileName());
            if (!keep)
                break;
            const Result<bool> published =
                (*keep)->copyFrom(live) && (*keep)->sync() ? (*keep)->publishNew(aside) : Result<bool>(false);
            kept = published && published.value();
            if (!kept)
                break;
        }
    }
    if (!kept)
        return failure(tr("Cannot keep a copy of the damaged database '%1' beside it; nothing was changed.")
                           .arg(databasePath));

    // 3. Its journal files go with it, as one unit: replayed into the copy they would corrupt it.
    QStringList moved;
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-journal"), QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(live + suffix))
            continue;
        if (!QFile::rename(live + suffix, aside + suffix)) {
            for (const QString& back : std::as_const(moved))
                QFile::rename(aside + back, live + back);
            QFile::remove(aside);
            return failure(tr("Cannot move '%1' aside; nothing was changed.").arg(live + suffix));
        }
        moved.append(suffix);
    }
    PrivateFile::syncFolder(folder);

    // 4. One rename() swaps the copy in.
    if (Status swapped = copy.publishOver(live); !swapped) {
        for (const QString& back : std::as_const(moved))
            QFile::rename(aside + back, live + back);
        QFile::remove(aside);
        PrivateFile::syncFolder(folder);
        return failure(tr("Cannot put the copy of '%1' in place (%2); the database was left as it was, with "
                          "its journal files.")
                           .arg(source, swapped.message()));
    }
    PrivateFile::syncFolder(folder);
    return aside;
}

Status Backup::beforeMigration(QSqlDatabase& connection, const QString& databasePath, int fromVersion)
{
    const BackupSet set(databasePath);
    if (Status made = PrivateFile::makePrivateFolder(set.folder()); !made)
        return made;
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
