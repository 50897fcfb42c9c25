#pragma once

#include "pipeline/TelemetryProcessor.h"
#include "redis/RedisClient.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assurance {

// One message on the channel assurance:updates (SPEC.md "Redis"): {"type": "snapshot" | "label" |
// "violation" | "config" | "tolerances" | "reference", "model_id": …, "timestamp": …}. Written by
// SnapshotStore with each window, by consoles and by operators' tools. A "violation" message from
// the window script also carries "episode_ids": the ids of every episode that window wrote
// (docs/assurance.md "Violation episodes in Redis").
struct StoreUpdate {
    std::string type;
    std::string modelId;
    std::string timestamp;
    // "episode_ids" when present and an array of strings only; otherwise empty (absent: an older
    // writer; any other type or a non-string element: the whole field is ignored, the message is
    // still accepted). Empty means "not said": a reader re-reads the model's episodes.
    std::vector<std::string> episodeIds;
};
inline constexpr const char *kUpdatesChannel = "assurance:updates";
// The update a SUBSCRIBE connection was pushed (["message", "assurance:updates", "{…}"]); nullopt
// for anything else: subscribe confirmations, other channels, payloads that are not an update
// object or name an invalid model id.
std::optional<StoreUpdate> parseStoreUpdate(const RedisReply &pushed);

// Where the operator-owned part of a stored episode starts: episodes are written in json.dumps form
// with status, actor, note and actions last (docs/assurance.md "Who owns what").
inline constexpr std::string_view kOperatorPartMarker = ", \"status\": ";
// The operator part of an episode's JSON (from kOperatorPartMarker to the end); "" when absent.
std::string operatorPart(std::string_view episodeJson);
// {"type": "violation", "model_id": …, "timestamp": …, "episode_ids": […]} in json.dumps form.
std::string violationUpdateMessage(const std::string &model, const std::string &timestamp,
                                   const std::vector<std::string> &episodeIds);

// A value that could not be used, named by its key: reported, never fatal (SPEC: bad Redis values
// are reported per key without stopping the load).
struct RedisValueProblem {
    std::string key;
    std::string error;
};

struct StoredSnapshot {
    std::string key;
    std::string json; // the stored bytes, verbatim
    Snapshot snapshot;
};

// One violation episode as read from violations:{id} or violations:{id}:closed.
struct StoredEpisode {
    std::string json; // the stored bytes, verbatim
    ViolationEpisode episode;
    bool archived = false; // found in violations:{id}:closed (moved there by the episode retention)
};

struct EpisodeRecord {
    std::vector<StoredEpisode> episodes;
    std::vector<std::string> missing; // ids asked for (or indexed) and found in neither hash
    std::vector<RedisValueProblem> problems;
};

// One label from the label history (label:{id}:{timestamp}).
struct StoredLabel {
    std::string key;
    std::string json; // the stored bytes, verbatim
    AssuranceLabel label;
};

struct LabelHistory {
    std::vector<StoredLabel> labels; // ascending by window end
    // Keys the index lists that are gone (deleted, or expired ahead of the index) and values that
    // do not parse; verifyLabelChain over `labels` then breaks at the label after the hole.
    std::vector<RedisValueProblem> problems;
};

// One entry of tolerances:{id}:history: a version and the set's exact JSON as it was saved.
struct ToleranceVersion {
    int version = 0;
    std::string json;
};

struct ToleranceHistory {
    std::vector<ToleranceVersion> versions;  // ascending by version
    std::vector<RedisValueProblem> problems; // fields that are not a version number
};

struct SnapshotHistory {
    std::vector<StoredSnapshot> snapshots; // ascending by window end
    std::vector<RedisValueProblem> problems;
    bool viaIndex = true; // false: the deployment has no index, keys were found with SCAN
};

// SPEC.md "Redis": the key schema and the one atomic step per window. Keys:
//   metrics:{id} (latest, replaced only by a newer window), metrics:{id}:{timestamp} (history),
//   metrics:{id}:index (zset, score = window end in epoch ms), models:active (set), label:{id},
//   violations:{id} (hash episode id → JSON, the live episodes), violations:{id}:closing (zset of
//   the closed episodes still in violations:{id}, score = close epoch ms), violations:{id}:closed
//   (hash, episodes moved out by the episode retention) and violations:{id}:closed:index (zset,
//   score = close epoch ms), label:{id}:{timestamp} (label history, chained by prev_hash) and
//   label:{id}:index (zset, score = window end in epoch ms), tolerances:{id} and
//   tolerances:{id}:history (hash version → the set's JSON), channel assurance:updates. An
//   episode is in exactly one of the two hashes after every window script; readers look in both
//   (episodes()).
// Reads use the index, or SCAN (never KEYS) for deployments that only have the first two kinds.
// Blocking (through RedisClient): call it from a worker thread or a CLI, never the GUI thread.
class SnapshotStore {
public:
    explicit SnapshotStore(RedisClient &client)
        : m_client(client) {}

