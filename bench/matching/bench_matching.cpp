// Matching speed: ranking with a loaded model, explanations, and fit + rank in process. Reads the
// corpus make_corpus.py wrote, from $JOBDECK_MATCH_BENCH_DIR (run.sh sets it and compares the figures
// with scikit-learn measured in the same run).
#include "matching/JsonLines.h"
#include "matching/MatchIndex.h"
#include "matching/MatchService.h"
#include "matching/Matcher.h"

#include <benchmark/benchmark.h>

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using namespace jobdeck;

struct Corpus
{
    QStringList jds;
    QString resume;
};

const Corpus& corpus()
{
    static const Corpus loaded = [] {
        Corpus c;
        const QString dir = qEnvironmentVariable("JOBDECK_MATCH_BENCH_DIR", QStringLiteral("/tmp/matchbench"));
        QFile jds(dir + QStringLiteral("/jds.jsonl"));
        QFile resume(dir + QStringLiteral("/resume.txt"));
        if (!jds.open(QIODevice::ReadOnly) || !resume.open(QIODevice::ReadOnly))
            qFatal("run bench/matching/make_corpus.py first (or bench/matching/run.sh)");
        for (const QByteArray& line : jds.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                c.jds.append(QJsonDocument::fromJson(line).object().value(QStringLiteral("text")).toString());
        }
        c.resume = QString::fromUtf8(resume.readAll());
        return c;
    }();
    return loaded;
}

std::shared_ptr<const TfidfModel> fitModel(const QString& analyzer, SparseRows* rows = nullptr)
{
    const QStringList& jds = corpus().jds;
    auto fitted = TfidfModel::fit(jds, Analyzer::create(analyzer), MatchService::optionsFor(analyzer, jds.size()));
    if (!fitted)
        qFatal("%s", qPrintable(fitted.message()));
    if (rows)
        rows->swap(fitted->rows); // Eigen 3.4 sparse matrices have no move
    return fitted->model;
}

// A model as the app has it at start: loaded from its saved bytes, the index built from the stored texts.
void BM_RankStoredJdsWithLoadedModel(benchmark::State& state)
{
    const auto saved = fitModel(QStringLiteral("default"))->save();
    const auto model = TfidfModel::load(saved).value();
    const MatchIndex index(model->transformAll(corpus().jds));
    for (auto _ : state) {
        const QList<RankedRow> top = index.rank(model->transform(corpus().resume), 10);
        benchmark::DoNotOptimize(top.data());
    }
    state.counters["jds"] = static_cast<double>(index.size());
}
BENCHMARK(BM_RankStoredJdsWithLoadedModel)->Unit(benchmark::kMillisecond);

// 2,000 explanations (score, aligned and missing terms, hint) with the cache off: each one computed.
void BM_Explain2000Pairs(benchmark::State& state)
{
    SparseRows rows;
    const auto model = fitModel(QStringLiteral("default"), &rows);
    const Matcher matcher(model, 0);
    const QStringList& jds = corpus().jds;
    for (auto _ : state) {
        for (int i = 0; i < 2000; ++i) {
            const MatchResult result = matcher.evaluate(corpus().resume, jds.at(i % jds.size()));
            benchmark::DoNotOptimize(result.cosine);
        }
    }
}
BENCHMARK(BM_Explain2000Pairs)->Unit(benchmark::kMillisecond);

