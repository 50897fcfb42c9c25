#pragma once

#include "agent/AgentService.h"
#include "metrics/HashTables.h"
#include "redis/RedisClient.h"
#include "redis/RetryBackoff.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace assurance {

// One of the agent's worker threads (docs/delivery.md "Threads"). It owns the partitions routed to
// its Kafka queue and everything computed from them: a TelemetryProcessor (engine, label cache,
// tolerances, violation tracker), the closed windows waiting for Redis, the offsets it may store,
// and a Redis connection of its own. Messages keyed by model_id keep a model in one partition, so
// a model lives in exactly one shard and shards share no mutable state.
//
// Threading: run() is the thread body. holdForRevoke()/release() and post() are called from the
// polling thread (AgentService); every other member runs on the shard's thread.
class WindowWriter;

class AgentShard {
public:
    AgentShard(int index, const AgentOptions &options, const Clock &clock, AgentStats &stats,
               KafkaConsumer &consumer, KafkaQueue &queue,
               const std::vector<std::shared_ptr<const ReferenceProfile>> &fileReferences,
               const std::vector<std::shared_ptr<const ReferenceProfile>> &storedReferences);
    ~AgentShard();

    // Consumes until `stop`; then writes every closed window (retrying Redis for ~10 s), stores
    // the offsets of what is durable and drops open windows. Returns false on a fatal Kafka error.
    bool run(const std::atomic<bool> &stop);
    // After run(): true when no closed window was left unwritten.
    bool drained() const;

    // Polling thread, inside the revoke callback: the shard finishes its batch, writes what is
    // closed, stores its offsets, drops open windows and forgets its models, then waits parked
    // until release() (called once the partitions are unassigned). Returns once it is parked.
    void holdForRevoke();
    // The same in two steps, so that every shard starts its revoke work at once: request on all,
    // then wait on each.
    void requestHold();
    void waitParked();
    void release();
    // Runs `task` on the shard's thread before its next batch (any thread).
    void post(std::function<void(AgentShard &)> task);

    // Shard thread (posted tasks): reads a model's tolerances and config again, if the shard
    // knows the model (an `assurance:updates` message or the periodic refresh).
    void reloadModel(const std::string &modelId);
    void reloadAllModels();
    // Shard thread: reads reference:{id} again after a {"type": "reference"} update and applies it
    // to the windows the engine opens from then on (a window keeps the reference it started
    // with). Models pinned with --reference never get here (AgentService filters them).
    void reloadReference(const std::string &modelId);
    void reloadModels(const std::vector<std::string> &models); // loaded ones, in one pipeline
    // Handles a message that reached the polling thread's queue instead of this shard's.
    void handle(const KafkaRecord &record);

private:
    struct PartitionState {
        TopicPartition tp;
        std::int64_t highest = -1; // last offset consumed
        std::int64_t stored = -1;  // offset last stored
        // (first offset, event second) of each second of inference events within the label
        // replay horizon: the stored offset never passes predictions that may still get labels.
        std::deque<std::pair<std::int64_t, std::int64_t>> recentInference;
        // (model hash, window end) of windows this partition already holds an offset in: offsets
        // only grow within a partition, so later messages of those windows need no lookup.
        std::array<std::pair<std::uint64_t, std::int64_t>, 8> held{};
        std::size_t heldNext = 0;
    };
    // What the shard learnt of a model from Redis since it got the model's partition.
    struct ModelRecord {
        bool loaded = false;       // reference, tolerances, config read
        bool seeded = false;       // label and episodes read (needed before assessing a window)
        std::string tolerancesRaw; // as stored, to notice changes
        std::string configRaw;
    };
    struct WindowKey {
        std::string model;
        std::int64_t end = 0;
        bool operator==(const WindowKey &) const = default;
    };
    struct WindowKeyView {
        std::string_view model;
        std::int64_t end = 0;
    };
    struct WindowKeyHash {
        using is_transparent = void;
        std::size_t operator()(const WindowKey &k) const { return (*this)(WindowKeyView{k.model, k.end}); }
        std::size_t operator()(const WindowKeyView &k) const {
            return hashText(k.model) ^ static_cast<std::size_t>(k.end * 0x9e3779b97f4a7c15LL);
        }
    };
    struct WindowKeyEqual {
        using is_transparent = void;
        template<typename A, typename B> bool operator()(const A &a, const B &b) const {
            return a.end == b.end && std::string_view(a.model) == std::string_view(b.model);
        }
    };
    // Per window not yet in Redis: per partition key, the lowest offset of a message in it.
    using PendingOffsets = std::vector<std::pair<std::uint64_t, std::int64_t>>;

