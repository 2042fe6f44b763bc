#include "dialogs/BackupActions.h"

#include "BusyWork.h"
#include "FileDialogs.h"
#include "dialogs/ImportDialog.h"
#include "io/Backup.h"
#include "io/BackupSet.h"
#include "io/ExportService.h"
#include "io/InstanceLock.h"
#include "Session.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QUndoStack>

#include <algorithm>
#include <limits>

namespace jobdeck {

BackupActions::BackupActions(Session& session, QWidget* window)
    : QObject(window), m_session(session), m_window(window)
{
    const auto add = [this](const QString& text, const QString& tip, void (BackupActions::*slot)()) {
        auto* action = new QAction(text, this);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        m_actions.append(action);
        return action;
    };
    add(tr("&Import..."),
        tr("Import applications from a CSV file (LinkedIn, Teal, Huntr, a spreadsheet) or a "
           "Jobdeck JSON export"),
        &BackupActions::chooseImport)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    add(tr("&Export..."), tr("Export applications as CSV, or everything as JSON"),
        &BackupActions::chooseExport)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)); // Ctrl+E is Edit Application
    add(tr("&Back Up Now"), tr("Copy the database into its backup folder"), &BackupActions::backUpFromMenu);
    add(tr("Back Up &To..."), tr("Copy the database to a file of your choice"),
        &BackupActions::chooseBackupFile);
    add(tr("Restore &From Backup..."),
        tr("Replace the data with a backup (the current data is backed up first)"),
        &BackupActions::chooseRestore);
    connect(&m_daily, &QFutureWatcher<Result<QString>>::finished, this, [this] {
        if (const Result<QString> daily = m_daily.result(); !daily)
            emit dailyBackupFailed(daily.message());
    });
}

std::optional<QString> BackupActions::recoveryCandidate(const QString& databasePath)
{
    if (!io::Backup::isDamaged(databasePath))
        return std::nullopt;
    for (const QString& backup : io::BackupSet(databasePath).list()) {
        if (io::Backup::verify(backup))
            return backup;
    }
    return std::nullopt;
}

QString BackupActions::recoveryBlocker(const QString& databasePath)
{
    io::InstanceLock lock(databasePath);
    if (lock.tryLock() || !lock.isHeldElsewhere())
        return {};
    return heldElsewhere(lock, databasePath);
}

QString BackupActions::heldElsewhere(const io::InstanceLock& lock, const QString& databasePath)
{
    return tr("Another Jobdeck (%1) has '%2' open. Close it there first, then start Jobdeck again to restore "
              "the backup.")
        .arg(lock.holder(), QFileInfo(databasePath).fileName());
}

bool BackupActions::offerRecovery(const QString& databasePath, const QString& reason, QWidget* parent)
{
    const std::optional<QString> backup = recoveryCandidate(databasePath);
    if (!backup)
        return false;
    // The file is set aside and replaced under the app's lock, as `jobdeck-cli restore` does: a Jobdeck
    // that has it open would keep writing into the set-aside copy and lose those changes.
    io::InstanceLock lock(databasePath);
    if (!lock.tryLock() && lock.isHeldElsewhere()) {
        QMessageBox::warning(parent, tr("Jobdeck"), reason + QStringLiteral("\n\n") + heldElsewhere(lock, databasePath));
        return false;
    }
    const auto answer = QMessageBox::question(
        parent, tr("Jobdeck"),
        tr("%1\n\nThe newest backup, '%2', is sound. Restore it? The damaged file is kept beside it.")
            .arg(reason, QFileInfo(*backup).fileName()));
    if (answer != QMessageBox::Yes)
        return false;
    const Result<QString> aside =
        io::Backup::replaceFile(databasePath, *backup, QDateTime::currentDateTimeUtc());
    if (!aside) {
        QMessageBox::critical(parent, tr("Jobdeck"), aside.message());
        return false;
    }
    return true;
}

BackupActions::~BackupActions()
{
    // The worker reads the session's database, which may go soon after this window.
    m_daily.waitForFinished();
}

Result<QString> BackupActions::dailyBackup()
{
    io::BackupSet set = io::BackupSet::forDatabase(m_session.database());
    return set.ensureDaily(m_session.database(), m_session.clock().now());
}

void BackupActions::startDailyBackup()
{
    if (m_daily.isRunning())
        return;
    const Database* database = &m_session.database();
    const QDateTime now = m_session.clock().now();
    m_daily.setFuture(QtConcurrent::run([database, now]() -> Result<QString> {
        io::BackupSet set = io::BackupSet::forDatabase(*database);
        return set.ensureDaily(*database, now);
    }));
}

Result<QString> BackupActions::backUpNow()
{
    const Database* database = &m_session.database();
    const QDateTime now = m_session.clock().now();
    return runBusy(m_window, tr("Backing up..."), [database, now]() -> Result<QString> {
        io::BackupSet set = io::BackupSet::forDatabase(*database);
        return set.create(*database, QStringLiteral("manual"), now);
    });
}

Status BackupActions::backUpTo(const QString& path)
{
    const Database* database = &m_session.database();
    return runBusy(m_window, tr("Backing up..."), [database, path] { return io::Backup::copyTo(*database, path); });
}

