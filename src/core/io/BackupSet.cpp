#include "io/BackupSet.h"

#include "io/Backup.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

namespace jobdeck::io {
BackupSet::BackupSet(QString databasePath, int keep)
    : m_databasePath(std::move(databasePath)), m_keep(std::max(1, keep))
{
}

BackupSet BackupSet::forDatabase(const Database& database)
{
    int keep = kDefaultKeep;
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(settingKey());
    if (query.exec() && query.next()) {
        bool ok = false;
        const int value = query.value(0).toInt(&ok);
        if (ok && value > 0)
            keep = value;
    }
    return BackupSet(database.path(), keep);
}

QString BackupSet::folder() const
{
    return QFileInfo(m_databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupSet::fileName(const QString& reason, const QDateTime& now) const
{
    return QStringLiteral("%1-%2-%3.sqlite")
        .arg(QFileInfo(m_databasePath).completeBaseName(),
             now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")), reason);
}

QStringList BackupSet::list() const
{
    const QDir dir(folder());
    const QString base = QRegularExpression::escape(QFileInfo(m_databasePath).completeBaseName());
    const QRegularExpression ours(QStringLiteral("^%1-\\d{8}-\\d{6}(-\\d+)?-[a-z-]+\\.sqlite$").arg(base));
    QStringList names;
    for (const QString& name : dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        if (ours.match(name).hasMatch())
            names.append(name);
    }
    // Names start with the UTC time, so the name order is the time order.
    std::sort(names.begin(), names.end(), std::greater<>());
    QStringList paths;
    for (const QString& name : std::as_const(names))
        paths.append(dir.filePath(name));
    return paths;
}

std::optional<QString> BackupSet::latest() const
{
    const QStringList all = list();
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

void BackupSet::prune() const
{
    const QStringList all = list();
    for (qsizetype i = m_keep; i < all.size(); ++i)
        QFile::remove(all.at(i));
}

Result<QString> BackupSet::create(const Database& database, const QString& reason, const QDateTime& now)
{
    const QDir dir(folder());
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return failure(tr("Cannot create the backup folder '%1'.").arg(dir.path()));
    QString path = dir.filePath(fileName(reason, now));
    for (int n = 2; QFileInfo::exists(path); ++n) {
        const QString stamped = fileName(reason, now);
        path = dir.filePath(stamped.left(stamped.indexOf(reason) - 1) +
                            QStringLiteral("-%1-%2.sqlite").arg(n).arg(reason));
    }
    if (Status copied = Backup::copyTo(database, path); !copied)
        return copied.error();
    prune();
    return path;
}

Result<QString> BackupSet::ensureDaily(const Database& database, const QDateTime& now)
{
    const QString today = now.toUTC().toString(QStringLiteral("yyyyMMdd"));
    const QString base = QFileInfo(m_databasePath).completeBaseName();
    for (const QString& path : list()) {
        const QString name = QFileInfo(path).fileName();
        if (name.startsWith(QStringLiteral("%1-%2-").arg(base, today)) &&
            name.endsWith(QLatin1String("-daily.sqlite")))
            return QString();
    }
    return create(database, QStringLiteral("daily"), now);
}

} // namespace jobdeck::io
