#pragma once

#include "assurance/ViolationTracker.h"

#include <cstdint>
#include <optional>
#include <string>

namespace assurance {

// One operator action on one violation episode, as a command hands it to a source's writer.
struct EpisodeAction {
    OperatorAction::Kind kind = OperatorAction::Kind::Note;
    std::string episodeId; // {model}:{metric}:{opening window timestamp}
    std::string note;      // required, not blank
    std::string actor;     // empty: audit::currentActor() (user@host of this process)
    // Optimistic concurrency: the number of actions the operator saw on the episode when deciding.
    // When set and the stored episode has another number, nothing is written (Conflict). nullopt:
    // only the workflow's rules against the episode as stored now (the CLI).
    std::optional<std::size_t> expectedActions;
    std::int64_t timeMs = 0; // when it was done (epoch ms); 0: now
};

// What a source's writer did with an action. Plain English in `error` (CLI and logs); the console
// shows its own translated text from `outcome`/`refusal` and the episode.
struct EpisodeWriteResult {
    enum class Outcome { Applied, Invalid, NotFound, ReadOnly, Conflict, Failed };
    Outcome outcome = Outcome::Failed;
    ActionRefusal refusal = ActionRefusal::None; // Invalid by the workflow's rules
    std::string error;                           // Invalid, Failed: why
    // Applied: the episode after the action. Invalid (by the rules) and Conflict: the episode as
    // stored now; its last action says who changed it, how and when.
    std::optional<ViolationEpisode> episode;
    std::string json;                                 // Direct: the stored bytes that go with `episode`
    EpisodeStatus statusBefore = EpisodeStatus::Open; // Applied: the status the action changed from
};

// How a source applies operator actions to its record (docs/assurance.md "Operator actions"):
// Direct: one Lua script on Redis (RedisEpisodeWriter); Demo: its simulator's tracker, on its
// worker thread; Evidence: none (read-only, TelemetrySource::episodeWriter() is nullptr); Remote
// (later): sent to the agent.
// Threading: write() blocks until the record answered (a Redis round trip, the Demo worker). Call it
// from a worker thread or a CLI, never the GUI thread (EpisodeCommand::runAsync does that for the
// console). Implementations are safe to call from any one thread at a time per call; they keep no
// state between calls that a concurrent call could see half-done.
class EpisodeWriter {
public:
    virtual ~EpisodeWriter() = default;
    // The action with `timeMs` and `actor` filled in and the note checked (EpisodeCommand does it).
    // The writer checks the episode exists, `expectedActions`, the workflow's rules
    // (checkOperatorAction) and writes atomically; it never writes when it returns anything but
    // Applied.
    virtual EpisodeWriteResult write(const EpisodeAction &action) = 0;
};

} // namespace assurance
