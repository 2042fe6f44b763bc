#pragma once

#include "commands/ApplicationCommand.h"

#include "pipeline/ApplicationEdits.h"


#include <functional>

namespace jobdeck {

class Clock;
class Database;

// Archiving (or restoring) an application as an undo step; archiving hides it, history stays. A step whose
// application was archived or unarchived elsewhere meanwhile (the CLI, another device) is refused and dropped.
class ArchiveApplicationCommand : public ApplicationCommand
{
public:
    using Changed = std::function<void(qint64)>;

    ArchiveApplicationCommand(const Database& database, const Clock& clock, qint64 applicationId,
                              const QString& company, Changed onChanged, ErrorSink onError, bool archive = true);

    void redo() override;
    void undo() override;

private:
    void setArchived(bool archived, Step step);

    ApplicationEdits m_edits;
    QString m_company;
    const Clock& m_clock;
    qint64 m_applicationId;
    Changed m_onChanged;
    bool m_archive = true; // false: the step unarchives
};

} // namespace jobdeck
