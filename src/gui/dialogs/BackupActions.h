#pragma once

#include "util/Result.h"

#include <optional>
#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace jobdeck {

class Session;

// The File menu's data-safety items over the open database: Import..., Export..., Back Up Now,
// Back Up To..., Restore From Backup.... Each dialog-free method does the work (for tests and for the
// menu items, which only add the file dialogs and confirmations).
class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(Session& session, QWidget* window);

    QList<QAction*> actions() const { return m_actions; }

    // For a database that failed to open at start: the backup to offer when the file is damaged (the
    // newest in its set), or nothing.
    static std::optional<QString> recoveryCandidate(const QString& databasePath);
    // Asks whether to restore that backup; true once the damaged file was set aside and replaced, so the
    // caller can open it again. `reason` is why the open failed.
    static bool offerRecovery(const QString& databasePath, const QString& reason, QWidget* parent);

    // The day's backup in the database's rotating set, unless there is one (called when a window opens).
    Result<QString> dailyBackup();
    Result<QString> backUpNow();
    Status backUpTo(const QString& path);
    Status exportTo(const QString& path);
    // Restores after checking the copy; what it replaced is kept in the set. Returns that copy's path.
    Result<QString> restoreFrom(const QString& path);

    void chooseImport();
    void chooseExport();
    void backUpFromMenu();
    void chooseBackupFile();
    void chooseRestore();

signals:
    // A line for the status bar after an action succeeded.
    void done(const QString& message);

private:
    void showError(const QString& title, const QString& message);

    Session& m_session;
    QWidget* m_window;
    QList<QAction*> m_actions;
};

} // namespace jobdeck
