#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QSqlDatabase;

namespace jobdeck {
class Database;
}

namespace jobdeck::io {

class BackupSet;

// Copies of a live database and restores from them. Copies are online (VACUUM INTO on the open
// connection, consistent even while the app writes) and appear at their destination only once complete.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // A consistent copy at `destination`, which must not exist yet.
    static Status copyTo(const Database& database, const QString& destination);
    static Status copyTo(QSqlDatabase& connection, const QString& destination);

    // Whether `path` is a sound Jobdeck database this build can read: an SQLite file, integrity_check ok,
    // Jobdeck's application id, a schema no newer than this build's. Opened read-only; never changed.
    static Status verify(const QString& path);

    // Whether `path` is an SQLite file whose contents fail the integrity check (what replaceFile() is for).
    // A foreign, newer or unreadable file is not "damaged": it is left alone.
    static bool isDamaged(const QString& path);

    // Replaces everything in the open database with the contents of `source`, after verify(), in one
    // transaction (other connections, such as a running app, see the old or the new data, never a mix).
    // What it replaces is first saved in `keep`; returns that copy's path.
    static Result<QString> restore(const Database& database, const QString& source, BackupSet& keep,
                                   const QDateTime& now);

    // For a database that cannot be opened at all (damaged): moves the file aside next to itself (its
    // new name is returned) and puts a verified copy of `source` in its place.
    static Result<QString> replaceFile(const QString& databasePath, const QString& source,
                                       const QDateTime& now);

    // Called by Database before it migrates a file that holds data: a copy in the file's backup folder.
    static Status beforeMigration(QSqlDatabase& connection, const QString& databasePath, int fromVersion);
};

} // namespace jobdeck::io
