#include "MerkleTree.h"

#include <bit>

namespace assurance::audit {

using signing::Sha256;

Digest leafHash(std::string_view entryBytes) {
    thread_local Sha256 h;
    return h.add(std::uint8_t{0}).add(entryBytes).finish();
}

Digest nodeHash(const Digest &left, const Digest &right) {
    thread_local Sha256 h;
    return h.add(std::uint8_t{1}).add(left).add(right).finish();
}

void MerkleAccumulator::add(const Digest &leaf) {
    m_stack.push_back(leaf);
    m_sizes.push_back(1);
    // Merge equal-sized complete subtrees: the stack mirrors the binary digits of the size.
    while (m_sizes.size() >= 2 && m_sizes[m_sizes.size() - 1] == m_sizes[m_sizes.size() - 2]) {
        const Digest right = m_stack.back();
        m_stack.pop_back();
        m_sizes.pop_back();
        m_stack.back() = nodeHash(m_stack.back(), right);
        m_sizes.back() *= 2;
    }
    ++m_size;
}

Digest MerkleAccumulator::root() const {
    if (m_stack.empty())
        return Sha256::of({});
    // The smaller subtrees on the right fold first: exactly RFC 6962's split at the largest power
    // of two below n, applied recursively.
    Digest acc = m_stack.back();
    for (std::size_t i = m_stack.size() - 1; i-- > 0;)
        acc = nodeHash(m_stack[i], acc);
    return acc;
}

namespace {
std::uint64_t largestPowerOfTwoBelow(std::uint64_t n) { // n > 1
    return std::bit_floor(n - 1);
}

void subproof(std::span<const Digest> leaves, std::uint64_t m, bool complete, std::vector<Digest> &out);
} // namespace

Digest rootOf(std::span<const Digest> leaves) {
    MerkleAccumulator acc;
    for (const Digest &d : leaves)
        acc.add(d);
    return acc.root();
}

std::vector<Digest> inclusionProof(std::span<const Digest> leaves, std::uint64_t index) {
    // RFC 9162 §2.1.3.1: PATH(m, D[n]).
    std::vector<Digest> path;
    std::uint64_t m = index;
    std::span<const Digest> d = leaves;
    std::vector<Digest> reversed;
    while (d.size() > 1) {
        const std::uint64_t k = largestPowerOfTwoBelow(d.size());
        if (m < k) {
            reversed.push_back(rootOf(d.subspan(k)));
            d = d.first(k);
        } else {
            reversed.push_back(rootOf(d.first(k)));
            d = d.subspan(k);
            m -= k;
        }
    }
    // PATH lists the siblings from the leaf up.
    path.assign(reversed.rbegin(), reversed.rend());
    return path;
}

namespace {
void subproof(std::span<const Digest> leaves, std::uint64_t m, bool complete, std::vector<Digest> &out) {
    // RFC 9162 §2.1.4.1: SUBPROOF(m, D[n], b).
    const std::uint64_t n = leaves.size();
    if (m == n) {
        if (!complete)
            out.push_back(rootOf(leaves));
        return;
    }
    const std::uint64_t k = largestPowerOfTwoBelow(n);
    if (m <= k) {
        subproof(leaves.first(k), m, complete, out);
        out.push_back(rootOf(leaves.subspan(k)));
    } else {
        subproof(leaves.subspan(k), m - k, false, out);
        out.push_back(rootOf(leaves.first(k)));
    }
}
} // namespace

std::vector<Digest> consistencyProof(std::span<const Digest> leaves, std::uint64_t oldSize) {
    std::vector<Digest> out;
    if (oldSize == 0 || oldSize >= leaves.size())
        return out;
    subproof(leaves, oldSize, true, out);
    return out;
}

MerkleLevels::MerkleLevels(std::vector<Digest> leaves) {
    m_levels.push_back(std::move(leaves));
    while (m_levels.back().size() > 1) {
        const auto &below = m_levels.back();
        std::vector<Digest> up;
        up.reserve(below.size() / 2);
        for (std::size_t i = 0; i + 1 < below.size(); i += 2)
            up.push_back(nodeHash(below[i], below[i + 1]));
        m_levels.push_back(std::move(up));
    }
}

Digest MerkleLevels::range(std::uint64_t begin, std::uint64_t end) const {
    const std::uint64_t n = end - begin;
    if (n == 0)
        return Sha256::of({});
    if (std::has_single_bit(n) && begin % n == 0) {
        const auto level = static_cast<std::size_t>(std::countr_zero(n));
        return m_levels[level][begin / n];
    }
    const std::uint64_t k = largestPowerOfTwoBelow(n);
    return nodeHash(range(begin, begin + k), range(begin + k, end));
}

Digest MerkleLevels::root(std::uint64_t size) const {
    return range(0, size);
}

std::vector<Digest> MerkleLevels::inclusionProof(std::uint64_t index, std::uint64_t size) const {
    std::vector<Digest> reversed;
    std::uint64_t begin = 0, end = size, m = index;
    while (end - begin > 1) {
        const std::uint64_t k = largestPowerOfTwoBelow(end - begin);
        if (m < k) {
            reversed.push_back(range(begin + k, end));
            end = begin + k;
        } else {
            reversed.push_back(range(begin, begin + k));
            begin += k;
            m -= k;
        }
    }
    return {reversed.rbegin(), reversed.rend()};
}

void MerkleLevels::subproof(std::uint64_t m, std::uint64_t begin, std::uint64_t end, bool complete,
                            std::vector<Digest> &out) const {
    const std::uint64_t n = end - begin;
    if (m == n) {
        if (!complete)
            out.push_back(range(begin, end));
        return;
    }
    const std::uint64_t k = largestPowerOfTwoBelow(n);
    if (m <= k) {
        subproof(m, begin, begin + k, complete, out);
        out.push_back(range(begin + k, end));
    } else {
        subproof(m - k, begin + k, end, false, out);
        out.push_back(range(begin, begin + k));
    }
}

std::vector<Digest> MerkleLevels::consistencyProof(std::uint64_t oldSize, std::uint64_t newSize) const {
    std::vector<Digest> out;
    if (oldSize == 0 || oldSize >= newSize)
        return out;
    subproof(oldSize, 0, newSize, true, out);
    return out;
}

bool verifyInclusion(std::uint64_t index, std::uint64_t size, const Digest &leaf,
                     std::span<const Digest> proof, const Digest &root) {
    // RFC 9162 §2.1.3.2.
    if (index >= size)
        return false;
    std::uint64_t fn = index, sn = size - 1;
    Digest r = leaf;
    for (const Digest &p : proof) {
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            r = nodeHash(p, r);
            if (!(fn & 1))
                while (!(fn & 1) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && r == root;
}

bool verifyConsistency(std::uint64_t oldSize, std::uint64_t newSize, const Digest &oldRoot,
                       const Digest &newRoot, std::span<const Digest> proof) {
    // RFC 9162 §2.1.4.2.
    if (oldSize > newSize)
        return false;
    if (oldSize == newSize)
        return proof.empty() && oldRoot == newRoot;
    if (oldSize == 0)
        return proof.empty(); // the empty tree is a prefix of every tree
    if (proof.empty())
        return false;
    std::vector<Digest> path(proof.begin(), proof.end());
    if (std::has_single_bit(oldSize))
        path.insert(path.begin(), oldRoot);
    std::uint64_t fn = oldSize - 1, sn = newSize - 1;
    while (fn & 1) {
        fn >>= 1;
        sn >>= 1;
    }
    Digest fr = path[0], sr = path[0];
    for (std::size_t i = 1; i < path.size(); ++i) {
        const Digest &c = path[i];
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            if (!(fn & 1))
                while (!(fn & 1) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
        } else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return fr == oldRoot && sr == newRoot && sn == 0;
}

} // namespace assurance::audit
