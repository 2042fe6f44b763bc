#include "commands/ImportCommand.h"

#include "util/Clock.h"

namespace jobdeck {

ImportCommand::ImportCommand(const Database& database, const Clock& clock, QByteArray bytes,
                             io::ImportOptions options, io::ImportUndo imported, Changed onChanged,
                             ErrorSink onError)
    : ApplicationCommand(std::move(onError)), m_database(database), m_clock(clock), m_bytes(std::move(bytes)),
      m_options(std::move(options)), m_imported(std::move(imported)), m_onChanged(std::move(onChanged))
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
    const Result<io::ImportReport> again =
        io::ImportService(m_database, m_clock).importData(m_bytes, m_options);
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
    if (const Status discarded = m_imported.discard(m_database); !discarded) {
        fail(discarded.message());
        return;
    }
    m_exists = false;
    if (m_onChanged)
        m_onChanged();
}

} // namespace jobdeck
