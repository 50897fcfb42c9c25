#include "Snapshot.h"

#include "json/PyJson.h"
#include "json/Timestamps.h"

#include <cmath>

namespace assurance {

std::optional<double> MetricValue::number() const {
    switch (kind) {
    case Kind::Null:
        return std::nullopt;
    case Kind::Int:
        return static_cast<double>(i);
    case Kind::Float:
        return std::isfinite(f) ? std::optional<double>(f) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<SeedMetric> seedMetricFromKey(std::string_view key) {
    for (std::size_t k = 0; k < kSeedMetricCount; ++k)
        if (kSeedMetricKeys[k] == key)
            return static_cast<SeedMetric>(k);
    return std::nullopt;
}

std::string Snapshot::timestamp() const {
    return timestamps::formatWindowTimestamp(windowEndMs);
}

const MetricValue *Snapshot::extra(std::string_view key) const {
    for (const auto &[k, v] : extras)
        if (k == key)
            return &v;
    return nullptr;
}

std::optional<double> Snapshot::number(std::string_view key) const {
    if (auto m = seedMetricFromKey(key))
        return (*this)[*m].number();
    if (const auto *v = extra(key))
        return v->number();
    return std::nullopt;
}

namespace {
void writeValue(pyjson::Writer &w, const MetricValue &v) {
    switch (v.kind) {
    case MetricValue::Kind::Null:
        w.null();
        break;
    case MetricValue::Kind::Int:
        w.value(v.i);
        break;
    case MetricValue::Kind::Float:
        w.value(v.f);
        break;
    }
}
} // namespace

void writeMetricsObject(pyjson::Writer &w, const Snapshot &s) {
    w.beginObject();
    for (std::size_t k = 0; k < kSeedMetricCount; ++k) {
        w.key(kSeedMetricKeys[k]);
        writeValue(w, s.seed[k]);
    }
    for (const auto &[key, value] : s.extras) {
        w.key(key);
        writeValue(w, value);
    }
    if (s.hasDrift) {
        w.key("drift");
        w.beginObject();
        for (const auto &d : s.drift) {
            w.key(d.feature);
            w.beginObject();
            w.key("psi");
            w.value(d.psi);
            if (d.ks || d.ksPValue) {
                w.key("ks");
                w.value(d.ks);
                w.key("ks_pvalue");
                w.value(d.ksPValue);
            }
            w.endObject();
        }
        w.endObject();
    }
    w.endObject();
}

std::string serializeSnapshot(const Snapshot &s) {
    pyjson::Writer w;
    w.beginObject();
    w.key("timestamp");
    w.value(s.timestamp());
    w.key("metrics");
    writeMetricsObject(w, s);
    w.endObject();
    return w.take();
}

} // namespace assurance
