#include "analytics/AnalyticsService.h"

#include "storage/Database.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>

namespace jobdeck {
namespace {

constexpr double kSecondsPerDay = 86400.0;

} // namespace

Result<bool> AnalyticsService::coversWholeLog(const QDateTime& asOf) const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT max(at) FROM stage_events")) || !query.next())
        return Database::queryError(AnalyticsService::tr("Cannot read the event log"), query);
    const QString latest = query.value(0).toString();
    return latest.isEmpty() || latest <= time::toIso(asOf);
}

Result<QString> AnalyticsService::furthestSource(const QDateTime& asOf) const
{
    const Result<bool> whole = coversWholeLog(asOf);
    if (!whole)
        return whole.error();
    if (*whole)
        return QStringLiteral("SELECT id AS application_id, furthest_rank AS furthest FROM applications");
    return QStringLiteral("SELECT application_id, max(current_rank) AS furthest FROM stage_events "
                          "WHERE at <= :as_of GROUP BY application_id");
}

Result<QList<FunnelRow>> AnalyticsService::funnel(const QDateTime& asOf) const
{
    const Result<QString> furthest = furthestSource(asOf);
    if (!furthest)
        return furthest.error();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT furthest, count(*) FROM (%1) f GROUP BY furthest").arg(*furthest));
    query.bindValue(QStringLiteral(":as_of"), time::toIso(asOf));
    if (!query.exec())
        return Database::queryError(AnalyticsService::tr("Cannot compute the funnel"), query);
    QList<qint64> reached(stages::kPipelineCount, 0);
    while (query.next()) {
        const int rank = query.value(0).toInt();
        if (rank >= 0 && rank < stages::kPipelineCount)
            reached[rank] += query.value(1).toLongLong();
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

Result<QList<SourceRow>> AnalyticsService::sources(const QDateTime& asOf) const
{
    const Result<bool> whole = coversWholeLog(asOf);
    if (!whole)
        return whole.error();
    const Result<QString> furthest = furthestSource(asOf);
    if (!furthest)
        return furthest.error();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // Past the whole log the cached column answers alone, from the (source, furthest_rank) index.
    query.prepare(*whole ? QStringLiteral("SELECT source, count(*), sum(CASE WHEN furthest_rank >= :screen THEN 1 "
                                          "ELSE 0 END) FROM applications GROUP BY source")
                         : QStringLiteral("SELECT a.source, count(*), sum(CASE WHEN f.furthest >= :screen THEN 1 "
                                          "ELSE 0 END) FROM applications a JOIN (%1) f ON f.application_id = a.id "
                                          "GROUP BY a.source")
                               .arg(*furthest));
    query.bindValue(QStringLiteral(":screen"), stages::rank(Stage::Screen));
    query.bindValue(QStringLiteral(":as_of"), time::toIso(asOf));
    if (!query.exec())
        return Database::queryError(AnalyticsService::tr("Cannot compute conversion by source"), query);
    QMap<QString, SourceRow> bySource;
    while (query.next()) {
        QString name = query.value(0).toString().trimmed();
        if (name.isEmpty())
            name = QStringLiteral("direct");
        SourceRow& row = bySource[name];
        row.source = name;
        row.total += query.value(1).toLongLong();
        row.advanced += query.value(2).toLongLong();
    }
    QList<SourceRow> rows = bySource.values();
    for (SourceRow& row : rows)
        row.conversionPct = row.total > 0 ? 100.0 * double(row.advanced) / double(row.total) : 0.0;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const SourceRow& a, const SourceRow& b) { return a.total > b.total; });
    return rows;
}

Result<QList<WeekRow>> AnalyticsService::weekly(const QDateTime& asOf) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT applied_on, count(*) FROM applications "
                                 "WHERE applied_on IS NOT NULL AND applied_on <= ? GROUP BY applied_on"));
    query.addBindValue(time::toIsoDate(asOf.date()));
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
    const QDate lastMonday = asOf.date().addDays(1 - asOf.date().dayOfWeek());
    for (QDate monday = byMonday.firstKey(); monday <= lastMonday; monday = monday.addDays(7))
        rows.append({time::isoWeek(monday), byMonday.value(monday, 0)});
    return rows;
}

Result<QList<StageTimeRow>> AnalyticsService::timeInStage(const QDateTime& asOf) const
{
    const Result<bool> whole = coversWholeLog(asOf);
    if (!whole)
        return whole.error();
    // Past the whole log, the time filter is dropped so the index is read without a check per row.
    const QString asOfText = *whole ? QStringLiteral("9999-12-31T23:59:59Z") : time::toIso(asOf);
    const QString timeFilter = *whole ? QString() : QStringLiteral(" AND at <= :as_of");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT previous, count(*), avg(stay_seconds) FROM stage_events "
                                 "WHERE previous IS NOT NULL AND stay_seconds IS NOT NULL%1 GROUP BY previous")
                      .arg(timeFilter));
    query.bindValue(QStringLiteral(":as_of"), asOfText);
    if (!query.exec())
        return Database::queryError(AnalyticsService::tr("Cannot compute time in stage"), query);
    QMap<int, StageTimeRow> byStage;
    while (query.next()) {
        const std::optional<Stage> stage = stages::fromId(query.value(0).toString());
        if (!stage)
            continue;
        StageTimeRow row{*stage, query.value(1).toLongLong(), 0.0, query.value(2).toDouble() / kSecondsPerDay};
        byStage.insert(static_cast<int>(*stage), row);
    }

    // The median straight from the (previous, stay_seconds, at) index: skip to the middle of the sorted stays.
    // A stay of unknown length (an imported move with no date of its own) counts in neither figure.
    QSqlQuery middle(m_database.connection());
    middle.setForwardOnly(true);
    middle.prepare(QStringLiteral("SELECT stay_seconds FROM stage_events WHERE previous = :stage AND stay_seconds IS NOT NULL%1 "
                                  "ORDER BY stay_seconds LIMIT :count OFFSET :skip").arg(timeFilter));
    for (StageTimeRow& row : byStage) {
        const qint64 n = row.stays;
        middle.bindValue(QStringLiteral(":stage"), stages::id(row.stage));
        middle.bindValue(QStringLiteral(":as_of"), asOfText);
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

Result<AnalyticsReport> AnalyticsService::report(const QDateTime& asOf) const
{
    AnalyticsReport report;
    auto funnelRows = funnel(asOf);
    if (!funnelRows)
        return funnelRows.error();
    auto sourceRows = sources(asOf);
    if (!sourceRows)
        return sourceRows.error();
    auto weekRows = weekly(asOf);
    if (!weekRows)
        return weekRows.error();
    auto stayRows = timeInStage(asOf);
    if (!stayRows)
        return stayRows.error();
    report.funnel = std::move(funnelRows).value();
    report.sources = std::move(sourceRows).value();
    report.weekly = std::move(weekRows).value();
    report.timeInStage = std::move(stayRows).value();
    return report;
}

} // namespace jobdeck
