#include "analytics/AnalyticsService.h"

#include "storage/Database.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace jobdeck {
namespace {

constexpr double kSecondsPerDay = 86400.0;

AnalyticsWindow openWindow(const QDateTime& asOf) { return AnalyticsWindow{QDate(), QDate(), asOf}; }

// The cohort's condition on the applications table (aliased `a`); empty for an open window.
QString cohortFilter(const AnalyticsWindow& window)
{
    QStringList terms;
    if (!window.from.isNull())
        terms << QStringLiteral("a.applied_on >= :from");
    if (!window.to.isNull())
        terms << QStringLiteral("a.applied_on <= :to");
    return terms.join(QStringLiteral(" AND "));
}

void bindCohort(QSqlQuery& query, const AnalyticsWindow& window)
{
    if (!window.from.isNull())
        query.bindValue(QStringLiteral(":from"), time::toIsoDate(window.from));
    if (!window.to.isNull())
        query.bindValue(QStringLiteral(":to"), time::toIsoDate(window.to));
}

// Leaves out an undone move (event `e`): with its undo, it counts for nothing. The undo itself needs no
// filter: it records no stay, and the stage it returns to was entered by an earlier event that counts, so it
// never raises a maximum. One probe of the small partial index of undos per event; a log without undos skips
// even that (on 450k events the probe costs a third more for the furthest stages, twice as much for stays).
QString notUndone(bool undos)
{
    return undos ? QStringLiteral(
                       " AND NOT EXISTS (SELECT 1 FROM stage_events r WHERE r.reverts_event_id = e.id)")
                 : QString();
}

QString sourceName(const QString& source)
{
    const QString name = source.trimmed();
    return name.isEmpty() ? QStringLiteral("direct") : name;
}

} // namespace

Result<bool> AnalyticsService::hasUndos() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM stage_events WHERE reverts_event_id IS NOT NULL)")) ||
        !query.next())
        return Database::queryError(AnalyticsService::tr("Cannot read the event log"), query);
    return query.value(0).toBool();
}

Result<bool> AnalyticsService::coversWholeLog(const QDateTime& asOf) const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT max(at) FROM stage_events")) || !query.next())
        return Database::queryError(AnalyticsService::tr("Cannot read the event log"), query);
    const QString latest = query.value(0).toString();
    return latest.isEmpty() || latest <= time::toIso(asOf);
}

QString AnalyticsService::furthestSource(bool wholeLog, bool undos)
{
    if (wholeLog)
        return QStringLiteral("SELECT id AS application_id, furthest_rank AS furthest FROM applications");
    return QStringLiteral("SELECT e.application_id, max(e.current_rank) AS furthest FROM stage_events e "
                          "WHERE e.at <= :as_of%1 GROUP BY e.application_id")
        .arg(notUndone(undos));
}

Result<QList<FunnelRow>> AnalyticsService::funnel(const QDateTime& asOf) const
{
    const Result<bool> whole = coversWholeLog(asOf);
    if (!whole)
        return whole.error();
    const Result<bool> undos = hasUndos();
    if (!undos)
        return undos.error();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT furthest, count(*) FROM (%1) f GROUP BY furthest")
                      .arg(furthestSource(*whole, *undos)));
    query.bindValue(QStringLiteral(":as_of"), time::toIso(asOf));
    if (!query.exec())
        return Database::queryError(AnalyticsService::tr("Cannot compute the funnel"), query);
    QList<Reach> reached;
    while (query.next())
        reached.append({QString(), query.value(0).toInt(), query.value(1).toLongLong()});
    return funnelFrom(reached);
}

Result<QList<FunnelRow>> AnalyticsService::funnel(const AnalyticsWindow& window) const
{
    if (window.isOpen())
        return funnel(window.asOf);
    const Result<QList<Reach>> reached = reach(window);
    if (!reached)
        return reached.error();
    return funnelFrom(*reached);
}

Result<QList<SourceRow>> AnalyticsService::sources(const QDateTime& asOf) const { return sources(openWindow(asOf)); }

Result<QList<SourceRow>> AnalyticsService::sources(const AnalyticsWindow& window) const
{
    // Its own query rather than sourcesFrom(reach()): grouping by source alone skips a sort, 51 against
    // 61 ms as of a past date on 540k events.
    Result<QSqlQuery> query = byFurthest(
        window, QStringLiteral("a.source, count(*), sum(CASE WHEN {furthest} >= :screen THEN 1 ELSE 0 END)"),
        QStringLiteral("a.source"));
    if (!query)
        return query.error();
    query->bindValue(QStringLiteral(":screen"), stages::rank(Stage::Screen));
    if (!query->exec())
        return Database::queryError(AnalyticsService::tr("Cannot compute conversion by source"), *query);
    QList<SourceRow> raw;
    while (query->next())
        raw.append({query->value(0).toString(), query->value(1).toLongLong(), query->value(2).toLongLong(), 0.0});
    return finishSources(raw);
}

