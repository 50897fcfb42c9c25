#include "KafkaClient.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <map>
#include <random>

namespace assurance {

namespace {

using PartitionList =
    std::unique_ptr<rd_kafka_topic_partition_list_t, decltype(&rd_kafka_topic_partition_list_destroy)>;
PartitionList makeList(int size) {
    return {rd_kafka_topic_partition_list_new(size), &rd_kafka_topic_partition_list_destroy};
}

std::vector<TopicPartition> toVector(const rd_kafka_topic_partition_list_t *list) {
    std::vector<TopicPartition> out;
    for (int i = 0; list && i < list->cnt; ++i)
        out.push_back({list->elems[i].topic, list->elems[i].partition});
    return out;
}

bool setConf(rd_kafka_conf_t *conf, const std::string &key, const std::string &value, std::string *error) {
    char err[512];
    if (rd_kafka_conf_set(conf, key.c_str(), value.c_str(), err, sizeof err) != RD_KAFKA_CONF_OK) {
        if (error)
            *error = "Kafka setting " + key + ": " + err;
        return false;
    }
    return true;
}

// Hands one fetched message to `fn` (or skips it when it predates a Start::Time position).
// Returns false for a fatal consumer error.
bool deliver(rd_kafka_t *rk, rd_kafka_message_t *m, const KafkaSettings &settings, std::string &error,
             std::atomic<std::uint64_t> &skipped, int &handled,
             const std::function<void(const KafkaRecord &)> &fn) {
    bool fatal = false;
    if (m->err) {
        if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            error = std::string("Kafka: ") + rd_kafka_message_errstr(m);
            char reason[256];
            fatal = m->err == RD_KAFKA_RESP_ERR__FATAL && rd_kafka_fatal_error(rk, reason, sizeof reason);
        }
        rd_kafka_message_destroy(m);
        return !fatal;
    }
    KafkaRecord r;
    r.payload = {static_cast<const char *>(m->payload), m->len};
    r.key = {static_cast<const char *>(m->key), m->key_len};
    r.topic = rd_kafka_topic_name(m->rkt);
    r.partition = m->partition;
    r.offset = m->offset;
    rd_kafka_timestamp_type_t type;
    r.timestampMs = rd_kafka_message_timestamp(m, &type);
    if (settings.start == KafkaSettings::Start::Time && r.timestampMs >= 0 &&
        r.timestampMs < settings.startTimeMs) {
        ++skipped;
    } else {
        fn(r);
        ++handled;
    }
    rd_kafka_message_destroy(m);
    return true;
}

// Waits up to timeoutMs for one message, then takes what else is there without waiting: a batch
// call that waited for a full batch would hold the first message back until the batch filled up.
int pollQueue(rd_kafka_t *rk, rd_kafka_queue_t *queue, std::vector<rd_kafka_message_t *> &batch,
              int maxMessages, int timeoutMs, const KafkaSettings &settings, std::string &error,
              std::atomic<std::uint64_t> &skipped, const std::function<void(const KafkaRecord &)> &fn) {
    batch.resize(static_cast<std::size_t>(std::max(1, maxMessages)));
    ssize_t n = rd_kafka_consume_batch_queue(queue, timeoutMs, batch.data(), 1);
    if (n == 1 && batch.size() > 1)
        if (const ssize_t more = rd_kafka_consume_batch_queue(queue, 0, batch.data() + 1, batch.size() - 1);
            more > 0)
            n += more;
    if (n < 0) {
        error = std::string("Kafka consume failed: ") + rd_kafka_err2str(rd_kafka_last_error());
        return -1;
    }
    int handled = 0;
    bool ok = true;
    for (ssize_t i = 0; i < n; ++i)
        ok &= deliver(rk, batch[static_cast<std::size_t>(i)], settings, error, skipped, handled, fn);
    return ok ? handled : -1;
}

} // namespace