    static std::string latestKey(const std::string &model) { return "metrics:" + model; }
    static std::string historyKey(const std::string &model, const std::string &ts) {
        return "metrics:" + model + ":" + ts;
    }
    static std::string indexKey(const std::string &model) { return "metrics:" + model + ":index"; }
    static std::string violationsKey(const std::string &model) { return "violations:" + model; }
    static std::string closingKey(const std::string &model) { return "violations:" + model + ":closing"; }
    static std::string closedKey(const std::string &model) { return "violations:" + model + ":closed"; }
    static std::string closedIndexKey(const std::string &model) {
        return "violations:" + model + ":closed:index";
    }
    static std::string labelKey(const std::string &model) { return "label:" + model; }
    static std::string labelHistoryKey(const std::string &model, const std::string &ts) {
        return "label:" + model + ":" + ts;
    }
    static std::string labelIndexKey(const std::string &model) { return "label:" + model + ":index"; }
    static std::string toleranceKey(const std::string &model) { return "tolerances:" + model; }
    static std::string toleranceHistoryKey(const std::string &model) {
        return "tolerances:" + model + ":history";
    }

    // Writes a closed window atomically (one Lua script): history key (with retention), index
    // (trimmed to retention), latest and label only if this window is newer than the stored latest,
    // episodes, models:active, and a publish on assurance:updates. retentionSeconds 0 keeps all.
    // A window already in history is not written again (`alreadyWritten`): each window is written
    // exactly once. Returns false with `error` when Redis could not be written (the caller keeps
    // the window and retries).
    // Episode retention (episodeRetentionMs > 0): the same script moves the episodes that closed
    // (window time) more than episodeRetentionMs before this window's end from violations:{id} to
    // violations:{id}:closed and its index, at most 1,000 per window (the rest follow with the next
    // windows). Only the closing zset is read, never the whole live hash. 0 never moves.
    // Label history: a window newer than the stored latest also writes its label to
    // label:{id}:{timestamp} and label:{id}:index (same retention as the snapshot history). A
    // chained label (prevHash set) must link to the hash in label:{id}; when it does not (another
    // agent wrote a window meanwhile, or a recomputed window differs from the stored one), the
    // label is relinked to the stored head, rehashed, and written in a further round: what is
    // stored always chains. An unchained label (prevHash nullopt) is written as it is.
    bool writeWindow(const ProcessedWindow &window, std::int64_t retentionSeconds, std::string *error,
                     bool *alreadyWritten = nullptr, std::int64_t episodeRetentionMs = 0);

    // Several windows in one round trip: pipelined EVALSHA (EVAL when Redis lost its script
    // cache), each window still its own atomic script. One outcome per window, in order; after a
    // lost connection every later window is Failed too.
    enum class Outcome { Written, AlreadyWritten, Refused, Failed };
    struct WriteResult {
        Outcome outcome = Outcome::Failed;
        std::string error; // Refused: Redis's reason (e.g. a key of the wrong type); Failed: the connection's
        // Written / AlreadyWritten: the hash in label:{id} after the script ("" if none) — the
        // model's chain head as stored, which the next chained label must link to.
        std::string labelHash;
        // Written / AlreadyWritten: episodes this window wrote as not resolved that an operator
        // had resolved in Redis (their operator part was kept): the agent closes them next window.
        std::vector<std::string> resolvedEpisodes;
    };
    std::vector<WriteResult> writeWindows(const std::vector<const ProcessedWindow *> &windows,
                                          std::int64_t retentionSeconds, std::int64_t episodeRetentionMs = 0);

    // Every model id: models:active plus ids found by SCAN over metrics:* (existing deployments).
    std::optional<std::vector<std::string>> models(std::vector<RedisValueProblem> *problems = nullptr);

    enum class Lookup { Found, NotFound, Failed };
    Lookup latest(const std::string &model, std::string &bytes);

    // History between since and until (epoch ms, inclusive), ascending. nullopt: Redis failed, or
    // `progress` (called after each chunk of values with the count read and the total) returned
    // false to cancel.
    using Progress = std::function<bool(std::size_t done, std::size_t total)>;
    std::optional<SnapshotHistory> history(const std::string &model,
                                           std::optional<std::int64_t> sinceMs = std::nullopt,
                                           std::optional<std::int64_t> untilMs = std::nullopt,
                                           const Progress &progress = {});
    // The newest windows: those ending at most `spanMs` before the model's newest window, at most
    // `maxWindows` of them, ascending. With an index this costs two index lookups and the values,
    // however long the history is; without one every history key is found with SCAN first.
    std::optional<SnapshotHistory> recentHistory(const std::string &model, std::int64_t spanMs,
                                                 std::size_t maxWindows);

