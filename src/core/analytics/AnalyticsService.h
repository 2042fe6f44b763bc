#pragma once

#include <QCoreApplication>

#include "pipeline/Stage.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>

namespace jobdeck {

class Database;

struct FunnelRow
{
    Stage stage;
    qint64 count = 0; // applications whose furthest stage is at or past `stage`
};

struct SourceRow
{
    QString source; // "direct" for an empty source
    qint64 total = 0;
    qint64 advanced = 0; // furthest stage at or past screen
    double conversionPct = 0.0;
};

struct WeekRow
{
    QString week; // "2026-W05"
    qint64 count = 0;
};

struct StageTimeRow
{
    Stage stage;
    qint64 stays = 0; // completed stays only
    double medianDays = 0.0;
    double meanDays = 0.0;
};

struct AnalyticsReport
{
    QList<FunnelRow> funnel;
    QList<SourceRow> sources;
    QList<WeekRow> weekly;
    QList<StageTimeRow> timeInStage;
};

// Pipeline figures computed from the event log as it stood at an as-of time (ARCHITECTURE.md defines
// them). Archived applications still count: archiving tidies the list, it does not rewrite history.
class AnalyticsService
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsService)

public:
    explicit AnalyticsService(const Database& database) : m_database(database) {}

    Result<QList<FunnelRow>> funnel(const QDateTime& asOf) const;
    Result<QList<SourceRow>> sources(const QDateTime& asOf) const;
    Result<QList<WeekRow>> weekly(const QDateTime& asOf) const;
    Result<QList<StageTimeRow>> timeInStage(const QDateTime& asOf) const;
    Result<AnalyticsReport> report(const QDateTime& asOf) const;

private:
    // True when asOf is at or past the newest event, so the cached columns hold the answer.
    Result<bool> coversWholeLog(const QDateTime& asOf) const;
    // The furthest-stage rows (application_id, furthest) as of a time: from the cached column when the
    // as-of time is past the whole log, else from the events.
    Result<QString> furthestSource(const QDateTime& asOf) const;

    const Database& m_database;
};

} // namespace jobdeck
