#include "io/BackupSet.h"

#include "io/Backup.h"
#include "io/PrivateFile.h"
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
        .arg(QFileInfo(m_databasePath).fileName(), now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")), reason);
}

bool BackupSet::legacyNamesAreOurs() const
{
    const QFileInfo info(m_databasePath);
    const QString stem = info.completeBaseName();
    if (stem == info.fileName())
        return true; // no extension: both styles are the same name
    // Another database of the same stem ("jobs.db" beside "jobs.sqlite"), or a file named the stem itself
    // (whose new-style names would read as our old ones), makes an old name ambiguous: it is not ours then.
    const QDir dir = info.absoluteDir();
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (name == info.fileName())
            continue;
        if (name == stem)
            return false;
        const QFileInfo other(name);
        const QString suffix = other.suffix();
        if (other.completeBaseName() == stem && !suffix.contains(QLatin1Char('-')))
            return false;
    }
    return true;
}

QList<BackupSet::Entry> BackupSet::entries() const
{
    const QDir dir(folder());
    const QString tail = QStringLiteral("-(\\d{8})-(\\d{6})(?:-(\\d+))?-([a-z-]+)\\.sqlite$");
    const QRegularExpression ours(
        QLatin1Char('^') + QRegularExpression::escape(QFileInfo(m_databasePath).fileName()) + tail);
    const QRegularExpression legacy(
        QLatin1Char('^') + QRegularExpression::escape(QFileInfo(m_databasePath).completeBaseName()) + tail);
    const bool readLegacy = legacyNamesAreOurs();
    QList<Entry> found;
    for (const QString& name : dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        QRegularExpressionMatch match = ours.match(name);
        if (!match.hasMatch() && readLegacy)
            match = legacy.match(name);
        if (!match.hasMatch())
            continue;
        const int counter = match.captured(3).isEmpty() ? 1 : match.captured(3).toInt();
        found.append({dir.filePath(name),
                      match.captured(1) + match.captured(2) + QStringLiteral("%1").arg(counter, 6, 10, QLatin1Char('0')),
                      match.captured(1), match.captured(4)});
    }
    std::sort(found.begin(), found.end(), [](const Entry& a, const Entry& b) {
        return a.sortKey != b.sortKey ? a.sortKey > b.sortKey : a.path > b.path;
    });
    return found;
}

QStringList BackupSet::list() const
{
    QStringList paths;
    for (const Entry& entry : entries())
        paths.append(entry.path);
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

void BackupSet::removeStalePartials() const
{
    // Any database's: the folder may hold several sets, and a partial in progress is locked by its writer.
    PrivateFile::removeStale(folder(), QString(), PrivateFile::kStaleAfterSecs);
}

Result<QString> BackupSet::create(const Database& database, const QString& reason, const QDateTime& now)
{
    if (database.isServer())
        return failure(tr("Jobdeck keeps no backup folder for a server; take a copy with `backup DEST`."));
    if (Status made = PrivateFile::makePrivateFolder(folder()); !made)
        return failure(tr("Cannot create the backup folder '%1'.").arg(folder()));
    removeStalePartials();
    const QString first = fileName(reason, now);
    const QString stem = first.left(first.size() - reason.size() - int(sizeof(".sqlite")));
    QSqlDatabase connection = database.connection();
    // A name taken (a backup in the same second, here or in another process) moves on to the next counter.
    const Result<QString> path = Backup::copyToFreeName(connection, folder(), [&](int attempt) {
        if (attempt > 1000)
            return QString();
        return attempt == 1 ? first : QStringLiteral("%1-%2-%3.sqlite").arg(stem).arg(attempt).arg(reason);
    });
    if (!path)
        return path.error();
    prune();
    return path.value();
}

Result<QString> BackupSet::ensureDaily(const Database& database, const QDateTime& now)
{
    // A server's data is backed up by whoever runs the server, not by each client into a folder of its own;
    // a user takes a copy with `backup DEST`.
    if (database.isServer())
        return QString();
    const QString today = now.toUTC().toString(QStringLiteral("yyyyMMdd"));
    for (const Entry& entry : entries()) {
        if (entry.day == today && entry.reason == QLatin1String("daily"))
            return QString();
    }
    return create(database, QStringLiteral("daily"), now);
}

Result<QString> BackupSet::beforeImport(const Database& database, const QDateTime& now)
{
    if (database.isServer())
        return QString();
    return create(database, QStringLiteral("before-import"), now);
}

} // namespace jobdeck::io
