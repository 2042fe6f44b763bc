#include "pipeline/PipelineService.h"

#include "pipeline/ApplicationEdits.h"
#include "pipeline/TransitionWriter.h"
#include "storage/ApplicationRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <algorithm>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace jobdeck {
PipelineService::PipelineService(const Database& database, const Clock& clock, ReminderRules rules,
                                 QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock), m_rules(rules)
{
}

Result<qint64> PipelineService::create(const ApplicationDraft& input, Stage initial, std::optional<QDateTime> at,
                                       std::optional<qint64> wantedId)
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
        if (wantedId) {
            const Result<Application> taken = ApplicationRepository(m_database).find(*wantedId);
            if (taken)
                return badInput(tr("Application %1 already exists (%2), so it cannot be added again.")
                                    .arg(*wantedId)
                                    .arg(taken->company));
            if (taken.error().kind != Error::Kind::NotFound)
                return taken.error();
        }
        QSqlQuery query(m_database.connection());
        // Without an id the database chooses the next one (SQLite's rowid, PostgreSQL's identity).
        query.prepare(QStringLiteral(
            "INSERT INTO applications (%1company, title, source, url, location, salary, notes, job_description, "
            "applied_on, stage, stage_entered_at, furthest_rank, created_at, updated_at) "
            "VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)%3")
                          .arg(wantedId ? QStringLiteral("id, ") : QString(),
                               wantedId ? QStringLiteral("?, ") : QString(), m_database.dialect().returningId()));
        if (wantedId)
            query.addBindValue(*wantedId);
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
        id = SqlDialect::insertedId(query);
        TransitionWriter writer(m_database, m_rules);
        if (Result<QList<qint64>> recorded =
                writer.recordNew(id, draft.company, {{std::nullopt, initial, when, {}}});
            !recorded)
            return recorded.error();
        return {};
    });
    if (!saved)
        return saved.error();
    emit applicationCreated(id);
    return id;
}

Status PipelineService::discard(qint64 applicationId) { return discardIf(applicationId, nullptr); }

Status PipelineService::discard(const Application& added) { return discardIf(added.id, &added); }

Status PipelineService::discardIf(qint64 applicationId, const Application* unchangedFrom)
{
    const Status removed = m_database.transaction([&]() -> Status {
        if (unchangedFrom) {
            const Result<Application> current = ApplicationRepository(m_database).find(applicationId);
            if (!current)
                return current.error();
            QSqlQuery events(m_database.connection());
            events.prepare(QStringLiteral("SELECT count(*) FROM stage_events WHERE application_id = ?"));
            events.addBindValue(applicationId);
            if (!events.exec() || !events.next())
                return Database::queryError(tr("Cannot read the history of application %1").arg(applicationId),
                                            events);
            // Its first event alone: any move since, even one undone again, is history someone else made.
            if (events.value(0).toLongLong() != 1 || current->archived != unchangedFrom->archived
                || !ApplicationEdits::sameFields(current.value(), *unchangedFrom))
                return conflict(tr("%1 was changed elsewhere since it was added.").arg(current->company));
        }
        // Its events and tasks go with it (ON DELETE CASCADE).
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM applications WHERE id = ?"));
        query.addBindValue(applicationId);
        if (!query.exec())
            return Database::queryError(tr("Cannot remove application %1").arg(applicationId), query);
        if (query.numRowsAffected() == 0)
            return notFound(tr("There is no application %1.").arg(applicationId));
        return {};
    });
    if (!removed)
        return removed;
    emit applicationDiscarded(applicationId);
    return {};
}

Result<PipelineService::MoveOutcome> PipelineService::move(qint64 applicationId, Stage to,
                                                           std::optional<QDateTime> at,
                                                           std::optional<QDateTime> interviewAt)
{
    if (interviewAt && !stages::isInterview(to))
        return badInput(
            tr("An interview time goes with an interview stage (screen, technical, onsite or final), "
               "not %1.")
                .arg(stages::id(to)));
    MoveOutcome outcome;
    const Status saved = m_database.transaction([&]() -> Status {
        TransitionWriter writer(m_database, m_rules);
        return moveWithinTransaction(writer, applicationId, to, at.value_or(m_clock.now()), interviewAt,
                                     outcome);
    });
    if (!saved)
        return saved.error();
    if (outcome.changed)
        emit applicationMoved(applicationId, outcome.previous, outcome.current);
    return outcome;
}