struct KafkaQueue::Impl {
    rd_kafka_t *rk = nullptr;
    rd_kafka_queue_t *queue = nullptr;
    const KafkaSettings *settings = nullptr; // the owning consumer's
    std::vector<rd_kafka_message_t *> batch;
    std::string error;
    std::atomic<std::uint64_t> skipped{0};
};

KafkaQueue::KafkaQueue(std::unique_ptr<Impl> impl)
    : d(std::move(impl)) {}

KafkaQueue::~KafkaQueue() {
    if (d->queue)
        rd_kafka_queue_destroy(d->queue);
}

int KafkaQueue::poll(int maxMessages, int timeoutMs, const std::function<void(const KafkaRecord &)> &fn) {
    return pollQueue(d->rk, d->queue, d->batch, maxMessages, timeoutMs, *d->settings, d->error, d->skipped,
                     fn);
}

const std::string &KafkaQueue::error() const {
    return d->error;
}

void KafkaQueue::wake() {
    rd_kafka_queue_yield(d->queue);
}

struct KafkaConsumer::Impl {
    rd_kafka_t *rk = nullptr;
    rd_kafka_queue_t *queue = nullptr;
    KafkaConsumer *owner = nullptr;
    KafkaSettings settings;
    Mode mode = Mode::Assign;
    std::vector<rd_kafka_message_t *> batch;
    std::vector<std::unique_ptr<KafkaQueue>> queues;
    bool startApplied = false;
    std::uint64_t rebalances = 0; // rebalance callbacks served (on the polling thread)
    std::atomic<bool> *interrupted = nullptr;
    rd_kafka_t *groupReader = nullptr; // Assign mode: reads the agents' committed offsets, never joins

    bool stop() const { return interrupted && interrupted->load(); }

    // A blocking librdkafka request in short slices, so that interrupt() ends it within ~250 ms;
    // `call` gets the slice's timeout and returns its result. Gives up after timeoutMs.
    template<class Call> rd_kafka_resp_err_t sliced(int timeoutMs, Call call) const {
        rd_kafka_resp_err_t r = RD_KAFKA_RESP_ERR__TIMED_OUT;
        for (int spent = 0; spent < timeoutMs && !stop(); spent += 250) {
            r = call(std::min(250, timeoutMs - spent));
            if (r != RD_KAFKA_RESP_ERR__TIMED_OUT)
                return r;
        }
        return stop() ? RD_KAFKA_RESP_ERR__INTR : r;
    }
    // Worker queue of each assigned partition (polling thread): the assignment dealt out in turn.
    std::map<TopicPartition, std::size_t> routes;

    // Deals the assignment out to the worker queues in turn, in (topic, partition) order, so that
    // every queue gets an equal share whatever the partition ids: four single-partition topics
    // (all partition 0) still go to four queues. Worker queues mean Subscribe mode, where only
    // eager rebalancing is accepted: every assignment is the whole share.
    void route(const rd_kafka_topic_partition_list_t *parts) {
        routes.clear();
        if (queues.empty())
            return;
        std::vector<TopicPartition> assigned = toVector(parts);
        std::sort(assigned.begin(), assigned.end());
        for (std::size_t i = 0; i < assigned.size(); ++i)
            routes[assigned[i]] = i % queues.size();
    }

    // Forwards each partition's fetch queue to its worker queue. librdkafka keeps an application
    // forward (it no longer forwards that partition to the consumer queue), and moves messages
    // already waiting in the partition queue along, in order.
    void forward(const rd_kafka_topic_partition_list_t *parts) {
        if (queues.empty())
            return;
        for (int i = 0; i < parts->cnt; ++i) {
            const TopicPartition tp{parts->elems[i].topic, parts->elems[i].partition};
            const std::size_t index = owner->queueIndex(tp);
            rd_kafka_queue_t *pq = rd_kafka_queue_get_partition(rk, tp.topic.c_str(), tp.partition);
            if (!pq)
                continue;
            rd_kafka_queue_forward(pq, queues[index]->d->queue);
            rd_kafka_queue_destroy(pq);
        }
    }

