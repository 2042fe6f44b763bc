#pragma once

#include "matching/TfidfModel.h"

#include <Eigen/Dense>

#include <QList>

#include <memory>

namespace jobdeck {

class LsaSpace;

struct RankedRow
{
    int row = 0;        // the job description's row, in the order the index was built
    double cosine = 0;  // the similarity: TF-IDF cosine, blended with LSA when the index has it
};

// The stored job descriptions as one row-major sparse matrix of l2-normalised TF-IDF rows: ranking a
// resume is one sparse product and a partial sort. Optionally blends in an LSA space built on the same
// rows (the default analyzer does). Copies share the matrix.
class MatchIndex
{
public:
    static constexpr double kLsaWeight = 0.5;

    MatchIndex();
    // Takes the rows over (Eigen 3.4's sparse matrices have no move: std::move copies, so rows are
    // swapped in; 10,000 JDs' rows are 24 MB). The const& form copies.
    explicit MatchIndex(SparseRows&& rows);
    explicit MatchIndex(const SparseRows& rows);

    // Builds the LSA space if the corpus size suits it; true if the index now blends it in.
    bool enableLsa(double weight = kLsaWeight);
    bool hasLsa() const { return m_lsa != nullptr; }

    // The best `topN` rows for the vector, best first (ties keep row order); topN <= 0 ranks all.
    QList<RankedRow> rank(const SparseVector& query, int topN) const;
    // The similarity of the query with every row, in row order.
    Eigen::VectorXd scores(const SparseVector& query) const;
    // Plain TF-IDF cosines with every row.
    Eigen::VectorXd cosines(const SparseVector& query) const;
    // The similarity of two texts' vectors as rank() would score them; `cosine` is their TF-IDF cosine.
    double similarity(const SparseVector& a, const SparseVector& b, double cosine) const;
    // The same with a's place in the LSA space worked out before (fold(a)), for one resume against many.
    double similarity(const Eigen::VectorXd& foldedA, const SparseVector& b, double cosine) const;
    // A text's place in the LSA space (empty without LSA): one pass over the corpus, so worth keeping.
    Eigen::VectorXd fold(const SparseVector& query) const;

    qsizetype size() const { return m_rows->rows(); }
    const SparseRows& rows() const { return *m_rows; }
    SparseVector row(int index) const { return m_rows->row(index); }

private:
    std::shared_ptr<const SparseRows> m_rows;
    std::shared_ptr<const LsaSpace> m_lsa;
    double m_lsaWeight = 0;
};

} // namespace jobdeck
