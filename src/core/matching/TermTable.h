#pragma once

#include "util/HugePages.h"

#include <QStringView>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace jobdeck {

// The slots of a table: one block, filled with empty slots. A big one (when fitting thousands of
// documents) lies in huge pages (util/HugePages.h): probes land anywhere in it, and in 4 KB pages nearly
// every one also missed the TLB.
template <typename Slot>
class SlotArray
{
public:
    SlotArray() = default;
    explicit SlotArray(size_t count) : m_data(static_cast<Slot*>(allocateLarge(count * sizeof(Slot)))), m_size(count)
    {
        std::uninitialized_fill(m_data, m_data + count, Slot());
    }
    SlotArray(const SlotArray& other) : SlotArray(other.m_size) { std::copy(other.m_data, other.m_data + m_size, m_data); }
    SlotArray(SlotArray&& other) noexcept
        : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
    {
    }
    SlotArray& operator=(SlotArray other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        return *this;
    }
    ~SlotArray() { freeLarge(m_data); }

    size_t size() const { return m_size; }
    Slot& operator[](size_t i) { return m_data[i]; }
    const Slot& operator[](size_t i) const { return m_data[i]; }
    const Slot* begin() const { return m_data; }
    const Slot* end() const { return m_data + m_size; }

private:
    Slot* m_data = nullptr;
    size_t m_size = 0;
};

// Open-addressing hash tables for the hot loops of fitting and transforming: term text -> number, and
// a pair of numbers (a bigram) -> number. Keys are views of strings the owner keeps alive; no node is
// allocated per entry, which is what made std::unordered_map the bottleneck on 10,000 documents.
class TermTable
{
public:
    // FNV-1a over UTF-16 units, in steps so that a tokenizer can hash a token while it copies it.
    static constexpr quint64 kHashSeed = 1469598103934665603ULL;
    static constexpr quint64 hashStep(quint64 h, char16_t unit) noexcept { return (h ^ unit) * 1099511628211ULL; }
    static constexpr quint64 hashFinish(quint64 h) noexcept { return h ^ (h >> 29); }
    static quint64 hash(QStringView key) noexcept
    {
        quint64 h = kHashSeed;
        for (QChar c : key)
            h = hashStep(h, c.unicode());
        return hashFinish(h);
    }

    explicit TermTable(size_t expected = 0) { rehash(capacityFor(expected)); }

    size_t size() const { return m_count; }

    // The value stored for the key, or -1.
    int find(QStringView key) const { return find(key, hash(key)); }
    int find(QStringView key, quint64 h) const
    {
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot& slot = m_slots[i];
            if (slot.value < 0)
                return -1;
            if (slot.hash == h && slot.size == key.size()
                && std::memcmp(slot.data, key.data(), size_t(key.size()) * sizeof(QChar)) == 0)
                return slot.value;
        }
    }
    // Asks the processor for the slot a key with this hash starts at, ahead of a find().
    void prefetch(quint64 h) const { __builtin_prefetch(&m_slots[h & m_mask]); }
    // Adds a key that is not in the table; its characters must outlive the table.
    void insert(QStringView key, quint64 h, int value)
    {
        if ((m_count + 1) * 4 > m_slots.size() * 3)
            rehash(m_slots.size() * 2);
        place(Slot{h, key.data(), key.size(), value});
        ++m_count;
    }

private:
    struct Slot
    {
        quint64 hash = 0;
        const QChar* data = nullptr;
        qsizetype size = 0;
        int value = -1;
    };

    static size_t capacityFor(size_t expected)
    {
        size_t capacity = 16;
        while (capacity * 3 < expected * 4)
            capacity *= 2;
        return capacity;
    }
    void place(const Slot& entry)
    {
        size_t i = entry.hash & m_mask;
        while (m_slots[i].value >= 0)
            i = (i + 1) & m_mask;
        m_slots[i] = entry;
    }
    void rehash(size_t capacity)
    {
        SlotArray<Slot> old(std::move(m_slots));
        m_slots = SlotArray<Slot>(capacity);
        m_mask = capacity - 1;
        for (const Slot& slot : old) {
            if (slot.value >= 0)
                place(slot);
        }
    }

    SlotArray<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_count = 0;
};

// Storage for the term texts a TermTable points into: blocks that never move, so a view stays valid
// while more terms arrive, and one allocation per block instead of one per term.
class TermArena
{
public:
    QStringView add(QStringView text)
    {
        const size_t size = size_t(text.size());
        if (size > m_free) {
            const size_t block = std::max(kBlockUnits, size);
            m_blocks.emplace_back(static_cast<char16_t*>(allocateLarge(block * sizeof(char16_t))));
            m_next = m_blocks.back().get();
            m_free = block;
        }
        std::memcpy(m_next, text.utf16(), size * sizeof(char16_t));
        const QStringView copy(m_next, text.size());
        m_next += size;
        m_free -= size;
        return copy;
    }
    // Takes over another arena's blocks, so views into them stay valid for as long as this one lives.
    void adopt(TermArena&& other)
    {
        for (auto& block : other.m_blocks)
            m_blocks.push_back(std::move(block));
        other.m_blocks.clear();
        other.m_free = 0;
    }

private:
    struct FreeLarge
    {
        void operator()(char16_t* block) const noexcept { freeLarge(block); }
    };
    static constexpr size_t kBlockUnits = 1 << 20; // 2 MB: one huge page
    std::vector<std::unique_ptr<char16_t[], FreeLarge>> m_blocks;
    char16_t* m_next = nullptr;
    size_t m_free = 0;
};

// Pair of term numbers -> the bigram's number.
class PairTable
{
public:
    explicit PairTable(size_t expected = 0)
    {
        size_t capacity = 16;
        while (capacity * 3 < expected * 4)
            capacity *= 2;
        rehash(capacity);
    }

    int find(quint64 key) const
    {
        for (size_t i = mix(key) & m_mask;; i = (i + 1) & m_mask) {
            if (m_slots[i].value < 0)
                return -1;
            if (m_slots[i].key == key)
                return m_slots[i].value;
        }
    }
    void prefetch(quint64 key) const { __builtin_prefetch(&m_slots[mix(key) & m_mask]); }
    void insert(quint64 key, int value)
    {
        if ((m_count + 1) * 4 > m_slots.size() * 3)
            rehash(m_slots.size() * 2);
        place(key, value);
        ++m_count;
    }

private:
    struct Slot
    {
        quint64 key = 0;
        int value = -1;
    };
    static quint64 mix(quint64 key)
    {
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdULL;
        key ^= key >> 33;
        return key;
    }
    void place(quint64 key, int value)
    {
        size_t i = mix(key) & m_mask;
        while (m_slots[i].value >= 0)
            i = (i + 1) & m_mask;
        m_slots[i] = Slot{key, value};
    }
    void rehash(size_t capacity)
    {
        SlotArray<Slot> old(std::move(m_slots));
        m_slots = SlotArray<Slot>(capacity);
        m_mask = capacity - 1;
        for (const Slot& slot : old) {
            if (slot.value >= 0)
                place(slot.key, slot.value);
        }
    }

    SlotArray<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_count = 0;
};

} // namespace jobdeck
