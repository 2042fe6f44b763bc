#pragma once

#include "matching/TermTable.h"

#include <algorithm>
#include <QStringList>
#include <QStringView>
#include <vector>

namespace jobdeck {

// A set of terms kept as their TermTable hashes, sorted: what an explanation leaves out, asked about each
// term of a job description without a string being built, copied or compared. Two different terms share
// a 64-bit hash about once in 2^64 pairs; an explanation asks about a few hundred.
class TermHashSet
{
public:
    TermHashSet() = default;
    explicit TermHashSet(const QStringList& terms)
    {
        m_hashes.reserve(size_t(terms.size()));
        for (const QString& term : terms)
            m_hashes.push_back(TermTable::hash(term));
        seal();
    }

    // Adds a hash; seal() must follow before the set is asked anything.
    void add(quint64 hash) { m_hashes.push_back(hash); }
    void seal()
    {
        std::sort(m_hashes.begin(), m_hashes.end());
        m_hashes.erase(std::unique(m_hashes.begin(), m_hashes.end()), m_hashes.end());
    }

    bool isEmpty() const { return m_hashes.empty(); }
    qsizetype size() const { return qsizetype(m_hashes.size()); }
    bool contains(quint64 hash) const { return std::binary_search(m_hashes.cbegin(), m_hashes.cend(), hash); }
    bool contains(QStringView term) const { return !m_hashes.empty() && contains(TermTable::hash(term)); }

private:
    std::vector<quint64> m_hashes;
};

} // namespace jobdeck
