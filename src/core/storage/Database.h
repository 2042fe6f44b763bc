#pragma once

#include <QCoreApplication>

#include "util/Result.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace jobdeck {

// One Jobdeck SQLite file: opens it safely (refusing foreign, damaged or newer files without writing to
// them), migrates it by PRAGMA user_version, and hands each thread its own named connection.
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
    // An explicit path wins, then $JOBDECK_DB, then defaultPath().
    static QString resolvePath(const QString& explicitPath = {});
    // Opens (creating a missing file and its folder, private to the user) and migrates to the latest schema.
    // An existing file is first read through a read-only connection and refused, unwritten, unless it is a
    // Jobdeck database this build reads, passes SQLite's integrity check and holds exactly Jobdeck's schema.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    // The checks open() makes on an existing file, through a read-only connection that writes nothing (for a
    // restore's candidate copy): a regular file, a Jobdeck database of schema 1 to latestSchemaVersion(),
    // integrity ok, exactly Jobdeck's schema for its version. Returns that version.
    static Result<int> checkFile(const QString& path);
    // The schema this build writes.
    static int latestSchemaVersion();

    const QString& path() const { return m_path; }
    int schemaVersion() const;

    // The connection for the calling thread, opened on first use with the pragmas set.
    QSqlDatabase connection() const;

    // Runs work in one transaction on this thread's connection: commit if it returns ok, else roll back.
    Status transaction(const std::function<Status()>& work) const;

    // "what failed: the reason in words (the database file)" for a failed query.
    static Error queryError(const QString& what, const QSqlQuery& query);

    // What a file says about itself (schema version, application id, object count); defined in Database.cpp.
    struct FileState;

private:

    explicit Database(QString path);
    Result<QSqlDatabase> openConnection() const;
    Status migrate(QSqlDatabase& db);
    static Result<FileState> inspect(const QString& path);

    QString m_path;
    mutable QMutex m_mutex;
    mutable QHash<quintptr, QString> m_connections; // thread -> connection name
};

} // namespace jobdeck
