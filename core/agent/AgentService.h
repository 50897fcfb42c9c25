#pragma once

#include "kafka/KafkaClient.h"
#include "metrics/Clock.h"
#include "pipeline/TelemetryProcessor.h"
#include "redis/RedisUrl.h"
#include "redis/RetryBackoff.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace assurance {

class AgentShard;
class RedisClient;
class SnapshotStore;
struct RedisReply;

struct AgentOptions {
    KafkaSettings kafka;
    RedisUrl redis;
    EngineConfig engine;                               // caps are per agent; shards split them
    std::map<std::string, TaskType> tasks;             // --task MODEL=… (model:config:{id} task wins)
    std::map<std::string, std::string> referenceFiles; // --reference MODEL=events.jsonl
    std::int64_t retentionSeconds = 7 * 24 * 3600;
    // --episode-retention: closed episodes move from violations:{id} to violations:{id}:closed once
    // their close (window time) is this much older than the window being written; 0 never moves.
    std::int64_t episodeRetentionMs = 7 * 24 * 3600'000LL;
    std::size_t maxQueuedWindows = 10'000; // per shard: its partitions pause beyond this while Redis is down
    int batchSize = 1000;
    int threads = 0; // worker shards; 0 = one per core (at most 16)
    // After a crash, the next owner re-reads this much event time before the committed offset, so
    // that labels arriving within it still join their predictions (docs/delivery.md).
    std::int64_t labelReplayMs = 5 * 60'000;
    // Tolerance sets and model configs are read again this often even without an
    // assurance:updates message (a writer that did not PUBLISH, a message lost while reconnecting).
    std::int64_t refreshMs = 30'000;
    std::int64_t refusedRetryMs = 30'000; // a window Redis refused is tried again after this
};

// Counters for /metrics, readable from any thread.
struct AgentStats {
    std::atomic<std::uint64_t> consumed{0};
    std::array<std::atomic<std::uint64_t>, kRejectReasonCount> rejected{};
    std::atomic<std::uint64_t> late{0};
    std::atomic<std::uint64_t> duplicates{0};
    std::atomic<std::uint64_t> futureTimestamps{0};
    std::atomic<std::uint64_t> orphanLabels{0};
    std::atomic<std::uint64_t> modelCapDrops{0}; // events of models beyond the model cap
    std::atomic<std::uint64_t> windowsWritten{0};
    std::atomic<std::uint64_t> windowsAlreadyWritten{0};
    std::atomic<std::uint64_t> windowsRefused{0};
    std::atomic<std::uint64_t> redisErrors{0};
    std::atomic<std::uint64_t> reconnects{0};
    std::atomic<std::uint64_t> queuedWindows{0};
    std::atomic<std::uint64_t> badRedisValues{0};
    std::atomic<std::uint64_t> toleranceChanges{0};
    std::atomic<std::uint64_t> referenceChanges{0};  // reference:{id} applied on an update
    std::atomic<std::uint64_t> referencesIgnored{0}; // updates for models pinned with --reference
    std::atomic<std::int64_t> lag{-1};
    std::atomic<int> assignedPartitions{0}; // this agent's share of the group's partitions
    std::atomic<std::uint64_t> skippedBeforeStart{0};
    std::atomic<int> shards{0};
    static constexpr int kMaxShards = 64;
    std::array<std::atomic<std::uint64_t>, kMaxShards> consumedByShard{}; // shows how evenly they share
    std::atomic<bool> kafkaOk{false};
    std::atomic<bool> redisOk{false};
};

// One JSON object per line on stderr: {"ts": …, "level": …, "msg": …, <extraJson>}. Thread-safe.
void agentLog(const char *level, const std::string &message, const std::string &extraJson = {});

// Kafka → engine → Redis (SPEC.md "Processes", docs/delivery.md). The thread that calls run()
// polls the consumer: rebalance callbacks, errors, lag, and the assurance:updates subscription
// that brings tolerance and config changes. The work happens in `threads` AgentShards, each
// consuming the partitions routed to it. Offsets: a Kafka offset is stored (and auto-committed)
// only when every window holding events at or before it has been written to Redis. Redis down:
// closed windows queue (a shard's partitions pause when its queue is full) and drain after
// reconnecting. Stop or partition revoke: closed windows are written, open ones dropped, offsets
// stored and committed — the next owner recomputes the dropped windows in full.
class AgentService {
public:
    AgentService(AgentOptions options, const Clock &clock);
    ~AgentService();

    // Loads reference profiles (files → Redis, or Redis), opens Kafka. Redis may still be down.
    bool start(std::string *error);
    // Consumes until `stop` becomes true; returns the process exit code (0 after a clean stop).
    int run(const std::atomic<bool> &stop);
    const AgentStats &stats() const { return m_stats; }
    // Prometheus text exposition of stats().
    std::string metricsText() const;

private:
    void loadStoredReferences();
    // reference:{id}:pinned for each --reference model, renewed with every refresh (consoles mark
    // the model pinned while an agent keeps it so).
    void announcePins();
    void onRevoked();
    void afterRevoke();
    void followUpdates();
    bool connectUpdates();
    void forEachShard(std::function<void(AgentShard &)> task);

    AgentOptions m_options;
    const Clock &m_clock;
    mutable AgentStats m_stats; // before the shards: their threads update it until they are joined
    KafkaConsumer m_consumer;
    std::unique_ptr<RedisClient> m_redis;                                    // start-up reads
    std::unique_ptr<RedisClient> m_updates;                                  // SUBSCRIBE assurance:updates
    std::vector<std::shared_ptr<const ReferenceProfile>> m_fileReferences;   // --reference: win over Redis
    std::vector<std::shared_ptr<const ReferenceProfile>> m_storedReferences; // reference:{id} at start
    std::vector<std::unique_ptr<AgentShard>> m_shards;
    std::vector<std::thread> m_threads;
    std::atomic<bool> m_stopShards{false};
    std::atomic<bool> m_shardFailed{false};
    RetryBackoff m_updatesRetry{250, 10'000};
    std::int64_t m_startedMs = 0; // when start() ran (the pins' "since")
};

} // namespace assurance
