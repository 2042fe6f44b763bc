#pragma once

#include <QCoreApplication>

#include "storage/ServerAddress.h"
#include "storage/SqlDialect.h"
#include "util/Result.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace jobdeck {

// One Jobdeck database, an SQLite file or a PostgreSQL server: opens it safely (refusing foreign, damaged or
// newer files without writing to them; a server without Jobdeck's schema unchanged), migrates a file by PRAGMA
// user_version, and hands each thread its own named connection.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int kApplicationId = 0x4A424B44; // "JBKD" in the SQLite header

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The file in the user's data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    // An explicit path wins, then $JOBDECK_DB, then defaultPath(). Either may be a server's URI.
    static QString resolvePath(const QString& explicitPath = {});
    // Whether a --db value names a PostgreSQL server (postgresql:// or postgres://) rather than a file.
    static bool isServerLocator(const QString& locator);
    // Opens (creating a missing file and its folder, private to the user) and migrates to the latest schema.
    // An existing file is first read through a read-only connection and refused, unwritten, unless it is a
    // Jobdeck database this build reads, passes SQLite's integrity check and holds exactly Jobdeck's schema.
    // The full integrity check is skipped only for a file provably unchanged since a Jobdeck process checked
    // it and closed it cleanly (see OpenStamp in Database.cpp).
    // A server URI (postgresql://USER@HOST:PORT/DBNAME) connects instead, and is refused, unchanged, unless
    // the server holds Jobdeck's schema at this build's version (`server init` creates and migrates it).
    static Result<std::unique_ptr<Database>> open(const QString& path);
    // open() for a file from elsewhere (`copy --from`): always runs the full integrity check, stamp or not.
    static Result<std::unique_ptr<Database>> openForeign(const QString& path);
    // The same with a password for a server (from the keychain); empty leaves it to libpq (PGPASSWORD,
    // ~/.pgpass, a service file). Ignored for a file.
    static Result<std::unique_ptr<Database>> open(const QString& locator, const QString& password);
    // `server init`, by the database owner: creates or migrates Jobdeck's schema on a server, in one
    // transaction under an advisory lock, then the group role jobdeck_users and its grants. Idempotent;
    // returns what it did, a line each.
    static Result<QStringList> setUpServer(const QString& locator, const QString& password = {});
    // `server add-user`: lets an existing login role use Jobdeck (membership of jobdeck_users). Idempotent;
    // returns what it did.
    static Result<QString> addServerUser(const QString& locator, const QString& role,
                                         const QString& password = {});
    // The checks open() makes on an existing file, through a read-only connection that writes nothing (for a
    // restore's candidate copy): a regular file, a Jobdeck database of schema 1 to latestSchemaVersion(),
    // integrity ok, exactly Jobdeck's schema for its version. Returns that version.
    static Result<int> checkFile(const QString& path);
    // Removes the stamp a clean close leaves beside a file (see open()), for a file about to be renamed or
    // removed by its maker (a partial copy).
    static void forgetStamp(const QString& path);
    // Says, beside the file, that process `pid` (the app, which holds the file's io::InstanceLock) has this
    // file open after checking it, so that other processes' opens meanwhile skip the full integrity check
    // for a day (Database.cpp, HeldStamp). Removed when this object is destroyed.
    void declareHeld(qint64 pid);
    // The schema this build writes.
    static int latestSchemaVersion();
    // How many full integrity checks open() and checkFile() have run in this process (tests, benchmarks).
    static int integrityChecksRun();

    // The file, or the server's URI without a password.
    const QString& path() const { return m_path; }
    int schemaVersion() const;
    bool isServer() const { return m_server.has_value(); }
    SqlDialect dialect() const
    {
        return SqlDialect(isServer() ? SqlDialect::Engine::Postgres : SqlDialect::Engine::Sqlite);
    }
    // The LISTEN/NOTIFY channel on which a server announces changes to this user's rows ("jobdeck:" and the
    // role logged in as; the payload is the table). Empty for a file.
    const QString& changeChannel() const { return m_channel; }

    // After a bulk write (an import, a copy) into a server: fresh planner statistics for Jobdeck's tables, so
    // the next queries are planned for the rows now there rather than for an empty table (autovacuum would
    // catch up only a minute or more later). Users do not own the tables, so a function the owner installed
    // (`server init`) runs ANALYZE. Nothing to do for a file.
    Status refreshStatistics() const;

    // The connection for the calling thread, opened on first use with the pragmas set. On a server, a
    // connection found lost (a restart, a dropped network: libpq says so after the query that failed) is
    // opened again here, so the next operation works once the server is back; nothing is retried.
    QSqlDatabase connection() const;

    // Whether `db` is a QPSQL connection libpq reports broken (open in Qt's eyes, dead on the wire).
    static bool isConnectionLost(const QSqlDatabase& db);
    // libpq's handle of a QPSQL connection (PGconn*; null for any other or a closed connection).
    static const void* serverHandle(const QSqlDatabase& db);

    // Runs work in one transaction on this thread's connection: commit if it returns ok, else roll back.
    Status transaction(const std::function<Status()>& work) const;

    // "what failed: the reason in words (the database file)" for a failed query.
    static Error queryError(const QString& what, const QSqlQuery& query);

    // What a file says about itself (schema version, application id, object count); defined in Database.cpp.
    struct FileState;

private:

    explicit Database(QString path);
    Result<QSqlDatabase> openConnection() const;
    // Called by openConnection() under m_mutex for a server: connects `name` and registers it.
    Result<QSqlDatabase> openServerConnection(const QString& name) const;
    // Called by openConnection() under m_mutex for a server connection libpq reports lost.
    Result<QSqlDatabase> reopenServerConnection(QSqlDatabase db) const;
    // A connected server database, its schema not yet checked.
    static Result<std::unique_ptr<Database>> connectServer(const QString& locator, const QString& password);
    Status checkServerSchema() const;
    Result<int> serverSchemaVersion() const;
    Status migrate(QSqlDatabase& db);
    enum class Check { Full, UnlessStamped };
    static Result<FileState> inspect(const QString& path, Check check, qint64* fullCheckAt);
    static Result<std::unique_ptr<Database>> openFile(const QString& path, Check check);
    // Records, after the last connection closed cleanly, that the file is as this process left it.
    void stampOnClose() const;

    QString m_path;
    std::optional<ServerAddress> m_server;
    QString m_password; // only what the caller gave, for each thread's connection; never shown
    QString m_channel;
    mutable QMutex m_mutex;
    mutable QHash<quintptr, QString> m_connections; // thread -> connection name
    bool m_held = false; // declareHeld() wrote the held stamp
    qint64 m_fullCheckAt = -1; // when the file last passed the full integrity check (s since epoch); -1 none
};

} // namespace jobdeck
