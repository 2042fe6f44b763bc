#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace jobdeck::test {

// Writes `bytes` to `path`, replacing what was there: whether all of them were written.
inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace jobdeck::test
