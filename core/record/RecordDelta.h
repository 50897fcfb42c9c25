#pragma once

// What changed in a model record (SPEC.md "Redis": snapshots, labels, violation episodes, tolerance
// sets, configs), as a plain value: produced by the RecordFollower from Redis, by the Demo source
// from its in-memory record, and later by an evidence pack; consumed by the console's store and
// (later) the agent's WebSocket gateway. No Qt, no engine: only the record's own types.
#include "assurance/AssuranceLabel.h"
#include "assurance/Tolerance.h"
#include "assurance/ViolationTracker.h"
#include "metrics/EngineTypes.h"
#include "metrics/Snapshot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace assurance {

struct ModelInfo {
    std::string id;
    std::string displayName; // the config's display name; empty when none was given
    // Known: from the model's config or the source itself (Demo). Auto: nobody said; views must
    // not guess it from which metrics are null.
    TaskType task = TaskType::Auto;
    // The config says retired (docs/assurance.md "Model configuration"): the console's views hide
    // it unless View → Show Retired Models is on, and it does not count against the model limit.
    bool retired = false;

    bool operator==(const ModelInfo &) const = default;
};

// Where a label shown for a model comes from. An unkeyed hash only proves that the label is
// consistent with itself, not who wrote it: nothing here says "verified" (signed evidence will).
enum class LabelProvenance : std::uint8_t {
    Stored,   // label:{id}, its hash matches its content
    Altered,  // label:{id}, its hash does not match: changed after it was written
    Computed, // computed by this process from the latest snapshot: not in the record
};

struct RecordLabel {
    AssuranceLabel label;
    LabelProvenance provenance = LabelProvenance::Computed;
};

struct RecordDelta {
    // True: forget everything said before (a new connection, a re-read after Redis came back);
    // what follows is the whole record as now known.
    bool reset = false;
    // Every model, in id order, when the list or any entry changed (nullopt: unchanged).
    std::optional<std::vector<ModelInfo>> models;
    std::vector<ToleranceSet> tolerances; // sets that changed
    std::vector<Snapshot> windows;        // stored windows new since the last delta, ascending per model
    std::vector<RecordLabel> labels;      // each model's label when it changed
    // Episode changes, diffed against what was said before (Opened for one not seen yet).
    std::vector<EpisodeEvent> episodes;
    // False when the episodes are what the record held when it was first read: they are shown,
    // not raised as alerts. The Demo's backfilled hour is news (it happened "now" for the demo).
    bool episodesAreNews = true;
    std::uint64_t problems = 0; // values that could not be read so far (each logged with its key)

    bool empty() const {
        return !reset && !models && tolerances.empty() && windows.empty() && labels.empty() &&
               episodes.empty();
    }
};

} // namespace assurance
