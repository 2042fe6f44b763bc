#include "storage/TaskRepository.h"

#include "storage/Database.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace jobdeck {
namespace {

std::optional<QDateTime> optionalTime(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return time::parseIso(value.toString());
}

} // namespace

QString TaskRepository::selectColumns()
{
    return QStringLiteral("id, application_id, type, title, due_at, status, created_at, notified_at, closed_at");
}

FollowUpTask TaskRepository::fromRecord(const QSqlQuery& q)
{
    FollowUpTask t;
    t.id = q.value(0).toLongLong();
    t.applicationId = q.value(1).toLongLong();
    t.type = tasks::typeFromId(q.value(2).toString()).value_or(TaskType::Custom);
    t.title = q.value(3).toString();
    t.dueAt = time::parseIso(q.value(4).toString()).value_or(QDateTime());
    t.status = tasks::statusFromId(q.value(5).toString()).value_or(TaskStatus::Pending);
    t.createdAt = time::parseIso(q.value(6).toString()).value_or(QDateTime());
    t.notifiedAt = optionalTime(q.value(7));
    t.closedAt = optionalTime(q.value(8));
    return t;
}

Result<QList<FollowUpTask>> TaskRepository::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM follow_up_tasks %2").arg(selectColumns(), where));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Database::queryError(TaskRepository::tr("Cannot read tasks"), query);
    QList<FollowUpTask> result;
    while (query.next())
        result.append(fromRecord(query));
    return result;
}

Result<FollowUpTask> TaskRepository::find(qint64 id) const
{
    Result<QList<FollowUpTask>> found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(TaskRepository::tr("There is no task %1.").arg(id));
    return found->first();
}

Result<QList<FollowUpTask>> TaskRepository::list(bool all) const
{
    return all ? select(QStringLiteral("ORDER BY due_at, id"), {})
               : select(QStringLiteral("WHERE status = 'pending' ORDER BY due_at, id"), {});
}

Result<QList<FollowUpTask>> TaskRepository::forApplication(qint64 applicationId) const
{
    return select(QStringLiteral("WHERE application_id = ? ORDER BY due_at, id"), {applicationId});
}

Result<QList<FollowUpTask>> TaskRepository::dueUnnotified(const QDateTime& asOf) const
{
    return select(QStringLiteral("WHERE status = 'pending' AND notified_at IS NULL AND due_at <= ? "
                                 "ORDER BY due_at, id"),
                  {time::toIso(asOf)});
}

Result<int> TaskRepository::countDue(const QDateTime& asOf) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM follow_up_tasks WHERE status = 'pending' AND due_at <= ?"));
    query.addBindValue(time::toIso(asOf));
    if (!query.exec() || !query.next())
        return Database::queryError(TaskRepository::tr("Cannot read tasks"), query);
    return query.value(0).toInt();
}

Result<FollowUpTask> TaskRepository::pending(qint64 id) const
{
    Result<FollowUpTask> task = find(id);
    if (!task)
        return task;
    if (task->status != TaskStatus::Pending)
        return badInput(TaskRepository::tr("Task %1 is already %2.").arg(id).arg(tasks::statusId(task->status)));
    return task;
}

Status TaskRepository::complete(qint64 id, const QDateTime& now) const
{
    if (Result<FollowUpTask> task = pending(id); !task)
        return task.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE follow_up_tasks SET status = 'done', closed_at = ? "
                                 "WHERE id = ? AND status = 'pending'"));
    query.addBindValue(time::toIso(now));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(TaskRepository::tr("Cannot close task %1").arg(id), query);
    return {};
}

Status TaskRepository::snooze(qint64 id, const QDateTime& until) const
{
    if (Result<FollowUpTask> task = pending(id); !task)
        return task.error();
    // A snoozed task is due again later, so it may be notified again then.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE follow_up_tasks SET due_at = ?, notified_at = NULL "
                                 "WHERE id = ? AND status = 'pending'"));
    query.addBindValue(time::toIso(until));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(TaskRepository::tr("Cannot snooze task %1").arg(id), query);
    return {};
}

Status TaskRepository::markNotified(qint64 id, const QDateTime& at) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE follow_up_tasks SET notified_at = ? WHERE id = ?"));
    query.addBindValue(time::toIso(at));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(TaskRepository::tr("Cannot mark task %1 as notified").arg(id), query);
    return {};
}

Result<bool> TaskRepository::claimNotification(qint64 id, const QDateTime& at) const
{
    const Result<QSet<qint64>> claimed = claimNotifications({id}, at);
    if (!claimed)
        return claimed.error();
    return claimed->contains(id);
}

Result<QSet<qint64>> TaskRepository::claimNotifications(const QList<qint64>& ids, const QDateTime& at) const
{
    // One conditional UPDATE a task is its claim: the database serialises writers, so of two devices reading
    // the same due task exactly one sees a changed row. In one transaction: one commit for a start that
    // finds thousands of tasks due rather than one each (30,000: about 1.1 s against 0.3 s).
    QSet<qint64> claimed;
    const Status done = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE follow_up_tasks SET notified_at = ? "
                                     "WHERE id = ? AND notified_at IS NULL AND status = 'pending'"));
        const QString when = time::toIso(at);
        for (const qint64 id : ids) {
            query.addBindValue(when);
            query.addBindValue(id);
            if (!query.exec())
                return Database::queryError(TaskRepository::tr("Cannot mark task %1 as notified").arg(id), query);
            if (query.numRowsAffected() == 1)
                claimed.insert(id);
        }
        return {};
    });
    if (!done)
        return done.error();
    return claimed;
}

Result<qint64> TaskRepository::addCustom(qint64 applicationId, const QString& title, const QDateTime& dueAt,
                                         const QDateTime& now) const
{
    if (title.trimmed().isEmpty())
        return badInput(TaskRepository::tr("A task needs a title."));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO follow_up_tasks (application_id, type, title, due_at, created_at) "
                                 "VALUES (?, 'custom', ?, ?, ?)") +
                  m_database.dialect().returningId());
    query.addBindValue(applicationId);
    query.addBindValue(title.trimmed());
    query.addBindValue(time::toIso(dueAt));
    query.addBindValue(time::toIso(now));
    if (!query.exec())
        return Database::queryError(TaskRepository::tr("Cannot add the task"), query);
    return SqlDialect::insertedId(query);
}

} // namespace jobdeck
