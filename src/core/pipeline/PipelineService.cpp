#include "pipeline/PipelineService.h"

#include "pipeline/TransitionWriter.h"
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
        // A NULL id lets SQLite choose the next one.
        query.prepare(QStringLiteral(
            "INSERT INTO applications (id, company, title, source, url, location, salary, notes, job_description, "
            "applied_on, stage, stage_entered_at, furthest_rank, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(wantedId ? QVariant(*wantedId) : QVariant(QMetaType(QMetaType::LongLong)));
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

Status PipelineService::discard(qint64 applicationId)
{
    const Status removed = m_database.transaction([&]() -> Status {
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
                                                            std::optional<QDateTime> at)
{
    MoveOutcome outcome;
    const Status saved = m_database.transaction([&]() -> Status {
        TransitionWriter writer(m_database, m_rules);
        return moveWithinTransaction(writer, applicationId, to, at.value_or(m_clock.now()), outcome, true);
    });
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
        // rather than run through the rules again: each task records the event that created or cancelled it.
        const QDateTime now = m_clock.now();
        TransitionWriter writer(m_database, m_rules);
        if (Status moved = moveWithinTransaction(writer, applicationId, undone.previous, now, outcome, false);
            !moved)
            return moved;
        if (!outcome.changed)
            return {};
        return writer.undo(applicationId, undone.eventId, undone.at, outcome.eventId, now);
    });
    if (!saved)
        return saved.error();
    if (outcome.changed)
        emit applicationMoved(applicationId, outcome.previous, outcome.current);
    return outcome;
}

Status PipelineService::moveWithinTransaction(TransitionWriter& writer, qint64 applicationId, Stage to,
                                              const QDateTime& when, MoveOutcome& outcome,
                                              bool applyReminderRules) const
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

    const TransitionWriter::Step step{app.stage, to, when, app.stageEnteredAt.secsTo(when)};
    const Result<qint64> event = applyReminderRules ? writer.record(applicationId, app.company, step)
                                                    : writer.appendEvent(applicationId, step);
    if (!event)
        return event.error();
    outcome.changed = true;
    outcome.eventId = event.value();
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
