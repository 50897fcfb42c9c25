#pragma once

#include "metrics/Snapshot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assurance {

enum class Direction : std::uint8_t { HigherIsBetter, LowerIsBetter, Band };
enum class BoundMode : std::uint8_t { Absolute, Relative };
enum class MetricStatus : std::uint8_t { NotEvaluated, Ok, Warning, Critical };
const char *directionKey(Direction d);       // "higher_is_better", "lower_is_better", "band"
const char *metricStatusKey(MetricStatus s); // "not_evaluated", "ok", "warning", "critical"

// One metric's tolerance (SPEC.md "Baselines & tolerances").
// Absolute: `warning`/`critical` are the bound values (Higher/Lower) or allowed deviations from
// the baseline (Band). Relative: they are fractions of the baseline — Higher: baseline·(1−x),
// Lower: baseline·(1+x), Band: |baseline|·x either side. Relative and Band need a baseline; without
// one the metric is not evaluated. A value exactly on a bound is inside it.
struct MetricTolerance {
    SeedMetric metric = SeedMetric::Accuracy;
    Direction direction = Direction::LowerIsBetter;
    BoundMode mode = BoundMode::Absolute;
    std::optional<double> baseline;
    double warning = 0.0;
    double critical = 0.0;
    bool enabled = true;
};

// The effective limits after applying mode and baseline: what the charts draw as bands.
struct EffectiveBounds {
    std::optional<double> warningLow, warningHigh, criticalLow, criticalHigh;
    bool valid() const { return warningLow || warningHigh || criticalLow || criticalHigh; }
};
EffectiveBounds effectiveBounds(const MetricTolerance &t);

struct MetricEvaluation {
    MetricStatus status = MetricStatus::NotEvaluated;
    std::optional<double> bound; // the bound crossed (warning or critical), when outside
};
MetricEvaluation evaluate(const MetricTolerance &t, std::optional<double> value);

struct ToleranceSet {
    std::string modelId;
    int version = 1;
    std::string author = "system";
    std::string reason = "shipped defaults";
    std::int64_t changedAtMs = 0;
    std::vector<MetricTolerance> metrics; // one per seed metric, in seed order

    const MetricTolerance *find(SeedMetric m) const;
    MetricTolerance *find(SeedMetric m);
};

const char *boundModeKey(BoundMode m); // "absolute", "relative"
std::optional<Direction> directionFromKey(std::string_view key);
std::optional<BoundMode> boundModeFromKey(std::string_view key);

// `tolerances:{id}` in Redis (docs/assurance.md "Stored tolerance sets"), in Python json.dumps form:
// {"model_id": …, "version": 3, "author": …, "changed_at": "2025-10-27T16:22:57Z", "reason": …,
//  "metrics": {"accuracy": {"direction": "higher_is_better", "mode": "absolute", "baseline": null,
//  "warning": 0.9, "critical": 0.8, "enabled": true}, …}}
std::string serializeTolerances(const ToleranceSet &set);
// Validates everything and names the first problem ("tolerances:m: metrics.accuracy: critical must
// not be above warning for higher_is_better"). Metrics the document leaves out keep their shipped
// defaults; an unknown metric name is an error. `modelId` is the id from the key.
std::optional<ToleranceSet> parseTolerances(std::string_view json, const std::string &modelId,
                                            std::string *error);

// Shipped defaults (docs/assurance.md): accuracy ≥ 0.90 / 0.80; rmse, watts +20 % / +50 % over
// baseline; feature_drift (PSI) 0.10 / 0.25; domain violations 10 / 50 per window; failure rate
// 2 % / 5 %; confidence floor 0.60 / 0.40; confidence variance 0.05 / 0.10.
ToleranceSet defaultTolerances(const std::string &modelId);

} // namespace assurance
