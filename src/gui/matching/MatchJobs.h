#pragma once

#include "matching/MatchResult.h"
#include "matching/MatchService.h"
#include "matching/RankedApplications.h"

#include <QDateTime>
#include <QHash>
#include <QPromise>
#include <QString>

namespace jobdeck {

class Database;

// The matcher's work for the match page, run on a worker thread (each with its own database connection):
// scoring one resume against one job description, and ranking every stored job description for a resume
// and storing the scores, each application's explanation ready on demand. Both stop early, changing
// nothing, when the promise is cancelled.
namespace matchjobs {

struct ScoreOutcome
{
    bool ok = false;
    MatchResult result;
    QString error;
    bool fittedOnPair = false; // no stored job descriptions: the model saw only these two texts
    std::shared_ptr<const RankingCorpus> corpus; // the stored corpus scored in, for the next job to reuse
};

struct RankOutcome
{
    bool ok = false;
    qsizetype ranked = 0;
    QString error;
    // The scores stored, by application id, for the table to show without reading 10,000 rows again.
    QHash<qint64, double> scores;
    // Explains any ranked application on demand (coverage, band, terms, hint).
    std::shared_ptr<const RankedApplications> ranking;
};

// `corpus` is the page's last prepared corpus (or none): reused when the stored descriptions still match it.
void score(QPromise<ScoreOutcome>& promise, const Database* database, const QString& resume, const QString& jd,
           const QString& employer, const QString& location, const QDateTime& now,
           std::shared_ptr<const RankingCorpus> corpus);
void rankAndStore(QPromise<RankOutcome>& promise, const Database* database, const QString& resume,
                  const QDateTime& now, std::shared_ptr<const RankingCorpus> corpus);

} // namespace matchjobs
} // namespace jobdeck