Result<PipelineService::MoveOutcome> PipelineService::revert(qint64 applicationId, const MoveOutcome& undone)
{
    if (!undone.changed || undone.eventId <= 0)
        return badInput(tr("That move changed nothing, so there is nothing to undo."));
    MoveOutcome outcome;
    const Status saved = m_database.transaction([&]() -> Status {
        // Checked under the write lock, so no other process or device can move the application in between.
        if (Status unchanged = expectLastEvent(applicationId, undone.eventId); !unchanged)
            return unchanged;
        qint64 reverted = 0;
        return revertWithinTransaction(undone.eventId, outcome, reverted);
    });
    if (!saved)
        return saved.error();
    emit applicationMoved(applicationId, outcome.previous, outcome.current);
    return outcome;
}

Result<PipelineService::MoveOutcome> PipelineService::revert(qint64 eventId)
{
    MoveOutcome outcome;
    qint64 applicationId = 0;
    const Status saved = m_database.transaction(
        [&]() -> Status { return revertWithinTransaction(eventId, outcome, applicationId); });
    if (!saved)
        return saved.error();
    emit applicationMoved(applicationId, outcome.previous, outcome.current);
    return outcome;
}

Result<PipelineService::MoveOutcome> PipelineService::moveFrom(qint64 applicationId, Stage from, Stage to,
                                                               std::optional<QDateTime> interviewAt)
{
    if (interviewAt && !stages::isInterview(to))
        return badInput(
            tr("An interview time goes with an interview stage (screen, technical, onsite or final), "
               "not %1.")
                .arg(stages::id(to)));
    MoveOutcome outcome;
    const Status saved = m_database.transaction([&]() -> Status {
        const Result<Application> found = ApplicationRepository(m_database).find(applicationId);
        if (!found)
            return found.error();
        if (found->stage != from)
            return conflict(tr("%1 was moved elsewhere since (it is now in %2).")
                                .arg(found->company, stages::displayName(found->stage)));
        TransitionWriter writer(m_database, m_rules);
        return moveWithinTransaction(writer, applicationId, to, m_clock.now(), interviewAt, outcome);
    });
    if (!saved)
        return saved.error();
    if (outcome.changed)
        emit applicationMoved(applicationId, outcome.previous, outcome.current);
    return outcome;
}

Status PipelineService::expectLastEvent(qint64 applicationId, qint64 expected) const
{
    const Result<Application> found = ApplicationRepository(m_database).find(applicationId);
    if (!found)
        return found.error();
    const Result<LiveEvent> last = lastLiveEvent(applicationId);
    if (!last)
        return last.error();
    // Any move, undo or redo made elsewhere changes the last event that counts; an edit of its fields does not.
    if (last->id != expected)
        return conflict(tr("%1 was moved elsewhere since (it is now in %2).")
                            .arg(found->company, stages::displayName(found->stage)));
    return {};
}

Status PipelineService::revertWithinTransaction(qint64 eventId, MoveOutcome& outcome, qint64& applicationId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT e.application_id, e.previous, e.current, e.at, e.reverts_event_id, "
                       "EXISTS (SELECT 1 FROM stage_events r WHERE r.reverts_event_id = e.id) FROM "
                       "stage_events e WHERE e.id = ?"));
    query.addBindValue(eventId);
    if (!query.exec())
        return Database::queryError(tr("Cannot read event %1").arg(eventId), query);
    if (!query.next())
        return notFound(tr("There is no stage event %1.").arg(eventId));
    applicationId = query.value(0).toLongLong();
    const std::optional<Stage> previousStage = stages::fromId(query.value(1).toString());
    const std::optional<Stage> currentStage = stages::fromId(query.value(2).toString());
    const QDateTime undoneAt = time::parseIso(query.value(3).toString()).value_or(QDateTime());
    if (!query.value(4).isNull())
        return badInput(tr("Event %1 is itself an undo; make the move again instead.").arg(eventId));
    if (query.value(5).toBool())
        return badInput(tr("Event %1 has already been undone.").arg(eventId));
    if (query.value(1).isNull() || !previousStage || !currentStage)
        return badInput(
            tr("Event %1 is the application's first event; there is no move to undo.").arg(eventId));
    const Stage previous = previousStage.value();
    const Stage current = currentStage.value();

    const Result<Application> found = ApplicationRepository(m_database).find(applicationId);
    if (!found)
        return found.error();
    const Result<LiveEvent> last = lastLiveEvent(applicationId);
    if (!last)
        return last.error();
    if (last->id != eventId)
        return badInput(tr("%1 has moved on to %2 since; that move can no longer be undone.")
                            .arg(found->company, stages::displayName(found->stage)));

    // The undo is dated now, but never before the move it undoes, so the log stays in order.
    const QDateTime now = m_clock.now();
    const QDateTime when = std::max(now, undoneAt);
    TransitionWriter writer(m_database, m_rules);
    // No stay: the stay in the undone stage never happened, and time in stage reads only recorded stays.
    const Result<qint64> event = writer.appendEvent(applicationId, {current, previous, when, std::nullopt}, eventId);
    if (!event)
        return event.error();
    if (Status cached = recomputeCache(applicationId, undoneAt); !cached)
        return cached;
    outcome = {true, current, previous, when, event.value()};
    // The tasks are put back exactly as they were before the undone move, rather than run through the
    // rules again: each task records the event that created or cancelled it.
    return writer.undo(applicationId, eventId, undoneAt, event.value(), when);
}

