#include "matching/TfidfModel.h"

#include "matching/CorpusCounter.h"
#include "util/HugePages.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <numeric>
#include <string_view>

namespace jobdeck {
namespace {

using fitting::CorpusCounter;
using fitting::LargeVector;
using fitting::Vocabulary;

constexpr quint32 kMagic = 0x4A445446; // "JDTF"
// Below this many documents per thread, starting threads costs more than it saves.
constexpr qsizetype kDocumentsPerThread = 1000;

quint64 nextSerial()
{
    static std::atomic<quint64> serial{0};
    return ++serial;
}

// Sorted (column, count) pairs from a list of column occurrences.
std::vector<std::pair<int, int>> runLengths(std::vector<int>& columns)
{
    std::sort(columns.begin(), columns.end());
    std::vector<std::pair<int, int>> counts;
    for (size_t i = 0; i < columns.size();) {
        size_t j = i;
        while (j < columns.size() && columns[j] == columns[i])
            ++j;
        counts.emplace_back(columns[i], static_cast<int>(j - i));
        i = j;
    }
    return counts;
}

// Runs work(part, begin, end) on `parts` contiguous ranges of [0, n): the first on this thread, the
// others on the global pool, and returns when all are done.
template <typename Work>
void inRanges(qsizetype n, int parts, const Work& work)
{
    parts = std::max(1, parts);
    const qsizetype share = (n + parts - 1) / parts;
    QList<QFuture<void>> running;
    for (int part = 1; part < parts; ++part) {
        const qsizetype begin = std::min(n, part * share);
        const qsizetype end = std::min(n, begin + share);
        running.append(QtConcurrent::run([&work, part, begin, end] { work(part, begin, end); }));
    }
    work(0, 0, std::min(n, share));
    for (QFuture<void>& future : running)
        future.waitForFinished();
}

} // namespace

TfidfModel::TfidfModel() : m_serial(nextSerial()) {}

Result<FittedCorpus> TfidfModel::fit(const QStringList& documents, std::shared_ptr<const Analyzer> analyzer,
                                     const TfidfOptions& options)
{
    return fit(StringListSource(documents), std::move(analyzer), options);
}

Result<FittedCorpus> TfidfModel::fit(const DocumentSource& documents, std::shared_ptr<const Analyzer> analyzer,
                                     const TfidfOptions& options)
{
    if (!analyzer)
        return badInput(tr("No analyzer to fit the model with."));
    if (documents.count() == 0)
        return badInput(tr("There are no job descriptions to fit the model on."));
    const qsizetype n = documents.count();
    const double maxDocs = options.maxDf.documents(n);
    const double minDocs = options.minDf.documents(n);
    if (maxDocs < minDocs)
        return badInput(tr("max_df corresponds to fewer documents than min_df."));

    // Big corpora are cut in contiguous ranges counted side by side, each with its own vocabulary
    // sorted on its own thread; the sorted vocabularies are then merged.
    const int threads = options.threads > 0
                            ? options.threads
                            : static_cast<int>(std::clamp<qsizetype>(n / kDocumentsPerThread, 1, std::max(1, QThread::idealThreadCount())));
    std::vector<CorpusCounter> counters(static_cast<size_t>(threads));
    inRanges(n, threads, [&counters, &analyzer, &documents](int part, qsizetype begin, qsizetype end) {
        counters[size_t(part)].count(*analyzer, documents, begin, end);
    });
    const Vocabulary vocabulary(counters);
    const LargeVector<QStringView>& seen = vocabulary.terms;
    const LargeVector<int>& df = vocabulary.df;
    const LargeVector<qint64>& tf = vocabulary.tf;

    if (seen.empty())
        return badInput(tr("The texts hold no words to match on (only stop words or none at all)."));

    // scikit-learn's order: sort the vocabulary (done), drop terms outside [min_df, max_df] (but not a
    // common term the analyzer keeps: Analyzer::keepsCommonTerm), then keep the max_features most frequent.
    LargeVector<int> kept;
    kept.reserve(seen.size());
    QStringList droppedAsCommon;
    for (size_t id = 0; id < seen.size(); ++id) {
        const double count = df[id];
        if (count < minDocs)
            continue;
        if (count <= maxDocs || analyzer->keepsCommonTerm(seen[id], vocabulary.hashes[id]))
            kept.push_back(static_cast<int>(id));
        else
            droppedAsCommon.append(seen[id].toString());
    }
    if (options.maxFeatures > 0 && kept.size() > static_cast<size_t>(options.maxFeatures)) {
        std::stable_sort(kept.begin(), kept.end(), [&](int a, int b) {
            return tf[static_cast<size_t>(a)] > tf[static_cast<size_t>(b)];
        });
        kept.resize(static_cast<size_t>(options.maxFeatures));
        std::sort(kept.begin(), kept.end());
    }
    if (kept.empty())
        return badInput(tr("After pruning, no terms remain: try a lower min_df or a higher max_df."));

    auto model = std::shared_ptr<TfidfModel>(new TfidfModel());
    model->m_analyzer = std::move(analyzer);
    model->m_options = options;
    model->m_documentCount = n;
    model->m_droppedAsCommon = std::move(droppedAsCommon);
    // The pool's layout first (lengths only), then its text and the idf side by side.
    LargeVector<int> column(seen.size(), -1);
    LargeVector<quint64> keptHashes(kept.size());
    model->m_offsets.resize(kept.size() + 1);
    model->m_offsets[0] = 0;
    for (size_t i = 0; i < kept.size(); ++i) {
        column[size_t(kept[i])] = static_cast<int>(i);
        model->m_offsets[i + 1] = model->m_offsets[i] + seen[size_t(kept[i])].size();
    }
    model->m_pool.resize(model->m_offsets.back());
    model->m_idf.resize(static_cast<qsizetype>(kept.size()));
    char16_t* pool = reinterpret_cast<char16_t*>(model->m_pool.data());
    const Analyzer& booster = *model->m_analyzer;
    // The idf depends on the document frequency alone: one log per frequency (at most n + 1 of them)
    // rather than one per term (a real-length corpus has 50-100 terms per document). Same expression,
    // same bits.
    std::vector<double> idfOf(size_t(n) + 2);
    for (size_t count = 0; count < idfOf.size(); ++count)
        idfOf[count] = std::log(double(1 + n) / double(1 + count)) + 1.0;
    inRanges(qsizetype(kept.size()), threads, [&](int, qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i) {
            const size_t id = size_t(kept[size_t(i)]);
            const QStringView term = seen[id];
            std::memcpy(pool + model->m_offsets[size_t(i)], term.utf16(), size_t(term.size()) * sizeof(char16_t));
            keptHashes[size_t(i)] = vocabulary.hashes[id];
            const double idf = size_t(df[id]) < idfOf.size() ? idfOf[size_t(df[id])]
                                                              : std::log(double(1 + n) / double(1 + df[id])) + 1.0;
            model->m_idf[i] = idf * booster.termBoost(term, vocabulary.hashes[id]);
        }
    });
    model->buildIndex(keptHashes.data());

