#include "matching/TfidfModel.h"

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

template <typename T>
using LargeVector = std::vector<T, LargeAllocator<T>>;

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

// Code-unit order, scikit-learn's vocabulary order for these texts.
inline bool textLess(QStringView a, QStringView b)
{
    return std::u16string_view(a.utf16(), size_t(a.size())) < std::u16string_view(b.utf16(), size_t(b.size()));
}

// A term's place in text order: its first twelve UTF-16 units packed in three integers settle most
// comparisons without touching the text, which lies wherever the arena put it.
struct SortKey
{
    quint64 packed[3];
    int id;
};

inline bool keyLess(const SortKey& a, const SortKey& b, const LargeVector<QStringView>& aTerms,
                    const LargeVector<QStringView>& bTerms)
{
    for (int w = 0; w < 3; ++w) {
        if (a.packed[w] != b.packed[w])
            return a.packed[w] < b.packed[w];
    }
    return textLess(aTerms[size_t(a.id)].mid(12), bTerms[size_t(b.id)].mid(12));
}

// The terms' keys in text order.
LargeVector<SortKey> sortedByText(const LargeVector<QStringView>& terms)
{
    auto pack = [](QStringView term, qsizetype from) {
        quint64 packed = 0;
        for (qsizetype k = from; k < from + 4; ++k)
            packed = (packed << 16) | (k < term.size() ? term.at(k).unicode() : 0u);
        return packed;
    };
    LargeVector<SortKey> keys(terms.size());
    for (size_t i = 0; i < terms.size(); ++i)
        keys[i] = SortKey{{pack(terms[i], 0), pack(terms[i], 4), pack(terms[i], 8)}, static_cast<int>(i)};
    std::sort(keys.begin(), keys.end(), [&terms](const SortKey& a, const SortKey& b) { return keyLess(a, b, terms, terms); });
    return keys;
}

// Counts the terms of a range of documents: a vocabulary numbered as met, document and total
// frequencies, and each document's (term, count) pairs. Bigrams are found through the pair of unigram
// numbers first, so their text is built once per distinct pair rather than once per occurrence.
class CorpusCounter
{
public:
    LargeVector<QStringView> seen; // views into m_arena; in text order once count() is done
    LargeVector<quint64> hashes;   // TermTable::hash of each seen term
    LargeVector<int> df;
    LargeVector<qint64> tf;
    // Every document's (term, count) pairs back to back: document d's are counts[starts[d], starts[d + 1]).
    LargeVector<std::pair<int, int>> counts;
    LargeVector<size_t> starts{0};
    LargeVector<SortKey> sorted; // the seen terms in text order, once count() is done

