#include "Tolerance.h"

#include <cmath>

namespace assurance {

const char *directionKey(Direction d) {
    switch (d) {
    case Direction::HigherIsBetter:
        return "higher_is_better";
    case Direction::LowerIsBetter:
        return "lower_is_better";
    case Direction::Band:
        return "band";
    }
    return "band";
}

const char *metricStatusKey(MetricStatus s) {
    switch (s) {
    case MetricStatus::NotEvaluated:
        return "not_evaluated";
    case MetricStatus::Ok:
        return "ok";
    case MetricStatus::Warning:
        return "warning";
    case MetricStatus::Critical:
        return "critical";
    }
    return "not_evaluated";
}

EffectiveBounds effectiveBounds(const MetricTolerance &t) {
    EffectiveBounds b;
    if (!t.enabled)
        return b;
    const bool needsBaseline = t.mode == BoundMode::Relative || t.direction == Direction::Band;
    if (needsBaseline && !t.baseline)
        return b;
    const double base = t.baseline.value_or(0.0);
    switch (t.direction) {
    case Direction::HigherIsBetter:
        b.warningLow = t.mode == BoundMode::Absolute ? t.warning : base * (1.0 - t.warning);
        b.criticalLow = t.mode == BoundMode::Absolute ? t.critical : base * (1.0 - t.critical);
        break;
    case Direction::LowerIsBetter:
        b.warningHigh = t.mode == BoundMode::Absolute ? t.warning : base * (1.0 + t.warning);
        b.criticalHigh = t.mode == BoundMode::Absolute ? t.critical : base * (1.0 + t.critical);
        break;
    case Direction::Band: {
        const double w = t.mode == BoundMode::Absolute ? t.warning : std::abs(base) * t.warning;
        const double c = t.mode == BoundMode::Absolute ? t.critical : std::abs(base) * t.critical;
        b.warningLow = base - w;
        b.warningHigh = base + w;
        b.criticalLow = base - c;
        b.criticalHigh = base + c;
        break;
    }
    }
    return b;
}

MetricEvaluation evaluate(const MetricTolerance &t, std::optional<double> value) {
    if (!value || !std::isfinite(*value))
        return {};
    const EffectiveBounds b = effectiveBounds(t);
    if (!b.valid())
        return {};
    const double v = *value;
    if (b.criticalLow && v < *b.criticalLow)
        return {MetricStatus::Critical, b.criticalLow};
    if (b.criticalHigh && v > *b.criticalHigh)
        return {MetricStatus::Critical, b.criticalHigh};
    if (b.warningLow && v < *b.warningLow)
        return {MetricStatus::Warning, b.warningLow};
    if (b.warningHigh && v > *b.warningHigh)
        return {MetricStatus::Warning, b.warningHigh};
    return {MetricStatus::Ok, std::nullopt};
}

const MetricTolerance *ToleranceSet::find(SeedMetric m) const {
    for (const auto &t : metrics)
        if (t.metric == m)
            return &t;
    return nullptr;
}

MetricTolerance *ToleranceSet::find(SeedMetric m) {
    for (auto &t : metrics)
        if (t.metric == m)
            return &t;
    return nullptr;
}

ToleranceSet defaultTolerances(const std::string &modelId) {
    ToleranceSet set;
    set.modelId = modelId;
    auto add = [&](SeedMetric m, Direction d, BoundMode mode, double w, double c) {
        set.metrics.push_back(MetricTolerance{m, d, mode, std::nullopt, w, c, true});
    };
    add(SeedMetric::Accuracy, Direction::HigherIsBetter, BoundMode::Absolute, 0.90, 0.80);
    add(SeedMetric::Rmse, Direction::LowerIsBetter, BoundMode::Relative, 0.20, 0.50);
    add(SeedMetric::FeatureDrift, Direction::LowerIsBetter, BoundMode::Absolute, 0.10, 0.25);
    add(SeedMetric::DomainViolationCount, Direction::LowerIsBetter, BoundMode::Absolute, 10, 50);
    add(SeedMetric::FailureRate, Direction::LowerIsBetter, BoundMode::Absolute, 0.02, 0.05);
    add(SeedMetric::WattsPerInference, Direction::LowerIsBetter, BoundMode::Relative, 0.20, 0.50);
    add(SeedMetric::ConfidenceFloor, Direction::HigherIsBetter, BoundMode::Absolute, 0.60, 0.40);
    add(SeedMetric::ConfidenceVariance, Direction::LowerIsBetter, BoundMode::Absolute, 0.05, 0.10);
    return set;
}

} // namespace assurance