    // The rows, in two passes over each counter's documents side by side: number each document's terms
    // by column and sort them, then (once every row's length is known) weigh them into the matrix.
    LargeVector<Eigen::Index> rowSize(static_cast<size_t>(n));
    std::vector<qsizetype> firstDocument(counters.size() + 1, 0);
    for (size_t t = 0; t < counters.size(); ++t)
        firstDocument[t + 1] = firstDocument[t] + qsizetype(counters[t].starts.size()) - 1;
    inRanges(threads, threads, [&](int part, qsizetype, qsizetype) {
        CorpusCounter& counter = counters[size_t(part)];
        const LargeVector<int>& global = vocabulary.global[size_t(part)];
        for (size_t d = 0; d + 1 < counter.starts.size(); ++d) {
            auto first = counter.counts.begin() + static_cast<std::ptrdiff_t>(counter.starts[d]);
            auto last = counter.counts.begin() + static_cast<std::ptrdiff_t>(counter.starts[d + 1]);
            for (auto it = first; it != last; ++it)
                it->first = column[size_t(global[size_t(it->first)])];
            last = std::remove_if(first, last, [](const std::pair<int, int>& entry) { return entry.first < 0; });
            std::sort(first, last);
            rowSize[size_t(firstDocument[size_t(part)] + qsizetype(d))] = last - first;
        }
    });
    SparseRows rows(n, static_cast<Eigen::Index>(kept.size()));
    int* outer = rows.outerIndexPtr();
    outer[0] = 0;
    for (qsizetype d = 0; d < n; ++d)
        outer[d + 1] = outer[d] + static_cast<int>(rowSize[size_t(d)]);
    rows.resizeNonZeros(outer[n]);
    int* inner = rows.innerIndexPtr();
    double* values = rows.valuePtr();
    adviseHugePages(inner, size_t(outer[n]) * sizeof(int));
    adviseHugePages(values, size_t(outer[n]) * sizeof(double));
    const TfidfModel& weigher = *model;
    inRanges(threads, threads, [&](int part, qsizetype, qsizetype) {
        const CorpusCounter& counter = counters[size_t(part)];
        for (size_t d = 0; d + 1 < counter.starts.size(); ++d) {
            const qsizetype row = firstDocument[size_t(part)] + qsizetype(d);
            weigher.weighRow(counter.counts.data() + counter.starts[d], rowSize[size_t(row)], inner + outer[row], values + outer[row]);
        }
    });
    return FittedCorpus{std::move(model), std::move(rows)};
}

