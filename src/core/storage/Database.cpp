#include "storage/Database.h"

#include "io/Backup.h"
#include "storage/Schema.h"
#include "storage/SqliteFileGuard.h"
#include "storage/SqliteConnection.h"

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <atomic>
#ifdef Q_OS_LINUX
#include <sys/stat.h>

#include <libpq-fe.h>
#endif

namespace jobdeck {
namespace {

constexpr int kBusyTimeoutMs = 5000;

// Which file each open connection's driver belongs to, so a failed query's message can name the file.
QMutex& driverMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<const QSqlDriver*, QString>& driverPaths()
{
    static QHash<const QSqlDriver*, QString> paths;
    return paths;
}

// A job search is private: folders Jobdeck creates are the user's alone (0700).
Status createPrivateFolder(const QString& folder)
{
    QStringList missing;
    for (QString path = QDir(folder).absolutePath(); !QFileInfo::exists(path);) {
        missing.prepend(path);
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path)
            break;
        path = parent;
    }
    for (const QString& path : std::as_const(missing)) {
        if (!QDir().mkdir(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) &&
            !QFileInfo(path).isDir())
            return failure(Database::tr("Cannot create the folder '%1' for the database.").arg(path));
    }
    return {};
}

// The database file is created here, owner-only (0600), before SQLite opens it: SQLite gives its -wal and
// -shm files the main file's permissions, so all three stay private whatever the umask.
Status createPrivateFile(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
        return {};
    if (QFileInfo::exists(path)) // another process created it a moment ago
        return {};
    return failure(Database::tr("Cannot create the database '%1': %2.").arg(path, file.errorString()));
}

// Which opens run SQLite's full integrity check, and why not all of them.
//
// PRAGMA integrity_check reads and cross-checks every page and index entry: about 4 s on 100,000
// applications, paid by every jobdeck-cli process. It finds damage to the file's bytes. Hostile content that
// parses (an added trigger or view, a changed table) is refused by Schema::verify, which runs on every open,
// and no SQL a file brings runs in any case (defensive mode, trusted_schema=OFF). Bytes change only through
// a writer: Jobdeck's own SQLite under its journal (consistent after any crash), or something else (another
// program, a copy, a restore, a sync tool, the disk). So the full check is skipped only for a file that is
// provably the one a Jobdeck process left at a clean close after it had been checked:
//  - when the last connection closes cleanly, SQLite checkpoints the -wal into the file and removes it; the
//    Database then writes OpenStamp beside the file ("FILE-jobdeck-checked", 0600): the file's device, inode,
//    size, mtime and ctime (ns), and when it last passed the full check;
//  - an open skips the full check only if that stamp matches the file exactly, no -wal or -journal is there
//    (a crash, or another program still using the file, leaves one), and the full check is under a day old.
// Any other writer changes mtime and ctime (utime() can set mtime back, never ctime); a copied, synced or
// restored file is a new inode. Files from elsewhere (restore candidates through checkFile(), copy --from
// through openForeign()) always get the full check. What is left to the daily check: silent
// disk damage that changes no metadata, and a foreign write within the same clock tick as Jobdeck's close.
// The space-separated fields of a stamp file (OpenStamp, HeldStamp): nullopt unless it can be read, its
// first field is `tag` and it has `count` fields in all. A stamp from another version, or cut short by a
// crash, is thus no stamp, and the open checks in full.
std::optional<QList<QByteArray>> stampFields(const QString& path, const char* tag, qsizetype count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QList<QByteArray> fields = file.read(512).trimmed().split(' ');
    if (fields.size() != count || fields.at(0) != tag)
        return std::nullopt;
    return fields;
}

template <size_t N>
bool allTrue(const bool (&flags)[N])
{
    return std::all_of(std::begin(flags), std::end(flags), [](bool flag) { return flag; });
}

struct OpenStamp
{
    static constexpr qint64 kFullCheckEverySecs = 24 * 60 * 60;

    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = -1;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    qint64 fullCheckAt = -1;

    static QString pathFor(const QString& database) { return database + QStringLiteral("-jobdeck-checked"); }

