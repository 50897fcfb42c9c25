#pragma once

#include "assurance/LabelChain.h"
#include "sources/ConsoleFrame.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

// Only the declaration: the coroutine machinery is included where pullHistory is defined or
// awaited, not in every file that sees a source.
#include <QCoroFwd>

namespace assurance {

class EpisodeWriter;
class ToleranceWriter;
class ModelConfigWriter;

// The kinds of source the console knows (SPEC.md "Processes"). Remote and Evidence are filled in by
// their issues; the settings and the Connect dialog already list them.
enum class SourceKind : std::uint8_t { Demo, Direct, Remote, Evidence };

// Older windows asked of a source (TelemetrySource::pullHistory).
struct HistoryPullResult {
    enum class Outcome { Done, Cancelled, TimedOut, Failed, Unsupported };
    Outcome outcome = Outcome::Failed;
    std::string error;             // Failed: what the library said
    std::vector<Snapshot> windows; // ascending
    std::uint64_t problems = 0;    // stored values that could not be read (each logged)
};

// One label of a model's label history, as the record holds it.
struct HistoryLabel {
    AssuranceLabel label;
    // The label's stored form, byte for byte: Direct the value of label:{id}:{timestamp}, Evidence
    // the value in the pack's labels.jsonl, Demo serializeLabel() of its in-memory label (the Demo
    // stores nothing, so its serialisation is its stored form). What "export as JSON" writes.
    std::string json;
    LabelProvenance provenance = LabelProvenance::Stored; // Stored / Altered (its hash) / Computed (Demo)
};

// A model's label history over a range (TelemetrySource::pullLabelHistory).
struct LabelHistoryResult {
    using Outcome = HistoryPullResult::Outcome;
    Outcome outcome = Outcome::Failed;
    std::string error;                // Failed: what the library said
    std::vector<HistoryLabel> labels; // ascending by window end
    // verifyLabelChain over `labels` (no predecessor: the first label of the range only has to
    // verify itself). nullopt: every label verifies and links to the one before it.
    std::optional<LabelChainBreak> chainBreak;
    // Values the record lists that could not be used, "key: why" (an index entry whose label is
    // gone, a label that does not parse): each also breaks the chain at the label after it.
    std::vector<std::string> problems;
    // The tolerance sets the labels were assessed with, by version, when the record keeps them
    // (Direct: tolerances:{id}:history; Evidence: the pack's versions; Demo: its one set). A
    // version a label names and the map lacks is unknown, not an error.
    std::map<int, ToleranceSet> tolerances;
};
// Sets result.chainBreak from result.labels (verifyLabelChain). Hashes every label: sources call it
// on their pool thread.
void checkLabelChain(LabelHistoryResult &result);

// What the console's views are fed from: Demo, Direct (Kafka + Redis), later Remote and Evidence.
// A source has two parts with a state each: the record (what the agents stored: history, labels,
// episodes, tolerances) and the live view (telemetry read by the console itself). Demo runs both
// from its simulator.
// Threading contract: construct, start(), stop() and pullHistory() on the GUI thread; a source does
// its I/O on worker threads it owns and never makes the GUI thread wait for them (stop() returns at
// once). Frames and state changes arrive on the GUI thread (queued), at most ~10 a second per part.
class TelemetrySource : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Reconnecting, Failed };
    Q_ENUM(State)
    enum class Part { Record, Live };
    Q_ENUM(Part)
    // Why a part is in its state, as a code: the UI translates it (workers never format text).
    enum class Reason {
        None,
        ConnectionFailed,
        AuthenticationFailed,
        WaitingForRecord,
        NotConfigured,
        UnreadableValues
    };
    Q_ENUM(Reason)
    struct PartStatus {
        State state = State::Stopped;
        Reason reason = Reason::None;
        QString error;           // ConnectionFailed: the library's own message, untranslated
        std::uint64_t count = 0; // UnreadableValues: how many values could not be read
        bool operator==(const PartStatus &) const = default;
    };

    using QObject::QObject;
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual QString name() const = 0;
    virtual SourceKind kind() const = 0;
    State state() const { return m_parts[0].state; } // the record's state
    PartStatus status(Part part) const { return m_parts[static_cast<int>(part)]; }

    // Windows of `modelId` ending in [fromMs, toMs], older than what the source keeps at hand, read
    // asynchronously. `progress` (GUI thread) gets windows read / to read; `cancel` set to true
    // (GUI thread) stops it. Sources that keep no older history answer Unsupported.
    struct PullOptions {
        std::chrono::milliseconds timeout{60'000};
        std::function<void(std::uint64_t done, std::uint64_t total)> progress;
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    virtual QCoro::Task<HistoryPullResult> pullHistory(std::string modelId, std::int64_t fromMs,
                                                       std::int64_t toMs, PullOptions options);

    // The labels of `modelId` whose window ends in [fromMs, toMs] (epoch ms, inclusive), ascending,
    // with the chain checked (LabelHistoryResult::chainBreak) and the tolerance versions they name,
    // read asynchronously: the reading and the hashing happen on a pool thread, never on the GUI
    // thread; the task completes on the GUI thread. Call it on the GUI thread. `progress` (GUI
    // thread) gets labels read / to read; `cancel` set to true stops it (Cancelled); `timeout`
    // bounds the whole pull (TimedOut). What each source answers: Direct reads label:{id}:index and
    // label:{id}:{timestamp} (docs/assurance.md "Label history") on a connection of its own; Demo
    // its in-memory record (bounded: Options::labelHistoryPerModel); Evidence the pack's labels
    // (Failed until the pack is loaded). Sources without a label history answer Unsupported.
    // An empty range or a model without history is Done with no labels. The awaiting coroutine
    // may outlive the source: the result then still arrives (nothing in it refers to the source).
    virtual QCoro::Task<LabelHistoryResult> pullLabelHistory(std::string modelId, std::int64_t fromMs,
                                                             std::int64_t toMs, PullOptions options);

    // How operator actions (acknowledge, resolve, add note) reach this source's record: hand it to
    // EpisodeCommand::runAsync (core/commands/EpisodeCommand.h) with the action; never call its
    // blocking write() on the GUI thread. nullptr: the source is read-only (Evidence), and the
    // command answers ReadOnly. Shared: a command in flight keeps it alive after the source stops
    // (it then answers Failed or writes to the record it was made for). GUI thread.
    virtual std::shared_ptr<EpisodeWriter> episodeWriter() const { return nullptr; }
    // How tolerance sets and drift references reach this source's record (the Baseline &
    // Tolerances tab): hand it to ToleranceCommand::runAsync / ReferenceCommand::runAsync
    // (core/commands/ToleranceCommand.h), and call its blocking read() only on a pool thread.
    // Direct: Redis (RedisToleranceWriter); Demo: its simulator's record; nullptr: read-only
    // (Evidence). Shared, like episodeWriter(). GUI thread.
    virtual std::shared_ptr<ToleranceWriter> toleranceWriter() const { return nullptr; }
    // How model configurations are read and changed (the Model Configuration tab): hand it to
    // ModelConfigCommand::runAsync / readAsync (core/commands/ModelConfigCommand.h). nullptr: the
    // source is read-only (Evidence). Shared, GUI thread, as episodeWriter().
    virtual std::shared_ptr<ModelConfigWriter> modelConfigWriter() const { return nullptr; }

Q_SIGNALS:
    void frameReady(assurance::ConsoleFramePtr frame);
    void statusChanged(assurance::TelemetrySource::Part part,
                       const assurance::TelemetrySource::PartStatus &status);

protected:
    void setStatus(Part part, const PartStatus &status) {
        PartStatus &slot = m_parts[static_cast<int>(part)];
        if (slot == status)
            return;
        slot = status;
        Q_EMIT statusChanged(part, status);
    }
    void setBothStates(State state) {
        setStatus(Part::Record, {state, Reason::None, {}, 0});
        setStatus(Part::Live, {state, Reason::None, {}, 0});
    }

private:
    PartStatus m_parts[2];
};

} // namespace assurance

Q_DECLARE_METATYPE(assurance::TelemetrySource::PartStatus)
