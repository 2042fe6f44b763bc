#pragma once

#include "matching/MatchResult.h"
#include "matching/Matcher.h"

#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace jobdeck {

struct RankingCorpus;

// One application's place in a ranking: its similarity and the match index stored for it.
struct RankedApplication
{
    qint64 applicationId = 0;
    int row = 0;       // its row in the corpus's index
    double cosine = 0; // the similarity it was ranked with
    double matchIndex = 0;
};

// Every stored job description ranked for one resume: each application's score at once, and its explanation
// (coverage, band, terms, hint) on demand. An explanation walks only that job description's terms (tens of
// microseconds), so the Match page explains the row a person selects instead of building 10,000 explanations
// nobody opens. Immutable once built; explain() may be called from any thread.
class RankedApplications
{
public:
    // `resume` is the vector of `resumeText` in the corpus's model; the text gives its skills the model has
    // no column for.
    RankedApplications(std::shared_ptr<const RankingCorpus> corpus, const SparseVector& resume,
                       const QString& resumeText);

    // Best first.
    const QList<RankedApplication>& ranked() const { return m_ranked; }
    qsizetype size() const { return m_ranked.size(); }
    // What `rank` explains for this application; nothing when it was not ranked.
    std::optional<MatchResult> explain(qint64 applicationId) const;
    // The corpus it was ranked in (MatchService::prepareStored can reuse it).
    const std::shared_ptr<const RankingCorpus>& corpus() const { return m_corpus; }

private:
    std::shared_ptr<const RankingCorpus> m_corpus;
    std::unique_ptr<const Matcher> m_matcher;
    Matcher::PreparedResume m_resume;
    QList<RankedApplication> m_ranked;
    QHash<qint64, qsizetype> m_byId;
};

} // namespace jobdeck
