#include "matching/TfidfModel.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>

namespace jobdeck {
namespace {

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

// Counts the terms of a range of documents: a vocabulary numbered as met, document and total
// frequencies, and each document's (term, count) list. Bigrams are found through the pair of unigram
// numbers first, so their text is built once per distinct pair rather than once per occurrence.
class CorpusCounter
{
public:
    QStringList seen;
    std::vector<int> df;
    std::vector<qint64> tf;
    std::vector<std::vector<std::pair<int, int>>> documentCounts;

    void count(const Analyzer& analyzer, const QStringList& documents, qsizetype begin, qsizetype end)
    {
        documentCounts.resize(static_cast<size_t>(std::max<qsizetype>(0, end - begin)));
        std::vector<int> occurrences;
        std::vector<qsizetype> lastDocument; // per term: the last document that counted it
        std::vector<int> slot;               // per term: its entry in that document's counts
        std::vector<std::pair<int, int>> counts;
        QString bigram;
        for (qsizetype d = begin; d < end; ++d) {
            const TokenSequence sequence = analyzer.tokens(documents.at(d));
            occurrences.clear();
            occurrences.reserve(static_cast<size_t>(sequence.tokens.size()) * 2);
            int previous = -1;
            for (QStringView token : sequence.tokens) {
                if (token.isEmpty()) {
                    previous = -1;
                    continue;
                }
                const int id = idOf(token);
                occurrences.push_back(id);
                if (previous >= 0) {
                    const quint64 key = (quint64(quint32(previous)) << 32) | quint32(id);
                    int pair = m_pairs.find(key);
                    if (pair < 0) {
                        bigram.resize(0);
                        bigram.append(seen.at(previous)).append(QLatin1Char(' ')).append(seen.at(id));
                        pair = idOf(bigram);
                        m_pairs.insert(key, pair);
                    }
                    occurrences.push_back(pair);
                }
                previous = id;
            }
            // Count without sorting: the first occurrence of a term in this document opens its entry.
            counts.clear();
            if (lastDocument.size() < df.size()) {
                lastDocument.resize(df.size(), -1);
                slot.resize(df.size(), 0);
            }
            for (int id : occurrences) {
                const size_t i = static_cast<size_t>(id);
                if (lastDocument[i] != d) {
                    lastDocument[i] = d;
                    slot[i] = static_cast<int>(counts.size());
                    counts.emplace_back(id, 1);
                } else {
                    ++counts[static_cast<size_t>(slot[i])].second;
                }
            }
            for (const auto& [id, count] : counts) {
                ++df[static_cast<size_t>(id)];
                tf[static_cast<size_t>(id)] += count;
            }
            documentCounts[static_cast<size_t>(d - begin)].assign(counts.begin(), counts.end()); // exact size
        }
    }

    // Folds the counts of the documents that follow this counter's into it.
    void merge(CorpusCounter&& other)
    {
        std::vector<int> renumbered(static_cast<size_t>(other.seen.size()));
        for (qsizetype i = 0; i < other.seen.size(); ++i) {
            const int id = idOf(other.seen.at(i), &other.seen.at(i));
            renumbered[static_cast<size_t>(i)] = id;
            df[static_cast<size_t>(id)] += other.df[static_cast<size_t>(i)];
            tf[static_cast<size_t>(id)] += other.tf[static_cast<size_t>(i)];
        }
        documentCounts.reserve(documentCounts.size() + other.documentCounts.size());
        for (auto& counts : other.documentCounts) {
            for (auto& entry : counts)
                entry.first = renumbered[static_cast<size_t>(entry.first)];
            documentCounts.push_back(std::move(counts));
        }
    }

private:
    int idOf(QStringView term, const QString* owned = nullptr)
    {
        const quint64 h = TermTable::hash(term);
        int id = m_ids.find(term, h);
        if (id >= 0)
            return id;
        id = static_cast<int>(seen.size());
        seen.append(owned ? *owned : term.toString());
        m_ids.insert(QStringView(seen.last()), h, id);
        df.push_back(0);
        tf.push_back(0);
        return id;
    }

