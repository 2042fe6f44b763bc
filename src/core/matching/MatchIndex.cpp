#include "matching/MatchIndex.h"

#include <algorithm>
#include <numeric>

namespace jobdeck {

Eigen::VectorXd MatchIndex::scores(const SparseVector& query) const
{
    if (m_rows.rows() == 0 || query.size() != m_rows.cols())
        return Eigen::VectorXd::Zero(m_rows.rows());
    // A row-major matrix times a dense vector reads each row once; the dense copy of the query is cheap.
    Eigen::VectorXd dense = Eigen::VectorXd::Zero(query.size());
    for (SparseVector::InnerIterator it(query); it; ++it)
        dense(it.index()) = it.value();
    return m_rows * dense;
}

QList<RankedRow> MatchIndex::rank(const SparseVector& query, int topN) const
{
    const Eigen::VectorXd cosines = scores(query);
    const int count = static_cast<int>(cosines.size());
    const int keep = topN <= 0 ? count : std::min(topN, count);
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    auto better = [&](int a, int b) { return cosines(a) > cosines(b) || (cosines(a) == cosines(b) && a < b); };
    std::partial_sort(order.begin(), order.begin() + keep, order.end(), better);
    QList<RankedRow> ranked;
    ranked.reserve(keep);
    for (int i = 0; i < keep; ++i)
        ranked.append(RankedRow{order[static_cast<size_t>(i)], cosines(order[static_cast<size_t>(i)])});
    return ranked;
}

} // namespace jobdeck
