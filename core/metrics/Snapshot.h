#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace assurance {

// A metric's value as stored: absent/not applicable (`null`), an integer count, or a float. The
// integer/float distinction is part of the serialisation contract (`2` versus `2.0`).
struct MetricValue {
    enum class Kind : std::uint8_t { Null, Int, Float };
    Kind kind = Kind::Null;
    std::int64_t i = 0;
    double f = 0.0;

    static MetricValue null() { return {}; }
    static MetricValue integer(std::int64_t v) { return {Kind::Int, v, 0.0}; }
    static MetricValue real(double v) { return {Kind::Float, 0, v}; }
    static MetricValue real(std::optional<double> v) { return v ? real(*v) : null(); }

    bool isNull() const { return kind == Kind::Null; }
    // The value as a double; nullopt for null and for non-finite floats (never scored).
    std::optional<double> number() const;
    bool operator==(const MetricValue &) const = default;
};

// The eight seed metrics, in the order SPEC.md lists them (and Python writers emit them).
enum class SeedMetric : std::uint8_t {
    Accuracy,
    Rmse,
    FeatureDrift,
    DomainViolationCount,
    FailureRate,
    WattsPerInference,
    ConfidenceFloor,
    ConfidenceVariance,
};
inline constexpr std::size_t kSeedMetricCount = 8;
inline constexpr std::array<std::string_view, kSeedMetricCount> kSeedMetricKeys = {
    "accuracy",         "rmse",
    "feature_drift",    "domain_violation_count",
    "failure_rate",     "watts_per_inference",
    "confidence_floor", "confidence_variance"};
std::optional<SeedMetric> seedMetricFromKey(std::string_view key);
inline std::string_view seedMetricKey(SeedMetric m) {
    return kSeedMetricKeys[static_cast<std::size_t>(m)];
}

// Per-feature drift, written under the `drift` extra key. `ks`/`ks_pvalue` only for numeric features.
struct FeatureDrift {
    std::string feature;
    std::optional<double> psi;
    std::optional<double> ks;
    std::optional<double> ksPValue;
    bool operator==(const FeatureDrift &) const = default;
};

// One window's (or one sidecar message's) metrics for one model.
struct Snapshot {
    std::string modelId;
    std::int64_t windowEndMs = 0; // the window's end, epoch ms UTC (whole seconds when serialised)
    std::array<MetricValue, kSeedMetricCount> seed{};
    // Extra numeric keys after the seed keys, in serialisation order.
    std::vector<std::pair<std::string, MetricValue>> extras;
    // Per-feature drift; serialised as the last extra key `drift` when `hasDrift`.
    std::vector<FeatureDrift> drift;
    bool hasDrift = false;
    bool provisional = false; // an open window's metrics so far; never stored

    MetricValue &operator[](SeedMetric m) { return seed[static_cast<std::size_t>(m)]; }
    const MetricValue &operator[](SeedMetric m) const { return seed[static_cast<std::size_t>(m)]; }
    std::string timestamp() const;
    const MetricValue *extra(std::string_view key) const;
    // Seed or extra metric by key, as a number; nullopt when absent or null.
    std::optional<double> number(std::string_view key) const;
    bool operator==(const Snapshot &) const = default;
};

// Exactly Python's json.dumps({"timestamp": ..., "metrics": {...}}) for this snapshot.
std::string serializeSnapshot(const Snapshot &snapshot);

// Writes the `{"accuracy": ..., ...}` metrics object (used inside larger documents too).
namespace pyjson {
class Writer;
}
void writeMetricsObject(pyjson::Writer &w, const Snapshot &snapshot);

} // namespace assurance