Result<PipelineService::LiveEvent> PipelineService::lastLiveEvent(qint64 applicationId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT e.id, e.current, e.at FROM stage_events e WHERE e.application_id = "
                                 "? AND e.reverts_event_id IS NULL "
                                 "AND NOT EXISTS (SELECT 1 FROM stage_events r WHERE r.reverts_event_id = "
                                 "e.id) ORDER BY e.at DESC, e.id DESC "
                                 "LIMIT 1"));
    query.addBindValue(applicationId);
    if (!query.exec())
        return Database::queryError(tr("Cannot read the history of application %1").arg(applicationId),
                                    query);
    if (!query.next())
        return notFound(tr("Application %1 has no stage history.").arg(applicationId));
    return LiveEvent{query.value(0).toLongLong(),
                     stages::fromId(query.value(1).toString()).value_or(Stage::Applied),
                     time::parseIso(query.value(2).toString()).value_or(QDateTime())};
}

Result<qint64> PipelineService::lastRevertibleMove(qint64 applicationId) const
{
    if (Result<Application> found = ApplicationRepository(m_database).find(applicationId); !found)
        return found.error();
    const Result<LiveEvent> last = lastLiveEvent(applicationId);
    if (!last)
        return last.error();
    const Result<QList<StageEvent>> events = history(applicationId);
    if (!events)
        return events.error();
    for (const StageEvent& event : *events) {
        if (event.id == last->id && event.previous)
            return event.id;
    }
    return notFound(tr("Application %1 has no move left to undo.").arg(applicationId));
}

Status PipelineService::recomputeCache(qint64 applicationId, const QDateTime& undoneAt) const
{
    const Result<LiveEvent> last = lastLiveEvent(applicationId);
    if (!last)
        return last.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT max(current_rank), sum(CASE WHEN current <> 'saved' THEN 1 ELSE 0 END) FROM stage_events e "
        "WHERE e.application_id = ? AND e.reverts_event_id IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM stage_events r WHERE r.reverts_event_id = e.id)"));
    query.addBindValue(applicationId);
    if (!query.exec() || !query.next())
        return Database::queryError(tr("Cannot read the history of application %1").arg(applicationId),
                                    query);
    const int furthest = query.value(0).toInt();
    // Back in saved with no move out of it left, the application was never applied to: the applied date the
    // undone move set goes (one a person typed on another day stays).
    const bool neverApplied = query.value(1).toLongLong() == 0;
    query.prepare(QStringLiteral(
        "UPDATE applications SET stage = ?, stage_entered_at = ?, furthest_rank = ?, updated_at = ?, "
        "applied_on = CASE WHEN ? = 1 AND applied_on = ? THEN NULL ELSE applied_on END WHERE id = ?"));
    query.addBindValue(stages::id(last->current));
    query.addBindValue(time::toIso(last->at));
    query.addBindValue(furthest);
    query.addBindValue(time::toIso(m_clock.now()));
    query.addBindValue(neverApplied ? 1 : 0);
    query.addBindValue(time::toIsoDate(undoneAt.date()));
    query.addBindValue(applicationId);
    if (!query.exec())
        return Database::queryError(tr("Cannot move application %1").arg(applicationId), query);
    return {};
}

