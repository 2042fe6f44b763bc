#include "commands/ArchiveApplicationCommand.h"

#include "util/Clock.h"

#include <QCoreApplication>

namespace jobdeck {

ArchiveApplicationCommand::ArchiveApplicationCommand(ApplicationRepository repository, const Clock& clock,
                                                     qint64 applicationId, const QString& company, Changed onChanged,
                                                     ErrorSink onError, bool archive)
    : ApplicationCommand(std::move(onError)),
      m_repository(repository),
      m_clock(clock),
      m_applicationId(applicationId),
      m_onChanged(std::move(onChanged)),
      m_archive(archive)
{
    setText(archive ? QCoreApplication::translate("ArchiveApplicationCommand", "Archive %1").arg(company)
                    : QCoreApplication::translate("ArchiveApplicationCommand", "Unarchive %1").arg(company));
}

void ArchiveApplicationCommand::redo() { setArchived(m_archive); }

void ArchiveApplicationCommand::undo() { setArchived(!m_archive); }

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
