#pragma once

// Pure helpers of the Baseline & Tolerances editor and `assurancectl tolerances diff`: a baseline
// proposed from a range of stored windows, and the difference between two tolerance sets. No Qt, no
// I/O.
#include "assurance/Tolerance.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace assurance {

enum class BaselineStatistic : std::uint8_t { Mean, Median };

// One window's value that went into a proposed baseline.
struct BaselineSample {
    std::int64_t windowEndMs = 0;
    double value = 0.0;
};

struct BaselineProposal {
    SeedMetric metric = SeedMetric::Accuracy;
    BaselineStatistic statistic = BaselineStatistic::Mean;
    std::int64_t fromMs = 0, toMs = 0;
    std::vector<BaselineSample> samples; // the numbers it came from, ascending by window end
    std::size_t windowsWithout = 0;      // windows in the range whose value is null
    std::optional<double> value;         // nullopt: no window in the range has a value
    std::optional<double> min, max;      // of the samples
};

// The mean (arithmetic) or median (the middle sample, the mean of the two middle ones for an even
// count) of `metric` over the windows whose end lies in [fromMs, toMs] (inclusive). `windows` in
// any order.
BaselineProposal proposeBaseline(const std::vector<Snapshot> &windows, SeedMetric metric, std::int64_t fromMs,
                                 std::int64_t toMs, BaselineStatistic statistic);

// One field of one metric that differs between two sets, values as the stored JSON writes them
// ("0.9", "null", "\"absolute\"", "true").
struct ToleranceFieldChange {
    SeedMetric metric = SeedMetric::Accuracy;
    std::string field; // "direction", "mode", "baseline", "warning", "critical", "enabled"
    std::string before, after;
    bool operator==(const ToleranceFieldChange &) const = default;
};

// Per metric (seed order) and field (the order above), what changed from `before` to `after`.
// Metadata (version, author, changed_at, reason) is not compared.
std::vector<ToleranceFieldChange> diffToleranceSets(const ToleranceSet &before, const ToleranceSet &after);

// A field's value as the stored JSON writes it (the ToleranceFieldChange form).
std::string toleranceFieldText(const MetricTolerance &t, const std::string &field);
inline constexpr const char *kToleranceFields[] = {"direction", "mode",     "baseline",
                                                   "warning",   "critical", "enabled"};

} // namespace assurance
