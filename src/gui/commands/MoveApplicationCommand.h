#pragma once

#include "pipeline/Stage.h"

#include <QUndoCommand>

#include <functional>

namespace jobdeck {

class PipelineService;

// One stage move as an undo step. Redo moves through PipelineService (event and tasks recorded); undo is a
// compensating move back, a new event at the time of the undo, never an edit of the log.
class MoveApplicationCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString&)>;

    MoveApplicationCommand(PipelineService& pipeline, qint64 applicationId, Stage from, Stage to,
                           const QString& company, ErrorSink onError, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 applicationId() const { return m_applicationId; }

private:
    // Moves to `stage`; a failure makes the command obsolete so the stack drops it.
    void moveTo(Stage stage);

    PipelineService& m_pipeline;
    qint64 m_applicationId;
    Stage m_from;
    Stage m_to;
    ErrorSink m_onError;
};

} // namespace jobdeck
