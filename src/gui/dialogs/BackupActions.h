#pragma once

#include "util/Result.h"

#include <optional>
#include <QList>
#include <QFutureWatcher>
#include <QObject>

class QAction;
class QWidget;

namespace jobdeck {

class Session;
namespace io {
class InstanceLock;
}

// The File menu's data-safety items over the open database: Import..., Export..., Back Up Now,
// Back Up To..., Restore From Backup.... Each dialog-free method does the work (for tests and for the
// menu items, which only add the file dialogs and confirmations).
class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(Session& session, QWidget* window);
    ~BackupActions() override;

    QList<QAction*> actions() const { return m_actions; }

    // For a database that failed to open at start: the backup to offer when the file is damaged (the
    // newest in its set), or nothing.
    static std::optional<QString> recoveryCandidate(const QString& databasePath);
    // Why the damaged file cannot be replaced now (another Jobdeck has it open, and would go on writing
    // into the set-aside copy), or empty.
    static QString recoveryBlocker(const QString& databasePath);
    // Asks whether to restore that backup; true once the damaged file was set aside and replaced, so the
    // caller can open it again. `reason` is why the open failed. While another Jobdeck has the file, it
    // says so and replaces nothing.
    static bool offerRecovery(const QString& databasePath, const QString& reason, QWidget* parent);

    // The day's backup in the database's rotating set, unless there is one (called when a window opens).
    Result<QString> dailyBackup();
    // The same on a worker thread, so a large database does not hold up the first paint; dailyBackupFailed()
    // says if it fails. The destructor waits for it.
    void startDailyBackup();
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
    void dailyBackupFailed(const QString& message);

private:
    // The message for a damaged file another Jobdeck has open.
    static QString heldElsewhere(const io::InstanceLock& lock, const QString& databasePath);
    void showError(const QString& title, const QString& message);

    Session& m_session;
    QWidget* m_window;
    QList<QAction*> m_actions;
    QFutureWatcher<Result<QString>> m_daily;
};

} // namespace jobdeck
