#include "commands/EditApplicationCommand.h"

#include "util/Clock.h"

namespace jobdeck {

EditApplicationCommand::EditApplicationCommand(const Database& database, const Clock& clock,
                                               qint64 applicationId, const ApplicationDraft& before,
                                               const ApplicationDraft& after, Changed onChanged, ErrorSink onError)
    : ApplicationCommand(std::move(onError)),
      m_edits(database),
      m_clock(clock),
      m_applicationId(applicationId),
      m_before(before),
      m_after(after),
      m_onChanged(std::move(onChanged))
{
    setText(tr("Edit %1 \u2014 %2").arg(after.company, after.title));
}

bool EditApplicationCommand::changes(const ApplicationDraft& before, const ApplicationDraft& after)
{
    for (QString ApplicationDraft::*field : kEditedTextFields) {
        if (before.*field != after.*field)
            return true;
    }
    return before.appliedOn != after.appliedOn;
}

void EditApplicationCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_before, m_after);
}

void EditApplicationCommand::undo() { apply(m_after, m_before); }

void EditApplicationCommand::apply(const ApplicationDraft& from, const ApplicationDraft& to)
{
    const Status saved = m_edits.replaceFields(m_applicationId, from, to, m_clock.now());
    if (!saved) {
        fail(saved.error(), m_after.company, &from == &m_after ? Step::Undo : Step::Redo);
        return;
    }
    if (m_onChanged)
        m_onChanged(m_applicationId);
}

} // namespace jobdeck
