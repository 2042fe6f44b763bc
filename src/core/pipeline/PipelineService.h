#pragma once

#include "pipeline/ReminderRules.h"
#include "storage/Records.h"
#include "util/Result.h"

#include <QObject>

namespace jobdeck {

class Clock;
class Database;
class TransitionWriter;

// The only way an application's stage changes: each move updates the stage cache, appends to the event
// log and applies the reminder rules, all in one transaction.
class PipelineService : public QObject
{
    Q_OBJECT

public:
    struct MoveOutcome
    {
        bool changed = false;
        Stage previous = Stage::Applied;
        Stage current = Stage::Applied;
        QDateTime at; // when the move happened (or would have, for a no-op)
        qint64 eventId = 0; // the event the move appended (0 for a no-op): what revert undoes
    };

    PipelineService(const Database& database, const Clock& clock, ReminderRules rules = {},
                    QObject* parent = nullptr);

    // A new application entering `initial` (applied or saved) at `at` (default now): its first event. With
    // `id`, the application gets that id (one that discard() freed, so a redone add is the same application
    // again); an id in use is refused.
    Result<qint64> create(const ApplicationDraft& draft, Stage initial = Stage::Applied,
                          std::optional<QDateTime> at = std::nullopt, std::optional<qint64> id = std::nullopt);
    // Deletes an application with its events and tasks, as if it had never been added: for undoing an add.
    // Archiving is how a person puts an application aside; this erases it, history included.
    Status discard(qint64 applicationId);
    // Moves to `to` at `at` (default now). The same stage is a no-op; an unknown id is NotFound; a time
    // before the application's last event is refused, so the log stays in order.
    Result<MoveOutcome> move(qint64 applicationId, Stage to, std::optional<QDateTime> at = std::nullopt);
    // Undoes `undone` (a move this service made) with a compensating move back, now, appended to the log;
    // the tasks that move created are cancelled and the ones it cancelled are pending again. Refused if
    // the application moved on since.
    Result<MoveOutcome> revert(qint64 applicationId, const MoveOutcome& undone);
    // The application's events, oldest first.
    Result<QList<StageEvent>> history(qint64 applicationId) const;

    const ReminderRules& rules() const { return m_rules; }
    void setRules(const ReminderRules& rules) { m_rules = rules; }
    const Clock& clock() const { return m_clock; }

signals:
    void applicationCreated(qint64 applicationId);
    void applicationDiscarded(qint64 applicationId);
    void applicationMoved(qint64 applicationId, jobdeck::Stage from, jobdeck::Stage to);

private:
    // The body of a move, inside the caller's transaction. Without the reminder rules the event is
    // appended alone (revert puts the tasks back itself).
    Status moveWithinTransaction(TransitionWriter& writer, qint64 applicationId, Stage to, const QDateTime& when,
                                 MoveOutcome& outcome, bool applyReminderRules) const;

    const Database& m_database;
    const Clock& m_clock;
    ReminderRules m_rules;
};

} // namespace jobdeck
