#pragma once

#include "commands/ApplicationCommand.h"
#include "io/ImportService.h"
#include "io/ImportUndo.h"

#include <functional>
#include <QByteArray>
#include <QCoreApplication>
#include <QPointer>
#include <QWidget>

namespace jobdeck {

class Clock;
class Database;

// A finished import as one undo step. The import dialog has already written it (on a worker thread, after
// its own backup) and hands over what it wrote; the first redo(), which QUndoStack::push calls, does nothing.
// Undo erases exactly the imported applications (with their history and tasks) and resumes, in one
// transaction, and only while none of them has been moved, edited, archived or had a task closed or snoozed
// since, here or elsewhere: otherwise it is refused, nothing is erased, and the step is dropped (the import's
// own backup is still there). Redo imports the same bytes with the same options again; the duplicate check
// runs as it did the first time, so a redo never doubles an application added meanwhile, and, as the first
// time, a before-import backup is made first. Both run on a worker thread (runBusy over `window`): at the
// 5,000-application limit an undo takes about 0.2 s and a redo 0.3 s, which the window should not freeze for.
class ImportCommand : public ApplicationCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    using Changed = std::function<void()>;

    ImportCommand(const Database& database, const Clock& clock, QByteArray bytes, io::ImportOptions options,
                  io::ImportUndo imported, Changed onChanged, ErrorSink onError, QWidget* window = nullptr);

    void redo() override;
    void undo() override;

    qsizetype applicationCount() const { return m_imported.applicationCount(); }

private:
    const Database& m_database;
    const Clock& m_clock;
    QByteArray m_bytes;
    io::ImportOptions m_options;
    io::ImportUndo m_imported;
    Changed m_onChanged;
    QPointer<QWidget> m_window; // what the progress dialog of a long step is shown over
    bool m_exists = true; // the dialog made the first import itself
};

} // namespace jobdeck