    // Start offsets for a partition list (Assign mode, and Subscribe mode for Earliest/Latest/Time).
    void applyStart(rd_kafka_topic_partition_list_t *parts) {
        switch (settings.start) {
        case KafkaSettings::Start::Committed:
            if (mode == Mode::Assign) {
                // The agents' committed positions, read without joining their group; partitions
                // without one start at the end.
                if (!committedOfGroup(parts))
                    for (int i = 0; i < parts->cnt; ++i)
                        parts->elems[i].offset = RD_KAFKA_OFFSET_INVALID;
                for (int i = 0; i < parts->cnt; ++i)
                    if (parts->elems[i].offset < 0)
                        parts->elems[i].offset = RD_KAFKA_OFFSET_END;
            }
            break; // Subscribe: the group's committed offsets (auto.offset.reset when none)
        case KafkaSettings::Start::Earliest:
            for (int i = 0; i < parts->cnt; ++i)
                parts->elems[i].offset = RD_KAFKA_OFFSET_BEGINNING;
            break;
        case KafkaSettings::Start::Latest:
            for (int i = 0; i < parts->cnt; ++i)
                parts->elems[i].offset = RD_KAFKA_OFFSET_END;
            break;
        case KafkaSettings::Start::Time: {
            for (int i = 0; i < parts->cnt; ++i)
                parts->elems[i].offset = settings.startTimeMs;
            const bool ok = sliced(10000, [&](int t) { return rd_kafka_offsets_for_times(rk, parts, t); }) ==
                            RD_KAFKA_RESP_ERR_NO_ERROR;
            // Brokers that cannot look offsets up by time (the mock cluster answers -1): start at
            // the earliest offset; poll() skips messages older than the start time.
            for (int i = 0; i < parts->cnt; ++i)
                if (!ok || parts->elems[i].offset < 0)
                    parts->elems[i].offset = RD_KAFKA_OFFSET_BEGINNING;
            break;
        }
        }
    }

    // Offsets committed by settings.groupId (the agents' group), asked with an OffsetFetch from a
    // handle of its own that never subscribes, assigns or commits: the group does not notice.
    // The handle is kept for later questions (the consumer lag the console shows).
    bool committedOfGroup(rd_kafka_topic_partition_list_t *parts, int timeoutMs = 10000) {
        if (settings.groupId.empty())
            return false;
        if (!groupReader) {
            rd_kafka_conf_t *conf = rd_kafka_conf_new();
            std::string e;
            bool ok = setConf(conf, "bootstrap.servers", settings.brokers, &e) &&
                      setConf(conf, "group.id", settings.groupId, &e) &&
                      setConf(conf, "enable.auto.commit", "false", &e) && setConf(conf, "log_level", "3", &e);
            for (const auto &[k, v] : settings.properties)
                ok = ok && setConf(conf, k, v, &e);
            char err[512];
            groupReader = ok ? rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err) : nullptr;
            if (!groupReader) {
                rd_kafka_conf_destroy(conf);
                return false;
            }
        }
        return sliced(timeoutMs, [&](int t) { return rd_kafka_committed(groupReader, parts, t); }) ==
               RD_KAFKA_RESP_ERR_NO_ERROR;
    }

    void closeGroupReader() {
        if (groupReader)
            rd_kafka_destroy_flags(groupReader, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
        groupReader = nullptr;
    }

    static void rebalance(rd_kafka_t *rk, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *parts,
                          void *opaque) {
        auto *d = static_cast<Impl *>(opaque);
        ++d->rebalances;
        const bool cooperative = std::strcmp(rd_kafka_rebalance_protocol(rk), "COOPERATIVE") == 0;
        if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
            // --start applies to the first assignment only: after a rebalance the group's
            // committed offsets are the truth, or the new owner would skip or re-read data.
            if (d->settings.start != KafkaSettings::Start::Committed && !d->startApplied)
                d->applyStart(parts);
            d->startApplied = true;
            d->route(parts);
            d->forward(parts); // before the assignment starts fetching
            if (cooperative)
                rd_kafka_error_destroy(rd_kafka_incremental_assign(rk, parts));
            else
                rd_kafka_assign(rk, parts);
            if (d->owner->onAssigned)
                d->owner->onAssigned(toVector(parts));
        } else {
            // Revoked: the owner drops what it cannot finish and commits what is durable first.
            if (d->owner->onRevoked)
                d->owner->onRevoked(toVector(parts));
            if (cooperative)
                rd_kafka_error_destroy(rd_kafka_incremental_unassign(rk, parts));
            else
                rd_kafka_assign(rk, nullptr);
            d->routes.clear(); // eager: the whole assignment was revoked
            if (d->owner->afterRevoke)
                d->owner->afterRevoke();
        }
    }
};

