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

std::size_t numericBin(const NumericProfile &ref, double value) {
    return static_cast<std::size_t>(std::lower_bound(ref.edges.begin(), ref.edges.end(), value) -
                                    ref.edges.begin());
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

std::optional<KsResult> ks(const NumericProfile &ref, std::span<const double> x) {
    if (x.empty() || ref.quantiles.empty())
        return std::nullopt;
    const double n = static_cast<double>(x.size());
    double d = 0.0;
    for (std::size_t j = 0; j < x.size(); ++j) {
        const double above = static_cast<double>(j + 1) / n - ref.cdf(x[j]);
        const double below = ref.cdfLeft(x[j]) - static_cast<double>(j) / n;
        d = std::max({d, above, below});
    }
    return KsResult{d, stats::kolmogorovSurvival(std::sqrt(n) * d)};
}

} // namespace assurance::drift
