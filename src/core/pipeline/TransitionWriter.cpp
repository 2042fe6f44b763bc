#include "pipeline/TransitionWriter.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlValues.h"
#include "util/Time.h"

#include <array>

namespace jobdeck {
namespace {

constexpr std::array kTaskTypes{TaskType::Prep, TaskType::ThankYou, TaskType::FollowUp, TaskType::Custom};

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

TransitionWriter::TransitionWriter(const Database& database, const ReminderRules& rules)
    : m_rules(rules), m_db(database.connection()), m_event(m_db), m_cancel(m_db), m_task(m_db)
{
}

bool TransitionWriter::cancels(std::optional<Stage> from, Stage to, TaskType type)
{
    // Prep is for the round being left; a later round brings its own. Every earlier round's prep was
    // cancelled when it was left, so the pending prep is that round's.
    const bool leavesRound = from && stages::isInterview(*from) && *from != to;
    return stages::isEnd(to) || type == TaskType::FollowUp || (type == TaskType::Prep && leavesRound);
}

Status TransitionWriter::prepared(QSqlQuery& query, const QString& sql, const char* what)
{
    if (query.lastQuery() == sql)
        return {};
    if (!query.prepare(sql))
        return Database::queryError(tr(what), query);
    return {};
}

Result<qint64> TransitionWriter::appendEvent(qint64 applicationId, const Step& step, qint64 reverts)
{
    if (Status ready = prepared(m_event,
                                QStringLiteral("INSERT INTO stage_events (application_id, previous, current, "
                                               "current_rank, at, stay_seconds, reverts_event_id) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?)") +
                                    SqlDialect::of(m_db).returningId(),
                                QT_TR_NOOP("Cannot record the stage event"));
        !ready)
        return ready.error();
    m_event.bindValue(0, applicationId);
    m_event.bindValue(1, step.previous ? QVariant(stages::id(*step.previous)) : sql::nullText());
    m_event.bindValue(2, stages::id(step.current));
    m_event.bindValue(3, stages::rank(step.current));
    m_event.bindValue(4, time::toIso(step.at));
    m_event.bindValue(5, step.staySeconds ? QVariant(*step.staySeconds)
                                          : QVariant(QMetaType(QMetaType::LongLong)));
    m_event.bindValue(6, nullableId(reverts));
    if (!m_event.exec())
        return Database::queryError(tr("Cannot record the stage event"), m_event);
    return SqlDialect::insertedId(m_event);
}

void TransitionWriter::addCreatedTasks(QList<Task>& tasks, const QString& company, const Step& step,
                                       qint64 eventId, const std::optional<QDateTime>& interviewAt) const
{
    const QString atText = time::toIso(step.at);
    for (const ReminderRules::NewTask& created :
         m_rules.tasksFor(step.current, step.at, company, interviewAt))
        tasks.append(
            {created.type, created.title, created.dueAt, atText, eventId, {}, 0, created.interviewAt});
}

Status TransitionWriter::insertTasks(qint64 applicationId, const QList<Task>& tasks)
{
    if (tasks.isEmpty())
        return {};
    if (Status ready = prepared(m_task,
                                QStringLiteral("INSERT INTO follow_up_tasks (application_id, type, title, "
                                               "due_at, status, created_at, closed_at, created_by_event, "
                                               "cancelled_by_event, interview_at) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                QT_TR_NOOP("Cannot create the follow-up tasks"));
        !ready)
        return ready;
    for (const Task& task : tasks) {
        const bool cancelled = !task.closedAt.isEmpty();
        m_task.bindValue(0, applicationId);
        m_task.bindValue(1, tasks::typeId(task.type));
        m_task.bindValue(2, task.title);
        m_task.bindValue(3, time::toIso(task.dueAt));
        m_task.bindValue(4, tasks::statusId(cancelled ? TaskStatus::Cancelled : TaskStatus::Pending));
        m_task.bindValue(5, task.createdAt);
        m_task.bindValue(6, cancelled ? QVariant(task.closedAt) : sql::nullText());
        m_task.bindValue(7, nullableId(task.createdBy));
        m_task.bindValue(8, nullableId(task.cancelledBy));
        m_task.bindValue(9, task.interviewAt ? QVariant(time::toIso(*task.interviewAt)) : sql::nullText());
        if (!m_task.exec())
            return Database::queryError(tr("Cannot create the follow-up tasks"), m_task);
    }
    return {};
}

Result<QList<qint64>> TransitionWriter::recordNew(qint64 applicationId, const QString& company,
                                                  const QList<Step>& trail)
{
    QList<qint64> events;
    m_tasks.clear();
    for (const Step& step : trail) {
        const Result<qint64> event = appendEvent(applicationId, step);
        if (!event)
            return event.error();
        events.append(event.value());
        const QString atText = time::toIso(step.at);
        for (Task& task : m_tasks) {
            if (task.closedAt.isEmpty() && cancels(step.previous, step.current, task.type)) {
                task.closedAt = atText;
                task.cancelledBy = event.value();
            }
        }
        addCreatedTasks(m_tasks, company, step, event.value());
    }
    if (Status inserted = insertTasks(applicationId, m_tasks); !inserted)
        return inserted.error();
    return events;
}

Result<qint64> TransitionWriter::record(qint64 applicationId, const QString& company, const Step& step,
                                        const std::optional<QDateTime>& interviewAt)
{
    const Result<qint64> event = appendEvent(applicationId, step);
    if (!event)
        return event;
    // The same rule as recordNew's, in SQL: the types `cancels` names, the others bound as NULL (no match).
    if (Status ready = prepared(m_cancel,
                                QStringLiteral("UPDATE follow_up_tasks SET status = 'cancelled', "
                                               "closed_at = ?, cancelled_by_event = ? WHERE "
                                               "application_id = ? AND status = 'pending' AND "
                                               "type IN (?, ?, ?, ?)"),
                                QT_TR_NOOP("Cannot cancel the pending tasks"));
        !ready)
        return ready.error();
    m_cancel.bindValue(0, time::toIso(step.at));
    m_cancel.bindValue(1, event.value());
    m_cancel.bindValue(2, applicationId);
    for (int i = 0; i < int(kTaskTypes.size()); ++i)
        m_cancel.bindValue(3 + i, cancels(step.previous, step.current, kTaskTypes[i])
                                      ? QVariant(tasks::typeId(kTaskTypes[i]))
                                      : sql::nullText());
    if (!m_cancel.exec())
        return Database::queryError(tr("Cannot cancel the pending tasks"), m_cancel);

    m_tasks.clear();
    addCreatedTasks(m_tasks, company, step, event.value(), interviewAt);
    if (Status inserted = insertTasks(applicationId, m_tasks); !inserted)
        return inserted.error();
    return event;
}

Status TransitionWriter::undo(qint64 applicationId, qint64 undone, const QDateTime& undoneAt,
                              qint64 compensating, const QDateTime& now)
{
    // A task says which event created or cancelled it. Rows from before schema 2 (and rows an import could
    // not tie to an event) say nothing: for those alone the old rule stands, that the undone move stamped
    // what it created with its time (created_at) and what it cancelled too (closed_at). That rule cannot
    // tell two moves within one second apart, which is why the events are recorded now.
    const QString undoneText = time::toIso(undoneAt);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE follow_up_tasks SET status = 'cancelled', closed_at = ?, "
                                 "cancelled_by_event = ? WHERE application_id = ? AND status = 'pending' "
                                 "AND type <> 'custom' AND (created_by_event = ? "
                                 "OR (created_by_event IS NULL AND created_at = ?))"));
    query.addBindValue(time::toIso(now));
    query.addBindValue(compensating);
    query.addBindValue(applicationId);
    query.addBindValue(undone);
    query.addBindValue(undoneText);
    if (!query.exec())
        return Database::queryError(tr("Cannot cancel the undone move's tasks"), query);
    query.prepare(
        QStringLiteral("UPDATE follow_up_tasks SET status = 'pending', closed_at = NULL, "
                       "cancelled_by_event = NULL WHERE application_id = ? AND status = 'cancelled' "
                       "AND (cancelled_by_event = ? OR (cancelled_by_event IS NULL AND closed_at = ? "
                       "AND created_at <> ?))"));
    query.addBindValue(applicationId);
    query.addBindValue(undone);
    query.addBindValue(undoneText);
    query.addBindValue(undoneText);
    if (!query.exec())
        return Database::queryError(tr("Cannot restore the tasks the undone move cancelled"), query);
    return {};
}

} // namespace jobdeck
