#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

// Numerical building blocks with numpy's exact semantics, so results match the reference scripts
// (scripts/reference/) to the last bit where the arithmetic allows.
namespace assurance::stats {

// numpy.quantile(values, q) with the default method "linear" on an ascending-sorted span,
// including numpy's lerp (b - (b-a)(1-t) when t >= 0.5). q in [0, 1]. Empty → nullopt.
std::optional<double> quantileSorted(std::span<const double> sorted, double q);

// Sorts doubles ascending (as std::sort with <, for finite values) with an LSD radix sort on their
// bit patterns: several times faster than std::sort for the thousands of values a window holds.
// -0.0 sorts before +0.0, so the result is one exact sequence of bit patterns.
void radixSort(std::vector<double> &values);
// Merges an ascending run into `sorted` (both in radixSort's order, -0.0 before +0.0): the result
// is bit for bit what radixSort gives for all of their values. Needs no room beyond the result.
void mergeInto(std::vector<double> &sorted, std::span<const double> tail);

// Population variance (ddof = 0), numpy.var to the bit: two passes, each sum in numpy's order
// (8,192-value buffers, each summed pairwise).
std::optional<double> populationVariance(std::span<const double> values);

// Kolmogorov's limiting survival function Q(λ) = 2 Σ (-1)^(k-1) exp(-2 k² λ²), the asymptotic
// p-value of the one-sample KS statistic at λ = √n·D (scipy.special.kolmogorov).
double kolmogorovSurvival(double lambda);

// Bounded sample of a stream of doubles: keeps every value up to `capacity`, then a uniform
// reservoir sample (Vitter's algorithm R, deterministic seed), so percentiles stay exact below the
// cap and unbiased above it. Memory: capacity × 8 bytes, twice that once sorted() was called (the
// sorted copy is kept so that a window's metrics can be prepared before it closes), plus the
// values added since while they are merged in.
class SampleBuffer {
public:
    explicit SampleBuffer(std::size_t capacity = 0, std::uint64_t seed = 0x9e3779b97f4a7c15ULL)
        : m_capacity(capacity)
        , m_rng(seed) {}
    void add(double v);
    std::uint64_t seen() const { return m_seen; }
    bool exact() const { return m_seen == m_values.size(); }
    // The values in ascending order (a sample when !exact()), from a sorted copy that is kept:
    // after a call, later calls sort only the values added since and merge them in (unless the
    // reservoir replaced a value, which needs a full sort). values() keeps its order, so the
    // reservoir's choices, and so every result, do not depend on when or whether this was called.
    std::span<const double> sorted();
    std::span<const double> values() const { return m_values; } // in the order they came

private:
    std::size_t m_capacity;
    std::uint64_t m_rng;
    std::uint64_t m_seen = 0;
    std::vector<double> m_values;
    std::vector<double> m_sorted; // m_values[0, m_sorted.size()) in ascending order, when valid
    bool m_sortedValid = false;   // false once the reservoir replaced a value
};

} // namespace assurance::stats
