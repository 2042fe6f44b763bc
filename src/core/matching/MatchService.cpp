#include "matching/MatchService.h"

#include "matching/ExplanationScope.h"
#include "matching/Matcher.h"
#include "matching/SkillTaxonomy.h"

#include "matching/ModelStore.h"
#include "matching/RankedApplications.h"
#include "storage/ApplicationRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace jobdeck {

TfidfOptions MatchService::optionsFor(const QString& analyzer, qsizetype documentCount)
{
    TfidfOptions options;
    if (analyzer == QLatin1String("default") && documentCount >= 20)
        options.maxDf = DfBound::proportion(0.25);
    return options;
}

MatchIndex MatchService::indexFor(const QString& analyzer, SparseRows&& rows)
{
    MatchIndex index(std::move(rows));
    if (analyzer == QLatin1String("default"))
        index.enableLsa();
    return index;
}

MatchIndex MatchService::indexFor(const QString& analyzer, const SparseRows& rows)
{
    SparseRows copy(rows);
    return indexFor(analyzer, std::move(copy));
}

Result<RankingCorpus> MatchService::prepareStored(const Database& database, const QString& analyzer,
                                                  const QDateTime& now)
{
    return prepare(database, analyzer, now, nullptr, nullptr);
}

Result<std::shared_ptr<const RankingCorpus>> MatchService::prepareStored(const Database& database,
                                                                         const QString& analyzer,
                                                                         const QDateTime& now,
                                                                         std::shared_ptr<const RankingCorpus> previous)
{
    bool reused = false;
    auto prepared = prepare(database, analyzer, now, previous, &reused);
    if (!prepared)
        return prepared.error();
    if (reused)
        return previous;
    return std::shared_ptr<const RankingCorpus>(std::make_shared<RankingCorpus>(std::move(prepared).value()));
}

Result<RankingCorpus> MatchService::prepare(const Database& database, const QString& analyzer, const QDateTime& now,
                                            const std::shared_ptr<const RankingCorpus>& previous, bool* reused)
{
    const std::shared_ptr<const Analyzer> chosen = Analyzer::create(analyzer);
    if (!chosen)
        return badInput(tr("Unknown analyzer '%1'.").arg(analyzer));
    const ModelStore store(database);
    const auto corpus = store.jobDescriptions();
    if (!corpus)
        return corpus.error();
    RankingCorpus ranking;
    if (corpus->isEmpty())
        return ranking;

    const TfidfOptions options = optionsFor(analyzer, corpus->size());
    ranking.textHashes.reserve(corpus->size());
    ranking.texts.reserve(corpus->size());
    ranking.companies.reserve(corpus->size());
    ranking.locations.reserve(corpus->size());
    for (const StoredJobDescription& jd : corpus.value()) {
        ranking.applicationIds.append(jd.applicationId);
        ranking.textHashes.append(qHash(jd.text));
        ranking.texts.append(jd.text);
        ranking.companies.append(jd.company);
        ranking.locations.append(jd.location);
    }
    if (previous && previous->model && previous->model->analyzer().name() == analyzer
        && previous->model->options() == options && previous->applicationIds == ranking.applicationIds
        && previous->textHashes == ranking.textHashes && previous->companies == ranking.companies
        && previous->locations == ranking.locations) {
        *reused = true;
        return ranking; // the caller hands back `previous`
    }
    const QString hash = ModelStore::corpusHash(corpus.value(), analyzer, options);
    ranking.corpusHash = hash;

    const QStringList& texts = ranking.texts;
    const auto saved = store.load(analyzer);
    if (!saved)
        return saved.error();
    if (saved->has_value() && saved->value().corpusHash == hash && saved->value().model->options() == options) {
        ranking.model = saved->value().model;
        ranking.index = indexFor(analyzer, ranking.model->transformAll(texts));
        return ranking;
    }
    auto fitted = TfidfModel::fit(texts, chosen, options);
    if (!fitted)
        return fitted.error();
    ranking.model = fitted->model;
    ranking.index = indexFor(analyzer, std::move(fitted->rows));
    ranking.refitted = true;
    // A model that cannot be saved (a read-only database) still ranks; it is fitted again next time.
    if (const Status stored = store.save(*ranking.model, hash, now); !stored)
        ranking.warning = tr("The matching model could not be saved, so it will be fitted again next time: %1")
                              .arg(stored.message());
    return ranking;
}

QStringList RankingCorpus::exclusionsFor(int row) const
{
    if (!model || row < 0 || row >= texts.size())
        return {};
    return ExplanationScope::rankExclusions(model->analyzer(), SkillTaxonomy::builtIn(), texts.at(row),
                                            companies.at(row), locations.at(row));
}

RowScope RankingCorpus::scopeFor(int row, const QStringList& withoutColumn) const
{
    if (!model || row < 0 || row >= texts.size())
        return {};
    return ExplanationScope::rankScope(model->analyzer(), SkillTaxonomy::builtIn(), texts.at(row), companies.at(row),
                                       locations.at(row), withoutColumn);
}

Result<RankedApplications> MatchService::rankAndStore(const Database& database, const QString& analyzer,
                                                     const QString& resume, const QDateTime& now,
                                                     const std::function<bool()>& cancelled,
                                                     std::shared_ptr<const RankingCorpus> previous)
{
    auto isCancelled = [&cancelled] { return cancelled && cancelled(); };
    auto stored = prepareStored(database, analyzer, now, std::move(previous));
    if (!stored)
        return stored.error();
    const std::shared_ptr<const RankingCorpus> corpus = std::move(stored).value();
    if (!corpus->model)
        return notFound(tr("No application has a job description yet: add one to rank against it."));
    if (isCancelled())
        return failure(tr("Cancelled."));
    RankedApplications ranking(corpus, corpus->model->transform(resume), resume);
    if (isCancelled())
        return failure(tr("Cancelled."));
    QList<std::pair<qint64, double>> scores;
    scores.reserve(ranking.size());
    for (const RankedApplication& ranked : ranking.ranked())
        scores.append({ranked.applicationId, ranked.matchIndex});
    const ApplicationRepository applications(database);
    const Status saved = database.transaction([&]() -> Status {
        if (Status set = applications.setMatchScores(scores); !set)
            return set;
        // Asked once more before the commit: a cancel that came while writing still changes nothing.
        return isCancelled() ? Status(failure(tr("Cancelled."))) : Status();
    });
    if (!saved)
        return saved.error();
    return ranking;
}

} // namespace jobdeck
