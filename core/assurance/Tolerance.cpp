#include "Tolerance.h"

#include "json/JsonFields.h"
#include "json/PyJson.h"
#include "json/Timestamps.h"

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

const char *boundModeKey(BoundMode m) {
    return m == BoundMode::Relative ? "relative" : "absolute";
}

std::optional<Direction> directionFromKey(std::string_view key) {
    for (Direction d : {Direction::HigherIsBetter, Direction::LowerIsBetter, Direction::Band})
        if (key == directionKey(d))
            return d;
    return std::nullopt;
}

std::optional<BoundMode> boundModeFromKey(std::string_view key) {
    for (BoundMode m : {BoundMode::Absolute, BoundMode::Relative})
        if (key == boundModeKey(m))
            return m;
    return std::nullopt;
}

std::string serializeTolerances(const ToleranceSet &set) {
    pyjson::Writer w;
    w.beginObject();
    w.key("model_id");
    w.value(set.modelId);
    w.key("version");
    w.value(set.version);
    w.key("author");
    w.value(set.author);
    w.key("changed_at");
    if (set.changedAtMs > 0)
        w.value(timestamps::formatIso8601Ms(set.changedAtMs));
    else
        w.null();
    w.key("reason");
    w.value(set.reason);
    w.key("metrics");
    w.beginObject();
    for (const MetricTolerance &t : set.metrics) {
        w.key(seedMetricKey(t.metric));
        w.beginObject();
        w.key("direction");
        w.value(directionKey(t.direction));
        w.key("mode");
        w.value(boundModeKey(t.mode));
        w.key("baseline");
        w.value(t.baseline);
        w.key("warning");
        w.value(t.warning);
        w.key("critical");
        w.value(t.critical);
        w.key("enabled");
        w.value(t.enabled);
        w.endObject();
    }
    w.endObject();
    w.endObject();
    return w.take();
}

std::optional<ToleranceSet> parseTolerances(std::string_view bytes, const std::string &modelId,
                                            std::string *error) {
    const std::string context = "tolerances:" + modelId;
    const auto root = json::parseObject(bytes, context, error);
    if (!root)
        return std::nullopt;
    auto failed = [&](std::string why) { return json::failure<ToleranceSet>(error, std::move(why)); };
    json::Fields top(*root, context);
    ToleranceSet set = defaultTolerances(modelId);
    std::string id, changedAt;
    std::int64_t version = 0;
    QJsonObject metrics;
    if (!top.string("model_id", id) || !top.integer("version", version, true, 1) ||
        !top.string("author", set.author, false, "unknown") || !top.string("reason", set.reason) ||
        !top.string("changed_at", changedAt) || !top.object("metrics", metrics))
        return failed(top.error());
    if (!id.empty() && id != modelId)
        return failed(context + ": model_id is " + id + ", not the key's model");
    if (version > 1'000'000'000)
        return failed(context + ": version is out of range");
    set.version = static_cast<int>(version);
    if (!changedAt.empty()) {
        const auto at = timestamps::parseIso8601(changedAt);
        if (!at)
            return failed(context + ": changed_at must be an ISO 8601 date-time");
        set.changedAtMs = *at;
    }
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        const std::string key = it.key().toStdString();
        const auto metric = seedMetricFromKey(key);
        if (!metric)
            return failed(context + ": metrics." + key +
                          " is not a metric (expected one of accuracy, rmse, "
                          "feature_drift, domain_violation_count, failure_rate, "
                          "watts_per_inference, confidence_floor, "
                          "confidence_variance)");
        if (!it.value().isObject())
            return failed(context + ": metrics." + key + " must be an object");
        json::Fields f(it.value().toObject(), context + ": metrics." + key);
        MetricTolerance &t = *set.find(*metric);
        std::string direction, mode;
        std::optional<double> warning, critical;
        if (!f.string("direction", direction, false, directionKey(t.direction)) ||
            !f.string("mode", mode, false, "absolute") || !f.number("baseline", t.baseline) ||
            !f.number("warning", warning, true) || !f.number("critical", critical, true) ||
            !f.boolean("enabled", t.enabled, true))
            return failed(f.error());
        const auto d = directionFromKey(direction);
        if (!d)
            return failed(f.context() + ": direction must be higher_is_better, lower_is_better or band");
        const auto m = boundModeFromKey(mode);
        if (!m)
            return failed(f.context() + ": mode must be absolute or relative");
        t.direction = *d;
        t.mode = *m;
        t.warning = *warning;
        t.critical = *critical;
        // Bounds that cannot be ordered would make every value critical, or none: refuse them.
        const bool higher = t.direction == Direction::HigherIsBetter;
        const bool deviation = t.mode == BoundMode::Relative || t.direction == Direction::Band;
        if (deviation && (t.warning < 0.0 || t.critical < 0.0))
            return failed(f.context() +
                          ": warning and critical are deviations here and must not be negative");
        if (deviation || !higher ? t.critical < t.warning : t.critical > t.warning)
            return failed(f.context() + ": critical must not be " +
                          (deviation || !higher ? "below" : "above") + " warning for " + direction +
                          (deviation ? " " + mode : std::string()));
    }
    return set;
}

} // namespace assurance
