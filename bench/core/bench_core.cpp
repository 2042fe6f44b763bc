// Core benchmarks for issue 2: a stage move on a 10k-application file database, and each analytics
// figure on 100k applications / 500k events. BM_ReferenceScan (a full count of the event log) is the
// same-run yardstick: compare ratios, not raw times, across machines.
#include "BenchData.h"

#include "analytics/AnalyticsService.h"
#include "pipeline/PipelineService.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <benchmark/benchmark.h>

using namespace jobdeck;

namespace {

std::unique_ptr<Database> openOrDie(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.message()));
    return std::move(db).value();
}

Database& smallDb()
{
    static std::unique_ptr<Database> db = openOrDie(bench::syntheticDatabase(10'000, 50'000));
    return *db;
}

Database& largeDb()
{
    static std::unique_ptr<Database> db = openOrDie(bench::syntheticDatabase(100'000, 500'000));
    return *db;
}

// A clock that moves one second per call, so every benchmarked move is dated after the one before.
class SteppingClock final : public Clock
{
public:
    QDateTime now() const override
    {
        m_now = m_now.addSecs(1);
        return m_now;
    }

private:
    mutable QDateTime m_now = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
};

void BM_Move(benchmark::State& state)
{
    Database& db = smallDb();
    SteppingClock clock;
    PipelineService pipeline(db, clock);
    qint64 id = 1;
    bool toTechnical = true;
    for (auto _ : state) {
        const auto moved = pipeline.move(id, toTechnical ? Stage::Technical : Stage::Screen);
        if (!moved)
            state.SkipWithError(qPrintable(moved.message()));
        id = id % 10'000 + 1;
        if (id == 1)
            toTechnical = !toTechnical;
    }
}

template <typename Figure>
void runFigure(benchmark::State& state, Figure figure)
{
    const AnalyticsService analytics(largeDb());
    // range(0) == 0: as of now (past the whole log); 1: as of mid-2025, read from the events.
    const QDateTime asOf = state.range(0) == 0 ? QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC)
                                               : QDateTime(QDate(2025, 7, 1), QTime(0, 0), Qt::UTC);
    for (auto _ : state) {
        auto rows = figure(analytics, asOf);
        if (!rows)
            state.SkipWithError(qPrintable(rows.message()));
        benchmark::DoNotOptimize(rows);
    }
}

void BM_Funnel(benchmark::State& s) { runFigure(s, [](const AnalyticsService& a, const QDateTime& t) { return a.funnel(t); }); }
void BM_Sources(benchmark::State& s) { runFigure(s, [](const AnalyticsService& a, const QDateTime& t) { return a.sources(t); }); }
void BM_Weekly(benchmark::State& s) { runFigure(s, [](const AnalyticsService& a, const QDateTime& t) { return a.weekly(t); }); }
void BM_TimeInStage(benchmark::State& s)
{
    runFigure(s, [](const AnalyticsService& a, const QDateTime& t) { return a.timeInStage(t); });
}

// The page's and the CLI's call: every figure at once (funnel and sources share one pass).
void BM_Report(benchmark::State& s) { runFigure(s, [](const AnalyticsService& a, const QDateTime& t) { return a.report(t); }); }

void BM_ReferenceScan(benchmark::State& state)
{
    QSqlQuery query(largeDb().connection());
    for (auto _ : state) {
        query.exec(QStringLiteral("SELECT count(*) FROM stage_events NOT INDEXED WHERE length(current) > 0"));
        query.next();
        benchmark::DoNotOptimize(query.value(0).toLongLong());
    }
}

} // namespace

BENCHMARK(BM_Move)->Unit(benchmark::kMicrosecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_ReferenceScan)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);
BENCHMARK(BM_Funnel)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);
BENCHMARK(BM_Sources)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);
BENCHMARK(BM_Weekly)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);
BENCHMARK(BM_TimeInStage)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);
BENCHMARK(BM_Report)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
