#pragma once

#include "io/ImportPlanner.h"
#include "pipeline/ReminderRules.h"
#include "pipeline/TransitionWriter.h"
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
// columns (stage, stage_entered_at, furthest_rank). The events and their follow-up tasks go through
// PipelineService's own TransitionWriter, so the reminder rules cannot drift apart. A move whose time the
// file does not give is dated at the applied date with an unknown (NULL) stay, so time-in-stage figures
// are not skewed by made-up durations.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)

public:
    ImportWriter(const Database& database, ReminderRules rules, QDateTime now);

    // Prepares the statements once; call before write().
    Status prepare();
    Result<qint64> write(const PlannedApplication& application);

private:
    const Database& m_database;
    QDateTime m_now;
    QString m_nowText;
    QSqlQuery m_application;
    TransitionWriter m_transitions;
};

} // namespace jobdeck::io
