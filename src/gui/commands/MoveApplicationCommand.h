#pragma once

#include "commands/ApplicationCommand.h"

#include "pipeline/PipelineService.h"
#include "pipeline/Stage.h"


#include <functional>
#include <optional>

namespace jobdeck {

// One stage move as an undo step. Redo moves through PipelineService (event and tasks recorded); undo is
// PipelineService::revert: a compensating event that names the move it reverts, never an edit of the log,
// with the tasks put back as they were; from then on the pair counts for nothing (stage entry time,
// furthest stage, analytics). Neither goes over a change made elsewhere meanwhile (the CLI, another device):
// the undo only reverts the move while it is still the application's last, the redo only moves while the
// application is still in the stage the undo left it in; otherwise the step is refused, reported and dropped.
// The move itself is made only from `from`, the stage the person saw it in: a card dragged in the moment
// before another process's move reached the screen is not moved on from a stage it is no longer in.
class MoveApplicationCommand : public ApplicationCommand
{
public:

    // With `interviewAt` (an interview stage only), the round's prep and thank-you fall due around it.
    MoveApplicationCommand(PipelineService& pipeline, qint64 applicationId, Stage from, Stage to,
                           const QString& company, ErrorSink onError, QUndoCommand* parent = nullptr,
                           std::optional<QDateTime> interviewAt = std::nullopt);

    void redo() override;
    void undo() override;

    qint64 applicationId() const { return m_applicationId; }

private:

    PipelineService& m_pipeline;
    qint64 m_applicationId;
    Stage m_from;
    Stage m_to;
    QString m_company;
    std::optional<QDateTime> m_interviewAt;
    std::optional<PipelineService::MoveOutcome> m_done;   // the last redo's move, which undo reverts
    std::optional<PipelineService::MoveOutcome> m_undone; // the last undo: a redo expects the stage it left
};

} // namespace jobdeck
