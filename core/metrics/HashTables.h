#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

// Small open-addressing tables for the engine's hot path (no node allocation per event).
namespace assurance {

inline std::uint64_t mix64(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// 64-bit hash of a byte string, eight bytes at a time, with splitmix's finaliser. Stable across
// runs and platforms of the same endianness (it is never persisted).
inline std::uint64_t hashText(std::string_view s, std::uint64_t seed = 0) {
    std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ (seed + s.size());
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t chunk;
        std::memcpy(&chunk, s.data() + i, 8);
        h = (h ^ chunk) * 0xff51afd7ed558ccdULL;
        h ^= h >> 29;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, s.data() + i, s.size() - i);
    return mix64(h ^ tail);
}

// Set of 64-bit hashes with a hard cap on entries; insert() reports whether the key was new.
// Once full, new keys are not remembered (insert returns true): dedupe becomes best effort
// rather than memory growing without bound.
class BoundedHashSet {
public:
    explicit BoundedHashSet(std::size_t maxEntries)
        : m_max(maxEntries) {}
    bool insert(std::uint64_t key);
    std::size_t size() const { return m_size; }
    bool saturated() const { return m_size >= m_max; }

private:
    void grow();
    std::size_t m_max;
    std::size_t m_size = 0;
    std::vector<std::uint64_t> m_slots; // 0 = empty
};

// Prediction cache for joining late label events (SPEC.md: bounded, default 24 h or 1M entries).
// FIFO eviction: when full, the oldest entry goes.
class LabelJoinCache {
public:
    struct Entry {
        std::uint64_t key = 0;
        std::int64_t tsMs = 0;
        double prediction = 0.0;
        bool hasPrediction = false;
        bool labelled = false;
    };
    explicit LabelJoinCache(std::size_t capacity)
        : m_capacity(capacity) {}
    Entry *find(std::uint64_t key);
    // Inserts unless present; returns the entry either way.
    Entry *insert(std::uint64_t key, std::int64_t tsMs, bool hasPrediction, double prediction, bool labelled);
    std::size_t size() const { return m_size; }
    std::size_t capacity() const { return m_capacity; }

private:
    // A table slot: the key's upper 32 bits (a fingerprint) and ring index + 1 (0 = empty), so
    // that probing past other keys never touches the ring (a cache miss at a million entries).
    static std::uint64_t slotOf(std::uint64_t key, std::size_t ringIndex) {
        return (key & 0xffffffff00000000ULL) | static_cast<std::uint64_t>(ringIndex + 1);
    }
    static std::size_t ringOf(std::uint64_t slot) { return static_cast<std::size_t>(slot & 0xffffffffU) - 1; }
    std::size_t findSlot(std::uint64_t key) const; // table index or npos
    void eraseSlot(std::size_t slot);
    void rehash(std::size_t tableSize);
    std::size_t m_capacity;
    std::size_t m_size = 0;
    std::size_t m_head = 0; // next ring position to write once the ring is full
    std::vector<Entry> m_ring;
    std::vector<std::uint64_t> m_table; // slotOf(key, ring index); 0 = empty
};

} // namespace assurance