    // The file's identity now, or nothing if it cannot be read (off Linux: always nothing, so every open
    // runs the full check there).
    static std::optional<OpenStamp> ofFile(const QString& file)
    {
#ifndef Q_OS_LINUX
        Q_UNUSED(file);
        return std::nullopt;
#else
        struct stat st = {};
        if (::stat(QFile::encodeName(file).constData(), &st) != 0 || !S_ISREG(st.st_mode))
            return std::nullopt;
        OpenStamp stamp;
        stamp.device = quint64(st.st_dev);
        stamp.inode = quint64(st.st_ino);
        stamp.size = qint64(st.st_size);
        stamp.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        stamp.ctimeNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
        return stamp;
#endif
    }

    static std::optional<OpenStamp> read(const QString& database)
    {
        const std::optional<QList<QByteArray>> read = stampFields(pathFor(database), "jobdeck-checked-1", 7);
        if (!read)
            return std::nullopt;
        const QList<QByteArray>& fields = *read;
        OpenStamp stamp;
        bool ok[6] = {};
        stamp.device = fields.at(1).toULongLong(&ok[0]);
        stamp.inode = fields.at(2).toULongLong(&ok[1]);
        stamp.size = fields.at(3).toLongLong(&ok[2]);
        stamp.mtimeNs = fields.at(4).toLongLong(&ok[3]);
        stamp.ctimeNs = fields.at(5).toLongLong(&ok[4]);
        stamp.fullCheckAt = fields.at(6).toLongLong(&ok[5]);
        if (!allTrue(ok))
            return std::nullopt;
        return stamp;
    }

    bool sameFile(const OpenStamp& other) const
    {
        return device == other.device && inode == other.inode && size == other.size &&
               mtimeNs == other.mtimeNs && ctimeNs == other.ctimeNs;
    }

    // File times come from a coarse clock (a few ms, up to seconds on some file systems): a write in the same
    // tick as the stamped times would leave them unchanged. So a stamp counts only if it was itself written
    // in a later tick (its own mtime, same file system and clock, is newer than the times it records): every
    // write after it then shows. As git does for its index.
    bool writtenAfter(const QString& database) const
    {
        const std::optional<OpenStamp> self = ofFile(pathFor(database));
        return self && self->mtimeNs > mtimeNs && self->mtimeNs > ctimeNs;
    }

