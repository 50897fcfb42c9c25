#pragma once

#include "kafka/KafkaClient.h"
#include "metrics/Clock.h"
#include "pipeline/TelemetryProcessor.h"
#include "redis/RedisUrl.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>

namespace assurance {

class RedisClient;
class SnapshotStore;

struct AgentOptions {
    KafkaSettings kafka;
    RedisUrl redis;
    EngineConfig engine;
    std::map<std::string, TaskType> tasks;             // --task MODEL=…
    std::map<std::string, std::string> referenceFiles; // --reference MODEL=events.jsonl
    std::int64_t retentionSeconds = 7 * 24 * 3600;
    std::size_t maxQueuedWindows = 10'000; // Kafka partitions pause beyond this while Redis is down
    int batchSize = 1000;
    // After a crash, the next owner re-reads this much event time before the committed offset, so
    // that labels arriving within it still join their predictions (docs/delivery.md).
    std::int64_t labelReplayMs = 5 * 60'000;
};

// Counters for /metrics, readable from any thread.
struct AgentStats {
    std::atomic<std::uint64_t> consumed{0};
    std::array<std::atomic<std::uint64_t>, kRejectReasonCount> rejected{};
    std::atomic<std::uint64_t> windowsWritten{0};
    std::atomic<std::uint64_t> windowsAlreadyWritten{0};
    std::atomic<std::uint64_t> redisErrors{0};
    std::atomic<std::uint64_t> reconnects{0};
    std::atomic<std::uint64_t> queuedWindows{0};
    std::atomic<std::int64_t> lag{-1};
    std::atomic<bool> kafkaOk{false};
    std::atomic<bool> redisOk{false};
};

// Kafka → engine → Redis (SPEC.md "Processes", docs/delivery.md). Runs on one thread (run()).
// Offsets: a Kafka offset is stored (and auto-committed) only when every window holding events at
// or before it has been written to Redis; windows close by watermark or idle time, are queued,
// and written in order. Redis down: the queue grows (partitions pause when it is full) and drains
// after reconnecting. Stop or partition revoke: closed windows are written, open ones dropped,
// offsets stored and committed — the next owner recomputes the dropped windows in full.
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
    void handle(const KafkaRecord &record);
    void collectClosed();
    bool writeQueued();
    bool ensureRedis();
    void storeOffsets();
    void onRevoked();
    void log(const char *level, const std::string &message, const std::string &extraJson = {}) const;

    AgentOptions m_options;
    const Clock &m_clock;
    TelemetryProcessor m_processor;
    KafkaConsumer m_consumer;
    std::unique_ptr<RedisClient> m_redis;
    std::unique_ptr<SnapshotStore> m_store;
    std::deque<ProcessedWindow> m_queue;
    // Windows that hold consumed messages and are not yet in Redis: (model, window end) →
    // per partition the lowest offset of a message in it.
    std::map<std::pair<std::string, std::int64_t>, std::map<TopicPartition, std::int64_t>> m_pending;
    std::map<TopicPartition, std::int64_t> m_highest; // per partition, the last offset consumed
    std::map<TopicPartition, std::int64_t> m_stored;  // per partition, the offset last stored
    // Per partition, (first offset, event second) of each second of inference events within the
    // label replay horizon: the committed offset never passes predictions that may still get labels.
    std::map<TopicPartition, std::deque<std::pair<std::int64_t, std::int64_t>>> m_recentInference;
    bool m_paused = false;
    std::int64_t m_nextRedisAttemptMs = 0;
    std::int64_t m_backoffMs = 100;
    mutable AgentStats m_stats;
};

} // namespace assurance
