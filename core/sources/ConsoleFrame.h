#pragma once

#include "metrics/EngineTypes.h"
#include "record/RecordDelta.h"
#include "telemetry/RejectionLog.h"

#include <QMetaType>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace assurance {

// One line of the live inference log.
struct InferenceLogEntry {
    std::int64_t arrivalMs = 0;
    std::int64_t tsMs = 0;
    std::string modelId;
    std::string txid;
    std::optional<double> prediction;
    std::optional<double> label;
    std::optional<double> confidence;
    std::optional<double> latencyMs;
    bool error = false;
    IngestOutcome outcome = IngestOutcome::Counted;
};

// The live view: telemetry read by this console (Demo's simulator, Direct's Kafka view) and the
// provisional open windows computed from it. Everything is "so far", not the record.
struct LiveDelta {
    bool reset = false; // forget the previous live state
    // Models seen in the telemetry for the first time, each with the shipped tolerance set: views
    // show them (with default bands) until the record says more.
    std::vector<ModelInfo> newModels;
    std::vector<ToleranceSet> newModelTolerances;
    std::vector<Snapshot> provisional;        // open windows that changed since the last frame
    std::vector<std::string> provisionalGone; // models whose open window closed (none open now)
    std::vector<InferenceLogEntry> log;       // newest events since the last frame (bounded), oldest first
    std::array<std::uint64_t, kRejectReasonCount> rejectedByReason{};
    std::uint64_t rejectedTotal = 0;
    std::vector<RejectedMessage> recentRejections; // newest last, bounded
    std::uint64_t acceptedTotal = 0;               // messages accepted (of every kind)
    // Accepted inference events per wall-clock second over the last 10 s (less at start).
    double eventsPerSecond = 0.0;
    EngineCounters counters; // late, duplicates, orphan labels … since the source started
    // The agents' consumer lag in messages: Σ (high watermark − the group's committed offset) over
    // the topic's partitions. nullopt: not known (no Kafka, no group, or not asked yet).
    std::optional<std::int64_t> consumerLag;
    std::uint64_t provisionalRebuilds = 0; // open windows recomputed since start (cost counter)
};

// What a source hands the GUI thread: everything that changed since its previous frame, already
// aggregated and checked (label hashes, episode diffs) off the GUI thread. A frame may carry the
// record part, the live part or both; a source sends at most ~10 frames a second per part.
// Immutable once emitted (shared between views).
struct ConsoleFrame {
    std::int64_t nowMs = 0;
    std::optional<RecordDelta> record;
    std::optional<LiveDelta> live;
};
using ConsoleFramePtr = std::shared_ptr<const ConsoleFrame>;

} // namespace assurance

Q_DECLARE_METATYPE(assurance::ConsoleFramePtr)
