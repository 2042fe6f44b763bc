// Import speed (issue 6: a 30,000-row import under 2 s). Run: build/bench/bench/bench_import
// BM_Import is the whole import (read, decode, parse, plan, write one transaction) into a fresh database;
// BM_ReferenceInsert is the floor it is compared with in the same run: the same 30,000 application rows
// inserted by one prepared statement in one transaction, with no parsing, events or tasks.
// BM_ImportKeepingUndo/1 is an import of 5,000 rows keeping what it wrote for an undo (ImportUndo::capture
// inside its transaction), /0 the same without; BM_UndoImport/N takes back an import of N rows
// (ImportUndo::discard: check every row, delete them with their events and tasks), which the app runs on its
// GUI thread when a person presses Ctrl+Z.
#include "io/CsvReader.h"
#include "io/ImportPlanner.h"
#include "io/ImportService.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace jobdeck;

namespace {

constexpr int kRows = 30000;

// A generic tracker sheet: mixed statuses (some unknown), month-first dates, quoted fields with commas.
const QByteArray& sheet()
{
    static const QByteArray bytes = [] {
        const char* statuses[] = {"Applied", "Phone Screen", "Interviewing", "Rejected", "Offer", "Ghosted",
                                  "Wishlist", "Technical interview", "Waiting on referral"};
        QByteArray out = "company,title,status,date applied,source,url,location,notes\r\n";
        for (int i = 0; i < kRows; ++i) {
            out += QStringLiteral("Company %1,Engineer %2,%3,%4/%5/2025,LinkedIn,https://jobs.example/%1,\"City %6, ST\","
                                  "\"note %1, with a comma\"\r\n")
                       .arg(i)
                       .arg(i % 50)
                       .arg(QLatin1String(statuses[i % 9]))
                       .arg(1 + i % 12)
                       .arg(1 + i % 28)
                       .arg(i % 100)
                       .toUtf8();
        }
        return out;
    }();
    return bytes;
}

void BM_ParseCsv(benchmark::State& state)
{
    for (auto _ : state) {
        Result<io::CsvTable> table = io::CsvReader::read(sheet());
        benchmark::DoNotOptimize(table->records.size());
    }
    state.SetItemsProcessed(state.iterations() * kRows);
}

void BM_Plan(benchmark::State& state)
{
    const io::CsvTable table = io::CsvReader::read(sheet()).value();
    for (auto _ : state) {
        io::ImportPlan plan = io::ImportPlanner({}, QDate(2026, 1, 5)).plan(table);
        benchmark::DoNotOptimize(plan.applications.size());
    }
    state.SetItemsProcessed(state.iterations() * kRows);
}

void BM_Import(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
        state.ResumeTiming();
        const Result<io::ImportReport> report = io::ImportService(*db.value(), SystemClock::instance()).importData(sheet());
        if (!report || report->imported != kRows)
            state.SkipWithError("import failed");
        state.PauseTiming();
        db.value().reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * kRows);
}

// The first `rows` lines of the sheet.
QByteArray sheetOf(int rows)
{
    const QByteArray& all = sheet();
    qsizetype end = 0;
    for (int line = 0; line <= rows && end >= 0; ++line)
        end = all.indexOf('\n', end) + 1;
    return all.left(end);
}

void BM_UndoImport(benchmark::State& state)
{
    const int rows = int(state.range(0));
    const QByteArray bytes = sheetOf(rows);
    io::ImportOptions options;
    options.undoable = true;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
        const Result<io::ImportReport> report =
            io::ImportService(*db.value(), SystemClock::instance()).importData(bytes, options);
        if (!report || report->undo.applicationCount() != rows) {
            state.SkipWithError("import failed");
            break;
        }
        state.ResumeTiming();
        if (const Status undone = report->undo.discard(*db.value()); !undone)
            state.SkipWithError("undo failed");
        state.PauseTiming();
        db.value().reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * rows);
}

// The import of as many rows as an undo is kept for, without and with keeping it: what capture() costs.
void BM_ImportKeepingUndo(benchmark::State& state)
{
    const QByteArray bytes = sheetOf(int(io::ImportUndo::kMaxApplications));
    io::ImportOptions options;
    options.undoable = state.range(0) != 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
        state.ResumeTiming();
        const Result<io::ImportReport> report =
            io::ImportService(*db.value(), SystemClock::instance()).importData(bytes, options);
        if (!report ||
            report->undo.applicationCount() != (options.undoable ? io::ImportUndo::kMaxApplications : 0))
            state.SkipWithError("import failed");
        state.PauseTiming();
        db.value().reset();
        state.ResumeTiming();
    }
}

void BM_ReferenceInsert(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
        state.ResumeTiming();
        const Status done = db.value()->transaction([&]() -> Status {
            QSqlQuery query(db.value()->connection());
            query.prepare(QStringLiteral("INSERT INTO applications (company, title, source, url, location, notes, "
                                         "applied_on, stage, stage_entered_at, furthest_rank, created_at, updated_at) "
                                         "VALUES (?, ?, 'LinkedIn', ?, ?, ?, '2025-01-01', 'applied', "
                                         "'2025-01-01T00:00:00Z', 1, '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z')"));
            for (int i = 0; i < kRows; ++i) {
                query.bindValue(0, QStringLiteral("Company %1").arg(i));
                query.bindValue(1, QStringLiteral("Engineer %1").arg(i % 50));
                query.bindValue(2, QStringLiteral("https://jobs.example/%1").arg(i));
                query.bindValue(3, QStringLiteral("City %1, ST").arg(i % 100));
                query.bindValue(4, QStringLiteral("note %1, with a comma").arg(i));
                if (!query.exec())
                    return failure(QStringLiteral("insert failed"));
            }
            return {};
        });
        if (!done)
            state.SkipWithError("reference insert failed");
        state.PauseTiming();
        db.value().reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * kRows);
}

} // namespace

BENCHMARK(BM_ParseCsv)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Plan)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Import)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_UndoImport)
    ->Arg(150)
    ->Arg(2000)
    ->Arg(int(io::ImportUndo::kMaxApplications))
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK(BM_ImportKeepingUndo)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_ReferenceInsert)->Unit(benchmark::kMillisecond)->Iterations(5);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