    // The episodes with these ids, each from violations:{id} or, when not there, from
    // violations:{id}:closed (one round trip). In the order asked; ids in neither are `missing`;
    // values that do not parse are `problems`. nullopt: Redis failed.
    std::optional<EpisodeRecord> episodes(const std::string &model, const std::vector<std::string> &ids);
    // Closed episodes whose close time (epoch ms, inclusive bounds) is in [since, until], found
    // through violations:{id}:closing (still live) and violations:{id}:closed:index (archived),
    // ascending by close time. Closed episodes written before the closing zset existed and not yet
    // indexed by an agent's seeding are not found here (HGETALL violations:{id} has them).
    std::optional<EpisodeRecord> closedEpisodes(const std::string &model,
                                                std::optional<std::int64_t> sinceMs = std::nullopt,
                                                std::optional<std::int64_t> untilMs = std::nullopt);

    // The label history between since and until (epoch ms of the window end, inclusive),
    // ascending, through label:{id}:index. A deployment written before label history has none (an
    // empty result). nullopt: Redis failed, or `progress` (after each chunk of values: labels read
    // and the total) returned false to cancel.
    std::optional<LabelHistory> labelHistory(const std::string &model,
                                             std::optional<std::int64_t> sinceMs = std::nullopt,
                                             std::optional<std::int64_t> untilMs = std::nullopt,
                                             const Progress &progress = {});

    // Saves a tolerance set (the console's editor, assurancectl): validated with parseTolerances
    // first, then in one Lua script SET tolerances:{id} and HSETNX tolerances:{id}:history
    // version → the same bytes, and an announcement {"type": "tolerances", …} on
    // assurance:updates. Refused (nothing written, false with `error`) when the JSON is not a
    // valid set for `model` or the history already holds other bytes under that version: a
    // version names one set for good. Saving the exact bytes of a version again is allowed.
    bool writeToleranceSet(const std::string &model, const std::string &json, std::string *error);
    // The console's and assurancectl's save (ToleranceCommand through RedisToleranceWriter): a
    // compare-and-swap on tolerances:{id}. One Lua script writes `json` to tolerances:{id}, HSETNX
    // tolerances:{id}:history `version` → the same bytes and publishes `update`, only when
    // tolerances:{id} still holds `expectedJson` byte for byte ("" = the key is absent) and the
    // history has no entry under `version`. Nothing is written otherwise. The caller validated the
    // JSON (its version is `version`).
    struct ToleranceCas {
        enum class Outcome { Written, Changed, VersionTaken, Refused, Failed };
        Outcome outcome = Outcome::Failed;
        std::string current; // Changed: tolerances:{id} now ("" absent); VersionTaken: the history's bytes
        std::string error;   // Refused (a key of the wrong type), Failed (the connection)
    };
    ToleranceCas replaceToleranceSet(const std::string &model, const std::string &expectedJson,
                                     const std::string &json, int version);
    // reference:{id} = `json` and {"type": "reference", …} published, in one script. `before` gets
    // the value it replaced ("" none). False with `error` (wrong key type, connection).
    bool writeReference(const std::string &model, const std::string &json, std::string *before,
                        std::string *error);
    static std::string referenceKey(const std::string &model) { return "reference:" + model; }
    // Set by an agent that pins the model with --reference (docs/assurance.md "Reference profiles"):
    // {"file": …, "host": …, "since": …}, expiring unless the agent renews it.
    static std::string referencePinKey(const std::string &model) { return "reference:" + model + ":pinned"; }
    // tolerances:{id}:history, ascending by version (numerically). Empty for a deployment without
    // it. nullopt: Redis failed.
    std::optional<ToleranceHistory> toleranceHistory(const std::string &model);

    // The operator's compare-and-swap on an episode (docs/assurance.md "Operator actions"): one
    // Lua script finds `episodeId` in violations:{id}, else violations:{id}:closed, and only when
    // its stored operator part (operatorPart()) is byte for byte `expectedPart`, replaces that part
    // with `newPart` in the same hash, keeping the agent's fields as they are now, and publishes
    // `update` on assurance:updates. Nothing is written otherwise.
    struct OperatorWrite {
        enum class Outcome { Written, NotFound, Changed, Refused, Failed };
        Outcome outcome = Outcome::Failed;
        std::string json;  // Written: the episode after; Changed / Refused by form: as stored now
        std::string error; // Refused, Failed
    };
    OperatorWrite replaceOperatorPart(const std::string &model, const std::string &episodeId,
                                      const std::string &expectedPart, const std::string &newPart,
                                      const std::string &update);

    const std::string &error() const { return m_client.error(); }

private:
    bool loadValues(const std::string &model, const std::vector<std::string> &keys, SnapshotHistory &out,
                    const Progress &progress = {});
    // Every history key of a model without an index, with its window end (SCAN, never KEYS).
    bool scanHistoryKeys(const std::string &model, std::vector<std::pair<std::int64_t, std::string>> &keys,
                         SnapshotHistory &out);
    RedisClient &m_client;
    TelemetryParser m_parser;
    std::string m_scriptSha; // SHA-1 of the window script, for EVALSHA
};

} // namespace assurance
