// Desktop GUI figures on 10,000 applications (issues 4 and 5): start to window shown, a filter keystroke on
// the list, each page opening, and resident memory. The same steps on an empty database are measured in the
// same run as the reference. Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
#include "../core/BenchData.h"
#include "MainWindow.h"
#include "Page.h"
#include "Session.h"
#include "analytics/AnalyticsPage.h"
#include "matching/MatchPage.h"
#include "matching/MatchService.h"
#include "storage/ApplicationRepository.h"
#include "storage/ResumeRepository.h"
#include "list/ApplicationListPage.h"
#include "storage/ApplicationFilterModel.h"
#include "storage/ApplicationTableModel.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <benchmark/benchmark.h>

// Under `valgrind --tool=callgrind` the rank benchmarks dump the instructions of each timed iteration, every
// thread included (a deterministic figure on a shared machine); elsewhere these do nothing.
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define JOBDECK_COUNT_START() CALLGRIND_ZERO_STATS
#define JOBDECK_COUNT_DUMP(name) CALLGRIND_DUMP_STATS_AT(name)
#else
#define JOBDECK_COUNT_START()
#define JOBDECK_COUNT_DUMP(name)
#endif

#include <memory>

using namespace jobdeck;

namespace {

QString g_large;
QString g_empty;
QString g_open; // g_large with most applications still open, as a person ranking them has them

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
        // A selected application, as a person would have: details and the match page show it.
        if (session->applications().rowCount() > 0)
            session->setCurrentApplicationId(session->applications().idAt(0));
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
        // The match page scores the selected application as it opens; count that in.
        if (auto* match = qobject_cast<MatchPage*>(open.window->page(page)))
            match->scoreNow();
        open.waitIdle();
    }
    const auto [rss, peak] = memoryMb();
    state.counters["rss_MB"] = rss;
    state.counters["peak_MB"] = peak;
}