    PartitionState &partition(std::string_view topic, std::int32_t partition, std::uint64_t &key);
    void holdOffset(PartitionState &part, std::string_view model, std::int64_t end,
                    std::uint64_t partitionKey, std::int64_t offset);
    void collectClosed();
    // Assesses the queued windows in order and hands them to the writer; false while some wait
    // (their model's record could not be read: Redis down).
    bool writeQueued();
    bool prepare(ProcessedWindow &window); // assessed against the stored record; false: Redis failed
    void collectDone();                    // windows the writer made durable release their offsets
    bool ensureRedis();                    // connected, or the backoff says not yet
    // The replies to `commands` in one round trip; nullopt (and a longer backoff) when Redis is
    // down or does not answer. An answer resets the backoff.
    std::optional<std::vector<RedisReply>> read(const std::vector<std::vector<std::string_view>> &commands);
    void storeOffsets();
    void updatePause();
    void flushCounters();
    void runPosted();
    void parkForRevoke(const std::atomic<bool> &stop);
    void revoke();
    // First sight of a model since the assignment: its tolerances and config from Redis, and its
    // reference profile unless the shard has one (from a file, or read at start).
    void loadModel(const std::string &modelId, ModelRecord &record);
    // Before assessing its first window: the model's stored label and episodes, so that episodes
    // continue where the record stands (after a restart or a rebalance). Needs Redis.
    bool seedModel(const std::string &modelId, ModelRecord &record);
    void applyTolerances(const std::string &modelId, ModelRecord &record, const RedisReply &value);
    void applyConfig(const std::string &modelId, ModelRecord &record, const RedisReply &value);
    // HSETNX tolerances:{id}:history version → the set's bytes (docs/assurance.md).
    void recordToleranceVersion(const std::string &modelId, int version, const std::string &raw);
    void badValue(const std::string &key, const std::string &error);

    const int m_index;
    const AgentOptions &m_options;
    const Clock &m_serviceClock;
    ManualClock m_clock; // arrival time, set once per batch from the service's clock
    AgentStats &m_stats;
    KafkaConsumer &m_consumer;
    KafkaQueue &m_kafkaQueue;
    TelemetryProcessor m_processor;
    std::unique_ptr<RedisClient> m_redis; // reads: models' references, tolerances, configs, records
    std::unique_ptr<WindowWriter> m_writer;
    std::deque<ProcessedWindow> m_queue; // closed windows, oldest first, not yet assessed
    // (model, end) → copies handed to the writer and not yet durable.
    std::map<std::pair<std::string, std::int64_t>, int> m_submitted;
    std::unordered_map<WindowKey, PendingOffsets, WindowKeyHash, WindowKeyEqual> m_pending;
    std::vector<std::string> m_topics; // topic index → name (partition keys are index << 32 | id)
    std::unordered_map<std::uint64_t, PartitionState> m_partitions;
    std::unordered_map<std::string, ModelRecord> m_models;
    std::string m_lastModel; // the model of the previous message (in m_models)
    bool m_paused = false;
    std::vector<TopicPartition> m_pausedPartitions; // what this shard paused (resumed at revoke)
    std::int64_t m_lastTickMs = 0;                  // the last housekeeping pass (offsets, idle close, pause)
    RetryBackoff m_redisRetry{100, 5000};

    // Counters flushed into the shared AgentStats once per batch (no atomics per message).
    std::uint64_t m_consumed = 0;
    std::array<std::uint64_t, kRejectReasonCount> m_rejected{};
    EngineCounters m_flushedEngine;

    std::mutex m_controlMutex;
    std::condition_variable m_controlCv;
    bool m_holdRequested = false; // guarded by m_controlMutex
    bool m_parked = false;        // guarded by m_controlMutex
    bool m_exited = false;        // guarded by m_controlMutex
    std::atomic<bool> m_holdFlag{false};
    std::mutex m_postMutex;
    std::vector<std::function<void(AgentShard &)>> m_posted; // guarded by m_postMutex
    std::atomic<bool> m_hasPosted{false};
};

} // namespace assurance