KafkaConsumer::KafkaConsumer()
    : d(std::make_unique<Impl>()) {
    d->owner = this;
    d->interrupted = &m_interrupted;
}

KafkaConsumer::~KafkaConsumer() {
    close();
}

bool KafkaConsumer::open(const KafkaSettings &settings, Mode mode, std::string *error) {
    close();
    d->settings = settings;
    d->mode = mode;
    if (d->settings.topics.empty())
        d->settings.topics = {"model-telemetry"};
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    auto fail = [&](std::string why) {
        if (conf)
            rd_kafka_conf_destroy(conf);
        m_error = why;
        if (error)
            *error = std::move(why);
        return false;
    };
    std::string e;
    std::string group = settings.groupId;
    if (mode == Mode::Assign || group.empty()) {
        std::random_device rd;
        group = "assurance-console-" + std::to_string(rd()); // never joined, never committed
    }
    const std::pair<std::string, std::string> base[] = {
        {"bootstrap.servers", settings.brokers},
        {"group.id", mode == Mode::Subscribe ? settings.groupId : group},
        {"enable.auto.offset.store", "false"},
        {"enable.auto.commit", mode == Mode::Subscribe ? "true" : "false"},
        {"auto.offset.reset", settings.start == KafkaSettings::Start::Latest ? "latest" : "earliest"},
        {"enable.partition.eof", "false"},
        {"log_level", "3"},
    };
    if (mode == Mode::Subscribe && settings.groupId.empty())
        return fail("the agent needs a consumer group (--group)");
    // An incremental revoke would drop the open windows of partitions this member keeps, which go
    // on fetching from their position, not the committed offset: windows would be written from
    // their tail. Only eager rebalancing is supported (docs/delivery.md).
    for (const auto &[k, v] : settings.properties)
        if (mode == Mode::Subscribe && k == "partition.assignment.strategy" &&
            v.find("cooperative") != std::string::npos)
            return fail("cooperative rebalancing (" + v + ") is not supported; use range or roundrobin");
    for (const auto &[k, v] : base)
        if (!setConf(conf, k, v, &e))
            return fail(e);
    for (const auto &[k, v] : settings.properties)
        if (!setConf(conf, k, v, &e))
            return fail(e);
    if (mode == Mode::Subscribe) {
        rd_kafka_conf_set_opaque(conf, d.get());
        rd_kafka_conf_set_rebalance_cb(conf, &Impl::rebalance);
    }
    char err[512];
    d->rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    if (!d->rk)
        return fail(std::string("cannot create the Kafka consumer: ") + err);
    conf = nullptr; // owned by rk now
    rd_kafka_poll_set_consumer(d->rk);
    d->queue = rd_kafka_queue_get_consumer(d->rk);

    if (mode == Mode::Subscribe) {
        auto topics = makeList(static_cast<int>(d->settings.topics.size()));
        for (const auto &t : d->settings.topics)
            rd_kafka_topic_partition_list_add(topics.get(), t.c_str(), RD_KAFKA_PARTITION_UA);
        if (const auto r = rd_kafka_subscribe(d->rk, topics.get()); r != RD_KAFKA_RESP_ERR_NO_ERROR)
            return fail(std::string("cannot subscribe: ") + rd_kafka_err2str(r));
        return true;
    }
    // Assign: every partition of every topic, from the metadata.
    auto parts = makeList(16);
    for (const auto &t : d->settings.topics) {
        rd_kafka_topic_t *topic = rd_kafka_topic_new(d->rk, t.c_str(), nullptr);
        const rd_kafka_metadata_t *md = nullptr;
        const auto r = d->sliced(10000, [&](int t) { return rd_kafka_metadata(d->rk, 0, topic, &md, t); });
        rd_kafka_topic_destroy(topic);
        if (r != RD_KAFKA_RESP_ERR_NO_ERROR)
            return fail("cannot read the metadata of topic " + t + " from " + settings.brokers + ": " +
                        rd_kafka_err2str(r));
        bool found = false;
        for (int i = 0; i < md->topic_cnt; ++i) {
            if (md->topics[i].err != RD_KAFKA_RESP_ERR_NO_ERROR)
                continue;
            found = true;
            for (int p = 0; p < md->topics[i].partition_cnt; ++p)
                rd_kafka_topic_partition_list_add(parts.get(), t.c_str(), md->topics[i].partitions[p].id);
        }
        rd_kafka_metadata_destroy(md);
        if (!found)
            return fail("topic " + t + " does not exist on " + settings.brokers);
    }
    d->applyStart(parts.get());
    if (const auto r = rd_kafka_assign(d->rk, parts.get()); r != RD_KAFKA_RESP_ERR_NO_ERROR)
        return fail(std::string("cannot assign partitions: ") + rd_kafka_err2str(r));
    return true;
}