    TermTable m_ids{1 << 15};
    PairTable m_pairs{1 << 16};
};

// Indexes of the terms in code-unit order (scikit-learn's vocabulary order for these texts). Most
// comparisons settle on the first eight UTF-16 units packed in two integers.
std::vector<int> sortedByText(const QStringList& terms)
{
    struct Key
    {
        quint64 high;
        quint64 low;
        int id;
    };
    auto pack = [](const QString& term, qsizetype from) {
        quint64 packed = 0;
        for (qsizetype k = from; k < from + 4; ++k)
            packed = (packed << 16) | (k < term.size() ? term.at(k).unicode() : 0u);
        return packed;
    };
    std::vector<Key> keys(static_cast<size_t>(terms.size()));
    for (qsizetype i = 0; i < terms.size(); ++i)
        keys[static_cast<size_t>(i)] = Key{pack(terms.at(i), 0), pack(terms.at(i), 4), static_cast<int>(i)};
    std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
        if (a.high != b.high)
            return a.high < b.high;
        if (a.low != b.low)
            return a.low < b.low;
        return QStringView(terms.at(a.id)).mid(8) < QStringView(terms.at(b.id)).mid(8);
    });
    std::vector<int> order(keys.size());
    for (size_t i = 0; i < keys.size(); ++i)
        order[i] = keys[i].id;
    return order;
}

// Fills a compressed row-major matrix row after row by writing Eigen's three arrays directly, which is
// several times faster than insert() for 10,000 rows.
class RowWriter
{
public:
    RowWriter(Eigen::Index rows, Eigen::Index columns, Eigen::Index maxNonZeros) : m_matrix(rows, columns)
    {
        m_matrix.resizeNonZeros(maxNonZeros);
    }
    void append(const std::vector<std::pair<int, double>>& values)
    {
        int* inner = m_matrix.innerIndexPtr();
        double* data = m_matrix.valuePtr();
        for (const auto& [column, value] : values) {
            inner[m_used] = column;
            data[m_used] = value;
            ++m_used;
        }
        m_matrix.outerIndexPtr()[++m_row] = static_cast<int>(m_used);
    }
    SparseRows finish()
    {
        m_matrix.resizeNonZeros(m_used);
        return std::move(m_matrix);
    }

private:
    SparseRows m_matrix;
    Eigen::Index m_used = 0;
    Eigen::Index m_row = 0;
};

} // namespace

TfidfModel::TfidfModel() : m_serial(nextSerial()) {}