    // Replaces the stamp in one rename; a failure only costs the next open a full check.
    void write(const QString& database) const
    {
        QSaveFile file(pathFor(database));
        if (!file.open(QIODevice::WriteOnly))
            return;
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.write(QStringLiteral("jobdeck-checked-1 %1 %2 %3 %4 %5 %6\n")
                       .arg(device)
                       .arg(inode)
                       .arg(size)
                       .arg(mtimeNs)
                       .arg(ctimeNs)
                       .arg(fullCheckAt)
                       .toLatin1());
        file.commit();
    }
};

// When the last full check of `path` passed, if the file is provably unchanged since a Jobdeck process
// closed it cleanly after that check and the check is recent; else nothing (run the full check).
std::optional<qint64> trustedFullCheckAt(const QString& path)
{
    if (QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-journal")))
        return std::nullopt;
    const std::optional<OpenStamp> stamp = OpenStamp::read(path);
    const std::optional<OpenStamp> now = OpenStamp::ofFile(path);
    if (!stamp || !now || !stamp->sameFile(*now) || !stamp->writtenAfter(path))
        return std::nullopt;
    const qint64 age = QDateTime::currentSecsSinceEpoch() - stamp->fullCheckAt;
    if (age < 0 || age >= OpenStamp::kFullCheckEverySecs)
        return std::nullopt;
    return stamp->fullCheckAt;
}

// While the app has a file open, a -wal is always there, so trustedFullCheckAt() never holds and every
// jobdeck-cli run beside the app paid the full check (0.4 s on 30,000 applications, against 0.02 s for the
// same `history` with the app closed). The app says instead, beside the file ("FILE-jobdeck-held", 0600),
// that it holds the file after checking it: its pid, the boot it runs in, the file's device and inode, and
// when the file last passed the full check. That is trusted only while the app still holds its instance
// lock ("FILE.lock", io::InstanceLock): the lock names the same pid, that process is alive on this host and
// is the program that took the lock, in this boot; and only for the same inode, and for a day. Everything
// else still gets the full check: a crash's -wal (the holder is gone), a file replaced by a copy, a sync
// tool or a restore (a new inode), another program's open file (no held stamp). What is given up: damage to
// the bytes by something writing the same inode in place while the app runs, which a later full check
// (daily, or after the app closes) still finds.
struct HeldStamp
{
    qint64 pid = 0;
    QByteArray bootId;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 fullCheckAt = -1;

    static QString pathFor(const QString& database) { return database + QStringLiteral("-jobdeck-held"); }

    static QByteArray currentBootId()
    {
        const QByteArray id = QSysInfo::bootUniqueId();
        return id.isEmpty() ? QByteArrayLiteral("-") : id;
    }

    static std::optional<HeldStamp> read(const QString& database)
    {
        const std::optional<QList<QByteArray>> read = stampFields(pathFor(database), "jobdeck-held-1", 6);
        if (!read)
            return std::nullopt;
        const QList<QByteArray>& fields = *read;
        HeldStamp held;
        bool ok[4] = {};
        held.pid = fields.at(1).toLongLong(&ok[0]);
        held.bootId = fields.at(2);
        held.device = fields.at(3).toULongLong(&ok[1]);
        held.inode = fields.at(4).toULongLong(&ok[2]);
        held.fullCheckAt = fields.at(5).toLongLong(&ok[3]);
        if (!allTrue(ok) || held.pid <= 0)
            return std::nullopt;
        return held;
    }

    void write(const QString& database) const
    {
        QSaveFile file(pathFor(database));
        if (!file.open(QIODevice::WriteOnly))
            return;
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.write(QByteArray("jobdeck-held-1 ") + QByteArray::number(pid) + ' ' + bootId + ' ' +
                   QByteArray::number(device) + ' ' + QByteArray::number(inode) + ' ' +
                   QByteArray::number(fullCheckAt) + '\n');
        file.commit();
    }

    // True if this stamp's process holds the instance lock of `database` now, in this boot, on this host, and
    // the stamp names the file that is there now.
    bool holds(const QString& database) const
    {
#ifndef Q_OS_LINUX
        Q_UNUSED(database);
        return false;
#else
        if (pid == QCoreApplication::applicationPid() || bootId != currentBootId())
            return false;
        const QLockFile lock(database + QStringLiteral(".lock"));
        qint64 holder = 0;
        QString host;
        QString program;
        if (!lock.getLockInfo(&holder, &host, &program) || holder != pid ||
            host != QSysInfo::machineHostName())
            return false;
        // Alive, and still the program that took the lock (a pid can be reused), as QLockFile judges it.
        const QString running = QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget();
        if (running.isEmpty() || QFileInfo(running).fileName() != QFileInfo(program).fileName())
            return false;
        const std::optional<OpenStamp> now = OpenStamp::ofFile(database);
        return now && now->device == device && now->inode == inode;
#endif
    }
};

// When the last full check of `path` passed, if the app holds the file now after checking it and that check
// is recent (HeldStamp); else nothing.
std::optional<qint64> heldFullCheckAt(const QString& path)
{
    const std::optional<HeldStamp> held = HeldStamp::read(path);
    if (!held || !held->holds(path))
        return std::nullopt;
    const qint64 age = QDateTime::currentSecsSinceEpoch() - held->fullCheckAt;
    if (age < 0 || age >= OpenStamp::kFullCheckEverySecs)
        return std::nullopt;
    return held->fullCheckAt;
}

// After a full check passed at `checkedAt`, the app's held stamp (if it still holds the file) says so: the
// app may run for days, and the day's first jobdeck-cli run is then the only one that pays for the check.
void refreshHeldStamp(const QString& path, qint64 checkedAt)
{
    std::optional<HeldStamp> held = HeldStamp::read(path);
    if (!held || !held->holds(path) || held->fullCheckAt >= checkedAt)
        return;
    held->fullCheckAt = checkedAt;
    held->write(path);
}

std::atomic<int> g_integrityChecks{0};

// The refusal of a file at `path` whose SQLite connection failed with `error`.
Error openingError(const QString& path, const QSqlError& error)
{
    if (sqliteCode(error) == 26 /* SQLITE_NOTADB */)
        return failure(
            Database::tr("'%1' is not a Jobdeck database (it is not an SQLite file, or it is damaged); "
                         "it was left unchanged.")
                .arg(path));
    return failure(Database::tr("Cannot open '%1': %2.").arg(path, describeSqlError(error)));
}

} // namespace

// What a file says about itself, read in one statement so all three come from one snapshot even while
// another process is creating or migrating the file.
struct Database::FileState
{
    int version = 0;
    int applicationId = 0;
    int objects = 0;
    // A file with nothing in it yet: a new one (ours or another process's, being created right now).
    bool empty() const { return objects == 0 && version == 0; }
};

namespace {

Result<Database::FileState> readState(const QSqlDatabase& db, const QString& path)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version), "
                                   "(SELECT application_id FROM pragma_application_id), "
                                   "(SELECT count(*) FROM main.sqlite_master)")) ||
        !query.next())
        return openingError(path, query.lastError());
    Database::FileState state;
    state.version = query.value(0).toInt();
    state.applicationId = query.value(1).toInt();
    state.objects = query.value(2).toInt();
    return state;
}

