#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

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
    // A consistent copy at `destination`, which must not exist yet. Private (0600), synced to disk, and
    // written under a unique temporary name first, so parallel backups never touch each other's files.
    static Status copyTo(const Database& database, const QString& destination);
    static Status copyTo(QSqlDatabase& connection, const QString& destination);
    // Why a file Jobdeck is about to write at `path` would destroy data: it is the open database, one of
    // its -wal, -shm, -journal or lock files, or one of its backups (compared by device and inode, and by
    // canonical path for a file not there yet). Ok otherwise.
    static Status checkDestination(const Database& database, const QString& path);
    // A consistent copy in `folder` under the first free name of nameFor(1), nameFor(2), ... (names taken
    // by a parallel backup meanwhile included). Returns its path.
    static Result<QString> copyToFreeName(QSqlDatabase& connection, const QString& folder,
                                          const std::function<QString(int)>& nameFor);

    // Whether `path` is a sound Jobdeck database this build can read: an SQLite file, integrity_check ok,
    // Jobdeck's application id, a schema no newer than this build's. Opened read-only; never changed.
    static Status verify(const QString& path);
    // verify(), then how many applications the file holds (archived ones too): what a restore would bring.
    static Result<qint64> applicationCount(const QString& path);

    // What the integrity check says about a file. Damaged only when the check ran and found problems (or
    // SQLite reports the file malformed); a check that could not run (locked, a full disk, no permission
    // to read) says nothing about the data: CannotCheck, with the reason.
    struct Health
    {
        enum class Verdict { Sound, Damaged, CannotCheck, NotSqlite };
        Verdict verdict = Verdict::Sound;
        QString reason;
    };
    static Health health(const QString& path);
    // Whether `path` is an SQLite file whose contents fail the integrity check (what replaceFile() is for).
    // A foreign, newer or unreadable file, or one that could not be checked, is not "damaged": it is left alone.
    static bool isDamaged(const QString& path);

    // Replaces everything in the open database with the contents of `source`, after verify(), in one
    // transaction (other connections, such as a running app, see the old or the new data, never a mix).
    // What it replaces is first saved in `keep`; returns that copy's path.
    static Result<QString> restore(const Database& database, const QString& source, BackupSet& keep,
                                   const QDateTime& now);

    // The database's own table that restore() leaves as it is: settings belong to the file they are in
    // (a backup's "backup.keep" must not prune the copy restore() just made).
    static QString keptTable() { return QStringLiteral("settings"); }

    // For a damaged database: keeps the file (with its -wal, -shm, -journal) next to itself under a new
    // name, which is returned, and puts a verified copy of `source` in its place. Crash-safe: the copy is
    // written and synced beside the database first, the damaged file is kept by a hard link, and one
    // rename() swaps the copy in, so a database (the damaged one or the copy) is at the path at every
    // moment. The damaged file's journal files are moved aside just before that rename, so they are never
    // replayed into the copy; a failed rename puts them back.
    static Result<QString> replaceFile(const QString& databasePath, const QString& source,
                                       const QDateTime& now);

    // Called by Database before it migrates a file that holds data: a copy in the file's backup folder.
    static Status beforeMigration(QSqlDatabase& connection, const QString& databasePath, int fromVersion);
};

} // namespace jobdeck::io
