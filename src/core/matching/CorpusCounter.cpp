#include "matching/CorpusCounter.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace jobdeck::fitting {
namespace {

// Code-unit order, scikit-learn's vocabulary order for these texts.
inline bool textLess(QStringView a, QStringView b)
{
    return std::u16string_view(a.utf16(), size_t(a.size())) < std::u16string_view(b.utf16(), size_t(b.size()));
}

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

} // namespace

void CorpusCounter::count(const Analyzer& analyzer, const DocumentSource& documents, qsizetype begin, qsizetype end)
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

void CorpusCounter::renumberInTextOrder()
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

int CorpusCounter::idOf(QStringView term, quint64 hash)
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

Vocabulary::Vocabulary(const std::vector<CorpusCounter>& counters)
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

} // namespace jobdeck::fitting