// "Rank My Applications" on 10,000 stored job descriptions, the whole wait a person sees: from the click
// (the slot the button calls) until the page's table shows every open application with its new score,
// sorted, and painted: the stored descriptions read, the model and index (or the page's kept corpus, when
// nothing changed since), the rank, the 10,000 scores stored and the rows updated in place. Each
// iteration ranks for the other of two resumes, so every score changes every time.
// Arg 1, warm: the page was opened on a selected application, whose score prepared the corpus.
// Arg 0, cold: a fresh window each time, no application selected, so nothing is prepared before the click.
// Wall time is the wait; CPU time is the whole process's (the worker's and the GUI thread's).
void BM_RankMyApplications(benchmark::State& state)
{
    const bool warm = state.range(0) != 0;
    std::unique_ptr<OpenWindow> open;
    MatchPage* match = nullptr;
    bool finished = false;
    bool ok = false;
    auto openPage = [&] {
        open = std::make_unique<OpenWindow>(g_open);
        if (!warm)
            open->session->setCurrentApplicationId(0);
        open->window->showPage(QStringLiteral("match"));
        open->waitIdle();
        // A fresh window's board lays out its thousands of cards in timed batches: let it finish, or the
        // cold ranking would be charged for it.
        for (int k = 0; k < 300; ++k) {
            QApplication::processEvents();
            QThread::msleep(1);
        }
        match = qobject_cast<MatchPage*>(open->window->page(QStringLiteral("match")));
        QObject::connect(match, &MatchPage::rankFinished, match, [&](bool success) {
            finished = true;
            ok = success;
        });
    };
    openPage();
    const QList<Resume> resumes = ResumeRepository(*open->database).list().value();
    int i = 0;
    for (auto _ : state) {
        state.PauseTiming();
        if (!warm && i > 0)
            openPage();
        match->selectResume(resumes.at(i++ % resumes.size()).id);
        open->waitIdle(); // a changed resume scores the selected application again: not part of the rank
        finished = false;
        state.ResumeTiming();
        JOBDECK_COUNT_START();
        // The GUI thread waits in its event loop, as in the app (a spinning wait would take a core from
        // the worker and count as the page's CPU time).
        QEventLoop loop;
        QObject::connect(match, &MatchPage::rankFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        match->rankApplications();
        if (!finished)
            loop.exec();
        // The table repaints with the new order and scores.
        match->rankView()->viewport()->repaint();
        benchmark::DoNotOptimize(match->rankView()->model()->index(0, ApplicationTableModel::MatchScore).data());
        JOBDECK_COUNT_DUMP(warm ? "rank-warm" : "rank-cold");
    }
    if (!ok)
        state.SkipWithError("the ranking failed");
    state.counters["rows"] = double(match->rankView()->model()->rowCount());
    const auto [rss, peak] = memoryMb();
    state.counters["rss_MB"] = rss;
    state.counters["peak_MB"] = peak;
}

// The reference, measured in the same run on the same database: what any ranking of the stored job
// descriptions must do (read them, load the model, build the index, rank), on this thread, with no
// explanation, no store and no GUI. The ratio to it is what the page adds, whatever the machine's load.
void BM_RankReference(benchmark::State& state)
{
    OpenWindow open(g_open);
    const QString resume = ResumeRepository(*open.database).list().value().first().content;
    // The model is fitted and saved once beforehand, as the page's rank finds it.
    (void)MatchService::prepareStored(*open.database, QStringLiteral("default"), QDateTime::currentDateTimeUtc());
    for (auto _ : state) {
        JOBDECK_COUNT_START();
        const auto stored = MatchService::prepareStored(*open.database, QStringLiteral("default"),
                                                        QDateTime::currentDateTimeUtc());
        const QList<RankedRow> ranked = stored->index.rank(stored->model->transform(resume), 0);
        benchmark::DoNotOptimize(ranked.data());
        JOBDECK_COUNT_DUMP("rank-reference");
    }
}

// After the ranking, a click on a row shows its explanation: worked out then, for that row alone.
void BM_ShowSelectedExplanation(benchmark::State& state)
{
    OpenWindow open(g_open);
    open.window->showPage(QStringLiteral("match"));
    open.waitIdle();
    auto* match = qobject_cast<MatchPage*>(open.window->page(QStringLiteral("match")));
    bool finished = false;
    QObject::connect(match, &MatchPage::rankFinished, match, [&] { finished = true; });
    QEventLoop loop;
    QObject::connect(match, &MatchPage::rankFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    match->rankApplications();
    if (!finished)
        loop.exec();
    QTableView* view = match->rankView();
    int row = 0;
    for (auto _ : state) {
        view->setCurrentIndex(view->model()->index(row++ % 50, ApplicationTableModel::Company));
        QApplication::processEvents();
        benchmark::DoNotOptimize(match->shownMatchText());
    }
}

// Live refresh: another device changes one application's notes and this window catches up (what
// ChangeFeed::changed starts), on 10,000 open applications with their job descriptions. Arg 0 is the
// blocking path the app had (ApplicationTableModel::sync on the GUI thread: every row read there); arg 1
// is Session::syncWithStore, which reads on a worker and applies the differences here. `gui_stall_ms` is
// the longest the GUI thread was busy at a stretch (no events handled), averaged over the iterations;
// the time is from the change until it shows.
void BM_LiveRefresh(benchmark::State& state)
{
    const bool background = state.range(0) == 1;
    OpenWindow open(g_open);
    open.window->showPage(QStringLiteral("board"));
    open.waitIdle();
    auto elsewhere = Database::open(g_open); // the other device: its own connection to the same file
    if (!elsewhere) {
        state.SkipWithError("cannot open the database a second time");
        return;
    }
    const qint64 id = open.session->applications().idAt(0);
    ApplicationTableModel& model = open.session->applications();
    bool synced = false;
    QObject::connect(&model, &ApplicationTableModel::synced, &model, [&] { synced = true; });
    double stallSum = 0;
    int round = 0;
    for (auto _ : state) {
        QSqlQuery change(elsewhere.value()->connection());
        change.prepare(QStringLiteral("UPDATE applications SET notes = ? WHERE id = ?"));
        change.addBindValue(QStringLiteral("Changed elsewhere, round %1").arg(++round));
        change.addBindValue(id);
        if (!change.exec()) {
            state.SkipWithError("cannot change the application elsewhere");
            return;
        }
        QElapsedTimer busy;
        qint64 longest = 0;
        if (background) {
            synced = false;
            busy.start();
            open.session->syncWithStore();
            longest = busy.elapsed();
            const QDeadlineTimer deadline(60000);
            while (!synced && !deadline.hasExpired()) {
                busy.restart();
                QApplication::processEvents(QEventLoop::AllEvents);
                longest = std::max(longest, busy.elapsed());
                if (!synced)
                    QThread::usleep(200);
            }
        } else {
            busy.start();
            benchmark::DoNotOptimize(model.sync());
            QApplication::processEvents();
            longest = busy.elapsed();
        }
        stallSum += double(longest);
        if (!model.rowAt(model.rowOfId(id)).searchText.contains(QStringLiteral("round %1").arg(round))) {
            state.SkipWithError("the change did not show");
            return;
        }
    }
    state.counters["gui_stall_ms"] = benchmark::Counter(stallSum / double(std::max(1, round)));
}

// The synthetic database has no texts: give every application a job description and notes of realistic
// size, and add a resume, so memory and matching figures are honest.
QString withTexts(const QString& source, const QString& folder)
{
    const QString path = folder + QStringLiteral("/gui-bench.sqlite");
    QFile::remove(path);
    if (!QFile::copy(source, path))
        return {};
    auto database = Database::open(path);
    if (!database)
        return {};
    const Database& db = *database.value();
    const QStringList skills{QStringLiteral("C++"), QStringLiteral("Qt"), QStringLiteral("Python"),
                             QStringLiteral("SQL"), QStringLiteral("Kubernetes"), QStringLiteral("React"),
                             QStringLiteral("TypeScript"), QStringLiteral("Rust"), QStringLiteral("Go"),
                             QStringLiteral("PostgreSQL"), QStringLiteral("Docker"), QStringLiteral("Linux")};
    const ApplicationRepository repository(db);
    const Status filled = db.transaction([&]() -> Status {
        const auto all = repository.list(ApplicationQuery{std::nullopt, true});
        if (!all)
            return all.error();
        for (const Application& a : all.value()) {
            ApplicationDraft draft = a;
            QStringList wanted;
            for (int k = 0; k < 5; ++k)
                wanted << skills.at((a.id * 7 + k * 5) % skills.size());
            draft.jobDescription = QStringLiteral("%1 is hiring a %2. ").arg(a.company, a.title)
                                   + QStringLiteral("You will design, build and ship features end to end with %1. ")
                                         .arg(wanted.join(QStringLiteral(", ")))
                                         .repeated(8)
                                   + QStringLiteral("Team %1.").arg(a.id);
            draft.notes = QStringLiteral("Spoke to the recruiter; next step pending.");
            if (Status saved = repository.update(a.id, draft, a.updatedAt); !saved)
                return saved;
        }
        return {};
    });
    if (!filled)
        return {};
    (void)ResumeRepository(db).add(QStringLiteral("Bench"), {},
                                   QStringLiteral("C++ Qt Python SQL Linux Docker engineer, eight years."),
                                   QDateTime::currentDateTimeUtc());
    // A second resume, so each "Rank My Applications" of the bench changes every score.
    (void)ResumeRepository(db).add(QStringLiteral("Bench web"), {},
                                   QStringLiteral("TypeScript React Go Kubernetes PostgreSQL developer."),
                                   QDateTime::currentDateTimeUtc());
    return path;
}

// The synthetic pipeline ends every application (rejected, withdrawn, ghosted or accepted), so the Match
// page's table of open applications would be empty. A person ranking has most of theirs open: four in five
// are put back in Applied here (the stage cache only: no bench here reads the history).
QString withOpenApplications(const QString& source, const QString& folder)
{
    const QString path = folder + QStringLiteral("/gui-bench-open.sqlite");
    QFile::remove(path);
    if (!QFile::copy(source, path))
        return {};
    auto database = Database::open(path);
    if (!database)
        return {};
    QSqlQuery query(database.value()->connection());
    if (!query.exec(QStringLiteral("UPDATE applications SET stage = 'applied' WHERE id % 5 <> 0")))
        return {};
    return path;
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
BENCHMARK_CAPTURE(BM_OpenPage, match, QStringLiteral("match"))->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)
    ->Iterations(5);
BENCHMARK(BM_RankReference)->Unit(benchmark::kMillisecond)->Iterations(3)->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_RankMyApplications)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(4)
    ->MeasureProcessCPUTime()->UseRealTime();
BENCHMARK(BM_ShowSelectedExplanation)->Unit(benchmark::kMillisecond)->Iterations(50);
BENCHMARK(BM_LiveRefresh)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK_CAPTURE(BM_OpenPage, reminders, QStringLiteral("reminders"))->Arg(0)->Arg(1)
    ->Unit(benchmark::kMillisecond)->Iterations(5);

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    g_empty = dir.filePath(QStringLiteral("empty.sqlite"));
    g_large = withTexts(bench::syntheticDatabase(10000, 40000), dir.path());
    g_open = g_large.isEmpty() ? QString() : withOpenApplications(g_large, dir.path());
    if (g_large.isEmpty() || g_open.isEmpty()) {
        qWarning("cannot prepare the benchmark database");
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