// Whether Jobdeck may use a file in this state at all.
Status judge(const Database::FileState& state, const QString& path)
{
    if (state.empty())
        return {};
    if (state.applicationId != Database::kApplicationId)
        return failure(
            Database::tr("'%1' is an SQLite database, but not a Jobdeck one; it was left unchanged.")
                .arg(path));
    if (state.version > Database::latestSchemaVersion())
        return failure(
            Database::tr("'%1' was written by a newer Jobdeck (schema %2; this version reads up to %3). "
                         "Update Jobdeck to open it; the file was left unchanged.")
                .arg(path)
                .arg(state.version)
                .arg(Database::latestSchemaVersion()));
    return {};
}

// A connection that reads a file without writing to it: no checkpoint of another program's WAL, no schema
// change, nothing run. Removed with the object.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString& path)
        : m_name(QStringLiteral("jobdeck-inspect-%1").arg(reinterpret_cast<quintptr>(this), 0, 16))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open())
            m_error = openingError(path, db.lastError());
        else if (Status hardened = hardenConnection(db); !hardened)
            m_error = hardened.error();
    }
    ~ReadOnlyConnection() { QSqlDatabase::removeDatabase(m_name); }
    ReadOnlyConnection(const ReadOnlyConnection&) = delete;
    ReadOnlyConnection& operator=(const ReadOnlyConnection&) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    const std::optional<Error>& error() const { return m_error; }

private:
    QString m_name;
    std::optional<Error> m_error;
};

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
            {
                const QMutexLocker paths(&driverMutex());
                driverPaths().remove(db.driver());
            }
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(it.value());
    }
    m_connections.clear();
    if (m_held)
        QFile::remove(HeldStamp::pathFor(m_path));
    stampOnClose();
}

void Database::declareHeld(qint64 pid)
{
    if (m_server || m_fullCheckAt < 0)
        return;
    const std::optional<OpenStamp> file = OpenStamp::ofFile(m_path);
    if (!file)
        return;
    HeldStamp held;
    held.pid = pid;
    held.bootId = HeldStamp::currentBootId();
    held.device = file->device;
    held.inode = file->inode;
    held.fullCheckAt = m_fullCheckAt;
    held.write(m_path);
    m_held = true;
}

void Database::stampOnClose() const
{
    if (m_server || m_fullCheckAt < 0)
        return;
    // A -wal left behind means another connection (here or in another process) still uses the file, or the
    // close was not clean: then the next open checks in full.
    if (QFileInfo::exists(m_path + QStringLiteral("-wal")) || QFileInfo::exists(m_path + QStringLiteral("-journal")))
        return;
    // Waits out the file clock's tick (a few ms) so that the stamp is newer than the file (writtenAfter).
    for (int attempt = 0; attempt < 25; ++attempt) {
        std::optional<OpenStamp> stamp = OpenStamp::ofFile(m_path);
        if (!stamp)
            return;
        stamp->fullCheckAt = m_fullCheckAt;
        stamp->write(m_path);
        if (stamp->writtenAfter(m_path))
            return;
        QThread::msleep(2);
    }
}

void Database::forgetStamp(const QString& path)
{
    QFile::remove(OpenStamp::pathFor(path));
}

int Database::integrityChecksRun()
{
    return g_integrityChecks.load();
}

