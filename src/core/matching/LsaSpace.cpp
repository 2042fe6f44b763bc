#include "matching/LsaSpace.h"

#include "util/HugePages.h"

#include <Eigen/Cholesky>
#include <Eigen/Eigenvalues>
#include <Eigen/QR>

#include <QFuture>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <optional>
#include <random>

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

namespace jobdeck {
namespace {

using MatrixF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic>;

// Rows of the product kernel's tile: two AVX vectors of either type, so padding to 16 suits both.
constexpr Eigen::Index kRowPadding = 16;

Eigen::Index padded(Eigen::Index n)
{
    return (n + kRowPadding - 1) / kRowPadding * kRowPadding;
}

// Runs body(begin, end) over [0, n) in two halves cut on a multiple of kRowPadding, the second half on
// another thread. The bodies here compute each element of their result from one half alone, by the same
// steps in the same order, so the result does not depend on the thread count.
template <typename Body>
void onTwoThreads(Eigen::Index n, const Body& body)
{
    const Eigen::Index cut = (n / 2) / kRowPadding * kRowPadding;
    if (cut == 0 || QThread::idealThreadCount() < 2) {
        body(Eigen::Index(0), n);
        return;
    }
    QFuture<void> first = QtConcurrent::run([&] { body(Eigen::Index(0), cut); });
    body(cut, n);
    first.waitForFinished();
}

// The Gram matrix X X^T of the rows, dense, with its columns padded to a multiple of kRowPadding rows
// (zeros below row n). Column i is X x_i: each term of row i adds its weight times that term's column.
// Only terms shared by two documents add off the diagonal, so this costs the sum of the squared document
// frequencies, with no sparse result to sort (Eigen's sparse product built a 4-million-entry sparse
// matrix first). G(j, i) and G(i, j) add the same products in the same term order: exactly symmetric.
Eigen::MatrixXd paddedGram(const SparseRows& rows)
{
    const Eigen::Index n = rows.rows();
    const Eigen::SparseMatrix<double, Eigen::ColMajor> columns(rows);
    Eigen::MatrixXd gram(padded(n), n);
    adviseHugePages(gram.data(), size_t(gram.size()) * sizeof(double)); // 32 MB at n = 2,000: 2 MB pages
    gram.setZero();
    onTwoThreads(n, [&](Eigen::Index begin, Eigen::Index end) {
        for (Eigen::Index i = begin; i < end; ++i) {
            double* column = gram.col(i).data();
            for (SparseRows::InnerIterator term(rows, i); term; ++term) {
                const double weight = term.value();
                for (Eigen::SparseMatrix<double, Eigen::ColMajor>::InnerIterator other(columns, term.index()); other;
                     ++other)
                    column[other.index()] += weight * other.value();
            }
        }
    });
    return gram;
}

#if defined(__GNUC__) && defined(__x86_64__)
#define JOBDECK_LSA_AVX2 1
#define JOBDECK_AVX2_FMA __attribute__((target("avx2,fma")))

// AVX2 + FMA for the Gram products: Eigen is compiled for the x86-64 baseline (SSE2), and these n x n x k
// products are most of the LSA's cost; with 8 floats per fused multiply-add they take a third of the
// time. Chosen at run time, so the binary still runs on any x86-64 (through Eigen there).
JOBDECK_AVX2_FMA inline __m256 loadVector(const float* p) { return _mm256_loadu_ps(p); }
JOBDECK_AVX2_FMA inline __m256d loadVector(const double* p) { return _mm256_loadu_pd(p); }
JOBDECK_AVX2_FMA inline __m256 broadcast(const float* p) { return _mm256_broadcast_ss(p); }
JOBDECK_AVX2_FMA inline __m256d broadcast(const double* p) { return _mm256_broadcast_sd(p); }
JOBDECK_AVX2_FMA inline __m256 multiplyAdd(__m256 a, __m256 b, __m256 c) { return _mm256_fmadd_ps(a, b, c); }
JOBDECK_AVX2_FMA inline __m256d multiplyAdd(__m256d a, __m256d b, __m256d c) { return _mm256_fmadd_pd(a, b, c); }
JOBDECK_AVX2_FMA inline void storeVector(float* p, __m256 v) { _mm256_storeu_ps(p, v); }
JOBDECK_AVX2_FMA inline void storeVector(double* p, __m256d v) { _mm256_storeu_pd(p, v); }

template <typename T>
struct Vector256Of;
template <>
struct Vector256Of<float>
{
    using Type = __m256;
};
template <>
struct Vector256Of<double>
{
    using Type = __m256d;
};

// C(rows begin..end, all columns) = A * B for A (lda = its padded height) times B packed row by row
// (ldb = the padded width, a multiple of kTileColumns). C is column-major with ldc = A's padded height.
// Tiles of 2 vectors x 6 columns in 12 registers (the loops over a tile's columns unrolled, so that -O2
// keeps them there too); depth in blocks of 256 so A's tile stays in L1 and B's block in L2.
constexpr Eigen::Index kTileColumns = 6;

template <typename T>
JOBDECK_AVX2_FMA void productRowsAvx2(const T* a, Eigen::Index lda, Eigen::Index depth, const T* b, Eigen::Index ldb,
                                      T* c, Eigen::Index begin, Eigen::Index end)
{
    using V = typename Vector256Of<T>::Type;
    constexpr Eigen::Index lanes = Eigen::Index(sizeof(V) / sizeof(T));
    constexpr Eigen::Index depthBlock = 256;
    for (Eigen::Index k0 = 0; k0 < depth; k0 += depthBlock) {
        const Eigen::Index k1 = std::min(depth, k0 + depthBlock);
        for (Eigen::Index i = begin; i < end; i += 2 * lanes) {
            for (Eigen::Index j = 0; j < ldb; j += kTileColumns) {
                V sum[2][kTileColumns];
#pragma GCC unroll 6
                for (Eigen::Index t = 0; t < kTileColumns; ++t) {
                    T* out = c + (j + t) * lda + i;
                    sum[0][t] = k0 == 0 ? V{} : loadVector(out);
                    sum[1][t] = k0 == 0 ? V{} : loadVector(out + lanes);
                }
                for (Eigen::Index k = k0; k < k1; ++k) {
                    const T* column = a + k * lda + i;
                    const V top = loadVector(column);
                    const V bottom = loadVector(column + lanes);
                    const T* row = b + k * ldb + j;
    #pragma GCC unroll 6
                for (Eigen::Index t = 0; t < kTileColumns; ++t) {
                        const V factor = broadcast(row + t);
                        sum[0][t] = multiplyAdd(top, factor, sum[0][t]);
                        sum[1][t] = multiplyAdd(bottom, factor, sum[1][t]);
                    }
                }
#pragma GCC unroll 6
                for (Eigen::Index t = 0; t < kTileColumns; ++t) {
                    T* out = c + (j + t) * lda + i;
                    storeVector(out, sum[0][t]);
                    storeVector(out + lanes, sum[1][t]);
                }
            }
        }
    }
}

// JOBDECK_LSA_PORTABLE=1 takes Eigen's path on any processor (tests compare the two; so can a bench).
bool useAvx2Fma()
{
    static const bool supported = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return supported && !qEnvironmentVariableIsSet("JOBDECK_LSA_PORTABLE");
}
#endif

// gram * right for the padded Gram matrix (n columns, padded(n) rows, zeros below row n), on two threads.
template <typename T>
Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic> gramTimes(const Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic>& gram,
                                                           const Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic>& right)
{
    using Matrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic>;
    const Eigen::Index n = gram.cols();
#ifdef JOBDECK_LSA_AVX2
    if (useAvx2Fma()) {
        const Eigen::Index width = right.cols();
        const Eigen::Index ldb = (width + kTileColumns - 1) / kTileColumns * kTileColumns;
        Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> packed =
            Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>::Zero(n, ldb);
        packed.leftCols(width) = right;
        Matrix result(gram.rows(), ldb);
        onTwoThreads(gram.rows(), [&](Eigen::Index begin, Eigen::Index end) {
            productRowsAvx2<T>(gram.data(), gram.rows(), n, packed.data(), ldb, result.data(), begin, end);
        });
        return result.topLeftCorner(n, width);
    }
#endif
    // Eigen, its columns in two parts: it blocks a product's depth by the depth alone, and each column of
    // the result comes from its own column of `right` through the same kernels when the cut falls on a
    // multiple of the kernel's four columns, so the parts give the bits one product gives.
    Matrix result(n, right.cols());
    const Eigen::Index cut = (right.cols() / 2) & ~Eigen::Index(3);
    if (cut < 8 || right.cols() - cut < 8 || QThread::idealThreadCount() < 2) {
        result.noalias() = gram.topRows(n) * right;
        return result;
    }
    QFuture<void> first =
        QtConcurrent::run([&] { result.leftCols(cut).noalias() = gram.topRows(n) * right.leftCols(cut); });
    result.rightCols(right.cols() - cut).noalias() = gram.topRows(n) * right.rightCols(right.cols() - cut);
    first.waitForFinished();
    return result;
}

// One Cholesky QR step: with A^T A = R^T R, A R^-1 has orthonormal columns in exact arithmetic. In
// single precision it loses orthogonality as about 6e-8 cond(A)^2, so it declines (nullopt) unless R's
// diagonal bounds cond(A) below about 1e3 (diag(R) max / min is a lower bound of it, and the products
// here are far better conditioned than that: each is G times an orthonormal basis); the caller then
// takes Householder's QR.
std::optional<MatrixF> choleskyStep(const MatrixF& columns)
{
    const Eigen::Index width = columns.cols();
    MatrixF gram = MatrixF::Zero(width, width);
    gram.selfadjointView<Eigen::Lower>().rankUpdate(columns.transpose());
    const Eigen::LLT<MatrixF> cholesky(gram);
    if (cholesky.info() != Eigen::Success)
        return std::nullopt;
    const Eigen::VectorXf diagonal = cholesky.matrixLLT().diagonal();
    if (!diagonal.allFinite() || !(diagonal.minCoeff() > 1e-3f * diagonal.maxCoeff()))
        return std::nullopt;
    // A R^-1 through the w x w inverse and one dense product: Eigen's blocked product runs several
    // times faster than its triangular solve on the right, and the inverse of an R this well
    // conditioned costs w^3 / 3 and loses nothing the second step does not repair.
    const MatrixF inverse = cholesky.matrixU().solve(MatrixF::Identity(width, width));
    MatrixF result(columns.rows(), width);
    result.noalias() = columns * inverse.triangularView<Eigen::Upper>();
    return result;
}

// An orthonormal basis of the columns of `product` (its thin Q). Cholesky QR twice ("CholQR2"): a
// w x w Gram matrix, its Cholesky factor and a triangular solve, twice, where Householder's QR and
// forming its Q apply one reflection block at a time (callgrind: 0.35 G instructions for the four QRs
// of 2,000 documents against 0.23 G). The second step repairs what the first lost to rounding.
// The subspace iteration only needs the span, and the rest of the build depends on the basis only
// through that span. A product too close to rank-deficient (few distinct documents) takes Householder.
MatrixF orthonormalColumns(const MatrixF& product)
{
    if (const auto once = choleskyStep(product)) {
        if (auto twice = choleskyStep(*once))
            return std::move(*twice);
    }
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
    const Eigen::MatrixXd gram = paddedGram(rows);
    MatrixF gramF(gram.rows(), gram.cols());
    adviseHugePages(gramF.data(), size_t(gramF.size()) * sizeof(float));
    gramF = gram.cast<float>();
    const int k = static_cast<int>(std::min<qsizetype>(components, n - 1));
    const int width = static_cast<int>(std::min<qsizetype>(k + 10, n));
    std::mt19937 random(20260131);
    std::normal_distribution<double> normal;
    MatrixF basis(n, width);
    for (Eigen::Index c = 0; c < basis.cols(); ++c)
        for (Eigen::Index r = 0; r < basis.rows(); ++r)
            basis(r, c) = static_cast<float>(normal(random));
    basis = orthonormalColumns(gramTimes(gramF, basis));
    for (int iteration = 0; iteration < kPowerIterations; ++iteration)
        basis = orthonormalColumns(gramTimes(gramF, basis));
    // With Q the basis and B = G Q: Q^T G Q = Q^T B = W L W^T gives the eigenvectors Q W, and each
    // document's own fold G (Q W L^-1/2) = B W L^-1/2, so one more product gives both.
    const Eigen::MatrixXd basisD = basis.cast<double>();
    const Eigen::MatrixXd spanned = gramTimes(gram, basisD);
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