QStringList TfidfModel::terms() const
{
    QStringList all;
    all.reserve(termCount());
    for (int i = 0; i < termCount(); ++i)
        all.append(term(i).toString());
    return all;
}

void TfidfModel::buildIndex(const quint64* hashes)
{
    m_index = TermTable(static_cast<size_t>(termCount()));
    for (int i = 0; i < termCount(); ++i) {
        const QStringView text = term(i);
        m_index.insert(text, hashes ? hashes[i] : TermTable::hash(text), i);
    }
}

int TfidfModel::indexOf(QStringView term) const
{
    return m_index.find(term);
}

namespace {

// 1 + log(count) for the small counts nearly every term has (most appear once in a document): a table of
// the very values std::log gives, instead of a libm call per term of every document.
struct SublinearTable
{
    static constexpr int kSize = 64;
    double values[kSize];
    SublinearTable()
    {
        for (int count = 0; count < kSize; ++count)
            values[count] = count > 0 ? 1.0 + std::log(double(count)) : 1.0 + std::log(0.0);
    }
};

double sublinear(int count)
{
    static const SublinearTable table;
    return count >= 0 && count < SublinearTable::kSize ? table.values[count] : 1.0 + std::log(double(count));
}

} // namespace

double TfidfModel::weight(int column, int count) const
{
    const double frequency = m_options.sublinearTf ? sublinear(count) : double(count);
    return frequency * m_idf.at(column);
}

void TfidfModel::weighRow(const std::pair<int, int>* counts, qsizetype size, int* columns, double* values) const
{
    double squares = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const double value = weight(counts[i].first, counts[i].second);
        columns[i] = counts[i].first;
        values[i] = value;
        squares += value * value;
    }
    if (squares > 0) {
        const double norm = std::sqrt(squares);
        for (qsizetype i = 0; i < size; ++i)
            values[i] /= norm;
    }
}

void TfidfModel::fillRow(const std::vector<std::pair<int, int>>& counts,
                         std::vector<std::pair<int, double>>& out) const
{
    out.clear();
    double squares = 0;
    for (const auto& [column, count] : counts) {
        const double value = weight(column, count);
        squares += value * value;
        out.emplace_back(column, value);
    }
    if (squares > 0) {
        const double norm = std::sqrt(squares);
        for (auto& entry : out)
            entry.second /= norm;
    }
}

std::vector<std::pair<int, int>> TfidfModel::countTerms(const QString& text, QString& scratch) const
{
    const TokenSequence sequence = m_analyzer->tokens(text);
    const bool hashed = sequence.hashes.size() == sequence.tokens.size();
    std::vector<int> occurrences;
    occurrences.reserve(static_cast<size_t>(sequence.tokens.size()) * 2);
    QStringView previous;
    for (qsizetype k = 0; k < sequence.tokens.size(); ++k) {
        const QStringView token = sequence.tokens.at(k);
        if (token.isEmpty()) {
            previous = QStringView();
            continue;
        }
        if (const int column = m_index.find(token, hashed ? sequence.hashes.at(k) : TermTable::hash(token)); column >= 0)
            occurrences.push_back(column);
        if (!previous.isEmpty()) {
            // Neighbours in the analyzer's storage are often already "a b" in place.
            int column = -1;
            const quintptr after = reinterpret_cast<quintptr>(previous.data()) + quintptr(previous.size() + 1) * sizeof(QChar);
            if (after == reinterpret_cast<quintptr>(token.data()) && previous.data()[previous.size()] == QLatin1Char(' ')) {
                column = indexOf(QStringView(previous.data(), previous.size() + 1 + token.size()));
            } else {
                scratch.resize(0);
                scratch.append(previous);
                scratch.append(QLatin1Char(' '));
                scratch.append(token);
                column = indexOf(scratch);
            }
            if (column >= 0)
                occurrences.push_back(column);
        }
        previous = token;
    }
    return runLengths(occurrences);
}

