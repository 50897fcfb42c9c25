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

// The same values as quantileSorted for each q (ascending), found by selection instead of a full
// sort: O(n) per quantile. Reorders `values`.
std::vector<double> quantilesBySelection(std::vector<double> &values, std::span<const double> ascendingQs);

// Sorts doubles ascending (as std::sort with <, for finite values) with an LSD radix sort on their
// bit patterns: several times faster than std::sort for the thousands of values a window holds.
void radixSort(std::vector<double> &values);

// Population variance (ddof = 0), two-pass like numpy.var.
std::optional<double> populationVariance(std::span<const double> values);

// Kolmogorov's limiting survival function Q(λ) = 2 Σ (-1)^(k-1) exp(-2 k² λ²), the asymptotic
// p-value of the one-sample KS statistic at λ = √n·D (scipy.special.kolmogorov).
double kolmogorovSurvival(double lambda);

// Bounded sample of a stream of doubles: keeps every value up to `capacity`, then a uniform
// reservoir sample (Vitter's algorithm R, deterministic seed), so percentiles stay exact below the
// cap and unbiased above it. Memory: capacity × 8 bytes.
class SampleBuffer {
public:
    explicit SampleBuffer(std::size_t capacity = 0, std::uint64_t seed = 0x9e3779b97f4a7c15ULL)
        : m_capacity(capacity)
        , m_rng(seed) {}
    void add(double v);
    std::uint64_t seen() const { return m_seen; }
    bool exact() const { return m_seen == m_values.size(); }
    // Sorts in place and returns the values (a sample when !exact()).
    std::span<const double> sorted();
    std::span<const double> values() const { return m_values; }
    std::vector<double> &mutableValues() { return m_values; } // order is not meaningful

private:
    std::size_t m_capacity;
    std::uint64_t m_rng;
    std::uint64_t m_seen = 0;
    std::vector<double> m_values;
};

} // namespace assurance::stats
