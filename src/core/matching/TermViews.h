#pragma once

#include <QHashFunctions>
#include <QStringView>

#include <unordered_map>
#include <unordered_set>

namespace jobdeck {

// Hash maps keyed by views into strings the owner keeps alive: lookups by a slice of a text cost no
// allocation, which is what keeps fitting 10,000 documents fast.
// Not noexcept on purpose: libstdc++ then caches each node's hash, so a probe compares hashes before
// it compares strings.
struct TermViewHash
{
    size_t operator()(QStringView view) const { return qHash(view, 0); }
};

template <typename T>
using TermViewMap = std::unordered_map<QStringView, T, TermViewHash>;
using TermViewSet = std::unordered_set<QStringView, TermViewHash>;

} // namespace jobdeck
