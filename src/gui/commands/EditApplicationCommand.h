#pragma once

#include "commands/ApplicationCommand.h"

#include "pipeline/ApplicationEdits.h"

#include <QCoreApplication>

#include <functional>

namespace jobdeck {

class Clock;
class Database;

// Editing an application's fields as an undo step. Session saves the edit first, so a refused one returns its
// reason to the dialog and leaves no step; the first redo(), which QUndoStack::push calls, does nothing.
// Undo puts back exactly the fields the edit changed, as they were before it, and leaves the others as they
// are now (a move since may have set the applied date); redo writes the edit's values of those fields again.
// Either is refused, reported and dropped if one of those fields was changed elsewhere (the CLI, another
// device) since: the other's change is kept, never silently overwritten.
class EditApplicationCommand : public ApplicationCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditApplicationCommand)

public:
    using Changed = std::function<void(qint64)>;

    EditApplicationCommand(const Database& database, const Clock& clock, qint64 applicationId,
                           const ApplicationDraft& before, const ApplicationDraft& after, Changed onChanged,
                           ErrorSink onError);

    void redo() override;
    void undo() override;

    // Whether `after` differs from `before` in any field a person edits.
    static bool changes(const ApplicationDraft& before, const ApplicationDraft& after);

private:
    // Writes `to`'s value of each field that differs between `from` and `to`.
    void apply(const ApplicationDraft& from, const ApplicationDraft& to);

    ApplicationEdits m_edits;
    const Clock& m_clock;
    qint64 m_applicationId;
    ApplicationDraft m_before;
    ApplicationDraft m_after;
    Changed m_onChanged;
    bool m_firstRedo = true;
};

} // namespace jobdeck
