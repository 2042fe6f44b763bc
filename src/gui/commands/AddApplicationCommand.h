#pragma once

#include "commands/ApplicationCommand.h"

#include "storage/Records.h"

#include <QCoreApplication>

#include <functional>

namespace jobdeck {

class PipelineService;

// Adding an application as an undo step. Session adds it first, so a refused add returns its reason to the
// dialog and leaves no step, and hands the new row here; the first redo(), which QUndoStack::push calls,
// therefore does nothing.
// Undo erases the application with PipelineService::discard (row, events and tasks) instead of archiving it:
// an archived application still counts in the analytics and keeps its pending follow-up reminder, and an
// undone add should leave no trace. Redo creates it again through PipelineService::create with the same id,
// the same fields, stage and entry time, so the rules give it the same follow-up due at the same time; only
// its created_at and its event's and tasks' own ids are new. If the id has been taken meanwhile (by an
// import), the redo is refused, reported and the step dropped. The undo is refused the same way (nothing
// erased) if the application was moved, edited or archived elsewhere (the CLI, another device) since.
class AddApplicationCommand : public ApplicationCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddApplicationCommand)

public:

    AddApplicationCommand(PipelineService& pipeline, const Application& added, ErrorSink onError);

    void redo() override;
    void undo() override;

    qint64 applicationId() const { return m_added.id; }

private:

    PipelineService& m_pipeline;
    Application m_added;
    bool m_exists = true; // Session made the first add itself
};

} // namespace jobdeck