    void count(const Analyzer& analyzer, const DocumentSource& documents, qsizetype begin, qsizetype end)
    {
        // Sized for the vocabulary a range of this many documents usually brings, so that a big fit
        // rarely rehashes and a small one allocates little.
        const qsizetype range = end - begin;
        m_words = TermTable(static_cast<size_t>(std::clamp<qsizetype>(range * 30, 1024, 1 << 18)));
        m_pairs = PairTable(static_cast<size_t>(std::clamp<qsizetype>(range * 24, 1024, 1 << 18)));
        starts.reserve(static_cast<size_t>(std::max<qsizetype>(0, end - begin)) + 1);
        std::vector<int> unigrams;
        std::vector<int> occurrences;
        LargeVector<qsizetype> lastDocument; // per term: the last document that counted it
        LargeVector<size_t> slot;            // per term: its entry in `counts` for that document
        QString bigram;
        QString text;
        TokenSequence sequence;
        // Roughly what a job ad brings, so the counts rarely move while they grow.
        counts.reserve(static_cast<size_t>(range) * 256);
        adviseHugePages(counts.data(), counts.capacity() * sizeof(counts[0]));
        for (qsizetype d = begin; d < end; ++d) {
            documents.read(d, text);
            analyzer.tokenize(text, sequence);
            const qsizetype size = sequence.tokens.size();
            const bool hashed = sequence.hashes.size() == size;
            // The tables are bigger than the caches, so their slots are fetched a few tokens ahead:
            // first every token's number, then every neighbouring pair's.
            constexpr qsizetype kAhead = 8;
            unigrams.assign(size_t(size), -1);
            auto hashAt = [&](qsizetype k) { return hashed ? sequence.hashes.at(k) : TermTable::hash(sequence.tokens.at(k)); };
            for (qsizetype k = 0; k < size; ++k) {
                if (k + kAhead < size && hashed)
                    m_words.prefetch(sequence.hashes.at(k + kAhead));
                const QStringView token = sequence.tokens.at(k);
                if (!token.isEmpty())
                    unigrams[size_t(k)] = idOf(token, hashAt(k));
            }
            occurrences.clear();
            occurrences.reserve(size_t(size) * 2);
            for (qsizetype k = 0; k < size; ++k) {
                const int id = unigrams[size_t(k)];
                if (id < 0)
                    continue;
                occurrences.push_back(id);
                if (k + kAhead < size && unigrams[size_t(k + kAhead - 1)] >= 0 && unigrams[size_t(k + kAhead)] >= 0)
                    m_pairs.prefetch(pairKey(unigrams[size_t(k + kAhead - 1)], unigrams[size_t(k + kAhead)]));
                const int previous = k > 0 ? unigrams[size_t(k - 1)] : -1;
                if (previous < 0)
                    continue;
                const quint64 key = pairKey(previous, id);
                int pair = m_pairs.find(key);
                if (pair < 0) {
                    bigram.resize(0);
                    bigram.append(seen[size_t(previous)]).append(QLatin1Char(' ')).append(seen[size_t(id)]);
                    pair = idOf(bigram, TermTable::hash(bigram));
                    m_pairs.insert(key, pair);
                }
                occurrences.push_back(pair);
            }
            // Count without sorting: the first occurrence of a term in this document opens its entry.
            const size_t first = counts.size();
            if (lastDocument.size() < df.size()) {
                lastDocument.resize(df.size(), -1);
                slot.resize(df.size(), 0);
            }
            for (int id : occurrences) {
                const size_t i = static_cast<size_t>(id);
                if (lastDocument[i] != d) {
                    lastDocument[i] = d;
                    slot[i] = counts.size();
                    counts.emplace_back(id, 1);
                } else {
                    ++counts[slot[i]].second;
                }
            }
            for (size_t i = first; i < counts.size(); ++i) {
                ++df[static_cast<size_t>(counts[i].first)];
                tf[static_cast<size_t>(counts[i].first)] += counts[i].second;
            }
            starts.push_back(counts.size());
        }
        m_words = TermTable();
        m_pairs = PairTable();
        renumberInTextOrder();
    }

private:
    // Sorts the vocabulary and renumbers everything by it, still on this counter's thread, so that
    // merging reads each counter's terms and frequencies front to back.
    void renumberInTextOrder()
    {
        sorted = sortedByText(seen);
        LargeVector<int> position(seen.size());
        LargeVector<QStringView> seenSorted(seen.size());
        LargeVector<quint64> hashesSorted(seen.size());
        LargeVector<int> dfSorted(seen.size());
        LargeVector<qint64> tfSorted(seen.size());
        for (size_t p = 0; p < sorted.size(); ++p) {
            const size_t id = size_t(sorted[p].id);
            position[id] = static_cast<int>(p);
            seenSorted[p] = seen[id];
            hashesSorted[p] = hashes[id];
            dfSorted[p] = df[id];
            tfSorted[p] = tf[id];
            sorted[p].id = static_cast<int>(p);
        }
        seen.swap(seenSorted);
        hashes.swap(hashesSorted);
        df.swap(dfSorted);
        tf.swap(tfSorted);
        for (auto& entry : counts)
            entry.first = position[size_t(entry.first)];
    }

    static quint64 pairKey(int first, int second) { return (quint64(quint32(first)) << 32) | quint32(second); }

    int idOf(QStringView term, quint64 hash)
    {
        int id = m_words.find(term, hash);
        if (id >= 0)
            return id;
        id = static_cast<int>(seen.size());
        seen.push_back(m_arena.add(term));
        hashes.push_back(hash);
        df.push_back(0);
        tf.push_back(0);
        m_words.insert(seen.back(), hash, id);
        return id;
    }

