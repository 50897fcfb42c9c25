#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct rd_kafka_s;

namespace assurance {

struct KafkaSettings {
    std::string brokers;             // bootstrap.servers
    std::vector<std::string> topics; // default: model-telemetry
    std::string groupId;             // Subscribe mode only
    enum class Start { Committed, Earliest, Latest, Time };
    Start start = Start::Committed;
    std::int64_t startTimeMs = 0; // Start::Time: replay from this point in time
    // Passed to librdkafka as they are (security.protocol, sasl.*, ssl.*, session.timeout.ms …).
    std::vector<std::pair<std::string, std::string>> properties;
};

// One consumed message, valid during the callback only.
struct KafkaRecord {
    std::string_view payload;
    std::string_view key;
    std::string_view topic;
    std::int32_t partition = 0;
    std::int64_t offset = 0;
    std::int64_t timestampMs = -1; // the broker/producer timestamp, -1 when absent
};

struct TopicPartition {
    std::string topic;
    std::int32_t partition = 0;
    bool operator<(const TopicPartition &o) const {
        return topic < o.topic || (topic == o.topic && partition < o.partition);
    }
    bool operator==(const TopicPartition &o) const = default;
};

// librdkafka consumer. Two modes (SPEC.md "Processes"):
//  - Assign: the console. assign()s every partition of the topics itself, never joins a consumer
//    group, never commits, so it cannot disturb the agents' group.
//  - Subscribe: the agent. Joins `groupId`; offsets are stored explicitly (storeOffset) only after
//    the results are durable, and auto-commit sends what was stored (at-least-once).
// Not thread-safe: one thread polls (the owner's worker thread). Failures are values.
class KafkaConsumer {
public:
    enum class Mode { Assign, Subscribe };
    // Rebalance notifications (Subscribe mode), called from inside poll() on the polling thread.
    std::function<void(const std::vector<TopicPartition> &)> onAssigned;
    std::function<void(const std::vector<TopicPartition> &)> onRevoked;

    KafkaConsumer();
    ~KafkaConsumer();
    KafkaConsumer(const KafkaConsumer &) = delete;
    KafkaConsumer &operator=(const KafkaConsumer &) = delete;

    bool open(const KafkaSettings &settings, Mode mode, std::string *error);
    // Waits up to timeoutMs for up to maxMessages and hands each to `fn`. Returns the number of
    // messages handled; -1 with error() set on a fatal consumer error.
    int poll(int maxMessages, int timeoutMs, const std::function<void(const KafkaRecord &)> &fn);
    // Marks `nextOffset` (the offset after the last durable message) for commit.
    bool storeOffset(const TopicPartition &tp, std::int64_t nextOffset);
    bool commitSync();
    void pause(bool paused); // every assigned partition
    // Leaves the group (Subscribe) after a final commit of stored offsets.
    void close();
    const std::string &error() const { return m_error; }
    std::vector<TopicPartition> assignment() const;
    // Sum over assigned partitions of (high watermark − position); -1 when unknown.
    std::int64_t lag() const;
    std::uint64_t skippedBeforeStart() const { return m_skippedBeforeStart; }

    struct Impl;

private:
    std::unique_ptr<Impl> d;
    std::string m_error;
    std::uint64_t m_skippedBeforeStart = 0;
};

// Produces values keyed by model_id (assurancectl produce, demos, tests).
class KafkaProducer {
public:
    KafkaProducer();
    ~KafkaProducer();
    bool open(const std::string &brokers, const std::vector<std::pair<std::string, std::string>> &properties,
              std::string *error);
    bool produce(const std::string &topic, std::string_view key, std::string_view value, std::string *error);
    // Waits for every message to be acknowledged. False (with error) on failed deliveries.
    bool flush(int timeoutMs, std::string *error);
    std::uint64_t delivered() const;
    std::uint64_t failed() const;

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace assurance
