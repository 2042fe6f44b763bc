#pragma once

#include "matching/Analyzer.h"
#include "matching/DocumentSource.h"
#include "matching/TermTable.h"
#include "util/HugePages.h"

#include <QStringView>

#include <utility>
#include <vector>

// The counting half of TfidfModel::fit: each thread counts a range of documents with a CorpusCounter,
// and a Vocabulary merges what the counters found. Internal to the matching engine.
namespace jobdeck::fitting {

template <typename T>
using LargeVector = std::vector<T, LargeAllocator<T>>;

// A term's place in text order: its first twelve UTF-16 units packed in three integers settle most
// comparisons without touching the text, which lies wherever the arena put it.
struct SortKey
{
    quint64 packed[3];
    int id;
};

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

    void count(const Analyzer& analyzer, const DocumentSource& documents, qsizetype begin, qsizetype end);

private:
    // Sorts the vocabulary and renumbers everything by it, still on this counter's thread, so that
    // merging reads each counter's terms and frequencies front to back.
    void renumberInTextOrder();

    static quint64 pairKey(int first, int second) { return (quint64(quint32(first)) << 32) | quint32(second); }

    int idOf(QStringView term, quint64 hash);

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

    explicit Vocabulary(const std::vector<CorpusCounter>& counters);
};


} // namespace jobdeck::fitting
