#pragma once

#include "matching/TfidfModel.h"

#include <QList>

namespace jobdeck {

struct RankedRow
{
    int row = 0;        // the job description's row, in the order the index was built
    double cosine = 0;
};

// The stored job descriptions as one row-major sparse matrix of l2-normalised TF-IDF rows: ranking a
// resume is one sparse product and a partial sort.
class MatchIndex
{
public:
    MatchIndex() = default;
    explicit MatchIndex(SparseRows rows) : m_rows(std::move(rows)) {}

    // The best `topN` rows for the vector, best first (ties keep row order); topN <= 0 ranks all.
    QList<RankedRow> rank(const SparseVector& query, int topN) const;
    // Cosine of the query with every row, in row order.
    Eigen::VectorXd scores(const SparseVector& query) const;

    qsizetype size() const { return m_rows.rows(); }
    const SparseRows& rows() const { return m_rows; }
    SparseVector row(int index) const { return m_rows.row(index); }

private:
    SparseRows m_rows;
};

} // namespace jobdeck
