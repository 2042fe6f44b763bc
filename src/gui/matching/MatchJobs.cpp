#include "matching/MatchJobs.h"

#include "matching/Analyzer.h"
#include "matching/MatchService.h"
#include "matching/Matcher.h"
#include "storage/Database.h"

namespace jobdeck::matchjobs {
namespace {

const QString kAnalyzer = QStringLiteral("default");

} // namespace

void score(QPromise<ScoreOutcome>& promise, const Database* database, const QString& resume, const QString& jd,
           const QString& employer, const QString& location, const QDateTime& now,
           std::shared_ptr<const RankingCorpus> corpus)
{
    ScoreOutcome outcome;
    const auto prepared = MatchService::prepareStored(*database, kAnalyzer, now, std::move(corpus));
    if (promise.isCanceled())
        return;
    if (!prepared) {
        outcome.error = prepared.message();
        promise.addResult(outcome);
        return;
    }
    const std::shared_ptr<const RankingCorpus>& stored = prepared.value();
    outcome.corpus = stored;
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
                  const QDateTime& now, std::shared_ptr<const RankingCorpus> corpus)
{
    RankOutcome outcome;
    Result<RankedApplications> ranking = MatchService::rankAndStore(
        *database, kAnalyzer, resume, now, [&promise] { return promise.isCanceled(); }, std::move(corpus));
    if (promise.isCanceled())
        return;
    if (!ranking) {
        outcome.error = ranking.message();
        promise.addResult(outcome);
        return;
    }
    outcome.scores.reserve(ranking->size());
    for (const RankedApplication& ranked : ranking->ranked())
        outcome.scores.insert(ranked.applicationId, ranked.matchIndex);
    outcome.ranked = ranking->size();
    outcome.ranking = std::make_shared<const RankedApplications>(std::move(ranking).value());
    outcome.ok = true;
    promise.addResult(outcome);
}

} // namespace jobdeck::matchjobs
