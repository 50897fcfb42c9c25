#include "AgentService.h"

#include "agent/AgentShard.h"
#include "redis/RedisClient.h"
#include "redis/SnapshotStore.h"
#include "json/PyJson.h"
#include "json/Timestamps.h"

#include <algorithm>
#include <cstdio>
#include <fstream>

#include <pthread.h>
#include <unistd.h>

namespace assurance {

void agentLog(const char *level, const std::string &message, const std::string &extraJson) {
    pyjson::Writer w;
    w.beginObject();
    w.key("ts");
    w.value(timestamps::formatIso8601Ms(SystemClock().nowMs()));
    w.key("level");
    w.value(level);
    w.key("msg");
    w.value(message);
    w.endObject();
    std::string line = w.take();
    if (!extraJson.empty())
        line.insert(line.size() - 1, ", " + extraJson);
    line += '\n';
    std::fputs(line.c_str(), stderr); // one call per line: lines of different threads never mix
}

AgentService::AgentService(AgentOptions options, const Clock &clock)
    : m_options(std::move(options))
    , m_clock(clock)
    , m_redis(std::make_unique<RedisClient>(m_options.redis, std::chrono::milliseconds(3000)))
    , m_updates(std::make_unique<RedisClient>(m_options.redis, std::chrono::milliseconds(3000))) {
    if (m_options.threads <= 0)
        m_options.threads = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1U, 16U));
    m_options.engine.sharedModelCount = std::make_shared<std::atomic<std::size_t>>(0); // one cap per agent
    // librdkafka counts its prefetch limits on the queue a partition forwards to, i.e. the whole
    // shard's queue here. queued.min.messages (100,000 per partition by default) would stop every
    // fetcher of a busy shard, so queued.max.messages.kbytes bounds the memory instead. A fetcher
    // that stops at that bound sleeps for up to a second (librdkafka 2.0, issue #3662) before it
    // looks again: the bound must hold more than a second of one shard's work, else the shard runs
    // dry while catching up. 64 MiB (the default) is about 0.7 s here; 128 MiB is about 1.3 s.
    // Given first, so that --kafka-property can still override them.
    m_options.kafka.properties.insert(
        m_options.kafka.properties.begin(),
        {{"queued.min.messages", "1000000"}, {"queued.max.messages.kbytes", "131072"}});
    // Eager rebalancing (cooperative-sticky is refused): an assignment is the whole share, and a
    // revoke takes it all back.
    m_consumer.onRevoked = [this](const std::vector<TopicPartition> &) {
        m_stats.assignedPartitions = 0;
        onRevoked();
    };
    m_consumer.afterRevoke = [this] { afterRevoke(); };
    m_consumer.onAssigned = [this](const std::vector<TopicPartition> &parts) {
        m_stats.assignedPartitions = static_cast<int>(parts.size());
        agentLog("info", "partitions assigned", "\"partitions\": " + std::to_string(parts.size()));
    };
}

AgentService::~AgentService() {
    m_stopShards = true;
    for (auto &s : m_shards)
        s->release();
    for (auto &t : m_threads)
        if (t.joinable())
            t.join();
    // The consumer outlives nothing it calls back into.
    m_consumer.onRevoked = nullptr;
    m_consumer.afterRevoke = nullptr;
    m_consumer.onAssigned = nullptr;
    m_consumer.close();
}

bool AgentService::start(std::string *error) {
    // Reference profiles from files win over Redis, and are stored there for consoles and other
    // agents. Profiles of other models are read from Redis by the shards as the models appear.
    m_startedMs = SystemClock().nowMs();
    for (const auto &[model, path] : m_options.referenceFiles) {
        std::ifstream in(path);
        if (!in) {
            *error = "cannot read the reference file " + path;
            return false;
        }
        ReferenceProfileBuilder builder(model);
        TelemetryParser parser;
        TelemetryMessage m;
        std::string line;
        std::uint64_t skipped = 0;
        while (std::getline(in, line)) {
            if (line.empty())
                continue;
            if (parser.parse(line, m) == MessageKind::Inference && m.inference.modelId == model)
                builder.add(m.inference);
            else
                ++skipped;
        }
        if (builder.events() == 0) {
            *error = "the reference file " + path + " holds no inference event of model " + model;
            return false;
        }
        auto profile = std::make_shared<const ReferenceProfile>(builder.build());
        m_fileReferences.push_back(profile);
        if (m_redis->connect()) {
            const std::string json = serializeReferenceProfile(*profile);
            m_redis->command({"SET", "reference:" + model, json});
        }
        agentLog("info", "reference profile built",
                 "\"model_id\": \"" + model + "\", \"events\": " + std::to_string(builder.events()) +
                     ", \"skipped_lines\": " + std::to_string(skipped));
    }
    loadStoredReferences();
    announcePins();
    if (!m_consumer.open(m_options.kafka, KafkaConsumer::Mode::Subscribe, error))
        return false;
    for (int i = 0; i < m_options.threads; ++i) {
        KafkaQueue *queue = m_consumer.addQueue();
        m_shards.push_back(std::make_unique<AgentShard>(i, m_options, m_clock, m_stats, m_consumer, *queue,
                                                        m_fileReferences, m_storedReferences));
    }
    m_stats.shards = m_options.threads;
    m_stats.kafkaOk = true;
    agentLog("info", "agent started", "\"shards\": " + std::to_string(m_options.threads));
    return true;
}