int KafkaConsumer::poll(int maxMessages, int timeoutMs, const std::function<void(const KafkaRecord &)> &fn) {
    if (!d->rk)
        return -1;
    // A rebalance served inside this call comes after every message the batch holds: with worker
    // queues such a message was fetched for the old assignment and is dropped (its partition's
    // owner reads it again from the committed offset), never handed to a worker afterwards.
    const std::uint64_t rebalancesBefore = d->rebalances;
    const bool routed = !d->queues.empty();
    return pollQueue(d->rk, d->queue, d->batch, maxMessages, timeoutMs, d->settings, m_error,
                     m_skippedBeforeStart, [&](const KafkaRecord &r) {
                         if (!routed || d->rebalances == rebalancesBefore)
                             fn(r);
                     });
}

KafkaQueue *KafkaConsumer::addQueue() {
    if (!d->rk)
        return nullptr;
    auto impl = std::make_unique<KafkaQueue::Impl>();
    impl->rk = d->rk;
    impl->queue = rd_kafka_queue_new(d->rk);
    impl->settings = &d->settings;
    d->queues.push_back(std::unique_ptr<KafkaQueue>(new KafkaQueue(std::move(impl))));
    return d->queues.back().get();
}

std::uint64_t KafkaConsumer::skippedBeforeStart() const {
    std::uint64_t n = m_skippedBeforeStart;
    for (const auto &q : d->queues)
        n += q->d->skipped;
    return n;
}

std::size_t KafkaConsumer::queueIndex(const TopicPartition &tp) const {
    if (d->queues.empty())
        return 0;
    if (const auto it = d->routes.find(tp); it != d->routes.end())
        return it->second;
    return static_cast<std::size_t>(tp.partition) % d->queues.size(); // not assigned (any queue will do)
}

void KafkaConsumer::refreshRoutes() {
    rd_kafka_topic_partition_list_t *parts = nullptr;
    if (d->rk && !d->queues.empty() && rd_kafka_assignment(d->rk, &parts) == RD_KAFKA_RESP_ERR_NO_ERROR &&
        parts) {
        d->forward(parts);
        rd_kafka_topic_partition_list_destroy(parts);
    }
}

