#pragma once

#include "metrics/Clock.h"
#include "metrics/EngineTypes.h"
#include "metrics/ReferenceProfile.h"
#include "metrics/Snapshot.h"
#include "telemetry/Telemetry.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace assurance {

// Every cap that keeps the engine's memory bounded (documented in docs/metrics.md).
struct EngineConfig {
    std::int64_t windowMs = 60'000;
    std::int64_t allowedLatenessMs = 10'000;
    std::int64_t idleTimeoutMs = 0; // 0 = the window length
    std::size_t minLabels = 30;
    std::size_t labelCacheEntries = 1'000'000;      // per engine (i.e. per agent)
    std::int64_t labelCacheTtlMs = 24 * 3600'000LL; // event-time age after which a prediction is forgotten
    std::size_t dedupeEntriesPerWindow = 500'000;   // txid hashes remembered per model window
    std::size_t samplesPerWindow = 100'000;         // confidence and latency values kept for percentiles
    std::size_t ksSamplesPerFeature = 20'000;       // numeric feature values kept for KS per window
    std::size_t maxModels = 10'000;                 // further models are rejected (counted)
    // The models counted against maxModels; engines given the same count share the cap (the
    // agent's shards: a busy shard may hold most of an agent's models). Unset: one of its own.
    std::shared_ptr<std::atomic<std::size_t>> sharedModelCount;
    // Events dated further ahead of the arrival clock are refused (counted as future_ts): one
    // skewed producer clock would otherwise raise a model's watermark and close its windows early.
    std::int64_t maxFutureSkewMs = 3600'000;
    // Windows past their end are queued for prepareDue(). Only an owner that calls it (the agent)
    // turns this on; otherwise the queue would only grow.
    bool prepareAhead = false;

    std::int64_t idleTimeout() const { return idleTimeoutMs > 0 ? idleTimeoutMs : windowMs; }
};

// Per-model tumbling event-time windows and their metrics (SPEC.md "Windows", "Metrics",
// "Drift, exactly"). Not thread-safe: one thread owns an engine. Closed windows (and validated
// sidecar snapshots) queue up in an outbox that the owner drains with takeClosed().
class MetricEngine {
public:
    MetricEngine(EngineConfig config, const Clock &clock);
    ~MetricEngine();
    MetricEngine(const MetricEngine &) = delete;
    MetricEngine &operator=(const MetricEngine &) = delete;

    const EngineConfig &config() const { return m_config; }

    // Task from config / flag / Demo model; Auto applies SPEC.md's rule to what has been seen.
    void setTask(const std::string &modelId, TaskType task);
    TaskType task(const std::string &modelId) const; // resolved (never Auto for a known model)
    // Takes effect for windows opened from now on.
    void setReference(std::shared_ptr<const ReferenceProfile> profile);
    std::shared_ptr<const ReferenceProfile> reference(const std::string &modelId) const;

    IngestOutcome ingest(const InferenceEvent &event);
    IngestOutcome ingest(const LabelEvent &event);
    // Validated upstream; goes to the outbox as is, unless dated more than maxFutureSkewMs ahead
    // of the clock (refused: it would stay the model's latest snapshot and label for good).
    IngestOutcome ingest(const Snapshot &sidecar);

    // Closes windows of models idle for the idle timeout (by the clock). Call regularly.
    void advanceTime();
    // Every model's idle timeout starts again now: its stream was held back (paused partitions),
    // not silent, and what it held back has yet to arrive.
    void restartIdleClocks();
    // Closes every open window now (end of a finite replay).
    void closeAll();
    // Forgets every model (after dropOpenWindows, at a partition revoke: they may move to another
    // agent), freeing their place under maxModels. Reference profiles and tasks stay.
    void forgetModels();
    // Drops every open window without writing it (agent shutdown / partition revoke), with the
    // watermarks, late counts and label joins: re-consumed events then rebuild the same windows,
    // as after a restart.
    void dropOpenWindows();
    // The end of the window the last ingested event or label landed in; 0 when it landed in none
    // (late, duplicate-free rejection, too many models). The agent ties Kafka offsets to windows.
    std::int64_t lastWindowEndMs() const { return m_lastWindowEndMs; }

    std::vector<Snapshot> takeClosed();
    bool hasClosed() const { return !m_outbox.empty(); }

    // A window whose end the model's event time has passed only waits out the allowed lateness:
    // its costly parts (sorted samples, KS per feature) can be computed meanwhile and are kept,
    // so that its close recomputes only what changed since (a late event, a label). The agent
    // calls this between batches, off the moment when every model's window closes at once.
    // With EngineConfig::prepareAhead, a window is queued when the model's first event of a newer
    // window arrives (unless that event closes it at once); a window that a late event opens
    // after a newer one is never queued. Prepares queued windows until `budget` is spent (at
    // least one window, whatever it costs); returns how many wait.
    std::size_t prepareDue(std::chrono::microseconds budget);
    bool hasDue() const { return !m_due.empty(); }

    // The newest open window's metrics so far (marked provisional), without closing it.
    std::optional<Snapshot> provisional(const std::string &modelId);
    std::vector<std::string> models() const;
    std::size_t openWindows() const;
    const EngineCounters &counters() const { return m_counters; }
    std::size_t labelCacheSize() const;

private:
    struct Window;
    struct ModelState;
    ModelState *model(const std::string &id);
    // True (and counted) when tsMs is more than maxFutureSkewMs ahead of the clock.
    bool refusedAsFuture(std::int64_t tsMs);
    const ModelState *findModel(const std::string &id) const;
    Window *windowFor(ModelState &m, std::int64_t tsMs, IngestOutcome &outcome);
    // The shared start of every ingest: model lookup, time bookkeeping, the event's window (or
    // nullptr with the outcome set: too many models, or late). tsMs becomes the arrival time when
    // the event has none.
    Window *admit(const std::string &modelId, bool hasTs, std::int64_t &tsMs, ModelState *&model,
                  IngestOutcome &outcome);
    void observeTime(ModelState &m, std::int64_t tsMs);
    void closeDue(ModelState &m);
    void closeWindow(ModelState &m, std::unique_ptr<Window> w);
    Snapshot buildSnapshot(ModelState &m, Window &w, std::uint64_t late);
    TaskType resolveTask(const ModelState &m) const;
    std::uint64_t joinKey(std::uint64_t modelHash, std::uint64_t txidHash) const;

    EngineConfig m_config;
    const Clock &m_clock;
    std::unordered_map<std::string, std::unique_ptr<ModelState>> m_models;
    std::deque<std::pair<std::string, std::int64_t>> m_due; // (model, window start) to prepare
    ModelState *m_lastModel = nullptr;
    std::unordered_map<std::string, std::shared_ptr<const ReferenceProfile>> m_references;
    std::unordered_map<std::string, TaskType> m_tasks;
    struct LabelCacheHolder;
    std::unique_ptr<LabelCacheHolder> m_labels;
    std::vector<Snapshot> m_outbox;
    EngineCounters m_counters;
    std::int64_t m_lastWindowEndMs = 0;
};

} // namespace assurance
