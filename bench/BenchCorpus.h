#pragma once

// The benchmarks' telemetry: realistic inference events (8 numeric + 2 categorical features, half
// with an inline label, 1 % errors), deterministic for a seed, and reference profiles built from a
// separate nominal sample of each model. Shared by bench_core_path and bench_agent so that their
// figures describe the same messages.
#include "metrics/HashTables.h"
#include "metrics/ReferenceProfile.h"
#include "telemetry/TelemetryParser.h"
#include "json/PyJson.h"
#include "json/Timestamps.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <string>

namespace benchcorpus {

struct Rng {
    std::uint64_t s;
    std::uint64_t next() { return assurance::mix64(s += 0x9e3779b97f4a7c15ULL); }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double normal() {
        const double u1 = std::max(uniform(), 1e-300), u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
};

inline std::string modelName(int m) {
    return "bench-model-" + std::to_string(m);
}

// One inference event of `model` at event time `ts` (epoch ms); `serial` makes its txid unique.
inline std::string makeEvent(Rng &rng, int model, std::int64_t ts, std::uint64_t serial) {
    static const char *const regions[] = {"north", "south", "east", "west", "central"};
    static const char *const tiers[] = {"free", "basic", "pro", "enterprise"};
    assurance::pyjson::Writer w;
    w.beginObject();
    w.key("model_id");
    w.value(modelName(model));
    char tx[40];
    std::snprintf(tx, sizeof tx, "%016llx%08llx", static_cast<unsigned long long>(rng.next()),
                  static_cast<unsigned long long>(serial));
    w.key("txid_hash");
    w.value(tx);
    w.key("ts");
    w.value(assurance::timestamps::formatIso8601Ms(ts));
    const double p = std::round(1000.0 / (1.0 + std::exp(-rng.normal() * 2.0))) / 1000.0;
    w.key("prediction");
    w.value(p);
    if (rng.uniform() < 0.5) {
        w.key("label");
        w.value(rng.uniform() < p ? 1 : 0);
    }
    w.key("confidence");
    w.value(std::round((0.7 + 0.29 * rng.uniform()) * 1000.0) / 1000.0);
    w.key("latency_ms");
    w.value(std::round((5.0 + 20.0 * rng.uniform()) * 10.0) / 10.0);
    w.key("watts");
    w.value(std::round((40.0 + 5.0 * rng.normal()) * 10.0) / 10.0);
    w.key("status");
    w.value(rng.uniform() < 0.01 ? "error" : "ok");
    w.key("features");
    w.beginObject();
    for (int f = 0; f < 8; ++f) {
        char name[16];
        std::snprintf(name, sizeof name, "f%d", f);
        w.key(name);
        w.value(std::round((10.0 * f + (1.0 + f) * rng.normal()) * 1000.0) / 1000.0);
    }
    w.key("region");
    w.value(regions[rng.next() % 5]);
    w.key("tier");
    w.value(tiers[rng.next() % 4]);
    w.endObject();
    w.endObject();
    return w.take();
}

// Each model's reference profile from `perModel` nominal events of its own.
inline std::map<std::string, std::shared_ptr<assurance::ReferenceProfile>>
referenceProfiles(int models, int perModel, std::int64_t ts) {
    using namespace assurance;
    std::map<std::string, std::shared_ptr<ReferenceProfile>> refs;
    TelemetryParser parser;
    TelemetryMessage m;
    Rng rng{7};
    std::map<int, ReferenceProfileBuilder> builders;
    for (int model = 0; model < models; ++model)
        builders.emplace(model, ReferenceProfileBuilder(modelName(model)));
    for (int i = 0; i < perModel * models; ++i) {
        const int model = i % models;
        if (parser.parse(makeEvent(rng, model, ts, static_cast<std::uint64_t>(i)), m) ==
            MessageKind::Inference)
            builders.at(model).add(m.inference);
    }
    for (auto &[model, b] : builders)
        refs[modelName(model)] = std::make_shared<ReferenceProfile>(b.build());
    return refs;
}

} // namespace benchcorpus
