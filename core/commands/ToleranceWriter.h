#pragma once

#include "assurance/Tolerance.h"
#include "metrics/ReferenceProfile.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace assurance {

// A tolerance set as the command hands it to a source's writer: the metrics, who, when and why.
// The writer assigns `version` (the stored version + 1, above every version in the history, and
// never 1: labels assessed with the shipped defaults carry tolerance_version 1).
struct ToleranceSave {
    std::string modelId;
    std::vector<MetricTolerance> metrics; // the whole set, one per seed metric, in seed order
    std::string reason;                   // required, not blank
    std::string author;                   // empty: audit::currentActor()
    std::int64_t timeMs = 0;              // changed_at (epoch ms); 0: now
    // Optimistic concurrency: the version the operator edited (0: none was stored, the shipped
    // defaults). When set and the stored version is another, nothing is written (Conflict).
    // nullopt: saved over whatever is stored (the CLI without --expect-version).
    std::optional<int> expectedVersion;
    std::optional<int> restoredFrom; // a restore: the version whose metrics are saved again
};

// One stored version (tolerances:{id}:history) with its exact bytes, parsed.
struct StoredToleranceVersion {
    int version = 0;
    std::string json;
    std::optional<ToleranceSet> set; // nullopt: the bytes do not parse (`error` says why)
    std::string error;
};

struct ToleranceWriteResult {
    enum class Outcome { Applied, Invalid, ReadOnly, Conflict, Failed };
    Outcome outcome = Outcome::Failed;
    std::string error; // Invalid, Failed: why (plain English)
    // Applied: the set in force before (nullopt: none was stored, the shipped defaults applied).
    // Conflict: the set stored now, whose author, changed_at and reason say who moved it.
    std::optional<ToleranceSet> before;
    std::string beforeJson;
    std::optional<ToleranceSet> after; // Applied: the new set as stored
    std::string json;                  // Applied: its exact bytes
};

struct ToleranceRecord {
    std::optional<ToleranceSet> current; // tolerances:{id}; nullopt: none (the shipped defaults)
    std::string currentJson;
    std::vector<StoredToleranceVersion> versions; // ascending
    std::string error;                            // Failed reading (then the rest is empty)
    // reference:{id}:pinned as stored ({"file", "host", "since"}): an agent pins the model with
    // --reference and ignores references saved here. "" when none (or the source cannot tell).
    std::string referencePin;
    bool ok = true;
};

struct ReferenceWriteResult {
    enum class Outcome { Applied, Invalid, ReadOnly, Failed };
    Outcome outcome = Outcome::Failed;
    std::string error;
    std::string json;       // Applied: reference:{id} as stored
    std::string beforeJson; // Applied: what was stored before ("" when none)
};

// How a source stores tolerance sets and reference profiles (docs/assurance.md "Stored tolerance
// sets", "Reference profiles"): Direct: Lua scripts on Redis (RedisToleranceWriter); Demo: its
// simulator's processor on its worker thread; Evidence: none (TelemetrySource::toleranceWriter()
// is nullptr, read-only).
// Threading: every call blocks until the record answered; never on the GUI thread
// (ToleranceCommand::runAsync and the tab's loaders call it on a pool thread).
class ToleranceWriter {
public:
    virtual ~ToleranceWriter() = default;
    // The save with `author`, `timeMs` and the reason checked, the metrics validated by the
    // command. Assigns the version, checks `expectedVersion`, writes the set and its history entry
    // atomically and announces it; writes nothing unless it returns Applied.
    virtual ToleranceWriteResult save(const ToleranceSave &save) = 0;
    // The set in force and the tolerance history of a model.
    virtual ToleranceRecord read(const std::string &modelId) = 0;
    // Stores a reference profile for drift (reference:{id}) and announces {"type": "reference"}.
    virtual ReferenceWriteResult storeReference(const ReferenceProfile &profile) = 0;
};

} // namespace assurance
