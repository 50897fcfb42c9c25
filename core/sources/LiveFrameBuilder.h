#pragma once

#include "sources/ConsoleFrame.h"

#include <deque>
#include <set>
#include <string>
#include <utility>

namespace assurance {

class TelemetryProcessor;
struct ProcessedWindow;

// The live part of a console frame, shared by every source that runs telemetry through its own
// TelemetryProcessor (Demo, Direct's Kafka view): the inference log, the rate, the counters, and
// the provisional open windows — recomputed only for models that changed, at most once per
// `provisionalIntervalMs` (a provisional window costs percentiles and drift over all its events).
// Single-threaded: the owner of the processor calls everything from its own thread.
class LiveFrameBuilder {
public:
    struct Options {
        std::size_t logPerFrame = 200;
        std::int64_t provisionalIntervalMs = 1000;
        std::int64_t rateWindowMs = 10'000;
    };
    LiveFrameBuilder();
    explicit LiveFrameBuilder(Options options);

    // After each submit(): an inference event becomes a log line and counts in the rate (unless
    // `countInRate` is false: a backfill is not traffic); its model's open window changed.
    void submitted(const TelemetryProcessor &processor, MessageKind kind, std::int64_t arrivalMs,
                   bool countInRate = true);
    // Windows that closed: their models' open windows changed (a newer one, or none).
    void closed(const std::vector<ProcessedWindow> &windows);
    // Fills `out` with what changed since the last build. `wallNowMs` is the wall clock (the rate
    // is per wall-clock second whatever clock the processor runs on).
    void build(TelemetryProcessor &processor, std::int64_t wallNowMs, LiveDelta &out);
    // True when a frame built now would carry news (log lines, an open window due, new counts).
    bool hasNews(const TelemetryProcessor &processor, std::int64_t wallNowMs) const;
    std::uint64_t provisionalRebuilds() const { return m_rebuilds; }

private:
    double rate(std::int64_t wallNowMs);
    Options m_options;
    std::deque<InferenceLogEntry> m_log;
    std::set<std::string> m_dirty;
    std::set<std::string> m_seen;
    std::vector<std::string> m_new; // seen since the last build
    std::deque<std::pair<std::int64_t, std::uint64_t>>
        m_rate; // (wall ms of a build, events since the previous)
    std::uint64_t m_sinceBuild = 0;
    std::int64_t m_firstBuildMs = -1;
    std::int64_t m_lastRebuildMs = -1;
    std::uint64_t m_rebuilds = 0;
    std::uint64_t m_lastAccepted = 0;
    std::uint64_t m_lastRejected = 0;
    double m_lastRate = 0.0;
};

} // namespace assurance
