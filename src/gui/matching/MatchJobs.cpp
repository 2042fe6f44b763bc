#include "matching/MatchJobs.h"

#include "matching/Analyzer.h"
#include "matching/MatchService.h"
#include "matching/Matcher.h"
#include "storage/ApplicationRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace jobdeck::matchjobs {
namespace {

const QString kAnalyzer = QStringLiteral("default");

// Gives lupdate the context the app asks for (a free tr() helper would hide it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MatchJobs)
};

} // namespace

void score(QPromise<ScoreOutcome>& promise, const Database* database, const QString& resume, const QString& jd,
           const QString& employer, const QString& location, const QDateTime& now)
{
    ScoreOutcome outcome;
    const auto stored = MatchService::prepareStored(*database, kAnalyzer, now);
    if (promise.isCanceled())
        return;
    if (!stored) {
        outcome.error = stored.message();
        promise.addResult(outcome);
        return;
    }
    std::shared_ptr<const TfidfModel> model = stored->model;
    if (!model) {
        const QStringList texts{resume, jd};
        auto fitted = TfidfModel::fit(texts, Analyzer::create(kAnalyzer), MatchService::optionsFor(kAnalyzer, 2));
        if (!fitted) {
            outcome.error = fitted.message();
            promise.addResult(outcome);
            return;
        }
        model = fitted->model;
        outcome.fittedOnPair = true;
    }
    if (promise.isCanceled())
        return;
    // With the stored index the score blends in the same LSA as `rank`, so both agree on a pair.
    outcome.result = outcome.fittedOnPair ? Matcher(model).evaluate(resume, jd, employer, location)
                                          : Matcher(model, stored->index).evaluate(resume, jd, employer, location);
    outcome.ok = true;
    promise.addResult(outcome);
}

void rankAndStore(QPromise<RankOutcome>& promise, const Database* database, const QString& resume,
                  const QDateTime& now)
{
    RankOutcome outcome;
    const auto stored = MatchService::prepareStored(*database, kAnalyzer, now);
    if (promise.isCanceled())
        return;
    if (!stored || !stored->model) {
        outcome.error = stored ? Tr::tr("No application has a job description yet: add one to rank against it.")
                               : stored.message();
        promise.addResult(outcome);
        return;
    }
    const SparseVector resumeVector = stored->model->transform(resume);
    const QList<RankedRow> ranked = stored->index.rank(resumeVector, 0);
    if (promise.isCanceled())
        return;
    // Each explanation walks only its own job description's terms and reuses the ranked similarity.
    const Matcher matcher(stored->model, 0);
    const Matcher::PreparedResume prepared = matcher.prepare(resumeVector);
    outcome.explanations.reserve(ranked.size());
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        if (i % 256 == 0 && promise.isCanceled())
            return;
        const RankedRow& row = ranked.at(i);
        outcome.explanations.insert(stored->applicationIds.at(row.row),
                                    matcher.explain(prepared, stored->index.rows(), row.row, row.cosine,
                                                   stored->excludedWords.at(row.row)));
    }
    const ApplicationRepository applications(*database);
    // All scores or none: a cancelled or failed store rolls back.
    const Status saved = database->transaction([&]() -> Status {
        for (qsizetype i = 0; i < ranked.size(); ++i) {
            if (i % 256 == 0 && promise.isCanceled())
                return failure(Tr::tr("Cancelled."));
            const RankedRow& row = ranked.at(i);
            const qint64 id = stored->applicationIds.at(row.row);
            if (Status set = applications.setMatchScore(id, Matcher::matchIndex(row.cosine)); !set)
                return set;
        }
        return {};
    });
    if (promise.isCanceled())
        return;
    outcome.ok = saved.ok();
    outcome.error = saved.message();
    outcome.ranked = ranked.size();
    promise.addResult(outcome);
}

} // namespace jobdeck::matchjobs