Result<QList<AnalyticsService::Reach>> AnalyticsService::reach(const AnalyticsWindow& window) const
{
    Result<QSqlQuery> query = byFurthest(window, QStringLiteral("a.source, {furthest}, count(*)"),
                                         QStringLiteral("a.source, {furthest}"));
    if (!query)
        return query.error();
    if (!query->exec())
        return Database::queryError(AnalyticsService::tr("Cannot compute the funnel"), *query);
    QList<Reach> rows;
    while (query->next())
        rows.append({query->value(0).toString(), query->value(1).toInt(), query->value(2).toLongLong()});
    return rows;
}

Result<QSqlQuery> AnalyticsService::byFurthest(const AnalyticsWindow& window, QString columns, QString groupBy) const
{
    const Result<bool> whole = coversWholeLog(window.asOf);
    if (!whole)
        return whole.error();
    const Result<bool> undos = hasUndos();
    if (!undos)
        return undos.error();
    // Past the whole log the cached column answers alone, from the (source, furthest_rank) index. Before it,
    // the per-application maxima stream (a co-routine, not a materialised table) into a rowid lookup each.
    const QString furthest = *whole ? QStringLiteral("a.furthest_rank") : QStringLiteral("f.furthest");
    columns.replace(QLatin1String("{furthest}"), furthest);
    groupBy.replace(QLatin1String("{furthest}"), furthest);
    const QString from = *whole
                             ? QStringLiteral("applications a")
                             : QStringLiteral("(%1) f %2 applications a ON a.id = f.application_id")
                                   .arg(furthestSource(false, *undos), m_database.dialect().fixedOrderJoin());
    const QString cohort = cohortFilter(window);
    const QString where = cohort.isEmpty() ? QString() : QStringLiteral(" WHERE ") + cohort;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM %2%3 GROUP BY %4").arg(columns, from, where, groupBy));
    if (!*whole)
        query.bindValue(QStringLiteral(":as_of"), time::toIso(window.asOf));
    bindCohort(query, window);
    return query;
}

QList<FunnelRow> AnalyticsService::funnelFrom(const QList<Reach>& reach)
{
    QList<qint64> reached(stages::kPipelineCount, 0);
    for (const Reach& row : reach) {
        if (row.furthest >= 0 && row.furthest < stages::kPipelineCount)
            reached[row.furthest] += row.count;
    }
    // Count for S = applications whose furthest stage is at or past S: a running sum from the end.
    QList<FunnelRow> rows;
    qint64 atOrPast = 0;
    for (int rank = stages::kPipelineCount - 1; rank >= 0; --rank) {
        atOrPast += reached[rank];
        rows.prepend({static_cast<Stage>(rank), atOrPast});
    }
    return rows;
}

QList<SourceRow> AnalyticsService::sourcesFrom(const QList<Reach>& reach)
{
    QList<SourceRow> raw;
    for (const Reach& row : reach)
        raw.append({row.source, row.count, row.furthest >= stages::rank(Stage::Screen) ? row.count : 0, 0.0});
    return finishSources(raw);
}

QList<SourceRow> AnalyticsService::finishSources(const QList<SourceRow>& raw)
{
    QMap<QString, SourceRow> bySource;
    for (const SourceRow& source : raw) {
        const QString name = sourceName(source.source);
        SourceRow& row = bySource[name];
        row.source = name;
        row.total += source.total;
        row.advanced += source.advanced;
    }
    QList<SourceRow> rows = bySource.values();
    for (SourceRow& row : rows)
        row.conversionPct = row.total > 0 ? 100.0 * double(row.advanced) / double(row.total) : 0.0;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const SourceRow& a, const SourceRow& b) { return a.total > b.total; });
    return rows;
}

Result<QList<WeekRow>> AnalyticsService::weekly(const QDateTime& asOf) const { return weekly(openWindow(asOf)); }

Result<QList<WeekRow>> AnalyticsService::weekly(const AnalyticsWindow& window) const
{
    const QDate asOfDay = window.asOf.date();
    const QDate last = window.to.isNull() ? asOfDay : std::min(window.to, asOfDay);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT applied_on, count(*) FROM applications a "
                                 "WHERE applied_on IS NOT NULL AND applied_on <= :last%1 GROUP BY applied_on")
                      .arg(window.from.isNull() ? QString() : QStringLiteral(" AND a.applied_on >= :from")));
    query.bindValue(QStringLiteral(":last"), time::toIsoDate(last));
    if (!window.from.isNull())
        query.bindValue(QStringLiteral(":from"), time::toIsoDate(window.from));
    if (!query.exec())
        return Database::queryError(AnalyticsService::tr("Cannot compute weekly submissions"), query);
    QMap<QDate, qint64> byMonday;
    while (query.next()) {
        const std::optional<QDate> day = time::parseIsoDate(query.value(0).toString());
        if (day)
            byMonday[day->addDays(1 - day->dayOfWeek())] += query.value(1).toLongLong();
    }
    QList<WeekRow> rows;
    if (byMonday.isEmpty())
        return rows;
    const QDate lastMonday = asOfDay.addDays(1 - asOfDay.dayOfWeek());
    for (QDate monday = byMonday.firstKey(); monday <= lastMonday; monday = monday.addDays(7))
        rows.append({time::isoWeek(monday), byMonday.value(monday, 0)});
    return rows;
}

