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
using MatrixF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic>;

// left * right, its columns in two parts on two threads. Eigen blocks a product's depth by the depth
// alone, and each column of the result comes from its own column of `right` through the same kernels
// when the cut falls on a multiple of the kernel's four columns: the parts give the very bits one product
// gives, so the space (and every cosine ranked with it) does not depend on the thread count.
template <typename Matrix>
Matrix columnsOnTwoThreads(const Matrix& left, const Matrix& right)
{
    Matrix result(left.rows(), right.cols());
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

// An orthonormal basis of the columns of `product` (its thin Q).
MatrixF orthonormalColumns(const MatrixF& product)
{
    const Eigen::HouseholderQR<MatrixF> qr(product);
    return qr.householderQ() * MatrixF::Identity(product.rows(), product.cols());
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
    // corpus always gives the same space. The iteration's n x n products are most of the cost, so they
    // run in single precision (twice the numbers per vector instruction): they only have to find the
    // subspace, and cosines of 2,000 real-length JDs move by less than 1e-7. The last product, which
    // places every document, stays in double: a stored job description must score the same (to 1e-9)
    // whether it is ranked or matched on its own, where its fold comes from double cosines.
    const Eigen::MatrixXd gram = Eigen::MatrixXd(rows * SparseRows(rows.transpose()));
    const MatrixF gramF = gram.cast<float>();
    const int k = static_cast<int>(std::min<qsizetype>(components, n - 1));
    const int width = static_cast<int>(std::min<qsizetype>(k + 10, n));
    std::mt19937 random(20260131);
    std::normal_distribution<double> normal;
    MatrixF basis(n, width);
    for (Eigen::Index c = 0; c < basis.cols(); ++c)
        for (Eigen::Index r = 0; r < basis.rows(); ++r)
            basis(r, c) = static_cast<float>(normal(random));
    basis = orthonormalColumns(columnsOnTwoThreads(gramF, basis));
    for (int iteration = 0; iteration < kPowerIterations; ++iteration)
        basis = orthonormalColumns(columnsOnTwoThreads(gramF, basis));
    // With Q the basis and B = G Q: Q^T G Q = Q^T B = W L W^T gives the eigenvectors Q W, and each
    // document's own fold G (Q W L^-1/2) = B W L^-1/2, so one more product gives both.
    const Eigen::MatrixXd basisD = basis.cast<double>();
    const Eigen::MatrixXd spanned = columnsOnTwoThreads(gram, basisD);
    Eigen::MatrixXd small = basisD.transpose() * spanned;
    small = (0.5 * (small + small.transpose())).eval();
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(small);
    if (solver.info() != Eigen::Success)
        return std::nullopt;
    // Eigenvalues come in increasing order: keep the largest k that stand clear of single precision's
    // rounding (relative to the largest; below that a direction is noise, and dividing by its root
    // would blow the noise up).
    const Eigen::VectorXd values = solver.eigenvalues();
    const double floor = std::max(1e-9, 1e-5 * values.maxCoeff());
    std::vector<Eigen::Index> kept;
    for (Eigen::Index i = values.size() - 1; i >= 0 && Eigen::Index(kept.size()) < k; --i) {
        if (values(i) > floor)
            kept.push_back(i);
    }
    if (kept.empty())
        return std::nullopt;
    Eigen::MatrixXd scaled(width, Eigen::Index(kept.size()));
    for (size_t c = 0; c < kept.size(); ++c)
        scaled.col(Eigen::Index(c)) = solver.eigenvectors().col(kept[c]) / std::sqrt(values(kept[c]));
    LsaSpace space;
    space.m_projection = basisD * scaled;
    // Each document's place is its own fold (row i of X X^T is its cosines with every document), so a
    // stored job description scores the same whether it is ranked or matched on its own.
    space.m_documents = spanned * scaled;
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
