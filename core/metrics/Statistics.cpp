#include "Statistics.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace assurance::stats {

std::optional<double> quantileSorted(std::span<const double> x, double q) {
    if (x.empty())
        return std::nullopt;
    const auto n = x.size();
    const double virtualIndex = static_cast<double>(n - 1) * q;
    double prevD = std::floor(virtualIndex);
    // numpy clips indexes into [0, n-1]
    prevD = std::clamp(prevD, 0.0, static_cast<double>(n - 1));
    const auto prev = static_cast<std::size_t>(prevD);
    const auto next = std::min(prev + 1, n - 1);
    const double gamma = virtualIndex - prevD;
    const double a = x[prev];
    const double b = x[next];
    const double diff = b - a;
    if (gamma >= 0.5)
        return b - diff * (1.0 - gamma);
    return a + diff * gamma;
}

namespace {
// A double's bits mapped to an unsigned key with the same order (radixSort's order).
inline std::uint64_t orderKey(double v) {
    std::uint64_t u;
    std::memcpy(&u, &v, sizeof u);
    return (u >> 63) ? ~u : (u | 0x8000000000000000ULL);
}
} // namespace

void mergeInto(std::vector<double> &sorted, std::span<const double> tail) {
    // From the back, so that only the tail needs room of its own. Values with equal keys have
    // equal bits: whichever goes first, the sequence is the same.
    std::size_t i = sorted.size(), j = tail.size();
    sorted.resize(i + j);
    for (std::size_t k = sorted.size(); j > 0;) {
        if (i > 0 && orderKey(sorted[i - 1]) > orderKey(tail[j - 1]))
            sorted[--k] = sorted[--i];
        else
            sorted[--k] = tail[--j];
    }
}

void radixSort(std::vector<double> &values) {
    const std::size_t n = values.size();
    if (n < 64) {
        std::sort(values.begin(), values.end(), [](double a, double b) { return orderKey(a) < orderKey(b); });
        return;
    }
    // Map each double to an unsigned key with the same order: flip all bits of negatives, the
    // sign bit of positives. -0.0 sorts before +0.0 (std::sort treats them as equal).
    std::vector<std::uint64_t> keys(n), tmp(n);
    for (std::size_t i = 0; i < n; ++i)
        keys[i] = orderKey(values[i]);
    // LSD radix on bytes, no comparisons (so no mispredicted branches: comparison sorts of random
    // doubles pay for those). One pass counts all eight digit histograms; a digit that every key
    // shares (a feature's values share their sign and most exponent bits) moves nothing and is
    // skipped.
    std::array<std::array<std::uint32_t, 256>, 8> count{};
    for (std::uint64_t k : keys)
        for (int d = 0; d < 8; ++d)
            ++count[static_cast<std::size_t>(d)][(k >> (8 * d)) & 0xff];
    for (int d = 0; d < 8; ++d) {
        auto &c = count[static_cast<std::size_t>(d)];
        if (c[(keys[0] >> (8 * d)) & 0xff] == n)
            continue;
        std::uint32_t sum = 0;
        for (auto &v : c) {
            const std::uint32_t here = v;
            v = sum;
            sum += here;
        }
        for (std::uint64_t k : keys)
            tmp[c[(k >> (8 * d)) & 0xff]++] = k;
        keys.swap(tmp);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t k = keys[i];
        const std::uint64_t u = (k >> 63) ? (k & 0x7fffffffffffffffULL) : ~k;
        std::memcpy(&values[i], &u, sizeof u);
    }
}

namespace {
// numpy's pairwise_sum for float64 (numpy/core/src/umath/loops_utils.h.src): below 8 values a plain
// loop, up to 128 eight accumulators, above that the two halves (split at a multiple of 8).
template<typename At> double pairwiseSum(const At &at, std::size_t from, std::size_t n) {
    if (n < 8) {
        double res = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            res += at(from + i);
        return res;
    }
    if (n <= 128) {
        double r[8];
        for (std::size_t j = 0; j < 8; ++j)
            r[j] = at(from + j);
        std::size_t i = 8;
        for (; i < n - (n % 8); i += 8)
            for (std::size_t j = 0; j < 8; ++j)
                r[j] += at(from + i + j);
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i)
            res += at(from + i);
        return res;
    }
    std::size_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwiseSum(at, from, n2) + pairwiseSum(at, from + n2, n - n2);
}

// np.add.reduce over a contiguous float64 array: the identity 0.0, then each buffer of 8,192
// values summed pairwise, in order.
template<typename At> double numpySum(const At &at, std::size_t n) {
    constexpr std::size_t kBuffer = 8192;
    double sum = 0.0;
    for (std::size_t from = 0; from < n; from += kBuffer)
        sum += pairwiseSum(at, from, std::min(kBuffer, n - from));
    return sum;
}
} // namespace

std::optional<double> populationVariance(std::span<const double> values) {
    if (values.empty())
        return std::nullopt;
    // np.var: mean = sum / n; x = (a − mean)²; sum(x) / n, both sums as numpy adds.
    const auto n = values.size();
    const double mean = numpySum([&](std::size_t i) { return values[i]; }, n) / static_cast<double>(n);
    const double ss = numpySum(
        [&](std::size_t i) {
            const double d = values[i] - mean;
            return d * d;
        },
        n);
    return ss / static_cast<double>(n);
}

double kolmogorovSurvival(double lambda) {
    if (lambda <= 0.0)
        return 1.0;
    if (lambda < 0.2) // the series converges slowly here and the value is 1 to double precision
        return 1.0;
    double sum = 0.0;
    for (int k = 1; k <= 100; ++k) {
        const double term = std::exp(-2.0 * k * k * lambda * lambda);
        sum += (k % 2 ? 1.0 : -1.0) * term;
        if (term < 1e-300)
            break;
    }
    return std::clamp(2.0 * sum, 0.0, 1.0);
}

void SampleBuffer::add(double v) {
    ++m_seen;
    if (m_values.size() < m_capacity) {
        m_values.push_back(v);
        return;
    }
    if (m_capacity == 0)
        return;
    // splitmix64 step
    m_rng += 0x9e3779b97f4a7c15ULL;
    std::uint64_t z = m_rng;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    const std::uint64_t j = z % m_seen;
    if (j < m_capacity) {
        m_values[j] = v;
        m_sortedValid = false; // the sorted copy no longer holds the same values
    }
}

std::span<const double> SampleBuffer::sorted() {
    if (!m_sortedValid) {
        // Sorted aside and swapped in: a failed allocation leaves no half-sorted copy behind.
        std::vector<double> all = m_values;
        radixSort(all);
        m_sorted.swap(all);
        m_sortedValid = true;
    } else if (m_sorted.size() < m_values.size()) {
        // Values were appended since: sort those and merge them in (mergeInto resizes first,
        // then cannot fail).
        std::vector<double> tail(m_values.begin() + static_cast<std::ptrdiff_t>(m_sorted.size()),
                                 m_values.end());
        radixSort(tail);
        mergeInto(m_sorted, tail);
    }
    return m_sorted;
}

} // namespace assurance::stats