Status PipelineService::moveWithinTransaction(TransitionWriter& writer, qint64 applicationId, Stage to,
                                              const QDateTime& when,
                                              const std::optional<QDateTime>& interviewAt,
                                              MoveOutcome& outcome) const
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
    // After an undo the stage was entered before the log's last event (the undo), which still bounds a move.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT max(at) FROM stage_events WHERE application_id = ?"));
    query.addBindValue(applicationId);
    if (!query.exec() || !query.next())
        return Database::queryError(tr("Cannot move application %1").arg(applicationId), query);
    const QDateTime lastEvent =
        std::max(app.stageEnteredAt, time::parseIso(query.value(0).toString()).value_or(app.stageEnteredAt));
    if (when < lastEvent)
        return badInput(tr("A move cannot be dated %1, before the application's last move (%2).")
                            .arg(time::toIso(when), time::toIso(lastEvent)));

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

    const TransitionWriter::Step step{app.stage, to, when, app.stageEnteredAt.secsTo(when)};
    const Result<qint64> event = writer.record(applicationId, app.company, step, interviewAt);
    if (!event)
        return event.error();
    outcome.changed = true;
    outcome.eventId = event.value();
    return {};
}

Result<std::optional<QDateTime>> PipelineService::interviewAt(qint64 applicationId) const
{
    const Result<Application> found = ApplicationRepository(m_database).find(applicationId);
    if (!found)
        return found.error();
    if (!stages::isInterview(found->stage))
        return std::optional<QDateTime>();
    const Result<LiveEvent> last = lastLiveEvent(applicationId);
    if (!last)
        return last.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT interview_at FROM follow_up_tasks WHERE application_id = ? "
                                 "AND created_by_event = ? AND interview_at IS NOT NULL LIMIT 1"));
    query.addBindValue(applicationId);
    query.addBindValue(last->id);
    if (!query.exec())
        return Database::queryError(tr("Cannot read the interview of application %1").arg(applicationId),
                                    query);
    if (!query.next())
        return std::optional<QDateTime>();
    return time::parseIso(query.value(0).toString());
}

Status PipelineService::setInterviewAt(qint64 applicationId, std::optional<QDateTime> interviewAt)
{
    const Status saved = m_database.transaction([&]() -> Status {
        const Result<Application> found = ApplicationRepository(m_database).find(applicationId);
        if (!found)
            return found.error();
        if (!stages::isInterview(found->stage))
            return badInput(tr("%1 is in %2, not an interview stage, so it has no interview to schedule.")
                                .arg(found->company, stages::displayName(found->stage)));
        const Result<LiveEvent> last = lastLiveEvent(applicationId);
        if (!last)
            return last.error();
        // The round's tasks are the ones its move created; their due times follow the same rules as a move's.
        QSqlQuery query(m_database.connection());
        query.prepare(
            QStringLiteral("UPDATE follow_up_tasks SET interview_at = ?, "
                           "due_at = CASE WHEN status = 'pending' THEN ? ELSE due_at END, "
                           "notified_at = CASE WHEN status = 'pending' THEN NULL ELSE notified_at END "
                           "WHERE application_id = ? AND created_by_event = ? AND type = ?"));
        int updated = 0;
        for (const ReminderRules::NewTask& task :
             m_rules.tasksFor(last->current, last->at, found->company, interviewAt)) {
            query.bindValue(0, interviewAt ? QVariant(time::toIso(*interviewAt)) : sql::nullText());
            query.bindValue(1, time::toIso(task.dueAt));
            query.bindValue(2, applicationId);
            query.bindValue(3, last->id);
            query.bindValue(4, tasks::typeId(task.type));
            if (!query.exec())
                return Database::queryError(tr("Cannot schedule the interview"), query);
            updated += query.numRowsAffected();
        }
        if (updated == 0)
            return notFound(tr("The %1 round of %2 has no prep or thank-you task to schedule.")
                                .arg(stages::displayName(last->current), found->company));
        return {};
    });
    if (!saved)
        return saved;
    emit interviewChanged(applicationId);
    return {};
}

Result<QList<StageEvent>> PipelineService::history(qint64 applicationId) const
{
    if (Result<Application> found = ApplicationRepository(m_database).find(applicationId); !found)
        return found.error();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT e.id, e.application_id, e.previous, e.current, e.at, e.reverts_event_id, "
                       "(SELECT r.id FROM stage_events r WHERE r.reverts_event_id = e.id) "
                       "FROM stage_events e WHERE e.application_id = ? ORDER BY e.at, e.id"));
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
        e.reverts = query.value(5).toLongLong();
        e.revertedBy = query.value(6).toLongLong();
        events.append(e);
    }
    return events;
}

} // namespace jobdeck