QString Database::defaultPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.jobdeck");
    return QDir(folder).filePath(QStringLiteral("jobdeck.sqlite"));
}

bool Database::isServerLocator(const QString& locator)
{
    return ServerAddress::isLocator(locator);
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

int Database::latestSchemaVersion()
{
    return Schema::latestVersion();
}

Error Database::queryError(const QString& what, const QSqlQuery& query)
{
    QString path;
    {
        const QMutexLocker lock(&driverMutex());
        path = driverPaths().value(query.driver());
    }
    const QString reason = describeSqlError(query.lastError());
    if (path.isEmpty() || what.contains(path))
        return failure(QStringLiteral("%1: %2.").arg(what, reason));
    return failure(Database::tr("%1: %2 (database '%3').").arg(what, reason, path));
}

Result<Database::FileState> Database::inspect(const QString& path, Check check, qint64* fullCheckAt)
{
    std::optional<qint64> trusted;
    if (check == Check::UnlessStamped) {
        trusted = trustedFullCheckAt(path);
        if (!trusted)
            trusted = heldFullCheckAt(path);
    }

    const ReadOnlyConnection connection(path);
    if (connection.error())
        return *connection.error();
    const QSqlDatabase db = connection.database();
    const Result<FileState> state = readState(db, path);
    if (!state)
        return state.error();
    if (Status judged = judge(state.value(), path); !judged)
        return judged.error();
    if (state->empty()) {
        if (fullCheckAt)
            *fullCheckAt = QDateTime::currentSecsSinceEpoch();
        return state;
    }
    if (trusted) {
        if (fullCheckAt)
            *fullCheckAt = *trusted;
        if (Status verified = Schema::verify(db, path, state->version); !verified)
            return verified.error();
        return state;
    }
    ++g_integrityChecks;
    const qint64 checkedAt = QDateTime::currentSecsSinceEpoch();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(1)")) || !query.next())
        return failure(Database::tr("'%1' could not be checked for damage: %2; it was left unchanged.")
                           .arg(path, describeSqlError(query.lastError())));
    if (const QString verdict = query.value(0).toString(); verdict != QLatin1String("ok"))
        return failure(
            Database::tr("'%1' is damaged (SQLite's integrity check says: %2). It was left unchanged; "
                         "restore it from a backup.")
                .arg(path, verdict));
    query = QSqlQuery();
    if (Status verified = Schema::verify(db, path, state->version); !verified)
        return verified.error();
    if (fullCheckAt)
        *fullCheckAt = checkedAt;
    if (check == Check::UnlessStamped)
        refreshHeldStamp(path, checkedAt);
    return state;
}

Result<int> Database::checkFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return notFound(Database::tr("There is no file '%1'.").arg(path));
    if (!info.isFile())
        return badInput(Database::tr("'%1' is not a regular file.").arg(path));
    const Result<FileState> state = inspect(info.absoluteFilePath(), Check::Full, nullptr);
    if (!state)
        return state.error();
    if (state->empty())
        return badInput(Database::tr("'%1' holds no Jobdeck data.").arg(path));
    return state->version;
}

Result<std::unique_ptr<Database>> Database::open(const QString& locator, const QString& password)
{
    if (!isServerLocator(locator))
        return open(locator);
    Result<std::unique_ptr<Database>> database = connectServer(locator, password);
    if (!database)
        return database;
    if (Status checked = database.value()->checkServerSchema(); !checked)
        return checked.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    return openFile(path, Check::UnlessStamped);
}

