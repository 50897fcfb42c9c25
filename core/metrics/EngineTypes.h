#pragma once

// The engine's small value types, apart from the engine itself: what a console frame, a record
// follower or a report needs without pulling the engine's windows and tables in.
#include <cstdint>
#include <optional>
#include <string_view>

namespace assurance {

enum class TaskType : std::uint8_t { Auto, Classification, Regression };
const char *taskTypeKey(TaskType t); // "auto", "classification", "regression"
std::optional<TaskType> taskTypeFromKey(std::string_view key);

enum class IngestOutcome : std::uint8_t {
    Counted,        // counted in its window
    Duplicate,      // txid_hash already counted in that window
    Late,           // its window had closed: counted as `late`
    LabelJoined,    // a label event joined to its prediction
    OrphanLabel,    // a label event with no prediction in the cache
    DuplicateLabel, // a second label for an already labelled prediction (ignored)
    TooManyModels,  // the model cap was reached
    FutureTimestamp // ts more than maxFutureSkewMs ahead of the arrival clock: refused
};

struct EngineCounters {
    std::uint64_t inferenceEvents = 0;
    std::uint64_t labelEvents = 0;
    std::uint64_t snapshotMessages = 0;
    std::uint64_t duplicates = 0;
    std::uint64_t late = 0;
    std::uint64_t orphanLabels = 0;
    std::uint64_t duplicateLabels = 0;
    std::uint64_t droppedModels = 0;
    std::uint64_t futureTimestamps = 0;
    std::uint64_t windowsClosed = 0;
    std::uint64_t windowsDropped = 0;
    std::uint64_t windowsPrepared = 0; // by prepareDue()
};

} // namespace assurance
