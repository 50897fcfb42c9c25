#pragma once

#include "assurance/Tolerance.h"
#include "metrics/MetricEngine.h"
#include "metrics/ReferenceProfile.h"

#include <cstdint>
#include <string>
#include <vector>

namespace assurance {

struct DemoModel {
    std::string id;
    std::string displayName;
    TaskType task = TaskType::Classification;
    double eventsPerSecond = 1.0;
};

// Embedded simulator of realistic telemetry for the Demo source and `assurancectl demo`.
// Models: `flood-risk-predictor` (classifier), `energy-load-forecaster` (regressor) and
// `claims-triage-classifier` (classifier with a scripted incident every 30 minutes of UTC time:
// drift with an unseen channel and concept drift from minute 2 to 10, an error and latency burst
// from minute 12 to 15). About 0.5 % of events are re-sent duplicates, 0.3 % arrive late, part of
// the labels arrive later as label events, and a legacy exporter sends a malformed message now
// and then — all through the same parse path as Kafka messages.
//
// Deterministic: each event is drawn from a counter-based generator keyed by (seed, model, index),
// so the stream depends only on the seed and time, and contiguous generate() calls produce
// exactly the stream one call over their union would.
class DemoSimulator {
public:
    struct Message {
        std::int64_t sendMs;
        std::string json;
    };

    explicit DemoSimulator(std::uint64_t seed = 1);
    const std::vector<DemoModel> &models() const { return m_models; }
    std::uint64_t seed() const { return m_seed; }

    // Appends every message whose send time lies in [fromMs, toMs), in send order.
    void generate(std::int64_t fromMs, std::int64_t toMs, std::vector<Message> &out) const;

    // The nominal behaviour of a model (5,000 events without incidents): its reference profile.
    ReferenceProfile reference(const std::string &modelId) const;
    // Shipped defaults plus the baselines the demo models were validated at.
    ToleranceSet tolerances(const std::string &modelId) const;

private:
    struct Event;
    bool makeEvent(std::size_t model, std::int64_t k, Event &e, bool nominal) const;
    std::string inferenceJson(const Event &e) const;
    std::vector<DemoModel> m_models;
    std::uint64_t m_seed;
};

} // namespace assurance
