#include "io/ImportWriter.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QSqlError>

namespace jobdeck::io {

ImportWriter::ImportWriter(const Database& database, ReminderRules rules, QDateTime now)
    : m_database(database), m_now(std::move(now)), m_nowText(time::toIso(m_now)),
      m_transitions(database, rules)
{
}

Status ImportWriter::prepare()
{
    const QSqlDatabase db = m_database.connection();
    m_application = QSqlQuery(db);
    if (!m_application.prepare(QStringLiteral(
            "INSERT INTO applications (company, title, source, url, location, salary, notes, "
            "job_description, "
            "applied_on, stage, stage_entered_at, furthest_rank, archived, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
            m_database.dialect().returningId()))
        return Database::queryError(tr("Cannot prepare the import"), m_application);
    return {};
}

Result<qint64> ImportWriter::write(const PlannedApplication& planned)
{
    ApplicationDraft d = planned.draft;
    const Stage first = planned.stage == Stage::Saved ? Stage::Saved : Stage::Applied;
    QDateTime start = d.appliedOn ? QDateTime(*d.appliedOn, QTime(0, 0), Qt::UTC) : m_now;
    // An application still in its first stage: the file may say exactly when it got there.
    if (planned.stage == first && planned.stageEnteredAt)
        start = *planned.stageEnteredAt;
    if (first == Stage::Applied && !d.appliedOn)
        d.appliedOn = start.date();

    // The trail: the first event, then the move into the imported stage if it differs.
    QDateTime entered = start;
    std::optional<qint64> stay;
    const bool moves = planned.stage != first;
    if (moves && planned.stageEnteredAt && *planned.stageEnteredAt >= start) {
        entered = *planned.stageEnteredAt;
        stay = start.secsTo(entered);
    }
    const int furthest = std::max(stages::rank(first), stages::rank(planned.stage));

    const QList<QVariant> values{sql::text(d.company),
                                 sql::text(d.title),
                                 sql::text(d.source),
                                 sql::text(d.url),
                                 sql::text(d.location),
                                 sql::text(d.salary),
                                 sql::text(d.notes),
                                 sql::text(d.jobDescription),
                                 sql::date(d.appliedOn),
                                 stages::id(planned.stage),
                                 time::toIso(entered),
                                 furthest,
                                 planned.archived ? 1 : 0,
                                 m_nowText,
                                 m_nowText};
    for (int i = 0; i < values.size(); ++i)
        m_application.bindValue(i, values.at(i));
    if (!m_application.exec())
        return Database::queryError(tr("Line %1: cannot add the application").arg(planned.line),
                                    m_application);
    const qint64 id = SqlDialect::insertedId(m_application);

    QList<TransitionWriter::Step> trail{{std::nullopt, first, start, std::nullopt}};
    if (moves)
        trail.append({first, planned.stage, entered, stay});
    if (Result<QList<qint64>> events = m_transitions.recordNew(id, d.company, trail); !events)
        return events.error();
    return id;
}

} // namespace jobdeck::io
