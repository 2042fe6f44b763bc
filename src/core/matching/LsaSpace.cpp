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
#include <type_traits>
#include <vector>

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#endif

namespace jobdeck {
namespace {

using MatrixF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic>;

// Runs body(begin, end) over [0, n) in two halves, the second half on another thread. The bodies here
// compute each row of their result from the inputs alone, by the same steps in the same order, so the
// result does not depend on the thread count. Below a few dozen rows a thread costs more than it saves.
template <typename Body>
void onTwoThreads(Eigen::Index n, const Body& body)
{
    const Eigen::Index cut = n / 2;
    if (cut < 16 || QThread::idealThreadCount() < 2) {
        body(Eigen::Index(0), n);
        return;
    }
    QFuture<void> first = QtConcurrent::run([&] { body(Eigen::Index(0), cut); });
    body(cut, n);
    first.waitForFinished();
}

// The dense products of the build, over rows cut in two fixed halves: body(0, cut) and body(cut, n),
// the first on another thread when there is one. Eigen's blocking depends on a product's size, so the
// halves are always the same two products, whatever the thread count: the same corpus gives the same
// space on any machine.
template <typename Body>
void inFixedHalves(Eigen::Index n, const Body& body)
{
    const Eigen::Index cut = n / 2;
    if (QThread::idealThreadCount() < 2) {
        body(Eigen::Index(0), cut);
        body(cut, n);
        return;
    }
    QFuture<void> first = QtConcurrent::run([&] { body(Eigen::Index(0), cut); });
    body(cut, n);
    first.waitForFinished();
}

// left * right, its rows computed in fixed halves.
template <typename Left, typename Right, typename Result>
void productByRows(const Left& left, const Right& right, Result& result)
{
    result.resize(left.rows(), right.cols());
    inFixedHalves(left.rows(), [&](Eigen::Index begin, Eigen::Index end) {
        result.middleRows(begin, end - begin).noalias() = left.middleRows(begin, end - begin) * right;
    });
}

// left^T * right, two tall matrices with the same rows: the halves' products, summed in a fixed order.
template <typename Matrix>
Matrix transposeProductByRows(const Matrix& left, const Matrix& right)
{
    Matrix halves[2];
    inFixedHalves(left.rows(), [&](Eigen::Index begin, Eigen::Index end) {
        halves[begin == 0 ? 0 : 1].noalias() =
            left.middleRows(begin, end - begin).transpose() * right.middleRows(begin, end - begin);
    });
    return halves[0] + halves[1];
}

#if defined(__GNUC__) && defined(__x86_64__)
#define JOBDECK_LSA_AVX2 1
#define JOBDECK_AVX2_FMA __attribute__((target("avx2,fma")))

// AVX2 + FMA for the Gram products: Eigen is compiled for the x86-64 baseline (SSE2), and these products
// are most of the LSA's cost; with 8 floats per fused multiply-add they take a third of the time. Chosen
// at run time, so the binary still runs on any x86-64 (through Eigen there).
JOBDECK_AVX2_FMA inline __m256 loadVector(const float* p) { return _mm256_loadu_ps(p); }
JOBDECK_AVX2_FMA inline __m256d loadVector(const double* p) { return _mm256_loadu_pd(p); }
JOBDECK_AVX2_FMA inline __m256 broadcast(float x) { return _mm256_set1_ps(x); }
JOBDECK_AVX2_FMA inline __m256d broadcast(double x) { return _mm256_set1_pd(x); }
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

// `Vectors` consecutive vectors of one output row, held in registers over the whole sum:
// out = self * scale + sum over k of weight[k] * in[index[k]] (each a row of `stride` elements, offset
// to this chunk by the caller).
template <typename T, int Vectors>
JOBDECK_AVX2_FMA void gatherChunkAvx2(const int* index, const T* weight, int count, const T* in, Eigen::Index stride,
                                      const T* self, T scale, T* out)
{
    using V = typename Vector256Of<T>::Type;
    constexpr int lanes = int(sizeof(V) / sizeof(T));
    V sum[Vectors];
    const V factor = broadcast(scale);
#pragma GCC unroll 8
    for (int v = 0; v < Vectors; ++v)
        sum[v] = self ? multiplyAdd(loadVector(self + v * lanes), factor, V{}) : V{};
    for (int k = 0; k < count; ++k) {
        const T* row = in + Eigen::Index(index[k]) * stride;
        const V x = broadcast(weight[k]);
#pragma GCC unroll 8
        for (int v = 0; v < Vectors; ++v)
            sum[v] = multiplyAdd(loadVector(row + v * lanes), x, sum[v]);
    }
#pragma GCC unroll 8
    for (int v = 0; v < Vectors; ++v)
        storeVector(out + v * lanes, sum[v]);
}

// A whole output row, in chunks of at most eight vectors (the other eight registers load and broadcast).
template <typename T>
JOBDECK_AVX2_FMA void gatherRowAvx2(const int* index, const T* weight, int count, const T* in, Eigen::Index stride,
                                    const T* self, T scale, T* out)
{
    constexpr Eigen::Index lanes = Eigen::Index(sizeof(typename Vector256Of<T>::Type) / sizeof(T));
    for (Eigen::Index offset = 0; offset < stride; offset += 8 * lanes) {
        const T* part = self ? self + offset : nullptr;
        switch (std::min<Eigen::Index>(8, (stride - offset) / lanes)) {
        case 1: gatherChunkAvx2<T, 1>(index, weight, count, in + offset, stride, part, scale, out + offset); break;
        case 2: gatherChunkAvx2<T, 2>(index, weight, count, in + offset, stride, part, scale, out + offset); break;
        case 3: gatherChunkAvx2<T, 3>(index, weight, count, in + offset, stride, part, scale, out + offset); break;
        case 4: gatherChunkAvx2<T, 4>(index, weight, count, in + offset, stride, part, scale, out + offset); break;
        case 5: gatherChunkAvx2<T, 5>(index, weight, count, in + offset, stride, part, scale, out + offset); break;
        case 6: gatherChunkAvx2<T, 6>(index, weight, count, in + offset, stride, part, scale, out + offset); break;
        case 7: gatherChunkAvx2<T, 7>(index, weight, count, in + offset, stride, part, scale, out + offset); break;
        default: gatherChunkAvx2<T, 8>(index, weight, count, in + offset, stride, part, scale, out + offset); break;
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

// Row `o` of a gather: out = self * scale + sum over k of weight[k] * in.row(index[k]), through Eigen's
// vectorized maps, or AVX2 + FMA where the processor has them. Either way each element is one sequence
// of multiply-adds in k's order, so the result does not depend on how rows are split between threads.
template <typename T>
void gatherRow(const int* index, const T* weight, int count, const T* in, Eigen::Index stride, const T* self, T scale,
               T* out)
{
#ifdef JOBDECK_LSA_AVX2
    if (useAvx2Fma()) {
        gatherRowAvx2<T>(index, weight, count, in, stride, self, scale, out);
        return;
    }
#endif
    using Row = Eigen::Map<Eigen::Matrix<T, 1, Eigen::Dynamic>>;
    using ConstRow = Eigen::Map<const Eigen::Matrix<T, 1, Eigen::Dynamic>>;
    Row sum(out, stride);
    if (self)
        sum.noalias() = scale * ConstRow(self, stride);
    else
        sum.setZero();
    for (int k = 0; k < count; ++k)
        sum.noalias() += weight[k] * ConstRow(in + Eigen::Index(index[k]) * stride, stride);
}

// The Gram matrix G = X X^T of the documents' rows, applied to a block of vectors without forming it:
// G Q = X_s (X_s^T Q) + D Q, where X_s keeps the terms two or more documents share and the diagonal D
// holds the rest (a term in one document adds only to that document's own entry). The dense n x n
// matrix cost the sum of the squared document frequencies to build, 48 MB at 2,000 documents, and
// n^2 w multiply-adds a product; this costs 2 w multiply-adds a shared entry of X.
class GramOperator
{
public:
    explicit GramOperator(const SparseRows& rows)
        : m_documents(rows.rows())
    {
        std::vector<int> frequency(size_t(rows.cols()), 0);
        for (Eigen::Index i = 0; i < rows.rows(); ++i)
            for (SparseRows::InnerIterator term(rows, i); term; ++term)
                ++frequency[size_t(term.index())];
        std::vector<int> shared(frequency.size(), -1);
        for (size_t t = 0; t < frequency.size(); ++t) {
            if (frequency[t] >= 2)
                shared[t] = m_terms++;
        }
        // By document: its shared terms in column order, and its own share of the diagonal.
        m_rowStart.reserve(size_t(m_documents) + 1);
        m_rowStart.push_back(0);
        m_diagonal.assign(size_t(m_documents), 0.0);
        std::vector<int> termCount(size_t(m_terms) + 1, 0);
        for (Eigen::Index i = 0; i < rows.rows(); ++i) {
            for (SparseRows::InnerIterator term(rows, i); term; ++term) {
                const int id = shared[size_t(term.index())];
                if (id < 0) {
                    m_diagonal[size_t(i)] += term.value() * term.value();
                    continue;
                }
                m_rowTerm.push_back(id);
                m_rowWeight.push_back(term.value());
                ++termCount[size_t(id) + 1];
            }
            m_rowStart.push_back(int(m_rowTerm.size()));
        }
        // By shared term: its documents in increasing order.
        for (size_t t = 1; t < termCount.size(); ++t)
            termCount[t] += termCount[t - 1];
        m_termStart = termCount;
        m_termRow.resize(m_rowTerm.size());
        m_termWeight.resize(m_rowTerm.size());
        for (Eigen::Index i = 0; i < m_documents; ++i) {
            for (int k = m_rowStart[size_t(i)]; k < m_rowStart[size_t(i) + 1]; ++k) {
                const int slot = termCount[size_t(m_rowTerm[size_t(k)])]++;
                m_termRow[size_t(slot)] = int(i);
                m_termWeight[size_t(slot)] = m_rowWeight[size_t(k)];
            }
        }
        m_rowWeightF.assign(m_rowWeight.begin(), m_rowWeight.end());
        m_termWeightF.assign(m_termWeight.begin(), m_termWeight.end());
        m_diagonalF.assign(m_diagonal.begin(), m_diagonal.end());
    }

    // G * right (n x w), on two threads. Rows are padded to a multiple of eight elements so the AVX2
    // kernel needs no tail; the padding is zero in and out.
    template <typename T>
    Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic> times(const Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic>& right) const
    {
        using Rows = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
        const Eigen::Index width = right.cols();
        const Eigen::Index stride = (width + 7) / 8 * 8;
        Rows in = Rows::Zero(m_documents, stride);
        in.leftCols(width) = right;
        // Y = X_s^T Q, a row per shared term (an 80 MB buffer for 100,000 shared terms in double: 2 MB pages)
        std::vector<T, LargeAllocator<T>> termRows(size_t(m_terms) * size_t(stride));
        const T* termWeight = weights<T>(m_termWeight, m_termWeightF);
        onTwoThreads(m_terms, [&](Eigen::Index begin, Eigen::Index end) {
            for (Eigen::Index t = begin; t < end; ++t) {
                const int first = m_termStart[size_t(t)];
                gatherRow<T>(m_termRow.data() + first, termWeight + first, m_termStart[size_t(t) + 1] - first,
                             in.data(), stride, nullptr, T(0), termRows.data() + t * stride);
            }
        });
        // G Q = D Q + X_s Y
        Rows out(m_documents, stride);
        const T* rowWeight = weights<T>(m_rowWeight, m_rowWeightF);
        const T* diagonal = weights<T>(m_diagonal, m_diagonalF);
        onTwoThreads(m_documents, [&](Eigen::Index begin, Eigen::Index end) {
            for (Eigen::Index i = begin; i < end; ++i) {
                const int first = m_rowStart[size_t(i)];
                gatherRow<T>(m_rowTerm.data() + first, rowWeight + first, m_rowStart[size_t(i) + 1] - first,
                             termRows.data(), stride, in.data() + i * stride, diagonal[i], out.data() + i * stride);
            }
        });
        return out.leftCols(width);
    }

private:
    template <typename T>
    static const T* weights(const std::vector<double>& inDouble, const std::vector<float>& inFloat)
    {
        if constexpr (std::is_same_v<T, float>)
            return inFloat.data();
        else
            return inDouble.data();
    }

    Eigen::Index m_documents = 0;
    int m_terms = 0;
    std::vector<int> m_rowStart, m_rowTerm, m_termStart, m_termRow;
    std::vector<double> m_rowWeight, m_termWeight, m_diagonal;
    std::vector<float> m_rowWeightF, m_termWeightF, m_diagonalF;
};

// One Cholesky QR step: with A^T A = R^T R, A R^-1 has orthonormal columns in exact arithmetic. In
// single precision it loses orthogonality as about 6e-8 cond(A)^2, so it declines (nullopt) unless R's
// diagonal bounds cond(A) below about 1e3 (diag(R) max / min is a lower bound of it, and the products
// here are far better conditioned than that: each is G times an orthonormal basis); the caller then
// takes Householder's QR.
std::optional<MatrixF> choleskyStep(const MatrixF& columns)
{
    const Eigen::Index width = columns.cols();
    MatrixF halves[2] = {MatrixF::Zero(width, width), MatrixF::Zero(width, width)};
    inFixedHalves(columns.rows(), [&](Eigen::Index begin, Eigen::Index end) {
        halves[begin == 0 ? 0 : 1].selfadjointView<Eigen::Lower>().rankUpdate(
            columns.middleRows(begin, end - begin).transpose());
    });
    const MatrixF gram = halves[0] + halves[1];
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
    MatrixF result;
    productByRows(columns, inverse.triangularView<Eigen::Upper>(), result);
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
    // the SVD. A randomized subspace iteration finds them, applying the Gram matrix through X's shared
    // terms (GramOperator) without forming it; the seed is fixed, so the same corpus always gives the same
    // space. The iteration's products run in single precision (twice the numbers per vector instruction):
    // they only have to find the subspace. The last product, which places every document, stays in
    // double: a stored job description must score the same (to 1e-9) whether it is ranked or matched on
    // its own, where its fold comes from double cosines.
    const GramOperator gram(rows);
    const int k = static_cast<int>(std::min<qsizetype>(components, n - 1));
    const int width = static_cast<int>(std::min<qsizetype>(k + 10, n));
    // The starting block only has to be in general position with the top eigenvectors: uniform numbers in
    // [-1, 1) do that as well as Gaussian ones (the iteration's QRs forget the scale), and SplitMix64 gives
    // them for a shift and a multiply each, where std::normal_distribution's log cost 10-30 ms here.
    quint64 state = 20260131;
    auto nextUniform = [&state] {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        return float(qint64(z >> 40) - (qint64(1) << 23)) * (1.0f / float(1 << 23));
    };
    MatrixF basis(n, width);
    for (Eigen::Index c = 0; c < basis.cols(); ++c)
        for (Eigen::Index r = 0; r < basis.rows(); ++r)
            basis(r, c) = nextUniform();
    basis = orthonormalColumns(gram.times(basis));
    for (int iteration = 0; iteration < kPowerIterations; ++iteration)
        basis = orthonormalColumns(gram.times(basis));
    // With Q the basis and B = G Q: Q^T G Q = Q^T B = W L W^T gives the eigenvectors Q W, and each
    // document's own fold G (Q W L^-1/2) = B W L^-1/2, so one more product gives both.
    const Eigen::MatrixXd basisD = basis.cast<double>();
    const Eigen::MatrixXd spanned = gram.times(basisD);
    Eigen::MatrixXd small = transposeProductByRows(basisD, spanned);
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
    productByRows(basisD, scaled, space.m_projection);
    // Each document's place is its own fold (row i of X X^T is its cosines with every document), so a
    // stored job description scores the same whether it is ranked or matched on its own.
    productByRows(spanned, scaled, space.m_documents);
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