// What "Rank My Applications" does with 10,000 stored job descriptions once its model is loaded: the index
// from the stored texts, the resume ranked against all of them, and every one explained (coverage, band,
// aligned and missing terms, hint) from the index's row and its ranked similarity. Only the database
// reads and the score writes are left out (the GUI bench, bench_gui BM_RankAll, has them).
void BM_RankAndExplainAllStoredJds(benchmark::State& state)
{
    const auto saved = fitModel(QStringLiteral("default"))->save();
    const auto model = TfidfModel::load(saved).value();
    for (auto _ : state) {
        const MatchIndex index = MatchService::indexFor(QStringLiteral("default"), model->transformAll(corpus().jds));
        const Matcher matcher(model, 0);
        const SparseVector resume = model->transform(corpus().resume);
        const Matcher::PreparedResume prepared = matcher.prepare(resume);
        const QList<RankedRow> ranked = index.rank(resume, 0);
        double coverage = 0;
        for (const RankedRow& row : ranked)
            coverage += matcher.explain(prepared, index.rows(), row.row, row.cosine).coverage;
        benchmark::DoNotOptimize(coverage);
    }
    state.counters["jds"] = static_cast<double>(corpus().jds.size());
}
BENCHMARK(BM_RankAndExplainAllStoredJds)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_FitAndRankInProcess(benchmark::State& state)
{
    const QString analyzer = state.range(0) ? QStringLiteral("sklearn") : QStringLiteral("default");
    for (auto _ : state) {
        SparseRows rows;
        const auto model = fitModel(analyzer, &rows);
        const QList<RankedRow> top = MatchIndex(std::move(rows)).rank(model->transform(corpus().resume), 10);
        benchmark::DoNotOptimize(top.data());
    }
    state.SetLabel(analyzer.toStdString());
}
BENCHMARK(BM_FitAndRankInProcess)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace

// Where fitting spends its time: tokenizing alone, and a whole fit on one thread.
void BM_TokenizeAll(benchmark::State& state)
{
    const auto analyzer = Analyzer::create(QStringLiteral("default"));
    for (auto _ : state) {
        qsizetype tokens = 0;
        for (const QString& jd : corpus().jds)
            tokens += analyzer->tokens(jd).tokens.size();
        benchmark::DoNotOptimize(tokens);
    }
}
BENCHMARK(BM_TokenizeAll)->Unit(benchmark::kMillisecond);

void BM_FitOneThread(benchmark::State& state)
{
    TfidfOptions options = MatchService::optionsFor(QStringLiteral("default"), corpus().jds.size());
    options.threads = 1;
    for (auto _ : state) {
        auto fitted = TfidfModel::fit(corpus().jds, Analyzer::create(QStringLiteral("default")), options);
        benchmark::DoNotOptimize(fitted.ok());
    }
}
BENCHMARK(BM_FitOneThread)->Unit(benchmark::kMillisecond)->Iterations(3);

namespace {

// A `rank --jds` line of 4 MB checked and decoded: plain ASCII, and every character escaped as json.dumps
// writes non-ASCII (a surrogate pair beyond the BMP). The escaped line used to be quadratic (28 s); run.sh
// prints its time as a ratio to the plain one measured in the same run.
QByteArray fourMegabyteLine(bool escaped)
{
    constexpr qsizetype kBytes = 4 * 1024 * 1024;
    QByteArray text;
    text.reserve(kBytes + 16);
    static const char* const escapes[] = {"\\u00e9", "\\u4e2d", "\\ud83d\\ude80", "\\u0416", " "};
    static const char* const words[] = {"engineer", "kubernetes", "docker", "python", " "};
    for (size_t k = 0; text.size() < kBytes; ++k)
        text += escaped ? escapes[k % std::size(escapes)] : words[k % std::size(words)];
    return "{\"id\": 1, \"text\": \"" + text + "\"}\n";
}

void jsonLine(benchmark::State& state, bool escaped)
{
    const QByteArray bytes = fourMegabyteLine(escaped);
    QString text;
    for (auto _ : state) {
        const auto lines = JsonLines::parse(bytes, QStringLiteral("bench.jsonl"));
        if (!lines)
            qFatal("%s", qPrintable(lines.message()));
        lines->read(0, text);
        benchmark::DoNotOptimize(text.size());
    }
}
void BM_JsonLinesPlainLine4MB(benchmark::State& state) { jsonLine(state, false); }
void BM_JsonLinesEscapedLine4MB(benchmark::State& state) { jsonLine(state, true); }
BENCHMARK(BM_JsonLinesPlainLine4MB)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_JsonLinesEscapedLine4MB)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
