#include "io/InstanceLock.h"

#include <QCoreApplication>
#include <QFile>

namespace jobdeck::io {

InstanceLock::InstanceLock(const QString& databasePath)
    : m_databasePath(databasePath),
      m_lock(std::make_unique<QLockFile>(databasePath + QStringLiteral(".lock")))
{
    m_lock->setStaleLockTime(0); // only a dead holder makes the lock stale, never its age
}

bool InstanceLock::tryLock()
{
    if (!m_lock->tryLock(0))
        return false;
    // It names this process and host: private like the database beside it, whatever the umask.
    QFile::setPermissions(m_databasePath + QStringLiteral(".lock"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QString InstanceLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock->getLockInfo(&pid, &host, &app))
        return QCoreApplication::translate("InstanceLock", "another program");
    return QCoreApplication::translate("InstanceLock", "process %1 on %2").arg(pid).arg(host);
}

QString InstanceLock::message() const
{
    return QCoreApplication::translate(
               "InstanceLock", "'%1' is already open in another Jobdeck (%2). Both can work on it safely, "
                               "but changes made in one appear in the other only after a refresh.")
        .arg(m_databasePath, holder());
}

QString InstanceLock::refusal() const
{
    return QCoreApplication::translate(
               "InstanceLock", "'%1' is already open in another Jobdeck (%2). Close it there first: this window "
                               "keeps its current database.")
        .arg(m_databasePath, holder());
}

} // namespace jobdeck::io
