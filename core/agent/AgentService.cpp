#include "AgentService.h"

#include "redis/RedisClient.h"
#include "redis/SnapshotStore.h"
#include "json/PyJson.h"
#include "json/Timestamps.h"

#include <cstdio>
#include <fstream>
#include <set>
#include <thread>

namespace assurance {

AgentService::AgentService(AgentOptions options, const Clock &clock)
    : m_options(std::move(options))
    , m_clock(clock)
    , m_processor(m_options.engine, clock)
    , m_redis(std::make_unique<RedisClient>(m_options.redis, std::chrono::milliseconds(3000)))
    , m_store(std::make_unique<SnapshotStore>(*m_redis)) {
    for (const auto &[model, task] : m_options.tasks)
        m_processor.engine().setTask(model, task);
    m_consumer.onRevoked = [this](const std::vector<TopicPartition> &) { onRevoked(); };
    m_consumer.onAssigned = [this](const std::vector<TopicPartition> &parts) {
        log("info", "partitions assigned", "\"partitions\": " + std::to_string(parts.size()));
    };
}

AgentService::~AgentService() {
    // The consumer outlives nothing it calls back into.
    m_consumer.onRevoked = nullptr;
    m_consumer.onAssigned = nullptr;
    m_consumer.close();
}

void AgentService::log(const char *level, const std::string &message, const std::string &extraJson) const {
    // One JSON object per line on stderr.
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
    std::fprintf(stderr, "%s\n", line.c_str());
}

bool AgentService::start(std::string *error) {
    // Reference profiles: from files (and then stored in Redis), otherwise from Redis.
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
        std::uint64_t lineNo = 0, rejected = 0;
        while (std::getline(in, line)) {
            ++lineNo;
            if (line.empty())
                continue;
            if (parser.parse(line, m) == MessageKind::Inference && m.inference.modelId == model)
                builder.add(m.inference);
            else
                ++rejected;
        }
        if (builder.events() == 0) {
            *error = "the reference file " + path + " holds no inference event of model " + model;
            return false;
        }
        auto profile = std::make_shared<ReferenceProfile>(builder.build());
        m_processor.engine().setReference(profile);
        if (ensureRedis()) {
            const std::string json = serializeReferenceProfile(*profile);
            m_redis->command({"SET", "reference:" + model, json});
        }
        log("info", "reference profile built",
            "\"model_id\": \"" + model + "\", \"events\": " + std::to_string(builder.events()) +
                ", \"skipped_lines\": " + std::to_string(rejected));
    }
    if (ensureRedis()) {
        std::string cursor = "0";
        do {
            const auto r = m_redis->command({"SCAN", cursor, "MATCH", "reference:*", "COUNT", "1000"});
            if (!r || r->elements.size() != 2)
                break;
            cursor = r->elements[0].str;
            for (const auto &key : r->elements[1].elements) {
                const std::string model = key.str.substr(10);
                if (m_options.referenceFiles.count(model))
                    continue;
                const auto v = m_redis->command({"GET", key.str});
                std::string why;
                auto profile = v ? parseReferenceProfile(v->str, &why) : std::nullopt;
                if (!profile) {
                    log("warning", "reference profile ignored", "\"key\": \"" + key.str + "\"");
                    continue;
                }
                profile->modelId = model;
                m_processor.engine().setReference(std::make_shared<ReferenceProfile>(std::move(*profile)));
            }
        } while (cursor != "0");
    }
    if (!m_consumer.open(m_options.kafka, KafkaConsumer::Mode::Subscribe, error))
        return false;
    m_stats.kafkaOk = true;
    log("info", "agent started");
    return true;
}

bool AgentService::ensureRedis() {
    if (m_redis->connected())
        return true;
    const std::int64_t now = SystemClock().nowMs();
    if (now < m_nextRedisAttemptMs)
        return false;
    if (m_redis->connect()) {
        if (m_stats.redisOk.exchange(true) == false && m_stats.redisErrors > 0) {
            ++m_stats.reconnects;
            log("info", "redis reconnected");
        }
        m_backoffMs = 100;
        return true;
    }
    if (m_stats.redisOk.exchange(false))
        log("error", "redis unavailable: " + m_redis->error());
    ++m_stats.redisErrors;
    m_nextRedisAttemptMs = now + m_backoffMs;
    m_backoffMs = std::min<std::int64_t>(m_backoffMs * 2, 5000);
    return false;
}

