#pragma once

#include <memory>
#include <QLockFile>
#include <QString>

namespace jobdeck::io {

// Marks a database as open in this process ("<file>.lock" beside it), so a second Jobdeck on the same file
// can tell the user who has it. SQLite (WAL, busy timeout) already keeps two writers safe; the lock only
// lets the app explain. A lock left by a crashed process is taken over.
class InstanceLock
{
public:
    explicit InstanceLock(const QString& databasePath);

    // True when this process now holds the lock.
    bool tryLock();
    bool isLocked() const { return m_lock->isLocked(); }
    void unlock() { m_lock->unlock(); }

    // "process 1234 on host" for the holder, after a failed tryLock().
    QString holder() const;
    // The message a second instance shows.
    QString message() const;

private:
    QString m_databasePath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace jobdeck::io
