#pragma once

#include "assurance/Tolerance.h"
#include "metrics/MetricEngine.h"
#include "pipeline/TelemetryProcessor.h"
#include "telemetry/RejectionLog.h"

#include <QMetaType>

#include <algorithm>
#include <array>
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

struct ModelInfo {
    std::string id;
    std::string displayName;
    TaskType task = TaskType::Auto;
};

// What a source hands the GUI thread, at most ~10 times a second: everything that changed since
// the previous frame, already aggregated. Immutable once emitted (shared between views).
struct ConsoleFrame {
    std::int64_t nowMs = 0;
    bool initial = false;                 // first frame after (re)start: views reset
    std::vector<ModelInfo> models;        // every model known so far
    std::vector<ToleranceSet> tolerances; // current tolerance sets (one per model)
    std::vector<ProcessedWindow> closed;  // windows closed since the last frame, oldest first
    // The record as stored (Direct source: label:{id}, violations:{id}). A label here replaces the
    // one computed for the model's latest closed window; episodes replace those with the same id.
    std::vector<AssuranceLabel> labels;
    std::vector<ViolationEpisode> episodes;
    std::uint64_t recordProblems = 0;   // values in Redis that could not be read (each logged with its key)
    std::vector<Snapshot> provisional;  // each model's open window so far
    std::vector<InferenceLogEntry> log; // newest events since the last frame (bounded), oldest first
    std::array<std::uint64_t, kRejectReasonCount> rejectedByReason{};
    std::uint64_t rejectedTotal = 0;
    std::vector<RejectedMessage> recentRejections; // newest last, bounded
    std::uint64_t acceptedTotal = 0;
    double eventsPerSecond = 0.0;
    EngineCounters counters;
};
using ConsoleFramePtr = std::shared_ptr<const ConsoleFrame>;

// Copies the processor's counters into a frame: rejections per reason, the newest rejected
// messages (bounded), accepted messages and the engine's counters.
inline void fillCounters(ConsoleFrame &frame, const TelemetryProcessor &processor) {
    const RejectionLog &rejections = processor.rejections();
    frame.rejectedByReason = rejections.counts();
    frame.rejectedTotal = rejections.total();
    const auto &recent = rejections.recent();
    const std::size_t keep = std::min<std::size_t>(recent.size(), 50);
    frame.recentRejections.assign(recent.end() - static_cast<std::ptrdiff_t>(keep), recent.end());
    frame.acceptedTotal = processor.accepted();
    frame.counters = processor.engine().counters();
}

} // namespace assurance

Q_DECLARE_METATYPE(assurance::ConsoleFramePtr)
