#include "HashTables.h"

namespace assurance {

bool BoundedHashSet::insert(std::uint64_t key) {
    if (key == 0)
        key = 1;
    if (m_slots.empty() || (m_size + 1) * 2 > m_slots.size()) {
        if (m_size >= m_max) {
            // Full: still answer membership for what we know, never grow.
            if (m_slots.empty())
                return true;
        } else {
            grow();
        }
    }
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = static_cast<std::size_t>(key) & mask;
    while (m_slots[i] != 0) {
        if (m_slots[i] == key)
            return false;
        i = (i + 1) & mask;
    }
    if (m_size >= m_max)
        return true;
    m_slots[i] = key;
    ++m_size;
    return true;
}

void BoundedHashSet::grow() {
    std::vector<std::uint64_t> old;
    old.swap(m_slots);
    m_slots.assign(old.empty() ? 64 : old.size() * 2, 0);
    const std::size_t mask = m_slots.size() - 1;
    for (std::uint64_t k : old) {
        if (k == 0)
            continue;
        std::size_t i = static_cast<std::size_t>(k) & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = k;
    }
}

std::size_t LabelJoinCache::findSlot(std::uint64_t key) const {
    if (m_table.empty())
        return SIZE_MAX;
    const std::size_t mask = m_table.size() - 1;
    const std::uint64_t fingerprint = key & 0xffffffff00000000ULL;
    std::size_t i = static_cast<std::size_t>(key) & mask;
    while (m_table[i] != 0) {
        if ((m_table[i] & 0xffffffff00000000ULL) == fingerprint && m_ring[ringOf(m_table[i])].key == key)
            return i;
        i = (i + 1) & mask;
    }
    return SIZE_MAX;
}

LabelJoinCache::Entry *LabelJoinCache::find(std::uint64_t key) {
    if (key == 0)
        key = 1;
    const auto slot = findSlot(key);
    return slot == SIZE_MAX ? nullptr : &m_ring[ringOf(m_table[slot])];
}

void LabelJoinCache::rehash(std::size_t tableSize) {
    m_table.assign(tableSize, 0);
    const std::size_t mask = tableSize - 1;
    for (std::size_t r = 0; r < m_ring.size(); ++r) {
        if (m_ring[r].key == 0)
            continue;
        std::size_t i = static_cast<std::size_t>(m_ring[r].key) & mask;
        while (m_table[i] != 0)
            i = (i + 1) & mask;
        m_table[i] = slotOf(m_ring[r].key, r);
    }
}

void LabelJoinCache::eraseSlot(std::size_t i) {
    // Backward-shift deletion keeps linear probing correct without tombstones.
    const std::size_t mask = m_table.size() - 1;
    std::size_t j = i;
    while (true) {
        j = (j + 1) & mask;
        if (m_table[j] == 0)
            break;
        const std::size_t home = static_cast<std::size_t>(m_ring[ringOf(m_table[j])].key) & mask;
        const bool between = (i <= j) ? (i < home && home <= j) : (i < home || home <= j);
        if (!between) {
            m_table[i] = m_table[j];
            i = j;
        }
    }
    m_table[i] = 0;
}

LabelJoinCache::Entry *LabelJoinCache::insert(std::uint64_t key, std::int64_t tsMs, bool hasPrediction,
                                              double prediction, bool labelled) {
    if (key == 0)
        key = 1;
    if (m_capacity == 0)
        return nullptr;
    if (m_table.empty())
        rehash(1024);
    // One probe: the key's entry, or the empty slot where it goes.
    const std::uint64_t fingerprint = key & 0xffffffff00000000ULL;
    std::size_t mask = m_table.size() - 1;
    std::size_t i = static_cast<std::size_t>(key) & mask;
    while (m_table[i] != 0) {
        if ((m_table[i] & 0xffffffff00000000ULL) == fingerprint && m_ring[ringOf(m_table[i])].key == key)
            return &m_ring[ringOf(m_table[i])];
        i = (i + 1) & mask;
    }
    std::size_t ringIndex;
    bool moved = false; // the table changed under `i`: probe again
    if (m_ring.size() < m_capacity) {
        m_ring.emplace_back();
        ringIndex = m_ring.size() - 1;
        ++m_size;
        if (m_ring.size() * 2 > m_table.size()) {
            rehash(m_table.size() * 2); // the new entry's key is still 0: rehash skips it
            moved = true;
        }
    } else {
        ringIndex = m_head;
        m_head = (m_head + 1) % m_capacity;
        const auto old = findSlot(m_ring[ringIndex].key);
        if (old != SIZE_MAX) {
            eraseSlot(old);
            moved = true;
        }
    }
    Entry &e = m_ring[ringIndex];
    e = Entry{key, tsMs, prediction, hasPrediction, labelled};
    if (moved) {
        mask = m_table.size() - 1;
        i = static_cast<std::size_t>(key) & mask;
        while (m_table[i] != 0)
            i = (i + 1) & mask;
    }
    m_table[i] = slotOf(key, ringIndex);
    return &e;
}

} // namespace assurance
