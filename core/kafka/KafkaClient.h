#pragma once

#include <atomic>
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

class KafkaConsumer;

// A queue of its own that the messages of some assigned partitions are routed to (Subscribe mode
// with worker threads, see KafkaConsumer::addQueue). Exactly one thread polls it; wake() may be
// called from any thread.
class KafkaQueue {
public:
    ~KafkaQueue();
    KafkaQueue(const KafkaQueue &) = delete;
    KafkaQueue &operator=(const KafkaQueue &) = delete;
    // Waits up to timeoutMs for a first message, then takes up to maxMessages without waiting
    // (a half-full batch is handed over at once: latency stays low at modest rates). Returns the
    // number of messages handed to `fn`; -1 on a fatal consumer error.
    int poll(int maxMessages, int timeoutMs, const std::function<void(const KafkaRecord &)> &fn);
    // Makes a poll() blocked in another thread return now.
    void wake();
    const std::string &error() const; // after poll() returned -1 (the polling thread)

    struct Impl;

private:
    friend class KafkaConsumer;
    explicit KafkaQueue(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

// librdkafka consumer. Two modes (SPEC.md "Processes"):
//  - Assign: the console. assign()s every partition of the topics itself, never joins a consumer
//    group, never commits, so it cannot disturb the agents' group. Start::Committed reads the
//    committed offsets of `groupId` (the agents' group) through a separate handle, without joining.
//  - Subscribe: the agent. Joins `groupId`; offsets are stored explicitly (storeOffset) only after
//    the results are durable, and auto-commit sends what was stored (at-least-once).
// With worker queues (addQueue before open, Subscribe mode), each assigned partition's messages
// are forwarded to the queue queueIndex() names, before the partition is assigned (the pattern of
// rust-rdkafka's split_partition_queue); poll() on the consumer then only serves rebalance
// callbacks and errors. Threading: open/poll/close/commitSync on one thread (the polling thread,
// where the rebalance callbacks run); storeOffset, pause and the queues' poll may be called from
// the worker threads (librdkafka's calls are thread-safe). Failures are values.
class KafkaConsumer {
public:
    enum class Mode { Assign, Subscribe };
    // Rebalance notifications (Subscribe mode), called from inside poll() on the polling thread.
    std::function<void(const std::vector<TopicPartition> &)> onAssigned;
    std::function<void(const std::vector<TopicPartition> &)> onRevoked; // before the unassignment
    std::function<void()> afterRevoke;                                  // once it is done

    KafkaConsumer();
    ~KafkaConsumer();
    KafkaConsumer(const KafkaConsumer &) = delete;
    KafkaConsumer &operator=(const KafkaConsumer &) = delete;

    bool open(const KafkaSettings &settings, Mode mode, std::string *error);
    // A worker queue; call between open() and the first poll(). Owned by the consumer.
    KafkaQueue *addQueue();
    // The worker queue a partition's messages go to. Each assignment is dealt out in turn, in
    // (topic, partition) order, so the queues share the partitions evenly even when several topics
    // bring the same partition ids. Polling thread.
    std::size_t queueIndex(const TopicPartition &tp) const;
    // Waits up to timeoutMs for up to maxMessages and hands each to `fn`. Returns the number of
    // messages handled; -1 with error() set on a fatal consumer error. With worker queues it serves
    // rebalance callbacks and errors; a message that still arrives here (its partition was not
    // routed yet) goes to `fn` too.
    int poll(int maxMessages, int timeoutMs, const std::function<void(const KafkaRecord &)> &fn);
    // Re-applies the routing of every assigned partition: a safety net for a fetch stop of an
    // earlier assignment that clears a forward set for the new one. Polling thread.
    void refreshRoutes();
    // Marks `nextOffset` (the offset after the last durable message) for commit. Any thread;
    // false when librdkafka refused (e.g. the partition is no longer assigned).
    bool storeOffset(const TopicPartition &tp, std::int64_t nextOffset);
    bool commitSync();
    void pause(bool paused); // every assigned partition
    // These partitions only. Any thread.
    void pause(const std::vector<TopicPartition> &partitions, bool paused);
    // Leaves the group (Subscribe) after a final commit of stored offsets.
    void close();
    const std::string &error() const { return m_error; }
    std::vector<TopicPartition> assignment() const;
    // Sum over assigned partitions of (high watermark − position); -1 when unknown.
    std::int64_t lag() const;
    // Assign mode with a groupId: how far the agents' group is behind, Σ (high watermark − the
    // group's committed offset) over the assigned partitions (a partition it never committed counts
    // from its low watermark). Asks the brokers (bounded by timeoutMs); nullopt when it cannot tell.
    std::optional<std::int64_t> groupLag(int timeoutMs = 2000);
    // Any thread: a blocking open() or groupLag() gives up within ~250 ms, and so does every later one.
    void interrupt();
    // Messages older than a Start::Time position that were skipped (brokers that cannot look
    // offsets up by time start at the earliest offset). Any thread.
    std::uint64_t skippedBeforeStart() const;

    struct Impl;

private:
    std::unique_ptr<Impl> d;
    std::string m_error;
    std::atomic<std::uint64_t> m_skippedBeforeStart{0};
    std::atomic<bool> m_interrupted{false};
};

// Produces values keyed by model_id (assurancectl produce, demos, tests).
class KafkaProducer {
public:
    KafkaProducer();
    ~KafkaProducer();
    bool open(const std::string &brokers, const std::vector<std::pair<std::string, std::string>> &properties,
              std::string *error);
    // `token` comes back in onDelivered (0: not reported).
    bool produce(const std::string &topic, std::string_view key, std::string_view value, std::string *error,
                 std::uint64_t token = 0);
    // Called from poll()/flush() on the producing thread once the brokers acknowledged (or refused)
    // a message produced with a token.
    std::function<void(std::uint64_t token, bool delivered)> onDelivered;
    // Serves delivery reports without waiting: call it regularly while producing, or they pile up
    // until the queue is full and produce() has to wait for them.
    void poll();
    // Waits for every message to be acknowledged. False (with error) on failed deliveries.
    bool flush(int timeoutMs, std::string *error);
    std::uint64_t delivered() const;
    std::uint64_t failed() const;

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

// Low and high watermark of each partition of `topic` (index = partition id), asked of the brokers.
// Benchmarks and tests use it to prove that nothing produced was lost: librdkafka's mock cluster
// silently trims old batches once a partition holds 5 MiB.
struct PartitionWatermarks {
    std::int64_t low = 0;
    std::int64_t high = 0;
};
std::optional<std::vector<PartitionWatermarks>> topicWatermarks(const std::string &brokers,
                                                                const std::string &topic, std::string *error);

} // namespace assurance
