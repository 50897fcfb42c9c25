#pragma once

#include "pipeline/TelemetryProcessor.h"
#include "redis/RedisClient.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace assurance {

// One message on the channel assurance:updates (SPEC.md "Redis"): {"type": "snapshot" | "label" |
// "violation" | "config" | "tolerances", "model_id": …, "timestamp": …}. Written by
// SnapshotStore with each window, by consoles and by operators' tools.
struct StoreUpdate {
    std::string type;
    std::string modelId;
    std::string timestamp;
    std::vector<std::string> episodeIds; // "violation": the episodes the window changed (newer agents)
};
inline constexpr const char *kUpdatesChannel = "assurance:updates";
// The update a SUBSCRIBE connection was pushed (["message", "assurance:updates", "{…}"]); nullopt
// for anything else: subscribe confirmations, other channels, payloads that are not an update
// object or name an invalid model id.
std::optional<StoreUpdate> parseStoreUpdate(const RedisReply &pushed);

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

struct SnapshotHistory {
    std::vector<StoredSnapshot> snapshots; // ascending by window end
    std::vector<RedisValueProblem> problems;
    bool viaIndex = true; // false: the deployment has no index, keys were found with SCAN
};

// SPEC.md "Redis": the key schema and the one atomic step per window. Keys:
//   metrics:{id} (latest, replaced only by a newer window), metrics:{id}:{timestamp} (history),
//   metrics:{id}:index (zset, score = window end in epoch ms), models:active (set), label:{id},
//   violations:{id} (hash episode id → JSON), channel assurance:updates.
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

    // Writes a closed window atomically (one Lua script): history key (with retention), index
    // (trimmed to retention), latest and label only if this window is newer than the stored latest,
    // episodes, models:active, and a publish on assurance:updates. retentionSeconds 0 keeps all.
    // A window already in history is not written again (`alreadyWritten`): each window is written
    // exactly once. Returns false with `error` when Redis could not be written (the caller keeps
    // the window and retries).
    bool writeWindow(const ProcessedWindow &window, std::int64_t retentionSeconds, std::string *error,
                     bool *alreadyWritten = nullptr);

    // Several windows in one round trip: pipelined EVALSHA (EVAL when Redis lost its script
    // cache), each window still its own atomic script. One outcome per window, in order; after a
    // lost connection every later window is Failed too.
    enum class Outcome { Written, AlreadyWritten, Refused, Failed };
    struct WriteResult {
        Outcome outcome = Outcome::Failed;
        std::string error; // Refused: Redis's reason (e.g. a key of the wrong type); Failed: the connection's
    };
    std::vector<WriteResult> writeWindows(const std::vector<const ProcessedWindow *> &windows,
                                          std::int64_t retentionSeconds);

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
