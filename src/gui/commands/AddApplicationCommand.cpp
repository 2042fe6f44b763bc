#include "commands/AddApplicationCommand.h"

#include "pipeline/PipelineService.h"

namespace jobdeck {

AddApplicationCommand::AddApplicationCommand(PipelineService& pipeline, const Application& added, ErrorSink onError)
    : ApplicationCommand(std::move(onError)), m_pipeline(pipeline), m_added(added)
{
    setText(tr("Add application %1 \u2014 %2").arg(added.company, added.title));
}

void AddApplicationCommand::redo()
{
    if (m_exists)
        return;
    const Result<qint64> created = m_pipeline.create(m_added, m_added.stage, m_added.stageEnteredAt, m_added.id);
    if (!created) {
        fail(created.message());
        return;
    }
    m_exists = true;
}

void AddApplicationCommand::undo()
{
    if (!m_exists)
        return;
    // Only while it is still as added: a move or edit made elsewhere since is never erased with it.
    if (const Status discarded = m_pipeline.discard(m_added); !discarded) {
        fail(discarded.error(), m_added.company, Step::Undo);
        return;
    }
    m_exists = false;
}


} // namespace jobdeck
