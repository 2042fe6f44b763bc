#include "io/ImportWriter.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QSqlError>

namespace jobdeck::io {
namespace {

QVariant nullableTime(const std::optional<QDateTime>& at)
{
    return at ? QVariant(ImportWriter::isoText(*at)) : sql::nullText();
}

} // namespace

QString ImportWriter::isoText(const QDateTime& utc)
{
    const qint64 secs = utc.toSecsSinceEpoch();
    const qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const qint64 inDay = secs - days * 86400;
    int year = 0;
    int month = 0;
    int day = 0;
    QDate(1970, 1, 1).addDays(days).getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return time::toIso(utc);
    char16_t text[20];
    const auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, month, 2);
    text[7] = u'-';
    put(8, day, 2);
    text[10] = u'T';
    put(11, int(inDay / 3600), 2);
    text[13] = u':';
    put(14, int(inDay / 60 % 60), 2);
    text[16] = u':';
    put(17, int(inDay % 60), 2);
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar*>(text), 20);
}

ImportWriter::ImportWriter(const Database& database, ReminderRules rules, QDateTime now)
    : m_database(database), m_rules(rules), m_now(std::move(now)), m_nowText(isoText(m_now))
{
}

Status ImportWriter::prepare()
{
    const QSqlDatabase db = m_database.connection();
    m_application = QSqlQuery(db);
    m_event = QSqlQuery(db);
    m_task = QSqlQuery(db);
    if (!m_application.prepare(QStringLiteral(
            "INSERT INTO applications (company, title, source, url, location, salary, notes, "
            "job_description, "
            "applied_on, stage, stage_entered_at, furthest_rank, archived, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return Database::queryError(tr("Cannot prepare the import"), m_application);
    if (!m_event.prepare(
            QStringLiteral("INSERT INTO stage_events (application_id, previous, current, current_rank, "
                           "at, stay_seconds) VALUES (?, ?, ?, ?, ?, ?)")))
        return Database::queryError(tr("Cannot prepare the import"), m_event);
    if (!m_task.prepare(
            QStringLiteral("INSERT INTO follow_up_tasks (application_id, type, title, due_at, status, "
                           "created_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return Database::queryError(tr("Cannot prepare the import"), m_task);
    return {};
}

void ImportWriter::replayRules(QList<Task>& tasks, Stage to, const QDateTime& at,
                               const QString& company) const
{
    // PipelineService::applyRules, in memory: a move cancels the pending follow-up, an end stage every task.
    for (Task& task : tasks) {
        if (task.status == TaskStatus::Pending && (stages::isEnd(to) || task.type == TaskType::FollowUp)) {
            task.status = TaskStatus::Cancelled;
            task.closedAt = at;
        }
    }
    for (const ReminderRules::NewTask& created : m_rules.tasksFor(to, at, company))
        tasks.append({created.type, created.title, created.dueAt, at, TaskStatus::Pending, std::nullopt});
}

Status ImportWriter::insertEvent(qint64 id, std::optional<Stage> previous, Stage current, const QDateTime& at,
                                 std::optional<qint64> stay)
{
    m_event.bindValue(0, id);
    m_event.bindValue(1, previous ? QVariant(stages::id(*previous)) : sql::nullText());
    m_event.bindValue(2, stages::id(current));
    m_event.bindValue(3, stages::rank(current));
    m_event.bindValue(4, isoText(at));
    m_event.bindValue(5, stay ? QVariant(*stay) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!m_event.exec())
        return Database::queryError(tr("Cannot record the stage event"), m_event);
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
                                 isoText(entered),
                                 furthest,
                                 planned.archived ? 1 : 0,
                                 m_nowText,
                                 m_nowText};
    for (int i = 0; i < values.size(); ++i)
        m_application.bindValue(i, values.at(i));
    if (!m_application.exec())
        return Database::queryError(tr("Line %1: cannot add the application").arg(planned.line),
                                    m_application);
    const qint64 id = m_application.lastInsertId().toLongLong();

    QList<Task> tasks;
    if (Status s = insertEvent(id, std::nullopt, first, start, std::nullopt); !s)
        return s.error();
    replayRules(tasks, first, start, d.company);
    if (moves) {
        if (Status s = insertEvent(id, first, planned.stage, entered, stay); !s)
            return s.error();
        replayRules(tasks, planned.stage, entered, d.company);
    }
    for (const Task& task : tasks) {
        m_task.bindValue(0, id);
        m_task.bindValue(1, tasks::typeId(task.type));
        m_task.bindValue(2, task.title);
        m_task.bindValue(3, isoText(task.dueAt));
        m_task.bindValue(4, tasks::statusId(task.status));
        m_task.bindValue(5, isoText(task.createdAt));
        m_task.bindValue(6, nullableTime(task.closedAt));
        if (!m_task.exec())
            return Database::queryError(tr("Cannot create the follow-up tasks"), m_task);
    }
    return id;
}

} // namespace jobdeck::io