Status BackupActions::exportTo(const QString& path)
{
    const Database* database = &m_session.database();
    const QDateTime now = m_session.clock().now();
    return runBusy(m_window, tr("Exporting..."),
                   [database, path, now] { return io::ExportService::exportTo(*database, path, now); });
}

Result<QString> BackupActions::restoreFrom(const QString& path)
{
    const Database* database = &m_session.database();
    const QDateTime now = m_session.clock().now();
    Result<QString> kept = runBusy(m_window, tr("Restoring..."), [database, path, now] {
        io::BackupSet keep = io::BackupSet::forDatabase(*database);
        return io::Backup::restore(*database, path, keep, now);
    });
    if (kept) {
        // The undo history describes data that is gone.
        m_session.undoStack().clear();
        m_session.setCurrentApplicationId(0);
        m_session.reloadAll();
    }
    return kept;
}

void BackupActions::chooseImport()
{
    const QString path =
        filedialogs::openFile(m_window, filedialogs::Kind::Import, tr("Import applications"),
                              tr("CSV or Jobdeck JSON (*.csv *.json *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportDialog dialog(m_session, m_window);
    // An unreadable file still opens the dialog, which shows why it cannot be imported.
    const Status loaded = dialog.loadFile(path);
    Q_UNUSED(loaded)
    connect(&dialog, &ImportDialog::importFinished, this, [this](int imported, bool undoable) {
        if (imported > 0 && undoable)
            emit done(tr("Imported %n application(s) \u2014 Ctrl+Z to undo", nullptr, imported));
        else if (imported > 0) // too large to undo: its before-import backup takes it back
            emit done(tr("Imported %n application(s)", nullptr, imported));
    });
    dialog.exec();
}

void BackupActions::chooseExport()
{
    QString selected;
    QString path = filedialogs::saveFile(
        m_window, filedialogs::Kind::Export, tr("Export"), QStringLiteral("jobdeck-export.csv"),
        tr("Spreadsheet, applications only (*.csv);;Everything, for a Jobdeck import (*.json)"), &selected);
    if (path.isEmpty())
        return;
    if (!io::ExportService::isSupported(path))
        path += selected.contains(QLatin1String("json")) ? QStringLiteral(".json") : QStringLiteral(".csv");
    if (const Status written = exportTo(path); !written)
        showError(tr("Export failed"), written.message());
    else
        emit done(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

void BackupActions::backUpFromMenu()
{
    const Result<QString> made = backUpNow();
    if (made)
        emit done(tr("Backed up to %1").arg(QDir::toNativeSeparators(made.value())));
    else
        showError(tr("Backup failed"), made.message());
}

void BackupActions::chooseBackupFile()
{
    const QString suggested = io::BackupSet(m_session.database().path())
                                  .fileName(QStringLiteral("manual"), m_session.clock().now());
    const QString path = filedialogs::saveFile(m_window, filedialogs::Kind::Backup, tr("Back up to"), suggested,
                                               tr("Jobdeck databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    // Replacing the open database (or one of its files) would delete it under the running app.
    if (const Status allowed = io::Backup::checkDestination(m_session.database(), path); !allowed) {
        showError(tr("Backup failed"), allowed.message());
        return;
    }
    // The file dialog already asked about replacing; a backup never overwrites, so make room first.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("Backup failed"), tr("Cannot replace '%1'.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (const Status copied = backUpTo(path); !copied)
        showError(tr("Backup failed"), copied.message());
    else
        emit done(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)));
}

void BackupActions::chooseRestore()
{
    const io::BackupSet set = io::BackupSet::forDatabase(m_session.database());
    const QString path =
        filedialogs::openFileAt(m_window, set.latest().value_or(set.folder()), tr("Restore from backup"),
                                tr("Jobdeck databases (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    // Checked (and counted) before anything is asked: a damaged, foreign or newer file is refused here.
    const Result<qint64> count =
        runBusy(m_window, tr("Checking the backup..."), [path] { return io::Backup::applicationCount(path); });
    if (!count) {
        showError(tr("Cannot restore"), count.message());
        return;
    }
    // What the backup brings back, so a person sees which one they picked before everything is replaced.
    const QFileInfo file(path);
    const QString saved = QLocale().toString(file.lastModified(), QLocale::ShortFormat);
    const auto answer = QMessageBox::question(
        m_window, tr("Restore from backup"),
        tr("Replace all the data in this database with the contents of '%1' (saved %2, %n application(s))?"
           "\n\nThe current data is backed up first, so this can be undone by restoring that backup.",
           nullptr, int(std::min<qint64>(count.value(), std::numeric_limits<int>::max())))
            .arg(file.fileName(), saved));
    if (answer != QMessageBox::Yes)
        return;
    const Result<QString> kept = restoreFrom(path);
    if (!kept)
        showError(tr("Restore failed"), kept.message());
    else
        emit done(tr("Restored from %1; the previous data is saved as %2")
                      .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(kept.value())));
}

void BackupActions::showError(const QString& title, const QString& message)
{
    QMessageBox::warning(m_window, title, message);
}

} // namespace jobdeck