void AgentService::announcePins() {
    if (m_options.referenceFiles.empty() || (!m_redis->connected() && !m_redis->connect()))
        return;
    char host[256] = {};
    gethostname(host, sizeof host - 1);
    // Three refresh periods (at least 90 s): a stopped agent's pin goes away by itself.
    const std::string ttl = std::to_string(std::max<std::int64_t>(90, 3 * m_options.refreshMs / 1000));
    for (const auto &[model, path] : m_options.referenceFiles) {
        pyjson::Writer w;
        w.beginObject();
        w.key("file");
        w.value(path);
        w.key("host");
        w.value(std::string_view(host));
        w.key("since");
        w.value(timestamps::formatIso8601Ms(m_startedMs));
        w.endObject();
        m_redis->command({"SET", SnapshotStore::referencePinKey(model), w.take(), "EX", ttl});
    }
}

void AgentService::loadStoredReferences() {
    // Every stored profile before consuming (SCAN, never KEYS; MGET in chunks), so that no shard
    // parses a profile while messages wait. Models that appear later are looked up one by one.
    if (!m_redis->connected() && !m_redis->connect())
        return;
    std::set<std::string> fromFiles;
    for (const auto &ref : m_fileReferences)
        fromFiles.insert(ref->modelId);
    std::vector<std::string> keys;
    std::string cursor = "0";
    do {
        const auto r = m_redis->command({"SCAN", cursor, "MATCH", "reference:*", "COUNT", "1000"});
        if (!r || r->elements.size() != 2)
            return;
        cursor = r->elements[0].str;
        for (const auto &key : r->elements[1].elements)
            if (const std::string model = key.str.substr(10);
                isValidModelId(model) && !fromFiles.count(model))
                keys.push_back(key.str);
    } while (cursor != "0");
    for (std::size_t from = 0; from < keys.size(); from += 100) {
        std::vector<std::string_view> argv = {"MGET"};
        for (std::size_t i = from; i < std::min(keys.size(), from + 100); ++i)
            argv.push_back(keys[i]);
        const auto values = m_redis->command(argv);
        if (!values)
            return;
        for (std::size_t i = 0; i < values->elements.size(); ++i) {
            if (values->elements[i].type != RedisReply::Type::String)
                continue;
            std::string why;
            auto profile = parseReferenceProfile(values->elements[i].str, &why);
            if (!profile) {
                ++m_stats.badRedisValues;
                agentLog("warning", "value ignored: " + why, "\"key\": \"" + keys[from + i] + "\"");
                continue;
            }
            profile->modelId = keys[from + i].substr(10);
            m_storedReferences.push_back(std::make_shared<const ReferenceProfile>(std::move(*profile)));
        }
    }
    agentLog("info", "reference profiles loaded",
             "\"profiles\": " + std::to_string(m_storedReferences.size()));
}

void AgentService::forEachShard(std::function<void(AgentShard &)> task) {
    for (auto &s : m_shards)
        s->post(task);
}

void AgentService::onRevoked() {
    // Every shard writes what is closed, stores its offsets and drops open windows; then the
    // stored offsets are committed while the partitions are still ours. The shards stay parked
    // until the partitions are unassigned (afterRevoke), so that no message fetched for the old
    // assignment is handled under the new one.
    for (auto &s : m_shards)
        s->requestHold();
    for (auto &s : m_shards)
        s->waitParked();
    m_consumer.commitSync();
    agentLog("info", "partitions revoked: open windows dropped, offsets committed");
}

