#pragma once

#include "telemetry/Telemetry.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace assurance {

// What "normal" looks like for one model's features (SPEC.md "Reference profile"), stored as JSON
// in `reference:{id}`. Numeric features keep numpy-linear deciles, 999 quantiles (i/1000), min,
// max, count, and the reference's exact share in each PSI bin (`bin_shares`; derived from the
// quantiles when a stored profile lacks it). Categorical features keep category shares.
struct NumericProfile {
    std::vector<double> deciles;   // q10..q90
    std::vector<double> quantiles; // q0.001..q0.999
    double min = 0.0;
    double max = 0.0;
    std::uint64_t count = 0;
    std::vector<double> edges;     // deciles with equal neighbours merged: PSI bin edges
    std::vector<double> binShares; // edges.size() + 1 shares
    // The knots of the reference CDF, (min, 0), (q_i, i/1000), (max, 1), built once by
    // finalizeNumericProfile so that drift::ks() does not rebuild them for every window.
    std::vector<double> knotX, knotP;
    std::vector<double> knotSlope; // (P[k+1] − P[k]) / (X[k+1] − X[k]); 0 where X does not rise

    // The reference CDF read from (min, 0), (q_i, i/1000), (max, 1), linear in between
    // (right-continuous where tied quantiles make it jump). drift::ks() sweeps the same knots.
    double cdf(double x) const;
};

struct CategoricalProfile {
    std::vector<std::pair<std::string, double>> shares; // sorted by category
    std::uint64_t count = 0;
    int indexOf(std::string_view category) const; // -1 when unseen
};

struct FeatureProfile {
    std::string name;
    bool numeric = true;
    NumericProfile num;
    CategoricalProfile cat;
};

struct ReferenceProfile {
    std::string modelId;
    std::uint64_t events = 0;
    std::vector<FeatureProfile> features; // sorted by name
    int indexOf(std::string_view feature) const;
};

// Accumulates inference events (a baseline window or a file) into a profile.
class ReferenceProfileBuilder {
public:
    explicit ReferenceProfileBuilder(std::string modelId);
    void add(const InferenceEvent &event);
    std::uint64_t events() const { return m_events; }
    // Builds the profile. A feature seen with both types keeps the type of its first value and
    // ignores the others (counted in mixedTypeValues()).
    ReferenceProfile build() const;
    std::uint64_t mixedTypeValues() const { return m_mixed; }

private:
    struct Column {
        bool numeric = true;
        std::vector<double> values;
        std::map<std::string, std::uint64_t> categories;
    };
    std::string m_modelId;
    std::uint64_t m_events = 0;
    std::uint64_t m_mixed = 0;
    std::map<std::string, Column> m_columns;
};

// Completes derived fields (edges, CDF knots, and bin shares when missing) of a numeric profile.
void finalizeNumericProfile(NumericProfile &p, const std::vector<double> *sortedData);

std::string serializeReferenceProfile(const ReferenceProfile &profile);
std::optional<ReferenceProfile> parseReferenceProfile(std::string_view json, std::string *error);

} // namespace assurance
