#include "DemoSimulator.h"

#include "metrics/HashTables.h"
#include "telemetry/TelemetryParser.h"
#include "json/PyJson.h"
#include "json/Timestamps.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace assurance {

namespace {

constexpr std::int64_t kMaxLabelDelayMs = 50'000;
constexpr std::int64_t kIncidentCycleMs = 30 * 60'000;

// Counter-based random stream: splitmix64 seeded from (seed, model, index).
class Rng {
public:
    Rng(std::uint64_t seed, std::uint64_t model, std::uint64_t index)
        : m_state(mix64(seed ^ mix64(model * 0x9e3779b97f4a7c15ULL + index))) {}
    std::uint64_t next() {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix64(m_state);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; } // [0, 1)
    double normal() {
        const double u1 = std::max(uniform(), 1e-300);
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    bool chance(double p) { return uniform() < p; }

private:
    std::uint64_t m_state;
};

double sigmoid(double z) {
    return 1.0 / (1.0 + std::exp(-z));
}
double clamp01(double v) {
    return std::clamp(v, 0.0, 1.0);
}
double round3(double v) {
    return std::round(v * 1000.0) / 1000.0;
}

template<std::size_t N>
const char *pick(Rng &rng, const char *const (&names)[N], const double (&weights)[N]) {
    double u = rng.uniform();
    for (std::size_t i = 0; i < N; ++i) {
        if (u < weights[i])
            return names[i];
        u -= weights[i];
    }
    return names[N - 1];
}

enum class LabelPlan { None, Inline, Delayed };

} // namespace

struct DemoSimulator::Event {
    std::size_t model = 0;
    std::int64_t sendMs = 0;
    std::int64_t tsMs = 0;
    std::string txid;
    double prediction = 0.0;
    double label = 0.0;
    LabelPlan labelPlan = LabelPlan::None;
    std::int64_t labelSendMs = 0;
    double confidence = 0.0;
    double latencyMs = 0.0;
    double watts = 0.0;
    bool error = false;
    bool duplicate = false;
    bool malformedFollows = false;
    std::vector<std::pair<std::string, double>> numeric;
    std::vector<std::pair<std::string, std::string>> categorical;
};

DemoSimulator::DemoSimulator(std::uint64_t seed)
    : m_seed(seed) {
    m_models = {
        {"flood-risk-predictor", "Flood risk predictor", TaskType::Classification, 8.0},
        {"energy-load-forecaster", "Energy load forecaster", TaskType::Regression, 5.0},
        {"claims-triage-classifier", "Claims triage classifier", TaskType::Classification, 6.0},
    };
}

bool DemoSimulator::makeEvent(std::size_t model, std::int64_t k, Event &e, bool nominal) const {
    const double period = 1000.0 / m_models[model].eventsPerSecond;
    Rng rng(nominal ? m_seed ^ 0xfeedULL : m_seed, model, static_cast<std::uint64_t>(k));
    e = Event{};
    e.model = model;
    e.sendMs =
        static_cast<std::int64_t>(std::floor(static_cast<double>(k) * period + rng.uniform() * period));
    e.tsMs = e.sendMs;
    if (!nominal && rng.chance(0.003))
        e.tsMs -= 12'000 + static_cast<std::int64_t>(rng.uniform() * 20'000); // arrives late
    char tx[40];
    std::snprintf(tx, sizeof tx, "%016llx%08llx", static_cast<unsigned long long>(rng.next()),
                  static_cast<unsigned long long>(k & 0xffffffff));
    e.txid = tx;

