#pragma once

#include <QStringView>

#include <cstring>
#include <vector>

namespace jobdeck {

// Open-addressing hash tables for the hot loops of fitting and transforming: term text -> number, and
// a pair of numbers (a bigram) -> number. Keys are views of strings the owner keeps alive; no node is
// allocated per entry, which is what made std::unordered_map the bottleneck on 10,000 documents.
class TermTable
{
public:
    static quint64 hash(QStringView key) noexcept
    {
        quint64 h = 1469598103934665603ULL; // FNV-1a over UTF-16 units
        for (QChar c : key) {
            h ^= c.unicode();
            h *= 1099511628211ULL;
        }
        return h ^ (h >> 29);
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
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.assign(capacity, Slot());
        m_mask = capacity - 1;
        for (const Slot& slot : old) {
            if (slot.value >= 0)
                place(slot);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_count = 0;
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
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.assign(capacity, Slot());
        m_mask = capacity - 1;
        for (const Slot& slot : old) {
            if (slot.value >= 0)
                place(slot.key, slot.value);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_count = 0;
};

} // namespace jobdeck