bool KafkaConsumer::storeOffset(const TopicPartition &tp, std::int64_t nextOffset) {
    // Called by several worker threads at once: nothing here touches shared members (m_error).
    // It fails for a partition no longer assigned, which the caller may ignore.
    if (!d->rk)
        return false;
    auto list = makeList(1);
    rd_kafka_topic_partition_list_add(list.get(), tp.topic.c_str(), tp.partition)->offset = nextOffset;
    return rd_kafka_offsets_store(d->rk, list.get()) == RD_KAFKA_RESP_ERR_NO_ERROR;
}

bool KafkaConsumer::commitSync() {
    if (!d->rk || d->mode != Mode::Subscribe)
        return true;
    const auto r = rd_kafka_commit(d->rk, nullptr, 0);
    if (r != RD_KAFKA_RESP_ERR_NO_ERROR && r != RD_KAFKA_RESP_ERR__NO_OFFSET) {
        m_error = std::string("cannot commit offsets: ") + rd_kafka_err2str(r);
        return false;
    }
    return true;
}

void KafkaConsumer::pause(bool paused) {
    if (!d->rk)
        return;
    rd_kafka_topic_partition_list_t *parts = nullptr;
    if (rd_kafka_assignment(d->rk, &parts) != RD_KAFKA_RESP_ERR_NO_ERROR || !parts)
        return;
    if (paused)
        rd_kafka_pause_partitions(d->rk, parts);
    else
        rd_kafka_resume_partitions(d->rk, parts);
    rd_kafka_topic_partition_list_destroy(parts);
}

void KafkaConsumer::pause(const std::vector<TopicPartition> &partitions, bool paused) {
    if (!d->rk || partitions.empty())
        return;
    auto list = makeList(static_cast<int>(partitions.size()));
    for (const auto &tp : partitions)
        rd_kafka_topic_partition_list_add(list.get(), tp.topic.c_str(), tp.partition);
    if (paused)
        rd_kafka_pause_partitions(d->rk, list.get());
    else
        rd_kafka_resume_partitions(d->rk, list.get());
}

std::vector<TopicPartition> KafkaConsumer::assignment() const {
    std::vector<TopicPartition> out;
    rd_kafka_topic_partition_list_t *parts = nullptr;
    if (d->rk && rd_kafka_assignment(d->rk, &parts) == RD_KAFKA_RESP_ERR_NO_ERROR && parts) {
        out = toVector(parts);
        rd_kafka_topic_partition_list_destroy(parts);
    }
    return out;
}

std::int64_t KafkaConsumer::lag() const {
    if (!d->rk)
        return -1;
    rd_kafka_topic_partition_list_t *parts = nullptr;
    if (rd_kafka_assignment(d->rk, &parts) != RD_KAFKA_RESP_ERR_NO_ERROR || !parts)
        return -1;
    rd_kafka_position(d->rk, parts);
    std::int64_t lag = 0;
    for (int i = 0; i < parts->cnt; ++i) {
        std::int64_t lo = 0, hi = 0;
        if (rd_kafka_get_watermark_offsets(d->rk, parts->elems[i].topic, parts->elems[i].partition, &lo,
                                           &hi) != RD_KAFKA_RESP_ERR_NO_ERROR ||
            hi < 0)
            continue;
        const std::int64_t pos = parts->elems[i].offset >= 0 ? parts->elems[i].offset : lo;
        lag += std::max<std::int64_t>(0, hi - pos);
    }
    rd_kafka_topic_partition_list_destroy(parts);
    return lag;
}

void KafkaConsumer::interrupt() {
    m_interrupted = true;
}

