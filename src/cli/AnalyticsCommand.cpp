// analytics: the pipeline figures AnalyticsService computes, as of a time, optionally for the applications
// applied to since a date.
#include "Cli.h"

#include "analytics/AnalyticsService.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jobdeck::cli {
namespace {

QJsonObject toJson(const AnalyticsReport& report)
{
    QJsonArray funnel;
    for (const FunnelRow& row : report.funnel)
        funnel.append(QJsonObject{{QStringLiteral("stage"), stages::id(row.stage)}, {QStringLiteral("count"), row.count}});
    QJsonArray sources;
    for (const SourceRow& row : report.sources) {
        sources.append(QJsonObject{{QStringLiteral("source"), row.source},
                                   {QStringLiteral("total"), row.total},
                                   {QStringLiteral("advanced"), row.advanced},
                                   {QStringLiteral("conversion_pct"), rounded(row.conversionPct, 1)}});
    }
    QJsonArray weekly;
    for (const WeekRow& row : report.weekly)
        weekly.append(QJsonObject{{QStringLiteral("week"), row.week}, {QStringLiteral("count"), row.count}});
    QJsonArray times;
    for (const StageTimeRow& row : report.timeInStage) {
        times.append(QJsonObject{{QStringLiteral("stage"), stages::id(row.stage)},
                                 {QStringLiteral("median_days"), rounded(row.medianDays, 2)},
                                 {QStringLiteral("mean_days"), rounded(row.meanDays, 2)}});
    }
    return QJsonObject{{QStringLiteral("funnel"), funnel},
                       {QStringLiteral("sources"), sources},
                       {QStringLiteral("weekly"), weekly},
                       {QStringLiteral("time_in_stage"), times}};
}

void printHuman(QTextStream& out, const AnalyticsReport& report)
{
    out << "Funnel (applications that reached each stage)\n";
    for (const FunnelRow& row : report.funnel)
        out << QStringLiteral("  %1 %2\n").arg(stages::id(row.stage).leftJustified(10)).arg(row.count, 7);
    out << "\nConversion by source (reached screen or further)\n";
    for (const SourceRow& row : report.sources) {
        out << QStringLiteral("  %1 %2 applications, %3 advanced (%4%)\n")
                   .arg(row.source.leftJustified(16))
                   .arg(row.total, 6)
                   .arg(row.advanced)
                   .arg(rounded(row.conversionPct, 1), 0, 'f', 1);
    }
    out << "\nWeekly submissions\n";
    for (const WeekRow& row : report.weekly)
        out << QStringLiteral("  %1 %2\n").arg(row.week).arg(row.count, 6);
    out << "\nTime in stage (completed stays, days)\n";
    for (const StageTimeRow& row : report.timeInStage) {
        out << QStringLiteral("  %1 median %2 mean %3 (%4 stays)\n")
                   .arg(stages::id(row.stage).leftJustified(10))
                   .arg(row.medianDays, 7, 'f', 2)
                   .arg(row.meanDays, 7, 'f', 2)
                   .arg(row.stays);
    }
}

} // namespace

int runAnalytics(Context& context, const QStringList& args)
{
    Arguments arguments(QStringLiteral("analytics"), QStringLiteral("analytics [--as-of ISO8601] [--from ISO8601]"));
    arguments.addValue(QStringLiteral("as-of"), QStringLiteral("time"), QString());
    arguments.addValue(QStringLiteral("from"), QStringLiteral("time"), QString());
    if (!arguments.parse(context, args, 0, 0))
        return BadUsage;
    // Without --from the window is open: every application, exactly the figures `analytics` always printed.
    AnalyticsWindow window{QDate(), QDate(), context.clock().now()};
    if (arguments.isSet(QStringLiteral("as-of"))) {
        const std::optional<QDateTime> parsed = parseTime(context, QStringLiteral("analytics"), QStringLiteral("as-of"),
                                                          arguments.value(QStringLiteral("as-of")));
        if (!parsed)
            return BadUsage;
        window.asOf = *parsed;
    }
    if (arguments.isSet(QStringLiteral("from"))) {
        const std::optional<QDateTime> parsed = parseTime(context, QStringLiteral("analytics"), QStringLiteral("from"),
                                                          arguments.value(QStringLiteral("from")));
        if (!parsed)
            return BadUsage;
        window.from = parsed->toUTC().date();
    }
    Database* db = context.database();
    if (!db)
        return Failed;
    const Result<AnalyticsReport> report = AnalyticsService(*db).report(window);
    if (!report)
        return context.fail(report.error());
    if (context.json())
        context.printJson(QJsonDocument(toJson(report.value())));
    else
        printHuman(context.out(), report.value());
    return Done;
}

} // namespace jobdeck::cli
