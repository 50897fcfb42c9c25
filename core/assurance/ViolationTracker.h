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
    std::optional<EpisodeEvent> acknowledge(const std::string &id, const std::string &actor,
                                            const std::string &note);
    // Resolving also closes an active episode; a later breach opens a new one.
    std::optional<EpisodeEvent> resolve(const std::string &id, const std::string &actor,
                                        const std::string &note, std::int64_t nowMs);

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
