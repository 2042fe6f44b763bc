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
    // The same for undoing the add of `added` (the row as it was stored): refused with Error::Kind::Conflict,
    // nothing removed, if it was moved, edited or archived since (elsewhere: another process or device), so an
    // undone add never erases a change someone else made to it.
    Status discard(const Application& added);
    // Moves to `to` at `at` (default now). The same stage is a no-op; an unknown id is NotFound; a time
    // before the application's last event is refused, so the log stays in order. `interviewAt`, only for an
    // interview stage, is when that round's interview is: prep falls due the day before, thank-you a day
    // after.
    Result<MoveOutcome> move(qint64 applicationId, Stage to, std::optional<QDateTime> at = std::nullopt,
                             std::optional<QDateTime> interviewAt = std::nullopt);
    // Undoes move `eventId` with a compensating event (now, naming the event it reverts) appended to the
    // log; the tasks that move created are cancelled and the ones it cancelled are pending again. From then
    // on the pair counts for nothing: the stage, its entry time, the furthest stage, the applied date a move
    // out of saved set and every analytics figure are as if the move never happened. Only the application's
    // last move that counts can be undone (an undo itself cannot: a redo is a new move).
    Result<MoveOutcome> revert(qint64 eventId);
    // The same for a move a person made and now undoes: refused with Error::Kind::Conflict, nothing written, if
    // the application was moved, undone or redone elsewhere since (another process or device), checked under
    // the write lock, so the undo never takes it back over a change it did not see.
    Result<MoveOutcome> revert(qint64 applicationId, const MoveOutcome& undone);
    // A person's move (or redo) from `from`, the stage they saw it in, to `to`, now: made only while the
    // application is still in `from` (checked under the write lock); otherwise Error::Kind::Conflict and
    // nothing is written, so neither a move from a screen not yet refreshed nor a redo goes over a move made
    // elsewhere. The stage, not the last event, is what must match: the redo of an earlier step of the same
    // application is a new event, and a move elsewhere that was taken back elsewhere left nothing to overwrite.
    Result<MoveOutcome> moveFrom(qint64 applicationId, Stage from, Stage to,
                                 std::optional<QDateTime> interviewAt = std::nullopt);
    // The application's last move that counts (not undone, not an undo, not its first event): what an
    // "undo" of the application reverts. NotFound if there is none.
    Result<qint64> lastRevertibleMove(qint64 applicationId) const;
    // The application's events, oldest first, undone moves and undos included (each says which).
    Result<QList<StageEvent>> history(qint64 applicationId) const;

    // The interview of the application's current round (it is in an interview stage), if one was given.
    Result<std::optional<QDateTime>> interviewAt(qint64 applicationId) const;
    // Sets (or, with nullopt, clears) the current round's interview time: its prep and thank-you tasks,
    // while pending, fall due around it again (and will be announced again). Refused outside an interview
    // stage.
    Status setInterviewAt(qint64 applicationId, std::optional<QDateTime> interviewAt);

    const ReminderRules& rules() const { return m_rules; }
    void setRules(const ReminderRules& rules) { m_rules = rules; }
    const Clock& clock() const { return m_clock; }

signals:
    void applicationCreated(qint64 applicationId);
    void applicationDiscarded(qint64 applicationId);
    void applicationMoved(qint64 applicationId, jobdeck::Stage from, jobdeck::Stage to);
    void interviewChanged(qint64 applicationId);

private:
    // The last event that counts (neither undone nor an undo) of an application.
    struct LiveEvent
    {
        qint64 id = 0;
        Stage current = Stage::Applied;
        QDateTime at;
    };
    Result<LiveEvent> lastLiveEvent(qint64 applicationId) const;
    // The body of a move, inside the caller's transaction.
    Status moveWithinTransaction(TransitionWriter& writer, qint64 applicationId, Stage to,
                                 const QDateTime& when, const std::optional<QDateTime>& interviewAt,
                                 MoveOutcome& outcome) const;
    // discard(), refused as a Conflict if `unchangedFrom` is given and the application no longer matches it.
    Status discardIf(qint64 applicationId, const Application* unchangedFrom);
    // Conflict unless the application's last event that counts is `expected`; inside the caller's transaction.
    Status expectLastEvent(qint64 applicationId, qint64 expected) const;
    // The body of revert(eventId), inside the caller's transaction.
    Status revertWithinTransaction(qint64 eventId, MoveOutcome& outcome, qint64& applicationId) const;
    // Rewrites the application's stage cache from the events that count, after an undo.
    Status recomputeCache(qint64 applicationId, const QDateTime& undoneAt) const;

    const Database& m_database;
    const Clock& m_clock;
    ReminderRules m_rules;
};

} // namespace jobdeck
