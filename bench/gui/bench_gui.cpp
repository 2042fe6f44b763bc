// Desktop GUI figures on 10,000 applications (issues 4 and 5): start to window shown, a filter keystroke on
// the list, each page opening, and resident memory. The same steps on an empty database are measured in the
// same run as the reference. Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
#include "../core/BenchData.h"
#include "MainWindow.h"
#include "Page.h"
#include "Session.h"
#include "analytics/AnalyticsPage.h"
#include "list/ApplicationListPage.h"
#include "storage/ApplicationFilterModel.h"
#include "storage/ApplicationTableModel.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QThread>

#include <benchmark/benchmark.h>

#include <memory>

using namespace jobdeck;

namespace {

QString g_large;
QString g_empty;

// Resident and peak resident memory of this process in MB, from /proc (Linux).
std::pair<double, double> memoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double rss = 0;
    double peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2 && parts[0] == "VmRSS:")
                rss = parts[1].toDouble() / 1024.0;
            if (parts.size() >= 2 && parts[0] == "VmHWM:")
                peak = parts[1].toDouble() / 1024.0;
        }
    }
    return {rss, peak};
}

struct OpenWindow
{
    QTemporaryDir settingsDir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Database> database;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;

    explicit OpenWindow(const QString& path)
    {
        settings = std::make_unique<Settings>(settingsDir.filePath(QStringLiteral("s.ini")));
        database = std::move(Database::open(path)).value();
        session = std::make_unique<Session>(*database, SystemClock::instance());
        window = std::make_unique<MainWindow>(*session, *settings);
        window->resize(1400, 860);
        window->show();
        QApplication::processEvents();
    }
    void waitIdle() const
    {
        const QDeadlineTimer deadline(60000);
        do {
            QApplication::processEvents();
            if (!window->isBusy())
                return;
            QThread::msleep(1);
        } while (!deadline.hasExpired());
    }
};

void BM_StartToWindowShown(benchmark::State& state)
{
    const QString path = state.range(0) ? g_large : g_empty;
    for (auto _ : state) {
        OpenWindow open(path);
        benchmark::DoNotOptimize(open.window.get());
    }
    const auto [rss, peak] = memoryMb();
    state.counters["rss_MB"] = rss;
    state.counters["peak_MB"] = peak;
}

void BM_FilterKeystroke(benchmark::State& state)
{
    OpenWindow open(state.range(0) ? g_large : g_empty);
    open.window->showPage(QStringLiteral("list"));
    auto* list = qobject_cast<ApplicationListPage*>(open.window->page(QStringLiteral("list")));
    const QStringList steps{QStringLiteral("e"), QStringLiteral("en"), QStringLiteral("eng"), QStringLiteral("en"),
                            QStringLiteral("e"), QString()};
    int i = 0;
    for (auto _ : state) {
        // One keystroke: the text changes, the proxy re-filters, the view repaints.
        list->filterEdit()->setText(steps.at(i++ % steps.size()));
        QApplication::processEvents();
        benchmark::DoNotOptimize(list->proxy()->rowCount());
    }
    state.counters["rows"] = double(open.session->applications().rowCount());
}

void BM_OpenPage(benchmark::State& state, const QString& page)
{
    OpenWindow open(state.range(0) ? g_large : g_empty);
    for (auto _ : state) {
        state.PauseTiming();
        open.window->showPage(page == QStringLiteral("board") ? QStringLiteral("list") : QStringLiteral("board"));
        open.waitIdle();
        // A page that computes (analytics) computes afresh each time, as after a change.
        if (auto* analytics = qobject_cast<AnalyticsPage*>(open.window->page(page)))
            analytics->refresh();
        state.ResumeTiming();
        open.window->showPage(page);
        open.waitIdle();
    }
    const auto [rss, peak] = memoryMb();
    state.counters["rss_MB"] = rss;
    state.counters["peak_MB"] = peak;
}

} // namespace

BENCHMARK(BM_StartToWindowShown)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(5)
    ->Repetitions(3)->ReportAggregatesOnly(true);
BENCHMARK(BM_FilterKeystroke)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Repetitions(3)
    ->ReportAggregatesOnly(true);
BENCHMARK_CAPTURE(BM_OpenPage, board, QStringLiteral("board"))->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK_CAPTURE(BM_OpenPage, list, QStringLiteral("list"))->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK_CAPTURE(BM_OpenPage, analytics, QStringLiteral("analytics"))->Arg(0)->Arg(1)
    ->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK_CAPTURE(BM_OpenPage, reminders, QStringLiteral("reminders"))->Arg(0)->Arg(1)
    ->Unit(benchmark::kMillisecond)->Iterations(5);

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    g_empty = dir.filePath(QStringLiteral("empty.sqlite"));
    g_large = bench::syntheticDatabase(10000, 40000);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
