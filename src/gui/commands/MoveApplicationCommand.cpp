#include "commands/MoveApplicationCommand.h"

#include "pipeline/PipelineService.h"

#include <QCoreApplication>

namespace jobdeck {

MoveApplicationCommand::MoveApplicationCommand(PipelineService& pipeline, qint64 applicationId, Stage from, Stage to,
                                               const QString& company, ErrorSink onError, QUndoCommand* parent,
                                               std::optional<QDateTime> interviewAt)
    : ApplicationCommand(std::move(onError), parent),
      m_pipeline(pipeline),
      m_applicationId(applicationId),
      m_from(from),
      m_to(to),
      m_company(company),
      m_interviewAt(std::move(interviewAt))
{
    setText(QCoreApplication::translate("MoveApplicationCommand", "Move %1 to %2")
                .arg(company, stages::displayName(to)));
}

void MoveApplicationCommand::redo()
{
    if (m_undone) {
        const auto redone = m_pipeline.moveFrom(m_applicationId, m_undone->current, m_to, m_interviewAt);
        if (!redone) {
            fail(redone.error(), m_company, Step::Redo);
            return;
        }
        m_done = redone.value();
        m_undone.reset();
        return;
    }
    const auto moved = m_pipeline.moveFrom(m_applicationId, m_from, m_to, m_interviewAt);
    if (moved)
        m_done = moved.value();
    else
        fail(moved.message());
}

void MoveApplicationCommand::undo()
{
    if (!m_done || !m_done->changed)
        return;
    // Reverting names the move, so the pair counts for nothing in the analytics; the redo is a new move.
    const auto reverted = m_pipeline.revert(m_applicationId, *m_done);
    if (!reverted) {
        fail(reverted.error(), m_company, Step::Undo);
        return;
    }
    m_undone = reverted.value();
    m_done.reset();
}

} // namespace jobdeck