Result<QList<StageTimeRow>> AnalyticsService::timeInStage(const QDateTime& asOf) const
{
    return timeInStage(openWindow(asOf));
}

Result<QList<StageTimeRow>> AnalyticsService::timeInStage(const AnalyticsWindow& window) const
{
    const Result<bool> whole = coversWholeLog(window.asOf);
    if (!whole)
        return whole.error();
    // Past the whole log, the time filter is dropped so the index is read without a check per row.
    const QString asOfText = *whole ? QStringLiteral("9999-12-31T23:59:59Z") : time::toIso(window.asOf);
    const QString timeFilter = *whole ? QString() : QStringLiteral(" AND e.at <= :as_of");
    // A window keeps its cohort's events only; an open one reads the log alone, from the stay index.
    const QString cohort = cohortFilter(window);
    const QString events =
        cohort.isEmpty()
            ? QStringLiteral("stage_events e")
            : QStringLiteral("stage_events e %1 applications a ON a.id = e.application_id")
                  .arg(m_database.dialect().fixedOrderJoin());
    const Result<bool> undos = hasUndos();
    if (!undos)
        return undos.error();
    const QString filter =
        notUndone(*undos) + timeFilter + (cohort.isEmpty() ? QString() : QStringLiteral(" AND ") + cohort);
    // A cohort's medians need the join again for every stage when probed one by one (6 joins of 300k events
    // on a server, most of the report's time); where the engine has a median aggregate, the one pass that
    // counts also finds them.
    const QString median =
        cohort.isEmpty() ? QString() : m_database.dialect().medianAggregate(QStringLiteral("stay_seconds"));
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT previous, count(*), avg(stay_seconds)%3 FROM %1 "
                                 "WHERE previous IS NOT NULL AND stay_seconds IS NOT NULL%2 GROUP BY previous")
                      .arg(events, filter, median.isEmpty() ? QString() : QStringLiteral(", ") + median));
    query.bindValue(QStringLiteral(":as_of"), asOfText);
    bindCohort(query, window);
    if (!query.exec())
        return Database::queryError(AnalyticsService::tr("Cannot compute time in stage"), query);
    QMap<int, StageTimeRow> byStage;
    while (query.next()) {
        const std::optional<Stage> stage = stages::fromId(query.value(0).toString());
        if (!stage)
            continue;
        StageTimeRow row{*stage, query.value(1).toLongLong(), 0.0, query.value(2).toDouble() / kSecondsPerDay};
        if (!median.isEmpty())
            row.medianDays = query.value(3).toDouble() / kSecondsPerDay;
        byStage.insert(static_cast<int>(*stage), row);
    }
    if (!median.isEmpty())
        return byStage.values();

    // The median straight from the (previous, stay_seconds, at) index: skip to the middle of the sorted stays.
    // A stay of unknown length (an imported move with no date of its own) counts in neither figure.
    QSqlQuery middle(m_database.connection());
    middle.setForwardOnly(true);
    middle.prepare(QStringLiteral("SELECT stay_seconds FROM %1 WHERE previous = :stage AND stay_seconds IS NOT NULL%2 "
                                  "ORDER BY stay_seconds LIMIT :count OFFSET :skip").arg(events, filter));
    for (StageTimeRow& row : byStage) {
        const qint64 n = row.stays;
        middle.bindValue(QStringLiteral(":stage"), stages::id(row.stage));
        middle.bindValue(QStringLiteral(":as_of"), asOfText);
        bindCohort(middle, window);
        middle.bindValue(QStringLiteral(":count"), n % 2 == 0 ? 2 : 1);
        middle.bindValue(QStringLiteral(":skip"), (n - 1) / 2);
        if (!middle.exec())
            return Database::queryError(AnalyticsService::tr("Cannot compute time in stage"), middle);
        double sum = 0.0;
        int values = 0;
        while (middle.next()) {
            sum += middle.value(0).toDouble();
            ++values;
        }
        row.medianDays = values > 0 ? sum / values / kSecondsPerDay : 0.0;
    }
    return byStage.values();
}

Result<AnalyticsReport> AnalyticsService::report(const QDateTime& asOf) const { return report(openWindow(asOf)); }

Result<AnalyticsReport> AnalyticsService::report(const AnalyticsWindow& window) const
{
    AnalyticsReport report;
    // One pass over the furthest stages feeds both the funnel and the sources.
    auto reached = reach(window);
    if (!reached)
        return reached.error();
    auto weekRows = weekly(window);
    if (!weekRows)
        return weekRows.error();
    auto stayRows = timeInStage(window);
    if (!stayRows)
        return stayRows.error();
    report.funnel = funnelFrom(*reached);
    report.sources = sourcesFrom(*reached);
    report.weekly = std::move(weekRows).value();
    report.timeInStage = std::move(stayRows).value();
    return report;
}

} // namespace jobdeck
