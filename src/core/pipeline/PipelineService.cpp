#include "pipeline/PipelineService.h"

#include "storage/ApplicationRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace jobdeck {
PipelineService::PipelineService(const Database& database, const Clock& clock, ReminderRules rules,
                                 QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock), m_rules(rules)
{
}

Result<qint64> PipelineService::create(const ApplicationDraft& input, Stage initial, std::optional<QDateTime> at)
{
    if (initial != Stage::Applied && initial != Stage::Saved)
        return badInput(tr("A new application starts as saved or applied, not %1.").arg(stages::id(initial)));
    Result<ApplicationDraft> validated = ApplicationRepository::validated(input);
    if (!validated)
        return validated.error();
    ApplicationDraft draft = std::move(validated).value();

    const QDateTime now = m_clock.now();
    QDateTime when = at.value_or(now);
    if (!at && draft.appliedOn && initial == Stage::Applied)
        when = QDateTime(*draft.appliedOn, QTime(0, 0), Qt::UTC);
    if (initial == Stage::Applied && !draft.appliedOn)
        draft.appliedOn = when.date();
    if (initial == Stage::Saved)
        draft.appliedOn.reset();

    qint64 id = 0;
    const Status saved = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "INSERT INTO applications (company, title, source, url, location, salary, notes, job_description, "
            "applied_on, stage, stage_entered_at, furthest_rank, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QString& value : {draft.company, draft.title, draft.source, draft.url, draft.location,
                                     draft.salary, draft.notes, draft.jobDescription})
            query.addBindValue(sql::text(value));
        query.addBindValue(sql::date(draft.appliedOn));
        query.addBindValue(stages::id(initial));
        query.addBindValue(time::toIso(when));
        query.addBindValue(stages::rank(initial));
        query.addBindValue(time::toIso(now));
        query.addBindValue(time::toIso(now));
        if (!query.exec())
            return Database::queryError(tr("Cannot add the application"), query);
        id = query.lastInsertId().toLongLong();
        if (Status appended = appendEvent(id, std::nullopt, initial, when, std::nullopt); !appended)
            return appended;
        return applyRules(id, draft.company, initial, when);
    });
    if (!saved)
        return saved.error();
    emit applicationCreated(id);
    return id;
}

Result<PipelineService::MoveOutcome> PipelineService::move(qint64 applicationId, Stage to,
                                                            std::optional<QDateTime> at)
{
    MoveOutcome outcome;
    const Status saved = m_database.transaction(
        [&]() -> Status { return moveWithinTransaction(applicationId, to, at.value_or(m_clock.now()), outcome, true); });
    if (!saved)
        return saved.error();
    if (outcome.changed)
        emit applicationMoved(applicationId, outcome.previous, outcome.current);
    return outcome;
}

Result<PipelineService::MoveOutcome> PipelineService::revert(qint64 applicationId, const MoveOutcome& undone)
{
    MoveOutcome outcome;
    const Status saved = m_database.transaction([&]() -> Status {
        const Result<Application> found = ApplicationRepository(m_database).find(applicationId);
        if (!found)
            return found.error();
        if (found->stage != undone.current)
            return badInput(tr("%1 has moved on to %2 since; that move can no longer be undone.")
                                .arg(found->company, stages::displayName(found->stage)));
        // The log gets a new event, but the tasks are put back exactly as they were before the undone move,
        // rather than run through the rules again: the rules stamp what they create with the move's time
        // (created_at) and what they cancel too (closed_at).
        const QDateTime now = m_clock.now();
        if (Status moved = moveWithinTransaction(applicationId, undone.previous, now, outcome, false); !moved)
            return moved;
        const QString undoneAt = time::toIso(undone.at);
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE follow_up_tasks SET status = 'cancelled', closed_at = ? "
                                     "WHERE application_id = ? AND status = 'pending' AND type <> 'custom' "
                                     "AND created_at = ?"));
        query.addBindValue(time::toIso(now));
        query.addBindValue(applicationId);
        query.addBindValue(undoneAt);
        if (!query.exec())
            return Database::queryError(tr("Cannot cancel the undone move's tasks"), query);
        query.prepare(QStringLiteral("UPDATE follow_up_tasks SET status = 'pending', closed_at = NULL "
                                     "WHERE application_id = ? AND status = 'cancelled' AND closed_at = ? "
                                     "AND created_at <> ?"));
        query.addBindValue(applicationId);
        query.addBindValue(undoneAt);
        query.addBindValue(undoneAt);
        if (!query.exec())
            return Database::queryError(tr("Cannot restore the tasks the undone move cancelled"), query);
        return {};
    });
    if (!saved)
        return saved.error();
    if (outcome.changed)
        emit applicationMoved(applicationId, outcome.previous, outcome.current);
    return outcome;
}