Result<std::unique_ptr<Database>> Database::openForeign(const QString& path)
{
    return openFile(path, Check::Full);
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& path, Check check)
{
    if (isServerLocator(path))
        return open(path, QString());
    if (path.trimmed().isEmpty())
        return badInput(Database::tr("No database file was given."));

    // Before any connection: from here on no code in this process can open, and by closing unlock, a file
    // SQLite holds (SqliteFileGuard).
    SqliteFileGuard::install();
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return failure(Database::tr("'%1' is a folder, not a Jobdeck database.").arg(path));
        // A pipe or a device would block or never end; a database is a plain file.
        if (!info.isFile())
            return failure(
                Database::tr("'%1' is not a regular file (it is a pipe, a device or a socket), so it "
                             "cannot be a Jobdeck database; it was left unchanged.")
                    .arg(path));
        if (!info.isReadable())
            return failure(Database::tr("Cannot read '%1': permission denied.").arg(path));
        if (!info.isWritable())
            return failure(
                Database::tr("Cannot write to '%1': the file is read-only. Copy it somewhere writable or "
                             "change its permissions.")
                    .arg(path));
    } else {
        if (Status folder = createPrivateFolder(info.absolutePath()); !folder)
            return folder.error();
        if (Status file = createPrivateFile(info.absoluteFilePath()); !file)
            return file.error();
    }

    const QString absolute = info.absoluteFilePath();
    // Until a file is known to be Jobdeck's, it is only read: another program's database is not checkpointed,
    // a damaged one is not written, and no object it brings runs.
    qint64 fullCheckAt = QDateTime::currentSecsSinceEpoch(); // a new file: nothing to check yet
    if (QFileInfo(absolute).size() > 0) {
        if (const Result<FileState> state = inspect(absolute, check, &fullCheckAt); !state)
            return state.error();
    }

    std::unique_ptr<Database> database(new Database(absolute));
    database->m_fullCheckAt = fullCheckAt;
    Result<QSqlDatabase> db = database->openConnection();
    if (!db)
        return db.error();
    if (Status migrated = database->migrate(db.value()); !migrated)
        return migrated.error();
    return database;
}

Result<QSqlDatabase> Database::openConnection() const
{
    const auto thread = reinterpret_cast<quintptr>(QThread::currentThread());
    const QMutexLocker lock(&m_mutex);
    if (const auto it = m_connections.constFind(thread); it != m_connections.constEnd()) {
        // Qt's QPSQL closes a connection whose query met a dead session, and libpq marks one dead that it
        // found closed while reading notifications: either way the server's session is gone, and it is opened
        // again here with its settings (Qt would re-open a closed one by itself, without them).
        QSqlDatabase db = QSqlDatabase::database(*it, !m_server);
        if (m_server && (!db.isOpen() || isConnectionLost(db)))
            return reopenServerConnection(db);
        return db;
    }

    const QString name =
        QStringLiteral("jobdeck-%1-%2").arg(reinterpret_cast<quintptr>(this), 0, 16).arg(thread, 0, 16);
    if (m_server)
        return openServerConnection(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    Status ready = db.open() ? hardenConnection(db) : Status(openingError(m_path, db.lastError()));
    if (!ready) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return ready.error();
    }
    // Reads only: safe on any file. WAL and synchronous are set once the file is known to be ours.
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    m_connections.insert(thread, name);
    {
        const QMutexLocker paths(&driverMutex());
        driverPaths().insert(db.driver(), m_path);
    }
    return db;
}

