#include "matching/MatchIndex.h"

#include "matching/LsaSpace.h"

#include <algorithm>
#include <numeric>

namespace jobdeck {

MatchIndex::MatchIndex() : m_rows(std::make_shared<const SparseRows>()) {}

MatchIndex::MatchIndex(SparseRows&& rows)
{
    auto taken = std::make_shared<SparseRows>();
    taken->swap(rows);
    m_rows = std::move(taken);
}

MatchIndex::MatchIndex(const SparseRows& rows) : m_rows(std::make_shared<const SparseRows>(rows)) {}

bool MatchIndex::enableLsa(double weight)
{
    std::optional<LsaSpace> space = LsaSpace::build(*m_rows, LsaSpace::componentsFor(m_rows->rows()));
    if (!space)
        return false;
    m_lsa = std::make_shared<const LsaSpace>(std::move(*space));
    m_lsaWeight = weight;
    return true;
}

Eigen::VectorXd MatchIndex::cosines(const SparseVector& query) const
{
    if (m_rows->rows() == 0 || query.size() != m_rows->cols())
        return Eigen::VectorXd::Zero(m_rows->rows());
    // A row-major matrix times a dense vector reads each row once; the dense copy of the query is cheap.
    Eigen::VectorXd dense = Eigen::VectorXd::Zero(query.size());
    for (SparseVector::InnerIterator it(query); it; ++it)
        dense(it.index()) = it.value();
    return *m_rows * dense;
}

Eigen::VectorXd MatchIndex::scores(const SparseVector& query) const
{
    Eigen::VectorXd result = cosines(query);
    if (m_lsa) {
        const Eigen::VectorXd lsa = m_lsa->similarities(m_lsa->fold(result));
        result = (1.0 - m_lsaWeight) * result + m_lsaWeight * lsa.cwiseMax(0.0);
    }
    return result;
}

double MatchIndex::similarity(const SparseVector& a, const SparseVector& b, double cosine) const
{
    if (!m_lsa)
        return cosine;
    return similarity(fold(a), b, cosine);
}

double MatchIndex::similarity(const Eigen::VectorXd& foldedA, const SparseVector& b, double cosine) const
{
    if (!m_lsa)
        return cosine;
    const double lsa = LsaSpace::similarity(foldedA, fold(b));
    return (1.0 - m_lsaWeight) * cosine + m_lsaWeight * std::max(0.0, lsa);
}

Eigen::VectorXd MatchIndex::fold(const SparseVector& query) const
{
    return m_lsa ? m_lsa->fold(cosines(query)) : Eigen::VectorXd();
}

QList<RankedRow> MatchIndex::rank(const SparseVector& query, int topN) const
{
    const Eigen::VectorXd similarities = scores(query);
    const int count = static_cast<int>(similarities.size());
    const int keep = topN <= 0 ? count : std::min(topN, count);
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    auto better = [&](int a, int b) {
        return similarities(a) > similarities(b) || (similarities(a) == similarities(b) && a < b);
    };
    std::partial_sort(order.begin(), order.begin() + keep, order.end(), better);
    QList<RankedRow> ranked;
    ranked.reserve(keep);
    for (int i = 0; i < keep; ++i)
        ranked.append(RankedRow{order[static_cast<size_t>(i)], similarities(order[static_cast<size_t>(i)])});
    return ranked;
}

} // namespace jobdeck