Result<FittedCorpus> TfidfModel::fit(const QStringList& documents, std::shared_ptr<const Analyzer> analyzer,
                                     const TfidfOptions& options)
{
    if (!analyzer)
        return badInput(tr("No analyzer to fit the model with."));
    if (documents.isEmpty())
        return badInput(tr("There are no job descriptions to fit the model on."));
    const qsizetype n = documents.size();
    const double maxDocs = options.maxDf.documents(n);
    const double minDocs = options.minDf.documents(n);
    if (maxDocs < minDocs)
        return badInput(tr("max_df corresponds to fewer documents than min_df."));

    // Big corpora are cut in contiguous ranges counted side by side, each with its own vocabulary,
    // then folded into the first.
    const int threads = options.threads > 0
                            ? options.threads
                            : static_cast<int>(std::clamp<qsizetype>(n / kDocumentsPerThread, 1, std::max(1, QThread::idealThreadCount())));
    std::vector<CorpusCounter> counters(static_cast<size_t>(std::max(1, threads)));
    {
        QList<QFuture<void>> running;
        const qsizetype share = (n + qsizetype(counters.size()) - 1) / qsizetype(counters.size());
        for (size_t t = 1; t < counters.size(); ++t) {
            const qsizetype begin = std::min(n, qsizetype(t) * share);
            const qsizetype end = std::min(n, begin + share);
            CorpusCounter* counter = &counters[t];
            const Analyzer* tokenizer = analyzer.get();
            running.append(QtConcurrent::run([counter, tokenizer, &documents, begin, end] {
                counter->count(*tokenizer, documents, begin, end);
            }));
        }
        counters[0].count(*analyzer, documents, 0, std::min(n, share));
        for (QFuture<void>& future : running)
            future.waitForFinished();
    }
    for (size_t t = 1; t < counters.size(); ++t)
        counters[0].merge(std::move(counters[t]));
    CorpusCounter& corpus = counters[0];
    const QStringList& seen = corpus.seen;
    const std::vector<int>& df = corpus.df;
    const std::vector<qint64>& tf = corpus.tf;
    std::vector<std::vector<std::pair<int, int>>>& documentCounts = corpus.documentCounts;

    if (seen.isEmpty())
        return badInput(tr("The texts hold no words to match on (only stop words or none at all)."));

    // scikit-learn's order: sort the vocabulary, drop terms outside [min_df, max_df], then keep the
    // max_features most frequent.
    const std::vector<int> order = sortedByText(seen);
    std::vector<int> kept;
    kept.reserve(order.size());
    for (int id : order) {
        const double count = df[static_cast<size_t>(id)];
        if (count <= maxDocs && count >= minDocs)
            kept.push_back(id);
    }
    if (options.maxFeatures > 0 && kept.size() > static_cast<size_t>(options.maxFeatures)) {
        std::stable_sort(kept.begin(), kept.end(), [&](int a, int b) {
            return tf[static_cast<size_t>(a)] > tf[static_cast<size_t>(b)];
        });
        kept.resize(static_cast<size_t>(options.maxFeatures));
        std::vector<int> rank(seen.size());
        for (size_t i = 0; i < order.size(); ++i)
            rank[static_cast<size_t>(order[i])] = static_cast<int>(i);
        std::sort(kept.begin(), kept.end(), [&](int a, int b) { return rank[size_t(a)] < rank[size_t(b)]; });
    }
    if (kept.empty())
        return badInput(tr("After pruning, no terms remain: try a lower min_df or a higher max_df."));

    auto model = std::shared_ptr<TfidfModel>(new TfidfModel());
    model->m_analyzer = std::move(analyzer);
    model->m_options = options;
    model->m_documentCount = n;
    std::vector<int> column(static_cast<size_t>(seen.size()), -1);
    model->m_terms.reserve(static_cast<qsizetype>(kept.size()));
    model->m_idf.reserve(static_cast<qsizetype>(kept.size()));
    for (int id : kept) {
        column[static_cast<size_t>(id)] = static_cast<int>(model->m_terms.size());
        model->m_terms.append(seen.at(id));
        const double idf = std::log(double(1 + n) / double(1 + df[static_cast<size_t>(id)])) + 1.0;
        model->m_idf.append(idf * model->m_analyzer->termBoost(seen.at(id)));
    }
    model->buildIndex();

    Eigen::Index maxNonZeros = 0;
    for (const auto& counts : documentCounts)
        maxNonZeros += static_cast<Eigen::Index>(counts.size());
    RowWriter rows(n, static_cast<Eigen::Index>(kept.size()), maxNonZeros);
    std::vector<std::pair<int, int>> mapped;
    std::vector<std::pair<int, double>> weighted;
    for (qsizetype d = 0; d < n; ++d) {
        mapped.clear();
        for (const auto& [id, count] : documentCounts[static_cast<size_t>(d)]) {
            if (column[static_cast<size_t>(id)] >= 0)
                mapped.emplace_back(column[static_cast<size_t>(id)], count);
        }
        std::sort(mapped.begin(), mapped.end());
        model->fillRow(mapped, weighted);
        rows.append(weighted);
        std::vector<std::pair<int, int>>().swap(documentCounts[static_cast<size_t>(d)]);
    }
    return FittedCorpus{std::move(model), rows.finish()};
}

