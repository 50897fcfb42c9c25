#pragma once

#include "metrics/ReferenceProfile.h"

#include <cstdint>
#include <span>

// SPEC.md "Drift, exactly". Shares of exactly 0 become ε = 1e-4 (no renormalising);
// PSI = Σ (w − r)·ln(w / r).
namespace assurance::drift {

inline constexpr double kEpsilon = 1e-4;

double psi(std::span<const double> reference, std::span<const double> window);

// Bin of a numeric value: bins (−∞,e1], (e1,e2], …, (ek,+∞) → 0..k. At most nine edges: counting
// the edges below the value beats a branchy binary search (inline: it runs per feature per event).
inline std::size_t numericBin(const NumericProfile &ref, double value) {
    std::size_t bin = 0;
    for (double edge : ref.edges)
        bin += edge < value ? 1 : 0;
    return bin;
}

// PSI from a window's per-bin counts (edges.size()+1 bins; categorical: categories + "unseen").
// nullopt when the window has no value for the feature.
std::optional<double> numericPsi(const NumericProfile &ref, std::span<const std::uint64_t> counts);
std::optional<double> categoricalPsi(const CategoricalProfile &ref, std::span<const std::uint64_t> counts);

struct KsResult {
    double statistic = 0.0; // sup |F_window − F_reference|
    double pValue = 1.0;    // asymptotic Kolmogorov distribution at √n·D
};
// One-sample KS of an ascending-sorted window against the reference CDF read from its quantiles.
std::optional<KsResult> ks(const NumericProfile &ref, std::span<const double> sortedWindow);

} // namespace assurance::drift
