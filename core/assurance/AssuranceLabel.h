#pragma once

#include "assurance/Tolerance.h"
#include "metrics/Snapshot.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assurance {

enum class Verdict : std::uint8_t { Assured, Conditional, NotAssured };
const char *verdictKey(Verdict v); // "assured", "conditional", "not_assured"

// Weight of each seed metric in the composite score (docs/assurance.md). Weights of metrics that
// are not evaluated (null value, no baseline, disabled) are left out and the rest renormalised.
inline constexpr std::array<double, kSeedMetricCount> kMetricWeights = {
    0.20, // accuracy
    0.20, // rmse
    0.20, // feature_drift
    0.10, // domain_violation_count
    0.15, // failure_rate
    0.05, // watts_per_inference
    0.05, // confidence_floor
    0.05, // confidence_variance
};

struct MetricAssessment {
    SeedMetric metric = SeedMetric::Accuracy;
    std::optional<double> value;
    MetricStatus status = MetricStatus::NotEvaluated;
    std::optional<double> bound; // the bound crossed, when outside
    double score = 0.0;          // 100 inside, 50 warning, 0 critical (only when evaluated)
    double weight = 0.0;
};

// SPEC.md "Assurance label": composite score 0–100, grade A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else F;
// Assured = A or B and no critical metric; Not assured = any critical metric or F; otherwise
// Conditional. With no metric evaluated there is no score or grade and the verdict is Conditional.
struct AssuranceLabel {
    std::string modelId;
    std::int64_t windowEndMs = 0;
    std::optional<double> score;
    std::optional<char> grade;
    Verdict verdict = Verdict::Conditional;
    int toleranceVersion = 0;
    std::vector<MetricAssessment> breakdown; // seed order
    // The hash of the model's previous label (docs/assurance.md "Label history"): "" for a model's
    // first label; nullopt for a label written before labels were chained (no `prev_hash` field,
    // hashed without it) or computed outside an agent (the console's provisional labels).
    std::optional<std::string> prevHash;
    std::string hash; // SHA-256 (hex) of the label's canonical JSON without the hash itself

    bool hasCritical() const;
};

// What each metric of a label's breakdown adds to its composite score (index for index): `share`
// is its weight renormalised over the evaluated metrics (0–1, the shares sum to 1), `points` is
// score × share; the points sum to the label's score. A metric not evaluated has 0 and 0.
struct MetricContribution {
    double share = 0.0;
    double points = 0.0;
};
std::vector<MetricContribution> scoreContributions(const AssuranceLabel &label);

char gradeForScore(double score);
Verdict verdictFor(std::optional<char> grade, bool anyCritical);

AssuranceLabel assessSnapshot(const Snapshot &snapshot, const ToleranceSet &tolerances);

// `{"model_id": …, "timestamp": …, "score": …, "grade": …, "verdict": …, "tolerance_version": …,
// "breakdown": [...], "prev_hash": …, "hash": …}` in Python json.dumps form; `prev_hash` only
// when the label has one (an unchained label is written, and hashed, without it).
std::string serializeLabel(const AssuranceLabel &label);
std::string canonicalLabelJson(const AssuranceLabel &label); // without "hash": what is hashed
// SHA-256 (hex) of canonicalLabelJson: what `hash` must hold.
std::string labelHash(const AssuranceLabel &label);
// Links `label` to its predecessor: prevHash = `predecessorHash` ("" for a first label), then the
// hash recomputed over the result.
void chainLabel(AssuranceLabel &label, const std::string &predecessorHash);

// A label as stored in `label:{id}` (the inverse of serializeLabel), every field checked. The hash
// is read, not trusted: compare it with labelHash() to tell whether the label was altered.
// `prev_hash` is optional (labels written before the chain have none); when present it is "" or
// 64 lowercase hex digits.
std::optional<AssuranceLabel> parseLabel(std::string_view json, const std::string &modelId,
                                         std::string *error);
std::optional<Verdict> verdictFromKey(std::string_view key);
std::optional<MetricStatus> metricStatusFromKey(std::string_view key);

} // namespace assurance
