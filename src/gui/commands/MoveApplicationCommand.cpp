#include "commands/MoveApplicationCommand.h"

#include "pipeline/PipelineService.h"

#include <QCoreApplication>

namespace jobdeck {

MoveApplicationCommand::MoveApplicationCommand(PipelineService& pipeline, qint64 applicationId, Stage to,
                                               const QString& company, ErrorSink onError, QUndoCommand* parent)
    : ApplicationCommand(std::move(onError), parent),
      m_pipeline(pipeline),
      m_applicationId(applicationId),
      m_to(to)
{
    setText(QCoreApplication::translate("MoveApplicationCommand", "Move %1 to %2")
                .arg(company, stages::displayName(to)));
}

void MoveApplicationCommand::redo()
{
    const auto moved = m_pipeline.move(m_applicationId, m_to);
    if (moved)
        m_done = moved.value();
    else
        fail(moved.message());
}

void MoveApplicationCommand::undo()
{
    if (!m_done || !m_done->changed)
        return;
    const auto reverted = m_pipeline.revert(m_applicationId, *m_done);
    if (!reverted)
        fail(reverted.message());
}


} // namespace jobdeck
