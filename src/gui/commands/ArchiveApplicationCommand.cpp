#include "commands/ArchiveApplicationCommand.h"

#include "util/Clock.h"

#include <QCoreApplication>

namespace jobdeck {

ArchiveApplicationCommand::ArchiveApplicationCommand(const Database& database, const Clock& clock,
                                                     qint64 applicationId, const QString& company, Changed onChanged,
                                                     ErrorSink onError, bool archive)
    : ApplicationCommand(std::move(onError)),
      m_edits(database),
      m_company(company),
      m_clock(clock),
      m_applicationId(applicationId),
      m_onChanged(std::move(onChanged)),
      m_archive(archive)
{
    setText(archive ? QCoreApplication::translate("ArchiveApplicationCommand", "Archive %1").arg(company)
                    : QCoreApplication::translate("ArchiveApplicationCommand", "Unarchive %1").arg(company));
}

void ArchiveApplicationCommand::redo() { setArchived(m_archive, Step::Redo); }

void ArchiveApplicationCommand::undo() { setArchived(!m_archive, Step::Undo); }

void ArchiveApplicationCommand::setArchived(bool archived, Step step)
{
    const Status saved = m_edits.replaceArchived(m_applicationId, !archived, archived, m_clock.now());
    if (!saved) {
        fail(saved.error(), m_company, step);
        return;
    }
    if (m_onChanged)
        m_onChanged(m_applicationId);
}

} // namespace jobdeck