void AgentService::afterRevoke() {
    for (auto &s : m_shards)
        s->release();
}

bool AgentService::connectUpdates() {
    const std::int64_t now = SystemClock().nowMs();
    if (!m_updatesRetry.due(now))
        return false;
    const auto sub = m_updates->connect() ? m_updates->command({"SUBSCRIBE", kUpdatesChannel}) : std::nullopt;
    if (!sub || sub->isError()) {
        m_updates->disconnect();
        m_updatesRetry.failed(now);
        return false;
    }
    m_updatesRetry.succeeded();
    // Whatever changed while we were not listening.
    forEachShard([](AgentShard &s) { s.reloadAllModels(); });
    return true;
}

void AgentService::followUpdates() {
    if (!m_updates->connected() && !connectUpdates())
        return;
    for (int i = 0; i < 1000; ++i) {
        const auto r = m_updates->pollReply(0);
        if (!r)
            return;
        const auto update = parseStoreUpdate(*r);
        if (update && (update->type == "tolerances" || update->type == "config"))
            forEachShard([model = update->modelId](AgentShard &s) { s.reloadModel(model); });
        if (update && update->type == "reference") {
            // A model pinned with --reference keeps its file (docs/delivery.md).
            if (const auto pin = m_options.referenceFiles.find(update->modelId);
                pin != m_options.referenceFiles.end()) {
                ++m_stats.referencesIgnored;
                agentLog("info", "reference update ignored: the model is pinned with --reference",
                         "\"model_id\": \"" + update->modelId + "\", \"file\": \"" + pin->second + "\"");
                continue;
            }
            forEachShard([model = update->modelId](AgentShard &s) { s.reloadReference(model); });
        }
    }
}

int AgentService::run(const std::atomic<bool> &stop) {
    for (auto &s : m_shards)
        m_threads.emplace_back([this, shard = s.get(), i = m_threads.size()] {
            const std::string name = "agent-shard-" + std::to_string(i);
            pthread_setname_np(pthread_self(), name.c_str());
            if (!shard->run(m_stopShards))
                m_shardFailed = true;
        });
    pthread_setname_np(pthread_self(), "agent-poll");
    std::int64_t lastLagMs = 0, lastRoutesMs = 0, lastRefreshMs = SystemClock().nowMs();
    std::uint64_t strays = 0;
    int exitCode = 0;
    while (!stop) {
        // Rebalance callbacks and errors; messages arrive in the shards' queues. One that still
        // reaches this queue (its partition was not routed yet) goes to the shard it belongs to.
        const int n = m_consumer.poll(100, 100, [this, &strays](const KafkaRecord &r) {
            if (strays++ == 0)
                agentLog("warning", "a message reached the consumer queue; handed to its shard");
            m_shards[m_consumer.queueIndex({std::string(r.topic), r.partition})]->post(
                [payload = std::string(r.payload), topic = std::string(r.topic), partition = r.partition,
                 offset = r.offset](AgentShard &s) {
                    KafkaRecord copy;
                    copy.payload = payload;
                    copy.topic = topic;
                    copy.partition = partition;
                    copy.offset = offset;
                    s.handle(copy);
                });
        });
        if (n < 0 || m_shardFailed) {
            agentLog("error", m_consumer.error().empty() ? "a worker failed" : m_consumer.error());
            m_stats.kafkaOk = false;
            exitCode = 3;
            break;
        }
        followUpdates();
        const std::int64_t now = SystemClock().nowMs();
        if (now - lastLagMs > 1000) {
            m_stats.lag = m_consumer.lag();
            m_stats.skippedBeforeStart = m_consumer.skippedBeforeStart();
            lastLagMs = now;
        }
        if (now - lastRoutesMs > 1000) {
            m_consumer.refreshRoutes();
            lastRoutesMs = now;
        }
        if (now - lastRefreshMs > m_options.refreshMs) {
            forEachShard([](AgentShard &s) { s.reloadAllModels(); });
            announcePins();
            lastRefreshMs = now;
        }
    }
    // Clean stop: each shard writes what is closed (retrying Redis for a while), stores its
    // offsets and drops open windows; then the stored offsets are committed and the group left.
    m_stopShards = true;
    for (auto &s : m_shards)
        s->release();
    for (auto &t : m_threads)
        t.join();
    m_threads.clear();
    bool drained = true;
    for (auto &s : m_shards)
        drained &= s->drained();
    m_consumer.commitSync();
    m_consumer.onRevoked = nullptr; // closing triggers a last revoke: nothing left to do
    m_consumer.afterRevoke = nullptr;
    m_consumer.close();
    if (exitCode != 0)
        return exitCode;
    agentLog(drained ? "info" : "error",
             drained ? "agent stopped" : "agent stopped with unwritten windows (Redis down)");
    return drained ? 0 : 3;
}