    TermArena m_arena;
    TermTable m_words; // every term: words and bigrams
    PairTable m_pairs;
};

// The union of the counters' vocabularies in text order, with frequencies summed, and where each
// counter's term numbers went. A merge of lists each counter sorted on its own thread.
struct Vocabulary
{
    LargeVector<QStringView> terms; // views into the counters' arenas
    LargeVector<quint64> hashes;
    LargeVector<int> df;
    LargeVector<qint64> tf;
    std::vector<LargeVector<int>> global; // global[counter][its term number] = index in `terms`

    explicit Vocabulary(const std::vector<CorpusCounter>& counters)
    {
        const size_t parts = counters.size();
        std::vector<size_t> next(parts, 0);
        global.resize(parts);
        size_t upperBound = 0;
        for (size_t t = 0; t < parts; ++t) {
            global[t].assign(counters[t].seen.size(), -1);
            upperBound += counters[t].seen.size();
        }
        terms.reserve(upperBound);
        hashes.reserve(upperBound);
        df.reserve(upperBound);
        tf.reserve(upperBound);
        for (;;) {
            // The smallest head among the counters' sorted lists; every counter holding it moves on.
            int smallest = -1;
            for (size_t t = 0; t < parts; ++t) {
                if (next[t] < counters[t].sorted.size()
                    && (smallest < 0
                        || keyLess(counters[t].sorted[next[t]], counters[size_t(smallest)].sorted[next[size_t(smallest)]],
                                   counters[t].seen, counters[size_t(smallest)].seen)))
                    smallest = static_cast<int>(t);
            }
            if (smallest < 0)
                break;
            const SortKey head = counters[size_t(smallest)].sorted[next[size_t(smallest)]];
            const QStringView text = counters[size_t(smallest)].seen[size_t(head.id)];
            const int index = static_cast<int>(terms.size());
            terms.push_back(text);
            hashes.push_back(counters[size_t(smallest)].hashes[size_t(head.id)]);
            df.push_back(0);
            tf.push_back(0);
            for (size_t t = 0; t < parts; ++t) {
                if (next[t] >= counters[t].sorted.size())
                    continue;
                const SortKey& key = counters[t].sorted[next[t]];
                if (std::memcmp(key.packed, head.packed, sizeof head.packed) != 0)
                    continue;
                const QStringView candidate = counters[t].seen[size_t(key.id)];
                if (candidate.size() != text.size() || (text.size() > 12 && candidate.mid(12) != text.mid(12)))
                    continue;
                global[t][size_t(key.id)] = index;
                df.back() += counters[t].df[size_t(key.id)];
                tf.back() += counters[t].tf[size_t(key.id)];
                ++next[t];
            }
        }
    }
};

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

    // scikit-learn's order: sort the vocabulary (done), drop terms outside [min_df, max_df], then keep
    // the max_features most frequent.
    LargeVector<int> kept;
    kept.reserve(seen.size());
    for (size_t id = 0; id < seen.size(); ++id) {
        const double count = df[id];
        if (count <= maxDocs && count >= minDocs)
            kept.push_back(static_cast<int>(id));
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
    inRanges(qsizetype(kept.size()), threads, [&](int, qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i) {
            const size_t id = size_t(kept[size_t(i)]);
            const QStringView term = seen[id];
            std::memcpy(pool + model->m_offsets[size_t(i)], term.utf16(), size_t(term.size()) * sizeof(char16_t));
            keptHashes[size_t(i)] = vocabulary.hashes[id];
            const double idf = std::log(double(1 + n) / double(1 + df[id])) + 1.0;
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

double TfidfModel::weight(int column, int count) const
{
    const double frequency = m_options.sublinearTf ? 1.0 + std::log(double(count)) : double(count);
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
        << m_options.sublinearTf << qint64(m_documentCount) << m_pool << lengths << m_idf;
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
        >> model->m_options.sublinearTf >> documentCount >> model->m_pool >> lengths >> model->m_idf;
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