    const std::int64_t phase = ((e.tsMs % kIncidentCycleMs) + kIncidentCycleMs) % kIncidentCycleMs;
    double z = 0.0;
    double errorRate = 0.004;
    double latencyScale = 1.0;
    double wattsBoost = 0.0;
    switch (model) {
    case 0: { // flood-risk-predictor
        const double rain = 12.0 * std::exp(0.5 * rng.normal());
        const double river = 3.0 + 0.6 * rng.normal();
        const double moisture = 0.1 + 0.5 * rng.uniform();
        static const char *const soils[] = {"clay", "loam", "sand"};
        static const double soilWeights[] = {0.5, 0.3, 0.2};
        const char *soil = pick(rng, soils, soilWeights);
        e.numeric = {{"rainfall_mm", round3(rain)},
                     {"river_level_m", round3(river)},
                     {"soil_moisture", round3(moisture)}};
        e.categorical = {{"soil", soil}};
        z = 0.25 * (rain - 12.0) + 3.5 * (river - 3.0) + 4.0 * (moisture - 0.35);
        e.latencyMs = 8.0 + 6.0 * std::exp(0.4 * rng.normal());
        e.watts = 41.5 + 1.5 * rng.normal();
        break;
    }
    case 1: { // energy-load-forecaster
        const double temp = 12.0 + 8.0 * rng.normal();
        const double humidity = 30.0 + 50.0 * rng.uniform();
        const double wind = 6.0 * std::exp(0.4 * rng.normal());
        static const char *const regions[] = {"north", "south", "east", "west"};
        static const double regionWeights[] = {0.25, 0.25, 0.25, 0.25};
        const char *region = pick(rng, regions, regionWeights);
        e.numeric = {
            {"humidity_pct", round3(humidity)}, {"temperature_c", round3(temp)}, {"wind_mps", round3(wind)}};
        e.categorical = {{"region", region}};
        const double mean = 500.0 + 12.0 * std::abs(temp - 18.0) - 4.0 * wind + 0.5 * humidity;
        e.label = round3(mean + 12.0 * rng.normal());
        e.prediction = round3(mean + 15.0 * rng.normal());
        e.confidence = clamp01(0.86 + 0.04 * rng.normal());
        e.latencyMs = 20.0 + 10.0 * std::exp(0.3 * rng.normal());
        e.watts = 95.0 + 4.0 * rng.normal();
        const double u = rng.uniform();
        e.labelPlan = u < 0.8 ? LabelPlan::Delayed : LabelPlan::None;
        e.labelSendMs = e.sendMs + 20'000 + static_cast<std::int64_t>(rng.uniform() * 30'000);
        break;
    }
    default: { // claims-triage-classifier
        const bool drift = !nominal && phase >= 2 * 60'000 && phase < 10 * 60'000;
        const bool burst = !nominal && phase >= 12 * 60'000 && phase < 15 * 60'000;
        double amount = 1800.0 * std::exp(0.6 * rng.normal());
        if (drift)
            amount *= 2.4;
        const double tenure = 15.0 * rng.uniform();
        static const char *const channels[] = {"web", "phone", "agent", "partner"};
        static const double channelWeights[] = {0.45, 0.30, 0.20, 0.05};
        const char *channel = pick(rng, channels, channelWeights);
        if (drift && rng.chance(0.4))
            channel = "mobile_app";
        static const char *const regions[] = {"north", "south", "east", "west"};
        static const double regionWeights[] = {0.25, 0.25, 0.25, 0.25};
        const char *region = pick(rng, regions, regionWeights);
        e.numeric = {{"claim_amount", round3(amount)}, {"customer_tenure_years", round3(tenure)}};
        e.categorical = {{"channel", channel}, {"region", region}};
        z = 3.5 * std::log(amount / 1800.0) - 0.25 * (tenure - 7.5) +
            (std::string_view(channel) == "partner" ? 1.5 : 0.0);
        if (drift)
            z -= 2.2; // the relationship the model learned no longer holds
        if (burst) {
            errorRate = 0.12;
            latencyScale = 4.0;
            wattsBoost = 18.0;
        }
        e.latencyMs = (15.0 + 8.0 * std::exp(0.4 * rng.normal())) * latencyScale;
        e.watts = 60.0 + 2.0 * rng.normal() + wattsBoost;
        break;
    }
    }

    if (model != 1) {
        const double trueZ =
            model == 2 && !nominal && phase >= 2 * 60'000 && phase < 10 * 60'000 ? z + 2.2 : z;
        e.label = rng.chance(sigmoid(3.0 * trueZ)) ? 1.0 : 0.0;
        e.prediction = round3(sigmoid(z + 0.3 * rng.normal()));
        e.confidence = clamp01(0.72 + 0.27 * std::abs(2.0 * e.prediction - 1.0) + 0.02 * rng.normal());
        const double u = rng.uniform();
        e.labelPlan = u < 0.45 ? LabelPlan::Inline : (u < 0.85 ? LabelPlan::Delayed : LabelPlan::None);
        e.labelSendMs = e.sendMs + 5'000 + static_cast<std::int64_t>(rng.uniform() * 40'000);
    }
    e.confidence = round3(e.confidence);
    e.latencyMs = round3(e.latencyMs);
    e.watts = round3(e.watts);
    e.error = rng.chance(errorRate);
    e.duplicate = !nominal && rng.chance(0.005);
    e.malformedFollows = !nominal && rng.chance(0.0005);
    return true;
}

