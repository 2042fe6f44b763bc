#include "matching/LsaSpace.h"

#include <Eigen/Eigenvalues>
#include <Eigen/QR>

#include <QFuture>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <random>

namespace jobdeck {
namespace {

// left * right, its columns in two parts on two threads. Eigen blocks a product's depth by the depth
// alone, and each column of the result comes from its own column of `right` through the same kernels
// when the cut falls on a multiple of the kernel's four columns: the parts give the very bits one product
// gives, so the space (and every cosine ranked with it) is the same, in about half the wall time.
template <typename Left>
Eigen::MatrixXd columnsOnTwoThreads(const Left& left, const Eigen::MatrixXd& right)
{
    Eigen::MatrixXd result(left.rows(), right.cols());
    const Eigen::Index cut = (right.cols() / 2) & ~Eigen::Index(3);
    if (cut < 8 || right.cols() - cut < 8 || QThread::idealThreadCount() < 2) {
        result.noalias() = left * right;
        return result;
    }
    QFuture<void> first = QtConcurrent::run([&] { result.leftCols(cut).noalias() = left * right.leftCols(cut); });
    result.rightCols(right.cols() - cut).noalias() = left * right.rightCols(right.cols() - cut);
    first.waitForFinished();
    return result;
}

} // namespace

int LsaSpace::componentsFor(qsizetype documentCount)
{
    return static_cast<int>(std::clamp<qsizetype>(documentCount / 5, 8, 100));
}

std::optional<LsaSpace> LsaSpace::build(const SparseRows& rows, int components)
{
    const qsizetype n = rows.rows();
    if (n < kMinDocuments || n > kMaxDocuments || components <= 0)
        return std::nullopt;
    // X = U S V^T, and the Gram matrix X X^T = U S^2 U^T: its top eigenvectors are the document side of
    // the SVD. A randomized subspace iteration finds them in O(n^2 k); the seed is fixed, so the same
    // corpus always gives the same space.
    const Eigen::MatrixXd gram = Eigen::MatrixXd(rows * SparseRows(rows.transpose()));
    const int k = static_cast<int>(std::min<qsizetype>(components, n - 1));
    const int width = static_cast<int>(std::min<qsizetype>(k + 10, n));
    std::mt19937 random(20260131);
    std::normal_distribution<double> normal;
    Eigen::MatrixXd basis(n, width);
    for (Eigen::Index c = 0; c < basis.cols(); ++c)
        for (Eigen::Index r = 0; r < basis.rows(); ++r)
            basis(r, c) = normal(random);
    for (int iteration = 0; iteration < 4; ++iteration) {
        const Eigen::MatrixXd product = columnsOnTwoThreads(gram, basis);
        Eigen::HouseholderQR<Eigen::MatrixXd> qr(product);
        basis = qr.householderQ() * Eigen::MatrixXd::Identity(n, width);
    }
    // basis^T * gram * basis, evaluated left to right as Eigen does it, the wide half on two threads.
    const Eigen::MatrixXd left = columnsOnTwoThreads(basis.transpose(), gram);
    const Eigen::MatrixXd small = left * basis;
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(small);
    if (solver.info() != Eigen::Success)
        return std::nullopt;
    // Eigenvalues come in increasing order: keep the largest k that are not zero.
    const Eigen::VectorXd values = solver.eigenvalues();
    const Eigen::MatrixXd vectors = basis * solver.eigenvectors();
    std::vector<Eigen::Index> kept;
    for (Eigen::Index i = values.size() - 1; i >= 0 && Eigen::Index(kept.size()) < k; --i) {
        if (values(i) > 1e-9)
            kept.push_back(i);
    }
    if (kept.empty())
        return std::nullopt;
    LsaSpace space;
    space.m_projection.resize(n, Eigen::Index(kept.size()));
    for (size_t c = 0; c < kept.size(); ++c)
        space.m_projection.col(Eigen::Index(c)) = vectors.col(kept[c]) / std::sqrt(values(kept[c]));
    // Each document's place is its own fold (row i of X X^T is its cosines with every document), so a
    // stored job description scores the same whether it is ranked or matched on its own.
    space.m_documents = columnsOnTwoThreads(gram, space.m_projection);
    for (Eigen::Index r = 0; r < n; ++r) {
        const double norm = space.m_documents.row(r).norm();
        if (norm > 0)
            space.m_documents.row(r) /= norm;
    }
    return space;
}

Eigen::VectorXd LsaSpace::fold(const Eigen::VectorXd& documentScores) const
{
    return m_projection.transpose() * documentScores;
}

double LsaSpace::similarity(const Eigen::VectorXd& a, const Eigen::VectorXd& b)
{
    const double norms = a.norm() * b.norm();
    return norms > 0 ? a.dot(b) / norms : 0.0;
}

Eigen::VectorXd LsaSpace::similarities(const Eigen::VectorXd& folded) const
{
    const double norm = folded.norm();
    if (norm == 0)
        return Eigen::VectorXd::Zero(m_documents.rows());
    return m_documents * (folded / norm);
}

} // namespace jobdeck
