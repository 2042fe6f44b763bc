#pragma once

#include "io/ImportPlanner.h"
#include "pipeline/ReminderRules.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jobdeck {
class Database;
}

namespace jobdeck::io {

// Writes planned applications inside a transaction the caller owns (a whole file is one transaction;
// PipelineService opens one per call). Each application gets the event trail PipelineService would have
// written: a first event at the applied date, then a move into the imported stage, with the derived
// columns (stage, stage_entered_at, furthest_rank) and the follow-up tasks of ReminderRules replayed along
// that trail. A move whose time the file does not give is dated at the applied date with an unknown
// (NULL) stay, so time-in-stage figures are not skewed by made-up durations.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)

public:
    ImportWriter(const Database& database, ReminderRules rules, QDateTime now);

    // Prepares the statements once; call before write().
    Status prepare();
    Result<qint64> write(const PlannedApplication& application);

    // time::toIso's text ("2026-01-31T09:00:00Z") without QDateTime::toString, which was a sixth of the
    // time of a big import.
    static QString isoText(const QDateTime& utc);

private:
    struct Task
    {
        TaskType type;
        QString title;
        QDateTime dueAt;
        QDateTime createdAt;
        TaskStatus status = TaskStatus::Pending;
        std::optional<QDateTime> closedAt;
    };
    void replayRules(QList<Task>& tasks, Stage to, const QDateTime& at, const QString& company) const;
    Status insertEvent(qint64 id, std::optional<Stage> previous, Stage current, const QDateTime& at,
                       std::optional<qint64> stay);

    const Database& m_database;
    ReminderRules m_rules;
    QDateTime m_now;
    QString m_nowText;
    QSqlQuery m_application;
    QSqlQuery m_event;
    QSqlQuery m_task;
};

} // namespace jobdeck::io
