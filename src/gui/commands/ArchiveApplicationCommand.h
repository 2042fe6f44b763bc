#pragma once

#include "commands/ApplicationCommand.h"

#include "storage/ApplicationRepository.h"


#include <functional>

namespace jobdeck {

class Clock;

// Archiving (or restoring) an application as an undo step; archiving hides it, history stays.
class ArchiveApplicationCommand : public ApplicationCommand
{
public:
    using Changed = std::function<void(qint64)>;

    ArchiveApplicationCommand(ApplicationRepository repository, const Clock& clock, qint64 applicationId,
                              const QString& company, Changed onChanged, ErrorSink onError, bool archive = true);

    void redo() override;
    void undo() override;

private:
    void setArchived(bool archived);

    ApplicationRepository m_repository;
    const Clock& m_clock;
    qint64 m_applicationId;
    Changed m_onChanged;
    bool m_archive = true; // false: the step unarchives
};

} // namespace jobdeck
