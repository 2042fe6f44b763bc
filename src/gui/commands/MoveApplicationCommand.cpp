#include "commands/MoveApplicationCommand.h"

#include "pipeline/PipelineService.h"

#include <QCoreApplication>

namespace jobdeck {

MoveApplicationCommand::MoveApplicationCommand(PipelineService& pipeline, qint64 applicationId, Stage from, Stage to,
                                               const QString& company, ErrorSink onError, QUndoCommand* parent)
    : QUndoCommand(parent),
      m_pipeline(pipeline),
      m_applicationId(applicationId),
      m_from(from),
      m_to(to),
      m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("MoveApplicationCommand", "Move %1 to %2")
                .arg(company, stages::displayName(to)));
}

void MoveApplicationCommand::redo() { moveTo(m_to); }

void MoveApplicationCommand::undo() { moveTo(m_from); }

void MoveApplicationCommand::moveTo(Stage stage)
{
    const auto moved = m_pipeline.move(m_applicationId, stage);
    if (moved)
        return;
    setObsolete(true);
    if (m_onError)
        m_onError(moved.message());
}

} // namespace jobdeck