void AgentService::handle(const KafkaRecord &record) {
    ++m_stats.consumed;
    const TopicPartition tp{std::string(record.topic), record.partition};
    m_highest[tp] = record.offset;
    const MessageKind kind = m_processor.submit(record.payload);
    if (kind == MessageKind::Rejected) {
        ++m_stats.rejected[static_cast<std::size_t>(m_processor.lastMessage().rejection.reason)];
        return;
    }
    if (kind == MessageKind::Inference && m_options.labelReplayMs > 0) {
        const InferenceEvent &e = m_processor.lastMessage().inference;
        const std::int64_t second = (e.hasTs ? e.tsMs : m_clock.nowMs()) / 1000;
        auto &recent = m_recentInference[tp];
        if (recent.empty() || second > recent.back().second)
            recent.emplace_back(record.offset, second);
        if (recent.size() > 100'000) // a safety bound; storeOffsets() prunes what it no longer needs
            recent.pop_front();
    }
    const std::int64_t end = m_processor.engine().lastWindowEndMs();
    const TelemetryMessage &msg = m_processor.lastMessage();
    std::pair<std::string, std::int64_t> window;
    if (kind == MessageKind::Snapshot) // a sidecar snapshot is queued at once: hold it until written
        window = {msg.snapshot.modelId, msg.snapshot.windowEndMs};
    else if (end != 0)
        window = {kind == MessageKind::Inference ? msg.inference.modelId : msg.label.modelId, end};
    if (!window.first.empty()) {
        auto &offsets = m_pending[window];
        auto it = offsets.find(tp);
        if (it == offsets.end() || record.offset < it->second)
            offsets[tp] = record.offset;
    }
}

void AgentService::collectClosed() {
    for (auto &p : m_processor.takeProcessed())
        m_queue.push_back(std::move(p));
    m_stats.queuedWindows = m_queue.size();
}

bool AgentService::writeQueued() {
    while (!m_queue.empty()) {
        if (!ensureRedis())
            return false;
        const ProcessedWindow &w = m_queue.front();
        std::string error;
        bool already = false;
        if (!m_store->writeWindow(w, m_options.retentionSeconds, &error, &already)) {
            ++m_stats.redisErrors;
            m_stats.redisOk = false;
            log("error", "window not written, will retry: " + error);
            m_redis->disconnect();
            return false;
        }
        ++(already ? m_stats.windowsAlreadyWritten : m_stats.windowsWritten);
        m_pending.erase({w.snapshot.modelId, w.snapshot.windowEndMs});
        m_queue.pop_front();
    }
    m_stats.queuedWindows = 0;
    return true;
}

void AgentService::storeOffsets() {
    // Per partition: the lowest offset still held by an unwritten window, else one past the last.
    std::map<TopicPartition, std::int64_t> next;
    for (const auto &[tp, highest] : m_highest)
        next[tp] = highest + 1;
    for (const auto &[window, offsets] : m_pending)
        for (const auto &[tp, offset] : offsets) {
            auto it = next.find(tp);
            if (it != next.end() && offset < it->second)
                it->second = offset;
        }
    // Step further back by the label replay horizon: a restart from there re-reads the
    // predictions that labels of the re-read messages may still refer to (the windows they fall
    // in were written already and are not written again).
    for (auto &[tp, recent] : m_recentInference) {
        auto it = next.find(tp);
        if (it == next.end() || recent.empty())
            continue;
        std::int64_t secondAtNext = recent.back().second;
        for (auto r = recent.rbegin(); r != recent.rend(); ++r)
            if (r->first <= it->second) {
                secondAtNext = r->second;
                break;
            }
        const std::int64_t horizon = secondAtNext - m_options.labelReplayMs / 1000;
        while (recent.size() > 1 && recent[1].second <= horizon)
            recent.pop_front();
        if (recent.front().first < it->second)
            it->second = recent.front().first;
    }
    for (const auto &[tp, offset] : next) {
        auto stored = m_stored.find(tp);
        if (stored != m_stored.end() && stored->second == offset)
            continue;
        if (m_consumer.storeOffset(tp, offset))
            m_stored[tp] = offset;
    }
}

void AgentService::onRevoked() {
    // Write what is closed; store and commit offsets while the open windows still hold theirs back
    // (they will be recomputed in full by the next owner); then drop the open windows.
    m_processor.advance();
    collectClosed();
    writeQueued();
    storeOffsets();
    m_consumer.commitSync();
    m_processor.engine().dropOpenWindows();
    // Closed windows still queued for Redis keep their entries: their offsets stay held back.
    std::set<std::pair<std::string, std::int64_t>> queued;
    for (const auto &w : m_queue)
        queued.insert({w.snapshot.modelId, w.snapshot.windowEndMs});
    for (auto it = m_pending.begin(); it != m_pending.end();)
        it = queued.count(it->first) ? std::next(it) : m_pending.erase(it);
    m_highest.clear();
    m_stored.clear();
    m_recentInference.clear();
    m_paused = false; // the new assignment starts unpaused
    log("info", "partitions revoked: open windows dropped, offsets committed");
}

int AgentService::run(const std::atomic<bool> &stop) {
    std::int64_t lastLagMs = 0;
    while (!stop) {
        const int n = m_consumer.poll(m_options.batchSize, 100, [this](const KafkaRecord &r) { handle(r); });
        if (n < 0) {
            log("error", m_consumer.error());
            m_stats.kafkaOk = false;
            return 3;
        }
        // While paused (Redis down, queue full) nothing arrives: idle-closing now would cut windows.
        if (!m_paused)
            m_processor.advance();
        collectClosed();
        writeQueued();
        storeOffsets();
        const bool full = m_queue.size() >= m_options.maxQueuedWindows;
        if (full != m_paused) {
            m_consumer.pause(full);
            m_paused = full;
            log(full ? "warning" : "info",
                full ? "redis queue full: partitions paused" : "partitions resumed");
        }
        const std::int64_t now = SystemClock().nowMs();
        if (now - lastLagMs > 1000) {
            m_stats.lag = m_consumer.lag();
            lastLagMs = now;
        }
    }
    // Clean stop: every window already closed is written (retrying while Redis comes back, up to a
    // bound), open windows are dropped, offsets stored and committed.
    m_processor.advance();
    collectClosed();
    for (int attempt = 0; attempt < 50 && !writeQueued(); ++attempt)
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    // Offsets first, while open (and still queued) windows hold theirs back; then drop them.
    const bool drained = m_queue.empty();
    storeOffsets();
    m_consumer.commitSync();
    m_processor.engine().dropOpenWindows();
    m_pending.clear();
    m_consumer.onRevoked = nullptr; // closing triggers a last revoke: nothing left to do
    m_consumer.close();
    log(drained ? "info" : "error",
        drained ? "agent stopped" : "agent stopped with unwritten windows (Redis down)");
    return drained ? 0 : 3;
}

std::string AgentService::metricsText() const {
    std::string t;
    auto metric = [&](const char *name, const char *type, const char *help, const std::string &value) {
        t += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " " + type + "\n" + name +
             " " + value + "\n";
    };
    metric("assurance_events_consumed_total", "counter", "Kafka messages consumed.",
           std::to_string(m_stats.consumed.load()));
    t += "# HELP assurance_messages_rejected_total Messages rejected, by reason.\n# TYPE "
         "assurance_messages_rejected_total counter\n";
    for (std::size_t r = 0; r < kRejectReasonCount; ++r)
        t += std::string("assurance_messages_rejected_total{reason=\"") +
             rejectReasonKey(static_cast<RejectReason>(r)) + "\"} " +
             std::to_string(m_stats.rejected[r].load()) + "\n";
    metric("assurance_consumer_lag", "gauge", "Messages behind the high watermark, over assigned partitions.",
           std::to_string(m_stats.lag.load()));
    metric("assurance_windows_written_total", "counter", "Windows written to Redis.",
           std::to_string(m_stats.windowsWritten.load()));
    metric("assurance_windows_already_written_total", "counter",
           "Recomputed windows found already in Redis (not rewritten).",
           std::to_string(m_stats.windowsAlreadyWritten.load()));
    metric("assurance_windows_queued", "gauge", "Closed windows waiting for Redis.",
           std::to_string(m_stats.queuedWindows.load()));
    metric("assurance_redis_errors_total", "counter", "Failed Redis connections or writes.",
           std::to_string(m_stats.redisErrors.load()));
    metric("assurance_redis_reconnects_total", "counter", "Redis reconnections after a failure.",
           std::to_string(m_stats.reconnects.load()));
    return t;
}

} // namespace assurance