Status PipelineService::moveWithinTransaction(qint64 applicationId, Stage to, const QDateTime& when,
                                              MoveOutcome& outcome, bool applyReminderRules) const
{
    const QDateTime now = m_clock.now();
    const Result<Application> found = ApplicationRepository(m_database).find(applicationId);
    if (!found)
        return found.error();
    const Application& app = found.value();
    outcome.previous = app.stage;
    outcome.current = to;
    outcome.at = when;
    if (app.stage == to)
        return {};
    if (when < app.stageEnteredAt)
        return badInput(tr("A move cannot be dated %1, before the application's last move (%2).")
                            .arg(time::toIso(when), time::toIso(app.stageEnteredAt)));

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE applications SET stage = ?, stage_entered_at = ?, furthest_rank = ?, updated_at = ?, "
        "applied_on = COALESCE(applied_on, ?) WHERE id = ?"));
    query.addBindValue(stages::id(to));
    query.addBindValue(time::toIso(when));
    query.addBindValue(std::max(app.furthestRank, stages::rank(to)));
    query.addBindValue(time::toIso(now));
    // A saved application that moves on was applied to then.
    query.addBindValue(to == Stage::Saved || stages::isEnd(to) ? sql::nullText()
                                                              : QVariant(time::toIsoDate(when.date())));
    query.addBindValue(applicationId);
    if (!query.exec())
        return Database::queryError(tr("Cannot move application %1").arg(applicationId), query);

    const qint64 stay = app.stageEnteredAt.secsTo(when);
    if (Status appended = appendEvent(applicationId, app.stage, to, when, stay); !appended)
        return appended;
    outcome.changed = true;
    return applyReminderRules ? applyRules(applicationId, app.company, to, when) : Status();
}

Status PipelineService::appendEvent(qint64 applicationId, std::optional<Stage> previous, Stage current,
                                    const QDateTime& at, std::optional<qint64> staySeconds) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO stage_events (application_id, previous, current, current_rank, at, "
                                 "stay_seconds) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(applicationId);
    query.addBindValue(previous ? QVariant(stages::id(*previous)) : sql::nullText());
    query.addBindValue(stages::id(current));
    query.addBindValue(stages::rank(current));
    query.addBindValue(time::toIso(at));
    query.addBindValue(staySeconds ? QVariant(*staySeconds) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!query.exec())
        return Database::queryError(tr("Cannot record the stage event"), query);
    return {};
}

Status PipelineService::applyRules(qint64 applicationId, const QString& company, Stage to, const QDateTime& at) const
{
    QSqlQuery query(m_database.connection());
    // Any move makes the pending follow-up moot; an end stage makes every pending task moot.
    query.prepare(stages::isEnd(to)
                      ? QStringLiteral("UPDATE follow_up_tasks SET status = 'cancelled', closed_at = ? "
                                       "WHERE application_id = ? AND status = 'pending'")
                      : QStringLiteral("UPDATE follow_up_tasks SET status = 'cancelled', closed_at = ? "
                                       "WHERE application_id = ? AND status = 'pending' AND type = 'follow_up'"));
    query.addBindValue(time::toIso(at));
    query.addBindValue(applicationId);
    if (!query.exec())
        return Database::queryError(tr("Cannot cancel the pending tasks"), query);

    const QList<ReminderRules::NewTask> created = m_rules.tasksFor(to, at, company);
    if (created.isEmpty())
        return {};
    query.prepare(QStringLiteral("INSERT INTO follow_up_tasks (application_id, type, title, due_at, created_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    for (const ReminderRules::NewTask& task : created) {
        query.addBindValue(applicationId);
        query.addBindValue(tasks::typeId(task.type));
        query.addBindValue(task.title);
        query.addBindValue(time::toIso(task.dueAt));
        query.addBindValue(time::toIso(at));
        if (!query.exec())
            return Database::queryError(tr("Cannot create the follow-up tasks"), query);
    }
    return {};
}

Result<QList<StageEvent>> PipelineService::history(qint64 applicationId) const
{
    if (Result<Application> found = ApplicationRepository(m_database).find(applicationId); !found)
        return found.error();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, application_id, previous, current, at FROM stage_events "
                                 "WHERE application_id = ? ORDER BY at, id"));
    query.addBindValue(applicationId);
    if (!query.exec())
        return Database::queryError(tr("Cannot read the history of application %1").arg(applicationId), query);
    QList<StageEvent> events;
    while (query.next()) {
        StageEvent e;
        e.id = query.value(0).toLongLong();
        e.applicationId = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            e.previous = stages::fromId(query.value(2).toString());
        e.current = stages::fromId(query.value(3).toString()).value_or(Stage::Applied);
        e.at = time::parseIso(query.value(4).toString()).value_or(QDateTime());
        events.append(e);
    }
    return events;
}

} // namespace jobdeck