std::optional<std::int64_t> KafkaConsumer::groupLag(int timeoutMs) {
    if (!d->rk || d->mode != Mode::Assign || d->settings.groupId.empty())
        return std::nullopt;
    rd_kafka_topic_partition_list_t *parts = nullptr;
    if (rd_kafka_assignment(d->rk, &parts) != RD_KAFKA_RESP_ERR_NO_ERROR || !parts)
        return std::nullopt;
    std::unique_ptr<rd_kafka_topic_partition_list_t, void (*)(rd_kafka_topic_partition_list_t *)> guard(
        parts, rd_kafka_topic_partition_list_destroy);
    if (parts->cnt == 0 || !d->committedOfGroup(parts, timeoutMs))
        return std::nullopt;
    std::int64_t lag = 0;
    for (int i = 0; i < parts->cnt; ++i) {
        const auto &p = parts->elems[i];
        std::int64_t lo = -1, hi = -1;
        // The high watermark from the last fetch response (this consumer fetches every partition);
        // asked of the broker when none came yet.
        if (rd_kafka_get_watermark_offsets(d->rk, p.topic, p.partition, &lo, &hi) !=
                RD_KAFKA_RESP_ERR_NO_ERROR ||
            hi < 0) {
            if (d->sliced(timeoutMs, [&](int t) {
                    return rd_kafka_query_watermark_offsets(d->rk, p.topic, p.partition, &lo, &hi, t);
                }) != RD_KAFKA_RESP_ERR_NO_ERROR)
                return std::nullopt;
        }
        // A partition the group never committed: all of it is still to be read by the agents.
        const std::int64_t committed = p.offset >= 0 ? p.offset : std::max<std::int64_t>(lo, 0);
        lag += std::max<std::int64_t>(0, hi - committed);
    }
    return lag;
}

void KafkaConsumer::close() {
    d->closeGroupReader();
    if (!d->rk)
        return;
    if (d->queue)
        rd_kafka_queue_destroy(d->queue);
    d->queue = nullptr;
    rd_kafka_consumer_close(d->rk);
    d->queues.clear(); // their threads stopped polling before close(); the forwards hold references
    rd_kafka_destroy(d->rk);
    d->rk = nullptr;
}

struct KafkaProducer::Impl {
    rd_kafka_t *rk = nullptr;
    KafkaProducer *owner = nullptr;
    std::atomic<std::uint64_t> delivered{0};
    std::atomic<std::uint64_t> failed{0};
    std::string lastError;

    static void onDelivery(rd_kafka_t *, const rd_kafka_message_t *m, void *opaque) {
        auto *d = static_cast<Impl *>(opaque);
        if (m->err) {
            ++d->failed;
            d->lastError = rd_kafka_err2str(m->err);
        } else {
            ++d->delivered;
        }
        if (const auto token = reinterpret_cast<std::uintptr_t>(m->_private); token && d->owner->onDelivered)
            d->owner->onDelivered(token, !m->err);
    }
};

KafkaProducer::KafkaProducer()
    : d(std::make_unique<Impl>()) {
    d->owner = this;
}

KafkaProducer::~KafkaProducer() {
    if (d->rk) {
        rd_kafka_flush(d->rk, 5000);
        rd_kafka_destroy(d->rk);
    }
}

bool KafkaProducer::open(const std::string &brokers,
                         const std::vector<std::pair<std::string, std::string>> &properties,
                         std::string *error) {
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    std::string e;
    const std::pair<std::string, std::string> base[] = {
        {"bootstrap.servers", brokers}, {"linger.ms", "5"}, {"log_level", "3"}};
    for (const auto &[k, v] : base)
        if (!setConf(conf, k, v, &e)) {
            rd_kafka_conf_destroy(conf);
            *error = e;
            return false;
        }
    for (const auto &[k, v] : properties)
        if (!setConf(conf, k, v, &e)) {
            rd_kafka_conf_destroy(conf);
            *error = e;
            return false;
        }
    rd_kafka_conf_set_opaque(conf, d.get());
    rd_kafka_conf_set_dr_msg_cb(conf, &Impl::onDelivery);
    char err[512];
    d->rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!d->rk) {
        *error = std::string("cannot create the Kafka producer: ") + err;
        return false;
    }
    return true;
}

