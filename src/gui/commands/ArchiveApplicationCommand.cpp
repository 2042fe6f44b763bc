#include "commands/ArchiveApplicationCommand.h"

#include "util/Clock.h"

#include <QCoreApplication>

namespace jobdeck {

ArchiveApplicationCommand::ArchiveApplicationCommand(ApplicationRepository repository, const Clock& clock,
                                                     qint64 applicationId, const QString& company, Changed onChanged,
                                                     ErrorSink onError)
    : ApplicationCommand(std::move(onError)),
      m_repository(repository),
      m_clock(clock),
      m_applicationId(applicationId),
      m_onChanged(std::move(onChanged))
{
    setText(QCoreApplication::translate("ArchiveApplicationCommand", "Archive %1").arg(company));
}

void ArchiveApplicationCommand::redo() { setArchived(true); }

void ArchiveApplicationCommand::undo() { setArchived(false); }

void ArchiveApplicationCommand::setArchived(bool archived)
{
    const Status saved = m_repository.setArchived(m_applicationId, archived, m_clock.now());
    if (!saved) {
        fail(saved.message());
        return;
    }
    if (m_onChanged)
        m_onChanged(m_applicationId);
}

} // namespace jobdeck
