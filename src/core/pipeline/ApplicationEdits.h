#pragma once

#include "storage/Records.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <array>

namespace jobdeck {

class Database;

// The text fields a person edits, in the draft's order (the applied date is the only other one).
inline constexpr std::array<QString ApplicationDraft::*, 8> kEditedTextFields{
    &ApplicationDraft::company, &ApplicationDraft::title,    &ApplicationDraft::source,
    &ApplicationDraft::url,     &ApplicationDraft::location, &ApplicationDraft::salary,
    &ApplicationDraft::notes,   &ApplicationDraft::jobDescription};

// Undoing and redoing a person's own edit or archiving of an application. The database may have been changed
// meanwhile by another process (jobdeck-cli on the same file) or another device (a server): an undo or a redo
// writes only over what the step itself left, checked under the write lock, and otherwise is refused with
// Error::Kind::Conflict and writes nothing, so it never silently takes back a change made elsewhere.
class ApplicationEdits
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationEdits)

public:
    explicit ApplicationEdits(const Database& database) : m_database(database) {}

    // Writes `to`'s value of each field that differs between `from` and `to`, provided every one of those
    // fields still holds `from`'s value; the other fields stay as they are now (a change elsewhere to them is
    // kept). Text compares as stored (trimmed).
    Status replaceFields(qint64 applicationId, const ApplicationDraft& from, const ApplicationDraft& to,
                         const QDateTime& now) const;
    // Sets the archived flag to `to`, provided it is still `from`.
    Status replaceArchived(qint64 applicationId, bool from, bool to, const QDateTime& now) const;

    // Whether two drafts hold the same value in every field a person edits.
    static bool sameFields(const ApplicationDraft& a, const ApplicationDraft& b);
    // The fields that differ between `a` and `b`, as indexes in the draft's order (the applied date last).
    static QList<int> differingFields(const ApplicationDraft& a, const ApplicationDraft& b);

private:
    const Database& m_database;
};

} // namespace jobdeck
