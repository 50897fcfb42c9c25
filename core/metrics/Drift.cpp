#include "Drift.h"

#include "metrics/Statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace assurance::drift {

double psi(std::span<const double> reference, std::span<const double> window) {
    double sum = 0.0;
    const std::size_t n = std::min(reference.size(), window.size());
    for (std::size_t i = 0; i < n; ++i) {
        const double r = reference[i] == 0.0 ? kEpsilon : reference[i];
        const double w = window[i] == 0.0 ? kEpsilon : window[i];
        sum += (w - r) * std::log(w / r);
    }
    return sum;
}

namespace {
std::optional<double> psiFromCounts(std::span<const double> reference,
                                    std::span<const std::uint64_t> counts) {
    const std::uint64_t n = std::accumulate(counts.begin(), counts.end(), std::uint64_t{0});
    if (n == 0)
        return std::nullopt;
    std::vector<double> shares(counts.size());
    for (std::size_t i = 0; i < counts.size(); ++i)
        shares[i] = static_cast<double>(counts[i]) / static_cast<double>(n);
    return psi(reference, shares);
}
} // namespace

std::optional<double> numericPsi(const NumericProfile &ref, std::span<const std::uint64_t> counts) {
    return psiFromCounts(ref.binShares, counts);
}

std::optional<double> categoricalPsi(const CategoricalProfile &ref, std::span<const std::uint64_t> counts) {
    std::vector<double> reference;
    reference.reserve(ref.shares.size() + 1);
    for (const auto &[cat, share] : ref.shares)
        reference.push_back(share);
    reference.push_back(0.0); // the "unseen" bin
    return psiFromCounts(reference, counts);
}

namespace {
// Moves k forward past every knot xs[k + 1], xs[k + 2], … (up to last − 1) for which before()
// holds, a predicate true on a prefix of the ascending knots: the same k as testing one knot at a
// time. A window has about as many values as the reference has knots, so the sweep moves 0–2
// knots per value, and a loop that tests one knot at a time mispredicts on almost every value.
// Counting the hits among the next eight knots needs a branch only when all eight hit (rare).
template<typename Before>
std::size_t advanceKnot(const std::vector<double> &xs, std::size_t last, std::size_t k, Before before) {
    constexpr std::size_t kStep = 8;
    while (k + kStep < last) {
        std::size_t hits = 0;
        for (std::size_t i = 1; i <= kStep; ++i)
            hits += before(xs[k + i]) ? 1 : 0;
        k += hits;
        if (hits < kStep)
            return k;
    }
    while (k + 1 < last && before(xs[k + 1]))
        ++k;
    return k;
}
} // namespace

std::optional<KsResult> ks(const NumericProfile &ref, std::span<const double> x) {
    if (x.empty() || ref.quantiles.empty())
        return std::nullopt;
    // Knots of the reference CDF: (min, 0), (q_i, i/1000), (max, 1), built with the profile. The
    // window is sorted, so one sweep over the knots evaluates F and its left limit at every value:
    // O(n + knots).
    NumericProfile local;
    if (ref.knotX.size() != ref.quantiles.size() + 2) { // a profile that was never finalised
        local = ref;
        finalizeNumericProfile(local, nullptr);
    }
    const NumericProfile &p = local.knotX.empty() ? ref : local;
    const std::vector<double> &xs = p.knotX, &ps = p.knotP, &slope = p.knotSlope;
    const std::size_t last = xs.size() - 1;
    auto lerp = [&](std::size_t k, double v) { return ps[k] + slope[k] * (v - xs[k]); };
    std::size_t right = 0; // last knot with xs <= v
    std::size_t left = 0;  // last knot with xs < v
    const double n = static_cast<double>(x.size());
    double d = 0.0;
    for (std::size_t j = 0; j < x.size(); ++j) {
        const double v = x[j];
        double f, fLeft;
        if (v < ref.min) {
            f = 0.0;
        } else if (v >= ref.max) {
            f = 1.0;
        } else {
            right = advanceKnot(xs, last, right, [v](double k) { return k <= v; });
            f = lerp(right, v);
        }
        if (v <= ref.min) {
            fLeft = 0.0;
        } else if (v > ref.max) {
            fLeft = 1.0;
        } else {
            left = advanceKnot(xs, last, left, [v](double k) { return k < v; });
            fLeft = lerp(left, v);
        }
        d = std::max({d, static_cast<double>(j + 1) / n - f, fLeft - static_cast<double>(j) / n});
    }
    return KsResult{d, stats::kolmogorovSurvival(std::sqrt(n) * d)};
}

} // namespace assurance::drift