Result<QSqlDatabase> Database::openServerConnection(const QString& name) const
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return failure(Database::tr("Cannot connect to '%1': Qt's PostgreSQL driver (QPSQL, Debian package "
                                    "libqt6sql6-psql) is not installed.")
                           .arg(m_path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    m_server->configure(db, m_password);
    if (!db.open()) {
        const QString reason = describeSqlError(db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return failure(Database::tr("Cannot connect to the Jobdeck server '%1': %2.").arg(m_path, reason));
    }
    // A server's notices (a grant already held, an object that exists) are not errors: keep them off stderr.
    QSqlQuery setup(db);
    setup.exec(QStringLiteral("SET client_min_messages = warning"));
    m_connections.insert(reinterpret_cast<quintptr>(QThread::currentThread()), name);
    {
        const QMutexLocker paths(&driverMutex());
        driverPaths().insert(db.driver(), m_path);
    }
    return db;
}

Result<QSqlDatabase> Database::reopenServerConnection(QSqlDatabase db) const
{
    // The same named connection (and driver object, so ChangeFeed's signal connection survives) on a new
    // libpq connection. Nothing in flight is replayed: the query that met the loss already returned its error.
    db.close();
    if (!db.open())
        return failure(Database::tr("Lost the connection to the Jobdeck server '%1' and cannot reconnect: %2.")
                           .arg(m_path, describeSqlError(db.lastError())));
    QSqlQuery setup(db);
    setup.exec(QStringLiteral("SET client_min_messages = warning"));
    return db;
}

bool Database::isConnectionLost(const QSqlDatabase& db)
{
    const auto* conn = static_cast<const PGconn*>(serverHandle(db));
    return conn != nullptr && PQstatus(conn) != CONNECTION_OK;
}

const void* Database::serverHandle(const QSqlDatabase& db)
{
    if (!db.isValid() || !db.isOpen() || db.driverName() != QLatin1String("QPSQL"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

Result<std::unique_ptr<Database>> Database::connectServer(const QString& locator, const QString& password)
{
    Result<ServerAddress> address = ServerAddress::parse(locator);
    if (!address)
        return address.error();
    std::unique_ptr<Database> database(new Database(address->display()));
    database->m_server = address.value();
    database->m_password = password;
    Result<QSqlDatabase> db = database->openConnection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    if (!query.exec(QStringLiteral("SELECT current_user")) || !query.next())
        return queryError(Database::tr("Cannot read the role of this connection"), query);
    database->m_channel = QStringLiteral("jobdeck:") + query.value(0).toString();
    return database;
}

Result<int> Database::serverSchemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT to_regclass('jobdeck_schema') IS NOT NULL")) || !query.next())
        return queryError(Database::tr("Cannot read the schema of '%1'").arg(m_path), query);
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT version FROM jobdeck_schema")))
        return queryError(Database::tr("Cannot read the schema version of '%1'").arg(m_path), query);
    return query.next() ? query.value(0).toInt() : 0;
}

Status Database::checkServerSchema() const
{
    const QString role = m_channel.mid(int(qstrlen("jobdeck:")));
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT to_regclass('jobdeck_schema') IS NOT NULL")) || !query.next())
        return queryError(Database::tr("Cannot read the schema of '%1'").arg(m_path), query);
    const QString init = QStringLiteral("jobdeck-cli --db %1 server init").arg(m_path);
    if (!query.value(0).toBool())
        return failure(Database::tr("The server '%1' holds no Jobdeck schema; run `%2` as the database owner.")
                           .arg(m_path, init));
    if (!query.exec(QStringLiteral("SELECT has_table_privilege('jobdeck_schema', 'SELECT') AND "
                                   "has_table_privilege('applications', 'INSERT')")) ||
        !query.next())
        return queryError(Database::tr("Cannot read the schema of '%1'").arg(m_path), query);
    if (!query.value(0).toBool())
        return failure(Database::tr("The role '%1' may not use Jobdeck on '%2'; the database owner can allow it "
                                    "with `jobdeck-cli --db URL server add-user %1`.")
                           .arg(role, m_path));
    const Result<int> version = serverSchemaVersion();
    if (!version)
        return version.error();
    if (version.value() > latestSchemaVersion())
        return failure(Database::tr("The server '%1' holds a newer Jobdeck schema (%2; this version reads up to "
                                    "%3). Update Jobdeck to use it; nothing was changed.")
                           .arg(m_path)
                           .arg(version.value())
                           .arg(latestSchemaVersion()));
    if (version.value() < latestSchemaVersion())
        return failure(Database::tr("The Jobdeck schema on '%1' is version %2; this Jobdeck needs %3: run `%4` "
                                    "as the database owner.")
                           .arg(m_path)
                           .arg(version.value())
                           .arg(latestSchemaVersion())
                           .arg(init));
    return {};
}

QSqlDatabase Database::connection() const
{
    Result<QSqlDatabase> db = openConnection();
    return db ? db.value() : QSqlDatabase();
}

int Database::schemaVersion() const
{
    if (m_server) {
        const Result<int> version = serverSchemaVersion();
        return version ? version.value() : -1;
    }
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status Database::migrate(QSqlDatabase& db)
{
    // Other processes may be creating or migrating the same file right now: the state is judged again under
    // the write lock, and a change seen there (someone else finished first) starts the round over.
    int backedUpAt = -1;
    for (int round = 0; round < 5; ++round) {
        const Result<FileState> state = readState(db, m_path);
        if (!state)
            return state.error();
        if (Status judged = judge(state.value(), m_path); !judged)
            return judged.error();

        QSqlQuery pragma(db);
        // The switch needs the file to itself. While other processes create or open the same new file,
        // SQLite can refuse it at once as busy (its deadlock rule skips the busy timeout), so a busy refusal
        // is tried again, a little later each time, for up to three busy timeouts in all.
        QElapsedTimer switching;
        switching.start();
        for (int attempt = 1;; ++attempt) {
            if (pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && pragma.next())
                break;
            const int code = sqliteCode(pragma.lastError());
            const bool busy = code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
            if (!busy || switching.elapsed() > 3 * kBusyTimeoutMs)
                return failure(Database::tr("Cannot switch '%1' to WAL mode: %2.")
                                   .arg(m_path, describeSqlError(pragma.lastError())));
            pragma.finish();
            QThread::msleep(std::min(5 * attempt, 100));
        }
        if (pragma.value(0).toString() != QLatin1String("wal"))
            return failure(Database::tr("Cannot switch '%1' to WAL mode (it stays in \"%2\" mode).")
                               .arg(m_path, pragma.value(0).toString()));
        pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        pragma = QSqlQuery();

        if (state->version == latestSchemaVersion())
            return Schema::verify(db, m_path, state->version);

        // A file that holds data is copied before its schema changes (issue 6: backups before migrations).
        if (state->version > 0 && backedUpAt != state->version) {
            if (Status saved = io::Backup::beforeMigration(db, m_path, state->version); !saved)
                return failure(
                    Database::tr("'%1' was not migrated, because it could not be backed up first: %2")
                        .arg(m_path, saved.message()));
            backedUpAt = state->version;
        }

        bool raced = false;
        const Status migrated = transaction([&]() -> Status {
            const Result<FileState> locked = readState(db, m_path);
            if (!locked)
                return locked.error();
            if (locked->version != state->version || locked->objects != state->objects) {
                raced = true;
                return failure(QString());
            }
            // The objects the file holds must be exactly those of its version before anything is added.
            if (Status verified = Schema::verify(db, m_path, state->version); !verified)
                return verified;
            QSqlQuery query(db);
            for (int number = state->version + 1; number <= latestSchemaVersion(); ++number) {
                const Result<QStringList> statements = Schema::migration(number);
                if (!statements)
                    return statements.error();
                for (const QString& statement : statements.value()) {
                    if (!query.exec(statement))
                        return queryError(Database::tr("Migration %1 of '%2' failed").arg(number).arg(m_path),
                                          query);
                }
            }
            // PRAGMA takes no bound parameters; both values are integers of ours.
            if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion())) ||
                !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
                return queryError(Database::tr("Cannot record the schema version of '%1'").arg(m_path),
                                  query);
            return {};
        });
        if (!migrated && !raced)
            return migrated.error();
    }
    return failure(Database::tr("'%1' kept changing while Jobdeck opened it; try again.").arg(m_path));
}

Status Database::transaction(const std::function<Status()>& work) const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return failure(Database::tr("The database '%1' is not open.").arg(m_path));
    // BEGIN IMMEDIATE takes the write lock at once, waiting up to the busy timeout for another writer. A
    // plain BEGIN reads first and fails at once with "database is locked" when it later needs to write while
    // another process holds the lock or wrote in between (issue 12).
    // On a server the same promise comes from a transaction-scoped advisory lock per role: one user's writes
    // follow each other as they do in a file (a move reads the stage it leaves, so two devices moving the
    // same application at once must not both read the old one), while different users never wait on each
    // other. Reads need no lock.
    QSqlQuery control(db);
    const bool begun =
        m_server ? control.exec(QStringLiteral("BEGIN")) &&
                       control.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1, hashtext(current_user))")
                                        .arg(kApplicationId))
                 : control.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begun) {
        const QString reason = describeSqlError(control.lastError());
        if (m_server)
            control.exec(QStringLiteral("ROLLBACK"));
        return failure(Database::tr("Cannot start a transaction on '%1': %2.").arg(m_path, reason));
    }
    Status status = work();
    if (!status) {
        control.exec(QStringLiteral("ROLLBACK"));
        return status;
    }
    if (!control.exec(QStringLiteral("COMMIT"))) {
        const QString reason = describeSqlError(control.lastError());
        control.exec(QStringLiteral("ROLLBACK"));
        return failure(Database::tr("Cannot save to '%1': %2.").arg(m_path, reason));
    }
    return {};
}

} // namespace jobdeck
