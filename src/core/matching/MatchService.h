#pragma once

#include <QCoreApplication>
#include "matching/ExplanationScope.h"
#include "matching/MatchIndex.h"
#include "matching/TfidfModel.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace jobdeck {

class Database;
class RankedApplications;

// The stored job descriptions ready to rank: the model, one index row per description, and the
// application id of each row.
struct RankingCorpus
{
    std::shared_ptr<const TfidfModel> model; // null when no application has a job description
    MatchIndex index;
    QList<qint64> applicationIds;
    // By row: the stored description, employer and location (implicitly shared with what was read).
    QStringList texts;
    QStringList companies;
    QStringList locations;
    // What the explanation of `row` leaves out on rank paths (employer, location, the description's other
    // proper nouns and boilerplate: ExplanationScope::rankExclusions), worked out when asked: a ranking
    // explains only the rows someone looks at, and all 10,000 up front would cost more than the ranking.
    // Safe from any thread.
    QStringList exclusionsFor(int row) const;
    // The same, and which of `withoutColumn` (Matcher::skillsWithoutColumn) the row's text names.
    RowScope scopeFor(int row, const QStringList& withoutColumn) const;
    bool refitted = false; // false when the saved model still matched the stored descriptions
    QString warning;       // set when the refitted model could not be saved (it is still used)
    // What it was prepared from, so a later call in this process can tell whether it still holds: the
    // corpus hash (descriptions, analyzer, options: what the saved model is checked against) and, by row, a
    // quick fingerprint of the description (qHash: a SHA-1 of 10,000 descriptions costs more than the rest
    // of a ranking); the companies and locations above are compared too.
    QString corpusHash;
    QList<size_t> textHashes;
};

// Entry points that tie the matcher to the database. Every function works on the calling thread's
// connection, so the GUI can run them on a worker (ModelRefresher does).
class MatchService
{
    Q_DECLARE_TR_FUNCTIONS(jobdeck::MatchService)

public:
    // The options each analyzer fits with on a corpus of this size: the sklearn analyzer keeps
    // scikit-learn's defaults (its parity is the point); the default analyzer drops terms found in most
    // job descriptions once there are enough of them for that to mean "boilerplate".
    static TfidfOptions optionsFor(const QString& analyzer, qsizetype documentCount);
    // The index each analyzer ranks with: the default analyzer blends in LSA where the corpus suits it;
    // the sklearn analyzer stays plain TF-IDF (its cosines must equal scikit-learn's).
    static MatchIndex indexFor(const QString& analyzer, SparseRows&& rows);
    static MatchIndex indexFor(const QString& analyzer, const SparseRows& rows);

    // Loads the saved model when the stored job descriptions are unchanged, else fits and saves one.
    static Result<RankingCorpus> prepareStored(const Database& database, const QString& analyzer,
                                               const QDateTime& now);
    // The same, giving back `previous` itself when the stored descriptions, employers and locations are
    // still the ones it was prepared from: reading and comparing them is a fraction of building it (no
    // model load, no tokenizing of 10,000 texts). The Match page keeps its last corpus this way.
    static Result<std::shared_ptr<const RankingCorpus>> prepareStored(const Database& database,
                                                                      const QString& analyzer, const QDateTime& now,
                                                                      std::shared_ptr<const RankingCorpus> previous);

    // "Rank My Applications": ranks every stored job description for the resume and stores each
    // application's match index, all in one transaction (all or none) with one prepared statement.
    // Explanations are left to RankedApplications::explain, per application, when one is wanted.
    // `cancelled` is asked between steps; once it says yes nothing is stored and the result is an error.
    // `previous` is reused as prepareStored does.
    static Result<RankedApplications> rankAndStore(const Database& database, const QString& analyzer,
                                                   const QString& resume, const QDateTime& now,
                                                   const std::function<bool()>& cancelled = {},
                                                   std::shared_ptr<const RankingCorpus> previous = {});

private:
    static Result<RankingCorpus> prepare(const Database& database, const QString& analyzer, const QDateTime& now,
                                         const std::shared_ptr<const RankingCorpus>& previous, bool* reused);
};

} // namespace jobdeck
