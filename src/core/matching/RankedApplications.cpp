#include "matching/RankedApplications.h"

#include "matching/MatchService.h"

namespace jobdeck {

RankedApplications::RankedApplications(std::shared_ptr<const RankingCorpus> corpus, const SparseVector& resume,
                                       const QString& resumeText)
    : m_corpus(std::move(corpus))
{
    if (!m_corpus || !m_corpus->model)
        return;
    m_matcher = std::make_unique<const Matcher>(m_corpus->model, 0);
    m_resume = m_matcher->prepare(resume, resumeText);
    const QList<RankedRow> rows = m_corpus->index.rank(resume, 0);
    m_ranked.reserve(rows.size());
    m_byId.reserve(rows.size());
    for (const RankedRow& row : rows) {
        const qint64 id = m_corpus->applicationIds.at(row.row);
        m_byId.insert(id, m_ranked.size());
        m_ranked.append(RankedApplication{id, row.row, row.cosine, Matcher::matchIndex(row.cosine)});
    }
    // The matcher works out what each of the model's terms is on its first explanation (the whole
    // vocabulary): do it here, on the thread that ranks, so the first row a person selects shows at once.
    if (!m_ranked.isEmpty())
        (void)m_matcher->coverage(m_resume, m_corpus->index.rows(), m_ranked.first().row);
}

std::optional<MatchResult> RankedApplications::explain(qint64 applicationId) const
{
    const auto found = m_byId.constFind(applicationId);
    if (found == m_byId.cend())
        return std::nullopt;
    const RankedApplication& ranked = m_ranked.at(found.value());
    return m_matcher->explain(m_resume, m_corpus->index.rows(), ranked.row, ranked.cosine,
                              m_corpus->scopeFor(ranked.row, m_matcher->skillsWithoutColumn()));
}

} // namespace jobdeck
