#pragma once

#include "signing/Sha256.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

// The Merkle tree of RFC 6962 / RFC 9162 §2.1 over the audit log's entries:
//   leaf hash = SHA-256(0x00 ‖ entry bytes), node hash = SHA-256(0x01 ‖ left ‖ right),
//   the root of an empty tree = SHA-256(""), and for n > 1 leaves the left subtree holds the largest
//   power of two smaller than n. Inclusion and consistency proofs and their verification follow
//   RFC 9162 §2.1.3 and §2.1.4 exactly, so any Certificate Transparency library checks them.
namespace assurance::audit {

using signing::Digest;

Digest leafHash(std::string_view entryBytes);
Digest nodeHash(const Digest &left, const Digest &right);

// Folds leaves in one pass, keeping one hash per level: the root of every prefix on demand.
class MerkleAccumulator {
public:
    void add(const Digest &leaf);
    std::uint64_t size() const { return m_size; }
    Digest root() const;

private:
    std::vector<Digest> m_stack; // complete subtrees, largest first
    std::vector<std::uint64_t> m_sizes;
    std::uint64_t m_size = 0;
};

Digest rootOf(std::span<const Digest> leaves);
// The audit path of leaf `index` in the tree of the first `leaves.size()` leaves.
std::vector<Digest> inclusionProof(std::span<const Digest> leaves, std::uint64_t index);
// The proof that the tree of the first `oldSize` leaves is a prefix of the tree of all `leaves`.
std::vector<Digest> consistencyProof(std::span<const Digest> leaves, std::uint64_t oldSize);

// All complete subtrees of a leaf list, level by level: the root of any prefix and any proof in
// O(log² n) hashes instead of O(n). For exporting many inclusion proofs into one tree.
class MerkleLevels {
public:
    explicit MerkleLevels(std::vector<Digest> leaves);
    std::uint64_t size() const { return m_levels.empty() ? 0 : m_levels[0].size(); }
    Digest root(std::uint64_t size) const;
    std::vector<Digest> inclusionProof(std::uint64_t index, std::uint64_t size) const;
    std::vector<Digest> consistencyProof(std::uint64_t oldSize, std::uint64_t newSize) const;

private:
    Digest range(std::uint64_t begin, std::uint64_t end) const; // MTH(D[begin:end])
    void subproof(std::uint64_t m, std::uint64_t begin, std::uint64_t end, bool complete,
                  std::vector<Digest> &out) const;
    std::vector<std::vector<Digest>> m_levels; // m_levels[l][i]: the subtree of leaves [i·2^l, (i+1)·2^l)
};

bool verifyInclusion(std::uint64_t index, std::uint64_t size, const Digest &leaf,
                     std::span<const Digest> proof, const Digest &root);
bool verifyConsistency(std::uint64_t oldSize, std::uint64_t newSize, const Digest &oldRoot,
                       const Digest &newRoot, std::span<const Digest> proof);

} // namespace assurance::audit