SparseVector TfidfModel::transform(const QString& text) const
{
    QString scratch;
    std::vector<std::pair<int, double>> weighted;
    fillRow(countTerms(text, scratch), weighted);
    SparseVector vector(termCount());
    vector.reserve(static_cast<Eigen::Index>(weighted.size()));
    for (const auto& [column, value] : weighted)
        vector.insertBack(column) = value;
    return vector;
}

SparseRows TfidfModel::transformAll(const QStringList& texts) const
{
    // Transforming is read-only on the model: big batches (a start-up with many stored job
    // descriptions) are cut in ranges, one per core.
    const qsizetype n = texts.size();
    const int threads = static_cast<int>(std::clamp<qsizetype>(n / kDocumentsPerThread, 1, std::max(1, QThread::idealThreadCount())));
    std::vector<std::vector<std::pair<int, int>>> counted(static_cast<size_t>(n));
    inRanges(n, threads, [this, &texts, &counted](int, qsizetype begin, qsizetype end) {
        QString scratch;
        for (qsizetype i = begin; i < end; ++i)
            counted[size_t(i)] = countTerms(texts.at(i), scratch);
    });
    SparseRows rows(n, termCount());
    int* outer = rows.outerIndexPtr();
    outer[0] = 0;
    for (qsizetype i = 0; i < n; ++i)
        outer[i + 1] = outer[i] + static_cast<int>(counted[size_t(i)].size());
    rows.resizeNonZeros(outer[n]);
    int* inner = rows.innerIndexPtr();
    double* values = rows.valuePtr();
    inRanges(n, threads, [&](int, qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i) {
            const auto& entries = counted[size_t(i)];
            weighRow(entries.data(), qsizetype(entries.size()), inner + outer[i], values + outer[i]);
        }
    });
    return rows;
}

QByteArray TfidfModel::save() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    QList<qint32> lengths;
    lengths.reserve(termCount());
    for (size_t i = 1; i < m_offsets.size(); ++i)
        lengths.append(static_cast<qint32>(m_offsets[i] - m_offsets[i - 1]));
    out << kMagic << kFormatVersion << m_analyzer->name() << m_options.minDf.value << m_options.minDf.isProportion
        << m_options.maxDf.value << m_options.maxDf.isProportion << qint32(m_options.maxFeatures)
        << m_options.sublinearTf << qint64(m_documentCount) << m_pool << lengths << m_idf << m_droppedAsCommon;
    return data;
}

Result<std::shared_ptr<const TfidfModel>> TfidfModel::load(const QByteArray& data)
{
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != kMagic)
        return failure(tr("The saved matching model is damaged; it will be fitted again."));
    if (version != kFormatVersion)
        return failure(tr("The saved matching model has format %1, this version reads %2; it will be fitted again.")
                           .arg(version)
                           .arg(kFormatVersion));
    auto model = std::shared_ptr<TfidfModel>(new TfidfModel());
    QString analyzerName;
    qint32 maxFeatures = 0;
    qint64 documentCount = 0;
    QList<qint32> lengths;
    in >> analyzerName >> model->m_options.minDf.value >> model->m_options.minDf.isProportion
        >> model->m_options.maxDf.value >> model->m_options.maxDf.isProportion >> maxFeatures
        >> model->m_options.sublinearTf >> documentCount >> model->m_pool >> lengths >> model->m_idf
        >> model->m_droppedAsCommon;
    model->m_analyzer = Analyzer::create(analyzerName);
    bool lengthsFit = lengths.size() == model->m_idf.size();
    model->m_offsets.reserve(static_cast<size_t>(lengths.size()) + 1);
    for (qint32 length : std::as_const(lengths)) {
        lengthsFit = lengthsFit && length > 0 && model->m_offsets.back() + length <= model->m_pool.size();
        if (!lengthsFit)
            break;
        model->m_offsets.push_back(model->m_offsets.back() + length);
    }
    if (in.status() != QDataStream::Ok || !in.atEnd() || !model->m_analyzer || documentCount <= 0 || !lengthsFit
        || model->m_offsets.back() != model->m_pool.size())
        return failure(tr("The saved matching model is damaged; it will be fitted again."));
    model->m_options.maxFeatures = maxFeatures;
    model->m_documentCount = documentCount;
    model->buildIndex();
    return std::shared_ptr<const TfidfModel>(std::move(model));
}

} // namespace jobdeck