bool KafkaProducer::produce(const std::string &topic, std::string_view key, std::string_view value,
                            std::string *error, std::uint64_t token) {
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const auto r = rd_kafka_producev(
            d->rk, RD_KAFKA_V_TOPIC(topic.c_str()),
            RD_KAFKA_V_KEY(const_cast<char *>(key.data()), key.size()),
            RD_KAFKA_V_VALUE(const_cast<char *>(value.data()), value.size()),
            RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
            RD_KAFKA_V_OPAQUE(reinterpret_cast<void *>(static_cast<std::uintptr_t>(token))), RD_KAFKA_V_END);
        if (r == RD_KAFKA_RESP_ERR_NO_ERROR)
            return true;
        if (r != RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            *error = std::string("cannot produce: ") + rd_kafka_err2str(r);
            return false;
        }
        rd_kafka_poll(d->rk, 100); // back-pressure: let deliveries drain
    }
    *error = "the producer queue stayed full";
    return false;
}

void KafkaProducer::poll() {
    if (d->rk)
        rd_kafka_poll(d->rk, 0);
}

bool KafkaProducer::flush(int timeoutMs, std::string *error) {
    const auto r = rd_kafka_flush(d->rk, timeoutMs);
    if (r != RD_KAFKA_RESP_ERR_NO_ERROR) {
        *error = std::string("not every message was delivered: ") + rd_kafka_err2str(r);
        return false;
    }
    if (d->failed > 0) {
        *error = std::to_string(d->failed.load()) + " message(s) failed: " + d->lastError;
        return false;
    }
    return true;
}

std::uint64_t KafkaProducer::delivered() const {
    return d->delivered;
}
std::uint64_t KafkaProducer::failed() const {
    return d->failed;
}

std::optional<std::vector<PartitionWatermarks>>
topicWatermarks(const std::string &brokers, const std::string &topic, std::string *error) {
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    std::string e;
    if (!setConf(conf, "bootstrap.servers", brokers, &e) || !setConf(conf, "log_level", "3", &e)) {
        rd_kafka_conf_destroy(conf);
        *error = e;
        return std::nullopt;
    }
    char err[512];
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!rk) {
        rd_kafka_conf_destroy(conf);
        *error = std::string("cannot create a Kafka client: ") + err;
        return std::nullopt;
    }
    std::unique_ptr<rd_kafka_t, decltype(&rd_kafka_destroy)> guard(rk, &rd_kafka_destroy);
    rd_kafka_topic_t *t = rd_kafka_topic_new(rk, topic.c_str(), nullptr);
    const rd_kafka_metadata_t *md = nullptr;
    const auto r = rd_kafka_metadata(rk, 0, t, &md, 10000);
    rd_kafka_topic_destroy(t);
    if (r != RD_KAFKA_RESP_ERR_NO_ERROR) {
        *error = "cannot read the metadata of topic " + topic + ": " + rd_kafka_err2str(r);
        return std::nullopt;
    }
    const int partitions = md->topic_cnt == 1 && !md->topics[0].err ? md->topics[0].partition_cnt : 0;
    rd_kafka_metadata_destroy(md);
    if (partitions == 0) {
        *error = "topic " + topic + " does not exist on " + brokers;
        return std::nullopt;
    }
    std::vector<PartitionWatermarks> out(static_cast<std::size_t>(partitions));
    for (int p = 0; p < partitions; ++p) {
        auto &w = out[static_cast<std::size_t>(p)];
        const auto q = rd_kafka_query_watermark_offsets(rk, topic.c_str(), p, &w.low, &w.high, 10000);
        if (q != RD_KAFKA_RESP_ERR_NO_ERROR) {
            *error = "cannot read the offsets of " + topic + " [" + std::to_string(p) +
                     "]: " + rd_kafka_err2str(q);
            return std::nullopt;
        }
    }
    return out;
}

} // namespace assurance
