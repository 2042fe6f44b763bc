#pragma once

#include <memory>
#include <QLockFile>
#include <QString>

namespace jobdeck::io {

// Marks a database as open in this process ("<file>.lock" beside it), so a second Jobdeck on the same file
// can tell the user who has it. SQLite (WAL, busy timeout) already keeps two writers safe; the lock only
// lets the app explain, or refuse a switch to a file that is already open elsewhere. A lock left by a
// crashed process is taken over.
class InstanceLock
{
public:
    explicit InstanceLock(const QString& databasePath);

    // True when this process now holds the lock.
    bool tryLock();
    bool isLocked() const { return m_lock->isLocked(); }
    // After a failed tryLock(): true when another live process holds the lock, false when the lock file
    // could not be written at all (a read-only folder), which says nothing about other instances.
    bool isHeldElsewhere() const { return m_lock->error() == QLockFile::LockFailedError; }
    void unlock() { m_lock->unlock(); }

    // "process 1234 on host" for the holder, after a failed tryLock().
    QString holder() const;
    // The message a second instance shows at start, when it opens the file anyway.
    QString message() const;
    // The message a running Jobdeck shows when it refuses to switch to a file held elsewhere.
    QString refusal() const;

private:
    QString m_databasePath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace jobdeck::io
