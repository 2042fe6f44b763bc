#include "commands/ImportCommand.h"

#include "BusyWork.h"
#include "io/BackupSet.h"
#include "util/Clock.h"

namespace jobdeck {

ImportCommand::ImportCommand(const Database& database, const Clock& clock, QByteArray bytes,
                             io::ImportOptions options, io::ImportUndo imported, Changed onChanged,
                             ErrorSink onError, QWidget* window)
    : ApplicationCommand(std::move(onError)), m_database(database), m_clock(clock), m_bytes(std::move(bytes)),
      m_options(std::move(options)), m_imported(std::move(imported)), m_onChanged(std::move(onChanged)),
      m_window(window)
{
    m_options.dryRun = false;
    m_options.undoable = true;
    m_options.progress = nullptr; // the dialog's progress bar is gone by the time of a redo
    setText(tr("Import %n application(s)", nullptr, int(m_imported.applicationCount())));
}

void ImportCommand::redo()
{
    if (m_exists)
        return;
    const Database* database = &m_database;
    const Clock* clock = &m_clock;
    const Result<io::ImportReport> again =
        runBusy(m_window, tr("Importing again..."), [database, clock, this]() -> Result<io::ImportReport> {
            // As the first import did: one restore away from taking back this import, and only it.
            io::BackupSet backups = io::BackupSet::forDatabase(*database);
            if (const Result<QString> before = backups.beforeImport(*database, clock->now()); !before)
                return failure(
                    tr("Nothing was imported again: the backup before it failed: %1").arg(before.message()));
            return io::ImportService(*database, *clock).importData(m_bytes, m_options);
        });
    if (!again) {
        fail(again.message());
        return;
    }
    if (again->hasErrors() || again->imported == 0) {
        fail(tr("Nothing was imported again: %1").arg(again->summary()));
        return;
    }
    m_imported = again->undo;
    m_exists = true;
    setText(tr("Import %n application(s)", nullptr, int(m_imported.applicationCount())));
    if (m_onChanged)
        m_onChanged();
}

void ImportCommand::undo()
{
    if (!m_exists)
        return;
    const Database* database = &m_database;
    const io::ImportUndo* imported = &m_imported;
    const Status discarded = runBusy(m_window, tr("Undoing the import..."),
                                     [database, imported] { return imported->discard(*database); });
    if (!discarded) {
        fail(discarded.message());
        return;
    }
    m_exists = false;
    if (m_onChanged)
        m_onChanged();
}

} // namespace jobdeck
