#pragma once

#include <QString>

namespace jobdeck {

// Keeps every open of a file that SQLite holds open in this process away from it, so that no other code can
// close a descriptor of that file behind SQLite's back.
//
// Why: SQLite coordinates processes with POSIX advisory locks, and POSIX drops *all* of a process's locks on
// a file the moment *any* descriptor of that file is closed in that process. A file dialog sniffing the
// -wal or -shm file for its icon, a hash of the database, a stray QFile: each open and close silently
// released the app's locks; the next jobdeck-cli then believed it was the last connection, checkpointed and
// deleted the -wal and -shm under the running app, and data was lost.
//
// How: SQLite's own opens and closes go through its unix VFS's system-call table, which install() points at
// functions that count, per device and inode, the files SQLite has open. Every other open in the process
// (open, open64, openat, fopen and their fortified forms, interposed by the executable) of a file with a
// non-zero count fails with EACCES instead of returning a descriptor whose close would drop the locks.
// Linux only; elsewhere install() does nothing and isHeldBySqlite() is false.
class SqliteFileGuard
{
public:
    // Idempotent and thread-safe; call before the first SQLite connection is opened.
    static void install();
    // Whether install() took effect (false off Linux, or if SQLite's VFS refused the hooks).
    static bool isActive();
    // Whether SQLite in this process has the file at path open now.
    static bool isHeldBySqlite(const QString& path);
    // How many opens by other code the guard has refused so far (for tests and diagnostics).
    static quint64 refusedOpens();
};

} // namespace jobdeck
