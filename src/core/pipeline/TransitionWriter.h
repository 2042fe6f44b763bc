#pragma once

#include "pipeline/ReminderRules.h"
#include "pipeline/Stage.h"
#include "util/Result.h"

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace jobdeck {

class Database;

// Writes stage transitions inside a transaction the caller owns: the event, then the reminder rules (cancel
// the tasks the move makes moot, create the ones it calls for), each task stamped with the event that
// created or cancelled it. PipelineService (a move per transaction) and the importer (a file per
// transaction) both write through it, so an imported move leaves the same rows as a real one. Statements
// are prepared on first use and reused, so one writer can serve a whole import.
class TransitionWriter
{
    Q_DECLARE_TR_FUNCTIONS(TransitionWriter)

public:
    struct Step
    {
        std::optional<Stage> previous; // empty for an application's first event
        Stage current = Stage::Applied;
        QDateTime at;
        std::optional<qint64> staySeconds; // empty when unknown, and for an undo (its stay never happened)
    };

    TransitionWriter(const Database& database, const ReminderRules& rules);

    // The cancel rule: whether moving from `from` to `to` makes a pending task of `type` moot. Any move
    // makes the pending follow-up moot; moving on from an interview stage makes that round's prep moot (its
    // thank-you stays); an end stage makes every pending task moot.
    static bool cancels(std::optional<Stage> from, Stage to, TaskType type);

    // An application added in the caller's transaction, so it has no tasks yet: appends its trail of
    // events in order and writes the tasks they leave, each already in its final state (an import would
    // otherwise insert tasks only to cancel them a step later). Returns the events' ids.
    Result<QList<qint64>> recordNew(qint64 applicationId, const QString& company, const QList<Step>& trail);
    // A move of an application that has events already: appends the event and applies the rules to the
    // tasks in the table (around `interviewAt`, the interview's time when entering an interview stage, if
    // known). Returns the event's id.
    Result<qint64> record(qint64 applicationId, const QString& company, const Step& step,
                          const std::optional<QDateTime>& interviewAt = std::nullopt);
    // Appends the event alone: for a compensating move (which names the event it `reverts`), whose tasks
    // are put back rather than re-derived.
    Result<qint64> appendEvent(qint64 applicationId, const Step& step, qint64 reverts = 0);
    // Puts the tasks back as they were before `undone` (an event of this application dated `undoneAt`):
    // the ones it created that are still pending are cancelled by `compensating` at `now`, the ones it
    // cancelled are pending again.
    Status undo(qint64 applicationId, qint64 undone, const QDateTime& undoneAt, qint64 compensating,
                const QDateTime& now);

private:
    struct Task
    {
        TaskType type;
        QString title;
        QDateTime dueAt;
        QString createdAt;
        qint64 createdBy = 0;
        QString closedAt; // empty while pending
        qint64 cancelledBy = 0;
        std::optional<QDateTime> interviewAt;
    };
    void addCreatedTasks(QList<Task>& tasks, const QString& company, const Step& step, qint64 eventId,
                         const std::optional<QDateTime>& interviewAt = std::nullopt) const;
    Status insertTasks(qint64 applicationId, const QList<Task>& tasks);
    // Prepares `sql` on `query` unless it is already; `what` (QT_TR_NOOP, translated only on failure) names
    // the step.
    static Status prepared(QSqlQuery& query, const QString& sql, const char* what);

    ReminderRules m_rules;
    QSqlDatabase m_db;
    QSqlQuery m_event;
    QSqlQuery m_cancel;
    QSqlQuery m_task;
    QList<Task> m_tasks; // reused between applications, so a big import allocates once
};

} // namespace jobdeck
