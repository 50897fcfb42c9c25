#pragma once

#include "assurance/AssuranceLabel.h"

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assurance {

enum class Severity : std::uint8_t { Warning, Critical };
enum class EpisodeStatus : std::uint8_t { Open, Acknowledged, Resolved };
const char *severityKey(Severity s);           // "warning", "critical"
const char *episodeStatusKey(EpisodeStatus s); // "open", "acknowledged", "resolved"

// One thing an operator did to an episode (the workflow issue): operators own the `actions` list,
// agents own the computed fields. The episode's status, actor and note are derived from it.
struct OperatorAction {
    enum class Kind : std::uint8_t { Acknowledge, Resolve, Note };
    Kind kind = Kind::Note;
    std::string actor;
    std::string note;
    std::int64_t timeMs = 0; // when it was recorded (epoch ms)
    bool operator==(const OperatorAction &) const = default;
};
const char *operatorActionKey(OperatorAction::Kind kind); // "acknowledge", "resolve", "note"
std::optional<OperatorAction::Kind> operatorActionFromKey(std::string_view key);

// A breach of one metric's tolerance over consecutive windows (SPEC.md "Violations").
// `active` episodes have no `closedMs`; at most one per (model, metric).
struct ViolationEpisode {
    std::string id; // {model}:{metric}:{opened window timestamp}
    std::string modelId;
    SeedMetric metric = SeedMetric::Accuracy;
    Severity severity = Severity::Warning; // the worst seen during the episode
    Severity currentSeverity = Severity::Warning;
    double observed = 0.0; // latest value outside the bound
    double bound = 0.0;    // the bound it crossed
    std::int64_t openedMs = 0;
    std::int64_t lastSeenMs = 0;
    std::optional<std::int64_t> closedMs;
    std::uint64_t count = 0; // windows outside the bound
    EpisodeStatus status = EpisodeStatus::Open;
    std::string actor;
    std::string note;
    std::vector<OperatorAction> actions; // oldest first

    bool active() const { return !closedMs.has_value(); }
};

// The operator workflow's rules (docs/assurance.md "Operator actions"): open → acknowledged →
// resolved; resolving an open episode directly is allowed; a note is allowed in every status;
// acknowledging or resolving a resolved episode, and acknowledging an acknowledged one, are refused.
// Every action needs an actor and a non-empty note.
enum class ActionRefusal : std::uint8_t { None, EmptyNote, NoActor, AlreadyAcknowledged, AlreadyResolved };
ActionRefusal checkOperatorAction(const ViolationEpisode &episode, const OperatorAction &action);
// Appends `action` and derives status, actor and note from it (an acknowledge or resolve sets all
// three; a note leaves them). Call checkOperatorAction() first.
void applyOperatorAction(ViolationEpisode &episode, const OperatorAction &action);
// Whether a stored episode's operator part is consistent: each action allowed after the ones before
// it, times not decreasing, and status/actor/note those of the last acknowledge or resolve (an
// episode with none keeps whatever status it has: written before the actions list existed).
// nullopt when consistent, else why not.
std::optional<std::string> checkOperatorPart(const ViolationEpisode &episode);

enum class EpisodeChange : std::uint8_t { Opened, Updated, Closed, Acknowledged, Resolved };

struct EpisodeEvent {
    EpisodeChange change;
    ViolationEpisode episode; // state after the change
    bool escalated = false;   // Updated: the episode became critical with this window
};

// Opens, updates and closes episodes from consecutive labels of each model. Keeps the most recent
// `historyPerModel` episodes per model (active ones are never dropped).
class ViolationTracker {
public:
    explicit ViolationTracker(std::size_t historyPerModel = 500)
        : m_historyPerModel(historyPerModel) {}
    // Labels older than or equal to the model's last applied window are ignored (returns nothing).
    std::vector<EpisodeEvent> apply(const AssuranceLabel &label);
    // Legacy direct transitions (no actions recorded): acknowledge an open episode; resolve also
    // closes an active episode at `nowMs`. The operator workflow uses act() instead.
    std::optional<EpisodeEvent> acknowledge(const std::string &id, const std::string &actor,
                                            const std::string &note);
    std::optional<EpisodeEvent> resolve(const std::string &id, const std::string &actor,
                                        const std::string &note, std::int64_t nowMs);

    // The operator workflow on the tracker's own record (the Demo source), with the rules of
    // checkOperatorAction(): the action is appended and status, actor and note derived from it. A
    // resolve changes the status only; the model's next applied window closes the episode at its
    // end (and opens a new one if the metric is still outside). nullopt: no episode with that id
    // (`refusal` None) or the rules refuse it (`refusal` says why).
    std::optional<EpisodeEvent> act(const std::string &id, const OperatorAction &action,
                                    ActionRefusal *refusal = nullptr);
    // The agent learnt from Redis that an operator resolved this episode: the next applied window of
    // its model closes it. Returns false when the id is unknown, closed or already resolved.
    bool operatorResolved(const std::string &id);

    // Continues from a stored record (the agent after a restart or a rebalance, from
    // `violations:{id}` and `label:{id}`): the model's episodes become `stored` and labels up to
    // `lastAppliedMs` are ignored. At most one active episode per metric is kept (the newest).
    void seed(const std::string &modelId, std::vector<ViolationEpisode> stored, std::int64_t lastAppliedMs);
    // Forgets a model (its partition moved to another agent).
    void forget(const std::string &modelId);

    std::vector<ViolationEpisode> episodes(const std::string &modelId) const; // oldest first
    std::vector<ViolationEpisode> allEpisodes() const;
    const ViolationEpisode *find(const std::string &id) const;

private:
    ViolationEpisode *findMutable(const std::string &id);
    std::size_t m_historyPerModel;
    std::map<std::string, std::deque<ViolationEpisode>> m_byModel;
    std::map<std::string, std::int64_t> m_lastApplied;
};

// What happened to an episode between two stored states (the console follows episodes the agents
// write): Opened when it was not known, Closed when it stopped being active, Resolved/Acknowledged
// when its status moved, else Updated (escalated when its severity became critical).
EpisodeEvent episodeChange(const ViolationEpisode *previous, const ViolationEpisode &now);

std::optional<Severity> severityFromKey(std::string_view key);
std::optional<EpisodeStatus> episodeStatusFromKey(std::string_view key);

std::string serializeEpisode(const ViolationEpisode &episode);
// An episode as stored in `violations:{id}` (the inverse of serializeEpisode); every field checked.
// `context` names the value in errors, e.g. "violations:m field m:accuracy:2025-10-27T16_23_00Z".
std::optional<ViolationEpisode> parseEpisode(std::string_view json, const std::string &modelId,
                                             const std::string &context, std::string *error);
namespace pyjson {
class Writer;
}
void writeEpisode(pyjson::Writer &w, const ViolationEpisode &episode);

} // namespace assurance