std::string AgentService::metricsText() const {
    std::string t;
    auto metric = [&](const char *name, const char *type, const char *help, const std::string &value) {
        t += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " " + type + "\n" + name +
             " " + value + "\n";
    };
    auto counter = [&](const char *name, const char *help, const std::atomic<std::uint64_t> &v) {
        metric(name, "counter", help, std::to_string(v.load()));
    };
    counter("assurance_events_consumed_total", "Kafka messages consumed.", m_stats.consumed);
    t += "# HELP assurance_messages_rejected_total Messages rejected, by reason.\n# TYPE "
         "assurance_messages_rejected_total counter\n";
    for (std::size_t r = 0; r < kRejectReasonCount; ++r)
        t += std::string("assurance_messages_rejected_total{reason=\"") +
             rejectReasonKey(static_cast<RejectReason>(r)) + "\"} " +
             std::to_string(m_stats.rejected[r].load()) + "\n";
    counter("assurance_messages_skipped_before_start_total",
            "Messages older than --start DATE-TIME, skipped (brokers that cannot look offsets up by time).",
            m_stats.skippedBeforeStart);
    counter("assurance_events_late_total", "Events whose window had closed (counted as late).", m_stats.late);
    counter("assurance_events_duplicate_total", "Events whose txid_hash was already counted in their window.",
            m_stats.duplicates);
    counter("assurance_events_future_ts_total",
            "Events dated more than an hour ahead of the arrival clock (refused).", m_stats.futureTimestamps);
    counter("assurance_orphan_labels_total", "Label events with no prediction in the label cache.",
            m_stats.orphanLabels);
    counter("assurance_events_model_cap_total",
            "Events of models beyond the agent's model cap (--max-models), dropped.", m_stats.modelCapDrops);
    metric("assurance_consumer_lag", "gauge", "Messages behind the high watermark, over assigned partitions.",
           std::to_string(m_stats.lag.load()));
    counter("assurance_windows_written_total", "Windows written to Redis.", m_stats.windowsWritten);
    counter("assurance_windows_already_written_total",
            "Recomputed windows found already in Redis (not rewritten).", m_stats.windowsAlreadyWritten);
    counter("assurance_windows_refused_total",
            "Window writes Redis refused (e.g. a key of the wrong type); they wait and are retried.",
            m_stats.windowsRefused);
    metric("assurance_windows_queued", "gauge", "Closed windows waiting for Redis.",
           std::to_string(m_stats.queuedWindows.load()));
    counter("assurance_redis_errors_total", "Failed Redis connections or writes.", m_stats.redisErrors);
    counter("assurance_redis_reconnects_total", "Redis reconnections after a failure.", m_stats.reconnects);
    counter("assurance_reference_changes_total",
            "Reference profiles applied after a {\"type\": \"reference\"} update.", m_stats.referenceChanges);
    counter("assurance_reference_updates_ignored_total",
            "Reference updates ignored because the model is pinned with --reference.",
            m_stats.referencesIgnored);
    counter("assurance_redis_bad_values_total",
            "Values in Redis that could not be used (tolerances, configs, references, labels, episodes).",
            m_stats.badRedisValues);
    counter("assurance_tolerance_changes_total", "Tolerance sets picked up from Redis while running.",
            m_stats.toleranceChanges);
    metric("assurance_assigned_partitions", "gauge",
           "Partitions of the group's topics assigned to this agent.",
           std::to_string(m_stats.assignedPartitions.load()));
    metric("assurance_worker_shards", "gauge", "Worker threads, each owning a share of the partitions.",
           std::to_string(m_stats.shards.load()));
    t += "# HELP assurance_shard_events_consumed_total Kafka messages consumed, by worker shard.\n"
         "# TYPE assurance_shard_events_consumed_total counter\n";
    for (int i = 0; i < m_stats.shards.load(); ++i)
        t += "assurance_shard_events_consumed_total{shard=\"" + std::to_string(i) + "\"} " +
             std::to_string(m_stats.consumedByShard[static_cast<std::size_t>(i)].load()) + "\n";
    return t;
}

} // namespace assurance