std::string DemoSimulator::inferenceJson(const Event &e) const {
    pyjson::Writer w;
    w.beginObject();
    w.key("model_id");
    w.value(m_models[e.model].id);
    w.key("txid_hash");
    w.value(e.txid);
    w.key("ts");
    w.value(timestamps::formatIso8601Ms(e.tsMs));
    w.key("prediction");
    if (e.error)
        w.null();
    else
        w.value(e.prediction);
    if (e.labelPlan == LabelPlan::Inline) {
        w.key("label");
        w.value(e.label);
    }
    w.key("confidence");
    w.value(e.confidence);
    w.key("latency_ms");
    w.value(e.latencyMs);
    w.key("watts");
    w.value(e.watts);
    w.key("status");
    w.value(e.error ? "error" : "ok");
    w.key("features");
    w.beginObject();
    for (const auto &[name, v] : e.numeric) {
        w.key(name);
        w.value(v);
    }
    for (const auto &[name, v] : e.categorical) {
        w.key(name);
        w.value(v);
    }
    w.endObject();
    w.endObject();
    return w.take();
}

void DemoSimulator::generate(std::int64_t fromMs, std::int64_t toMs, std::vector<Message> &out) const {
    if (toMs <= fromMs)
        return;
    std::vector<Message> batch;
    Event e;
    for (std::size_t m = 0; m < m_models.size(); ++m) {
        const double period = 1000.0 / m_models[m].eventsPerSecond;
        // Scan back far enough to emit the delayed labels and re-sends of earlier events.
        const auto first =
            static_cast<std::int64_t>(std::floor(static_cast<double>(fromMs - kMaxLabelDelayMs) / period)) -
            1;
        const auto last = static_cast<std::int64_t>(std::ceil(static_cast<double>(toMs) / period)) + 1;
        for (std::int64_t k = first; k <= last; ++k) {
            makeEvent(m, k, e, false);
            auto inRange = [&](std::int64_t t) { return t >= fromMs && t < toMs; };
            if (inRange(e.sendMs)) {
                batch.push_back({e.sendMs, inferenceJson(e)});
                if (e.malformedFollows) {
                    // A legacy exporter's broken message: a different defect each time.
                    static const char *const bad[] = {
                        R"({"model_id":"flood-risk-predictor","prediction":0.4,"features":{"rainfall_mm":tru}})",
                        R"({"model_id":"claims triage!","prediction":0.2})",
                        R"({"model_id":"energy-load-forecaster","prediction":"high","status":"ok"})",
                        R"({"model_id":"flood-risk-predictor","ts":"yesterday","prediction":0.7})",
                    };
                    batch.push_back({e.sendMs, bad[static_cast<std::size_t>(k) % 4]});
                }
            }
            if (e.duplicate && inRange(e.sendMs + 200))
                batch.push_back({e.sendMs + 200, inferenceJson(e)});
            if (e.labelPlan == LabelPlan::Delayed && inRange(e.labelSendMs)) {
                pyjson::Writer w;
                w.beginObject();
                w.key("model_id");
                w.value(m_models[m].id);
                w.key("txid_hash");
                w.value(e.txid);
                w.key("ts");
                w.value(timestamps::formatIso8601Ms(e.labelSendMs));
                w.key("label");
                w.value(e.label);
                w.endObject();
                batch.push_back({e.labelSendMs, w.take()});
            }
        }
    }
    std::stable_sort(batch.begin(), batch.end(),
                     [](const Message &a, const Message &b) { return a.sendMs < b.sendMs; });
    out.insert(out.end(), std::make_move_iterator(batch.begin()), std::make_move_iterator(batch.end()));
}

ReferenceProfile DemoSimulator::reference(const std::string &modelId) const {
    ReferenceProfileBuilder builder(modelId);
    TelemetryParser parser;
    TelemetryMessage msg;
    for (std::size_t m = 0; m < m_models.size(); ++m) {
        if (m_models[m].id != modelId)
            continue;
        Event e;
        for (std::int64_t k = 0; k < 5000; ++k) {
            makeEvent(m, k, e, true);
            e.error = false;
            if (parser.parse(inferenceJson(e), msg) == MessageKind::Inference)
                builder.add(msg.inference);
        }
    }
    return builder.build();
}

ToleranceSet DemoSimulator::tolerances(const std::string &modelId) const {
    ToleranceSet set = defaultTolerances(modelId);
    set.reason = "demo defaults with validated baselines";
    auto baseline = [&](SeedMetric m, double v) {
        if (auto *t = set.find(m))
            t->baseline = v;
    };
    if (modelId == "flood-risk-predictor") {
        baseline(SeedMetric::WattsPerInference, 41.5);
    } else if (modelId == "energy-load-forecaster") {
        baseline(SeedMetric::Rmse, 19.5);
        baseline(SeedMetric::WattsPerInference, 95.0);
    } else if (modelId == "claims-triage-classifier") {
        baseline(SeedMetric::WattsPerInference, 60.0);
    }
    return set;
}

} // namespace assurance
