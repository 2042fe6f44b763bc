#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <sys/stat.h>
#include <unistd.h>

namespace jobdeck::test {

// This process's POSIX locks on the file at path, as the kernel lists them in /proc/locks (Linux), or -1 when
// the file or the list cannot be read.
inline int posixLocksHeldOn(const QString& path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = QByteArray::number(::getpid());
    const QByteArray inode = ':' + QByteArray::number(static_cast<qulonglong>(st.st_ino));
    int count = 0;
    for (const QByteArray& line : locks.readAll().split('\n')) {
        // "1: POSIX  ADVISORY  READ 1234 08:01:5678 128 128"
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 6 && fields.at(1) == "POSIX" && fields.at(4) == pid && fields.at(5).endsWith(inode))
            ++count;
    }
    return count;
}

} // namespace jobdeck::test
