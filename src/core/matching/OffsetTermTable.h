#pragma once

#include <QStringView>
#include <QtGlobal>

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

namespace jobdeck {

// A term table (TermTable's hash and probing) whose keys are spans of one block of text, named by offset
// and length rather than by address. It holds no pointer, so a table laid out at build time is a plain
// constant array: no relocation at load, nothing to do at start-up, and a table filled at run time has
// the same layout (the built-in skill taxonomy, BuiltInTaxonomy.h, against SkillTaxonomy::parse()).
class OffsetTermTable
{
public:
    struct Slot
    {
        quint64 hash = 0;   // TermTable::hash of the key
        quint32 offset = 0; // where the key starts in the text
        quint32 size = 0;
        qint32 value = -1;  // -1: an empty slot
    };

    explicit OffsetTermTable(size_t expected = 0) : m_owned(capacityFor(expected)) { adopt(); }
    // A read-only table over `capacity` slots (a power of two, with at least one empty) that outlive it,
    // such as constants; an insert copies them first.
    static OffsetTermTable over(const Slot* data, size_t capacity, size_t count)
    {
        Q_ASSERT(capacity > count && (capacity & (capacity - 1)) == 0);
        return OffsetTermTable(data, capacity - 1, count);
    }
    OffsetTermTable(const OffsetTermTable& other)
        : m_owned(other.m_owned), m_slots(other.m_slots), m_mask(other.m_mask), m_count(other.m_count)
    {
        if (!m_owned.empty())
            m_slots = m_owned.data();
    }
    OffsetTermTable(OffsetTermTable&& other) noexcept = default; // a vector's move keeps its buffer
    OffsetTermTable& operator=(OffsetTermTable other) noexcept
    {
        std::swap(m_owned, other.m_owned);
        std::swap(m_slots, other.m_slots);
        std::swap(m_mask, other.m_mask);
        std::swap(m_count, other.m_count);
        return *this;
    }

    // The smallest capacity that holds `count` keys at most three quarters full: what a table grows to
    // by inserts, and what reduce_taxonomy gives the built-in tables.
    static size_t capacityFor(size_t count)
    {
        size_t capacity = 16;
        while (capacity * 3 < count * 4)
            capacity *= 2;
        return capacity;
    }

    size_t size() const { return m_count; }
    size_t capacity() const { return m_mask + 1; }
    const Slot* begin() const { return m_slots; }
    const Slot* end() const { return m_slots + capacity(); }

    // The value stored for the key, or -1; `text` is the block the offsets count in.
    int find(const char16_t* text, QStringView key, quint64 h) const
    {
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot& slot = m_slots[i];
            if (slot.value < 0)
                return -1;
            if (slot.hash == h && qsizetype(slot.size) == key.size()
                && std::memcmp(text + slot.offset, key.utf16(), size_t(key.size()) * sizeof(char16_t)) == 0)
                return slot.value;
        }
    }
    // Adds a key that is not in the table (value >= 0).
    void insert(quint32 offset, quint32 size, quint64 h, int value)
    {
        if (m_owned.empty() || (m_count + 1) * 4 > capacity() * 3)
            rehash(capacityFor(m_count + 1));
        place(Slot{h, offset, size, value});
        ++m_count;
    }

private:
    OffsetTermTable(const Slot* data, size_t mask, size_t count) : m_slots(data), m_mask(mask), m_count(count) {}
    void adopt()
    {
        m_slots = m_owned.data();
        m_mask = m_owned.size() - 1;
    }
    void place(const Slot& entry)
    {
        size_t i = entry.hash & m_mask;
        while (m_owned[i].value >= 0)
            i = (i + 1) & m_mask;
        m_owned[i] = entry;
    }
    void rehash(size_t capacity)
    {
        const Slot* const old = m_slots;
        const size_t oldCapacity = this->capacity();
        std::vector<Slot> kept = std::move(m_owned);
        m_owned.assign(std::max(capacity, oldCapacity), Slot());
        adopt();
        for (size_t i = 0; i < oldCapacity; ++i) {
            if (old[i].value >= 0)
                place(old[i]);
        }
    }

    std::vector<Slot> m_owned; // empty when the table views slots kept elsewhere
    const Slot* m_slots = nullptr;
    size_t m_mask = 0;
    size_t m_count = 0;
};

} // namespace jobdeck
