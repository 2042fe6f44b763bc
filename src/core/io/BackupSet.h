#pragma once

#include "util/Result.h"

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace jobdeck {
class Database;
}

namespace jobdeck::io {

// The rotating set of backups in the private "backups" folder next to a database: copies named
// "<file name>-YYYYMMDD-HHMMSS-<reason>.sqlite" (the full name, so jobs.sqlite and jobs.db beside it keep
// two sets), newest kept, oldest removed beyond `keep`. Names of older Jobdecks, "<name without its
// extension>-...", still count while no other file of that stem (jobs.db beside jobs.sqlite) could own them.
class BackupSet
{
    Q_DECLARE_TR_FUNCTIONS(BackupSet)

public:
    static constexpr int kDefaultKeep = 10;
    static QString settingKey() { return QStringLiteral("backup.keep"); }

    BackupSet(QString databasePath, int keep = kDefaultKeep);
    // The set for an open database, keeping as many as its "backup.keep" setting says.
    static BackupSet forDatabase(const Database& database);

    QString folder() const;
    int keep() const { return m_keep; }

    // A new backup ("daily", "manual", "before-restore", ...); prunes the set afterwards.
    Result<QString> create(const Database& database, const QString& reason, const QDateTime& now);
    // A "daily" backup unless one was made today (UTC); returns the new path or an empty string.
    Result<QString> ensureDaily(const Database& database, const QDateTime& now);
    // A "before-import" backup, made before every import, so restoring it takes back that import and nothing
    // else (the day's "daily" is older than any change made since the morning). None for a server, whose
    // data its operator backs up: an empty string.
    Result<QString> beforeImport(const Database& database, const QDateTime& now);

    // Backups newest first.
    QStringList list() const;
    std::optional<QString> latest() const;
    void prune() const;

    // The file name for a backup made at `now` for `reason`.
    QString fileName(const QString& reason, const QDateTime& now) const;

private:
    struct Entry
    {
        QString path;
        QString sortKey; // time, then the same-second counter
        QString day;     // yyyyMMdd (UTC)
        QString reason;
    };
    // Backups of this database, newest first.
    QList<Entry> entries() const;
    // Whether names without the extension (older Jobdecks) can only be this database's.
    bool legacyNamesAreOurs() const;
    // Removes what killed backups left in the folder.
    void removeStalePartials() const;

    QString m_databasePath;
    int m_keep;
};

} // namespace jobdeck::io
