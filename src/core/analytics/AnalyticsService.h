#pragma once

#include <QCoreApplication>

#include "pipeline/Stage.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>

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

// The applications a report describes and the time it reads the log at: the cohort whose applied_on falls
// in [from, to] (inclusive ISO dates), as the log stood at asOf. A null bound is open; with both open every
// application counts, exactly as in the as-of-only calls. An application never applied to (still saved, so
// no applied_on) belongs to no dated period: a window with either bound set leaves it out everywhere, and
// the funnel's "saved" count is then the cohort's size.
struct AnalyticsWindow
{
    QDate from; // first applied_on day; null = no lower bound
    QDate to;   // last applied_on day; null = no upper bound
    QDateTime asOf;

    bool isOpen() const { return from.isNull() && to.isNull(); }
};

// Pipeline figures computed from the event log as it stood at an as-of time (ARCHITECTURE.md defines
// them), for every application or for a window's cohort. Archived applications still count: archiving
// tidies the list, it does not rewrite history.
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

    // The same figures for the window's cohort: funnel, sources and time in stage over the cohort's events up
    // to window.asOf; weekly counts the cohort's applied_on days up to the earlier of `to` and asOf's day,
    // zero-filled to asOf's week. An open window gives exactly the as-of figures.
    Result<QList<FunnelRow>> funnel(const AnalyticsWindow& window) const;
    Result<QList<SourceRow>> sources(const AnalyticsWindow& window) const;
    Result<QList<WeekRow>> weekly(const AnalyticsWindow& window) const;
    Result<QList<StageTimeRow>> timeInStage(const AnalyticsWindow& window) const;
    Result<AnalyticsReport> report(const AnalyticsWindow& window) const;

private:
    // How many applications of a source had reached `furthest` as their furthest rank as of the window's time.
    // One pass yields these for every (source, rank) pair and feeds both the funnel and the sources.
    struct Reach
    {
        QString source;
        int furthest = 0;
        qint64 count = 0;
    };

    // True when asOf is at or past the newest event, so the cached columns hold the answer.
    Result<bool> coversWholeLog(const QDateTime& asOf) const;
    // The furthest-stage rows (application_id, furthest) as of a time: from the cached column when the
    // as-of time is past the whole log, else from the events.
    static QString furthestSource(bool wholeLog, bool undos);
    // Whether the log holds any undo, so the queries need to leave undone moves out.
    Result<bool> hasUndos() const;
    // A prepared, bound (not yet run) "SELECT columns FROM the window's applications GROUP BY groupBy",
    // where {furthest} in either stands for each application's furthest rank as of the window's as-of:
    // the cached column past the whole log, else the per-application maxima streamed from the events.
    // The caller binds its own extra values and runs it.
    Result<QSqlQuery> byFurthest(const AnalyticsWindow& window, QString columns, QString groupBy) const;
    Result<QList<Reach>> reach(const AnalyticsWindow& window) const;
    static QList<FunnelRow> funnelFrom(const QList<Reach>& reach);
    static QList<SourceRow> sourcesFrom(const QList<Reach>& reach);
    // Merges rows under their display name ("direct" for an empty source), works out each conversion and
    // puts the largest source first.
    static QList<SourceRow> finishSources(const QList<SourceRow>& raw);

    const Database& m_database;
};

} // namespace jobdeck