void TfidfModel::buildIndex()
{
    m_index = TermTable(static_cast<size_t>(m_terms.size()));
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        const QStringView term(m_terms.at(i));
        m_index.insert(term, TermTable::hash(term), static_cast<int>(i));
    }
}

int TfidfModel::indexOf(QStringView term) const
{
    return m_index.find(term);
}

void TfidfModel::fillRow(const std::vector<std::pair<int, int>>& counts,
                         std::vector<std::pair<int, double>>& out) const
{
    out.clear();
    double squares = 0;
    for (const auto& [column, count] : counts) {
        const double frequency = m_options.sublinearTf ? 1.0 + std::log(double(count)) : double(count);
        const double weight = frequency * m_idf.at(column);
        squares += weight * weight;
        out.emplace_back(column, weight);
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
    std::vector<int> occurrences;
    occurrences.reserve(static_cast<size_t>(sequence.tokens.size()) * 2);
    QStringView previous;
    for (QStringView token : sequence.tokens) {
        if (token.isEmpty()) {
            previous = QStringView();
            continue;
        }
        if (const int column = indexOf(token); column >= 0)
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
    std::vector<std::vector<std::pair<int, double>>> all(static_cast<size_t>(texts.size()));
    // Transforming is read-only on the model: big batches (a start-up with many stored job
    // descriptions) are cut in ranges, one per core.
    auto transformRange = [this, &texts, &all](qsizetype begin, qsizetype end) {
        QString scratch;
        for (qsizetype i = begin; i < end; ++i)
            fillRow(countTerms(texts.at(i), scratch), all[static_cast<size_t>(i)]);
    };
    const qsizetype n = texts.size();
    const qsizetype threads = std::clamp<qsizetype>(n / kDocumentsPerThread, 1, std::max(1, QThread::idealThreadCount()));
    const qsizetype share = (n + threads - 1) / threads;
    QList<QFuture<void>> running;
    for (qsizetype t = 1; t < threads; ++t)
        running.append(QtConcurrent::run(transformRange, std::min(n, t * share), std::min(n, (t + 1) * share)));
    transformRange(0, std::min(n, share));
    for (QFuture<void>& future : running)
        future.waitForFinished();
    Eigen::Index nonZeros = 0;
    for (const auto& values : all)
        nonZeros += static_cast<Eigen::Index>(values.size());
    RowWriter rows(texts.size(), termCount(), nonZeros);
    for (const auto& values : all)
        rows.append(values);
    return rows.finish();
}

QByteArray TfidfModel::save() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kFormatVersion << m_analyzer->name() << m_options.minDf.value << m_options.minDf.isProportion
        << m_options.maxDf.value << m_options.maxDf.isProportion << qint32(m_options.maxFeatures)
        << m_options.sublinearTf << qint64(m_documentCount) << m_terms << m_idf;
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
    in >> analyzerName >> model->m_options.minDf.value >> model->m_options.minDf.isProportion
        >> model->m_options.maxDf.value >> model->m_options.maxDf.isProportion >> maxFeatures
        >> model->m_options.sublinearTf >> documentCount >> model->m_terms >> model->m_idf;
    model->m_analyzer = Analyzer::create(analyzerName);
    if (in.status() != QDataStream::Ok || !in.atEnd() || !model->m_analyzer || documentCount <= 0
        || model->m_terms.size() != model->m_idf.size())
        return failure(tr("The saved matching model is damaged; it will be fitted again."));
    model->m_options.maxFeatures = maxFeatures;
    model->m_documentCount = documentCount;
    model->buildIndex();
    return std::shared_ptr<const TfidfModel>(std::move(model));
}

} // namespace jobdeck
