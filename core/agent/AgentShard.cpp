#include "AgentShard.h"

#include "agent/WindowWriter.h"
#include "assurance/ModelConfig.h"
#include "redis/RedisClient.h"
#include "redis/SnapshotStore.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <set>
#include <thread>

namespace assurance {

namespace {

EngineConfig shardEngineConfig(EngineConfig c, int shards) {
    // The caps are per agent (SPEC.md: the label cache is bounded per agent). The label cache is
    // split; the model cap is one count all shards share (AgentService), since one busy shard may
    // hold most of the agent's models.
    const auto n = static_cast<std::size_t>(std::max(1, shards));
    c.labelCacheEntries = std::max<std::size_t>(1, c.labelCacheEntries / n);
    c.prepareAhead = true; // run() calls prepareDue() between batches
    return c;
}

} // namespace

AgentShard::AgentShard(int index, const AgentOptions &options, const Clock &clock, AgentStats &stats,
                       KafkaConsumer &consumer, KafkaQueue &queue,
                       const std::vector<std::shared_ptr<const ReferenceProfile>> &fileReferences,
                       const std::vector<std::shared_ptr<const ReferenceProfile>> &storedReferences)
    : m_index(index)
    , m_options(options)
    , m_serviceClock(clock)
    , m_clock(clock.nowMs())
    , m_stats(stats)
    , m_consumer(consumer)
    , m_kafkaQueue(queue)
    , m_processor(shardEngineConfig(options.engine, options.threads), m_clock)
    , m_redis(std::make_unique<RedisClient>(options.redis, std::chrono::milliseconds(3000)))
    , m_writer(std::make_unique<WindowWriter>(index, options, stats)) {
    m_processor.setAssessOnClose(false); // at write time, see writeQueued()
    m_processor.setChainLabels(true);    // from the stored head, read in seedModel()
    for (const auto &[model, task] : options.tasks)
        m_processor.engine().setTask(model, task);
    for (const auto &ref : storedReferences)
        m_processor.engine().setReference(ref);
    for (const auto &ref : fileReferences) // set last: files win over Redis
        m_processor.engine().setReference(ref);
}

AgentShard::~AgentShard() = default;

bool AgentShard::drained() const {
    return m_queue.empty() && m_writer->waiting() == 0;
}

// --- control (polling thread) ----------------------------------------------------------------

void AgentShard::holdForRevoke() {
    requestHold();
    waitParked();
}

void AgentShard::requestHold() {
    std::lock_guard<std::mutex> lock(m_controlMutex);
    m_holdRequested = true;
    m_holdFlag = true;
    m_kafkaQueue.wake();
}

void AgentShard::waitParked() {
    std::unique_lock<std::mutex> lock(m_controlMutex);
    m_controlCv.wait(lock, [this] { return m_parked || m_exited; });
}

void AgentShard::release() {
    {
        std::lock_guard<std::mutex> lock(m_controlMutex);
        m_holdRequested = false;
        m_holdFlag = false;
    }
    m_controlCv.notify_all();
}

void AgentShard::post(std::function<void(AgentShard &)> task) {
    {
        std::lock_guard<std::mutex> lock(m_postMutex);
        m_posted.push_back(std::move(task));
        m_hasPosted = true;
    }
    m_kafkaQueue.wake();
}

// --- the shard's thread ----------------------------------------------------------------------

void AgentShard::runPosted() {
    if (!m_hasPosted.load(std::memory_order_acquire))
        return;
    std::vector<std::function<void(AgentShard &)>> tasks;
    {
        std::lock_guard<std::mutex> lock(m_postMutex);
        tasks.swap(m_posted);
        m_hasPosted = false;
    }
    for (auto &t : tasks)
        t(*this);
}

void AgentShard::parkForRevoke(const std::atomic<bool> &stop) {
    revoke();
    std::unique_lock<std::mutex> lock(m_controlMutex);
    m_parked = true;
    m_controlCv.notify_all();
    while (m_holdRequested && !stop)
        m_controlCv.wait_for(lock, std::chrono::milliseconds(100));
    m_parked = false;
}

bool AgentShard::run(const std::atomic<bool> &stop) {
    bool ok = true;
    const auto handler = [this](const KafkaRecord &r) { handle(r); };
    while (!stop) {
        runPosted();
        if (m_holdFlag.load(std::memory_order_acquire)) {
            parkForRevoke(stop);
            continue;
        }
        m_clock.setMs(m_serviceClock.nowMs());
        const int n = m_kafkaQueue.poll(m_options.batchSize, 100, handler);
        if (n < 0) {
            agentLog("error", m_kafkaQueue.error(), "\"shard\": " + std::to_string(m_index));
            ok = false;
            break;
        }
        const std::int64_t now = m_serviceClock.nowMs();
        m_clock.setMs(now);
        // Housekeeping that walks every model, partition or pending window runs every 100 ms, not
        // per batch (a busy shard takes batches every few hundred microseconds). Offsets are
        // committed every few seconds anyway; idle closes are measured in seconds.
        const bool tick = now - m_lastTickMs >= 100;
        // While paused (Redis down, queue full) nothing arrives: idle-closing now would cut windows.
        if (tick && !m_paused)
            m_processor.advance();
        collectClosed();
        writeQueued();
        // Windows that wait out their allowed lateness get their costly parts computed now, a
        // little per batch, rather than all at once when every model's window closes. Not while
        // a revoke waits: it drops open windows.
        if (m_processor.engine().hasDue() && !m_holdFlag.load(std::memory_order_acquire))
            m_processor.engine().prepareDue(std::chrono::microseconds(2000));
        if (tick) {
            storeOffsets();
            updatePause();
            m_lastTickMs = now;
        }
        flushCounters();
    }
    // Clean stop: every window already closed is written (retrying while Redis comes back, up to
    // a bound), offsets are stored while open and still queued windows hold theirs back, then the
    // open windows are dropped. The service commits once every shard is done.
    runPosted();
    m_clock.setMs(m_serviceClock.nowMs());
    m_processor.advance();
    collectClosed();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!(writeQueued() && m_writer->flush(std::chrono::milliseconds(200), false)) &&
           std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    collectDone();
    storeOffsets();
    m_processor.engine().dropOpenWindows();
    flushCounters();
    {
        std::lock_guard<std::mutex> lock(m_controlMutex);
        m_exited = true;
    }
    m_controlCv.notify_all();
    return ok;
}

AgentShard::PartitionState &AgentShard::partition(std::string_view topic, std::int32_t id,
                                                  std::uint64_t &key) {
    std::size_t t = 0;
    while (t < m_topics.size() && m_topics[t] != topic)
        ++t;
    if (t == m_topics.size())
        m_topics.emplace_back(topic);
    key = (static_cast<std::uint64_t>(t) << 32) | static_cast<std::uint32_t>(id);
    auto [it, inserted] = m_partitions.try_emplace(key);
    if (inserted) {
        it->second.tp = TopicPartition{std::string(topic), id};
        if (m_paused) { // the queue is full: a partition seen for the first time pauses too
            m_consumer.pause({it->second.tp}, true);
            m_pausedPartitions.push_back(it->second.tp);
        }
    }
    return it->second;
}

void AgentShard::handle(const KafkaRecord &record) {
    ++m_consumed;
    std::uint64_t key = 0;
    PartitionState &part = partition(record.topic, record.partition, key);
    part.highest = record.offset;
    const MessageKind kind = m_processor.parse(record.payload);
    if (kind == MessageKind::Rejected) {
        ++m_rejected[static_cast<std::size_t>(m_processor.lastMessage().rejection.reason)];
        return;
    }
    const TelemetryMessage &msg = m_processor.lastMessage();
    const std::string &model = kind == MessageKind::Inference ? msg.inference.modelId
                               : kind == MessageKind::Label   ? msg.label.modelId
                                                              : msg.snapshot.modelId;
    if (m_lastModel != model) { // consecutive messages of one model skip the lookup
        auto found = m_models.find(model);
        if (found == m_models.end()) { // first sight since the assignment: what Redis knows of it
            found = m_models.try_emplace(model).first;
            loadModel(model, found->second);
        }
        m_lastModel = model;
    }
    m_processor.ingestParsed();
    // Predictions a later label may still join: only those the engine counted (a late or refused
    // event joins nothing). Event time is capped at the arrival clock: seconds only grow here, so
    // one prediction dated in the future would otherwise stop the record, and with it the stored
    // offset, until real time caught up with it.
    if (kind == MessageKind::Inference && m_options.labelReplayMs > 0 &&
        m_processor.lastOutcome() == IngestOutcome::Counted) {
        const InferenceEvent &e = msg.inference;
        const std::int64_t second = std::min(e.hasTs ? e.tsMs : m_clock.nowMs(), m_clock.nowMs()) / 1000;
        auto &recent = part.recentInference;
        if (recent.empty() || second > recent.back().second)
            recent.emplace_back(record.offset, second);
        if (recent.size() > 100'000) // a safety bound; storeOffsets() prunes what it no longer needs
            recent.pop_front();
    }
    // The window the message landed in holds its offset until the window is in Redis; a sidecar
    // snapshot is a window of its own, queued at once.
    if (kind == MessageKind::Snapshot) {
        if (m_processor.lastOutcome() == IngestOutcome::Counted) // a refused one is never written
            holdOffset(part, model, msg.snapshot.windowEndMs, key, record.offset);
    } else if (const std::int64_t end = m_processor.engine().lastWindowEndMs(); end != 0)
        holdOffset(part, model, end, key, record.offset);
}

void AgentShard::holdOffset(PartitionState &part, std::string_view model, std::int64_t end,
                            std::uint64_t partitionKey, std::int64_t offset) {
    const std::pair<std::uint64_t, std::int64_t> id{hashText(model), end};
    for (const auto &h : part.held)
        if (h == id)
            return; // an earlier (lower) offset of this partition holds the window already
    part.held[part.heldNext++ % part.held.size()] = id;
    auto it = m_pending.find(WindowKeyView{model, end});
    if (it == m_pending.end())
        it = m_pending.try_emplace(WindowKey{std::string(model), end}).first;
    for (auto &[k, lowest] : it->second)
        if (k == partitionKey) {
            lowest = std::min(lowest, offset);
            return;
        }
    it->second.emplace_back(partitionKey, offset);
}

void AgentShard::collectClosed() {
    for (auto &p : m_processor.takeProcessed()) {
        m_queue.push_back(std::move(p));
        ++m_stats.queuedWindows;
    }
}

bool AgentShard::ensureRedis() {
    // The shard's own connection reads models' records; the writer's writes windows and reports
    // Redis's health. Here only the backoff, so that a dead Redis costs nothing per loop.
    if (m_redis->connected())
        return true;
    const std::int64_t now = SystemClock().nowMs();
    if (!m_redisRetry.due(now))
        return false;
    // A connection alone does not reset the backoff: a Redis (or a proxy) that accepts
    // connections and never answers would then cost a timeout per loop. An answer does (read()).
    if (m_redis->connect())
        return true;
    m_redisRetry.failed(now);
    return false;
}

std::optional<std::vector<RedisReply>>
AgentShard::read(const std::vector<std::vector<std::string_view>> &commands) {
    if (!ensureRedis())
        return std::nullopt;
    auto replies = m_redis->pipeline(commands);
    if (!replies || replies->size() != commands.size()) {
        // Back off like a refused connection, or every new model would wait for the timeout.
        m_redis->disconnect();
        m_redisRetry.failed(SystemClock().nowMs());
        return std::nullopt;
    }
    m_redisRetry.succeeded();
    return replies;
}

bool AgentShard::prepare(ProcessedWindow &w) {
    if (w.assessed)
        return true;
    // Labels and episodes continue the stored record: read it once per model first.
    ModelRecord &record = m_models[w.snapshot.modelId];
    if (!record.loaded)
        loadModel(w.snapshot.modelId, record);
    if (!record.seeded && !seedModel(w.snapshot.modelId, record))
        return false;
    m_processor.assess(w);
    return true;
}

bool AgentShard::writeQueued() {
    collectDone();
    // Assessed in order (the tracker's episodes continue window after window), then handed over.
    std::deque<ProcessedWindow> ready;
    while (!m_queue.empty() && prepare(m_queue.front())) {
        ++m_submitted[{m_queue.front().snapshot.modelId, m_queue.front().snapshot.windowEndMs}];
        ready.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    m_writer->submit(ready);
    return m_queue.empty();
}

void AgentShard::collectDone() {
    for (const WindowWriter::Done &d : m_writer->takeDone()) {
        --m_stats.queuedWindows;
        // An operator resolved these while they were active: the model's next window closes them
        // (docs/assurance.md "Who owns what").
        for (const std::string &id : d.resolvedEpisodes)
            m_processor.violations().operatorResolved(id);
        // The chain goes on from what is stored, not from what was computed: a recomputed window
        // the script did not write again, or a label it relinked, leaves another hash in
        // label:{id}. Only while no later window has been assessed since (one that was is linked
        // to the computed hash, and the script relinks it if need be).
        if (const auto *head = m_processor.labelChainHead(d.model);
            head && head->windowEndMs == d.end && head->hash != d.labelHash)
            m_processor.setLabelChainHead(d.model, {d.labelHash, d.end});
        // Two windows with one key (a sidecar snapshot re-sent for a computed window): the offsets
        // stay held until the last of them is durable.
        if (auto copies = m_submitted.find({d.model, d.end});
            copies != m_submitted.end() && --copies->second > 0)
            continue;
        m_submitted.erase({d.model, d.end});
        if (std::any_of(m_queue.begin(), m_queue.end(), [&d](const ProcessedWindow &w) {
                return w.snapshot.windowEndMs == d.end && w.snapshot.modelId == d.model;
            }))
            continue;
        auto held = m_pending.find(WindowKeyView{d.model, d.end});
        if (held == m_pending.end())
            continue;
        // A later window with the same end (a sidecar snapshot) must hold its offsets again.
        const std::pair<std::uint64_t, std::int64_t> id{hashText(d.model), d.end};
        for (const auto &[key, offset] : held->second)
            if (auto part = m_partitions.find(key); part != m_partitions.end())
                for (auto &h : part->second.held)
                    if (h == id)
                        h = {};
        m_pending.erase(held);
    }
}

void AgentShard::storeOffsets() {
    // Per partition: the lowest offset still held by an unwritten window, else one past the last.
    std::unordered_map<std::uint64_t, std::int64_t> next;
    next.reserve(m_partitions.size());
    for (const auto &[key, p] : m_partitions)
        if (p.highest >= 0)
            next[key] = p.highest + 1;
    for (const auto &[window, offsets] : m_pending)
        for (const auto &[key, offset] : offsets) {
            auto it = next.find(key);
            if (it != next.end() && offset < it->second)
                it->second = offset;
        }
    for (auto &[key, offset] : next) {
        PartitionState &p = m_partitions[key];
        // Step further back by the label replay horizon: a restart from there re-reads the
        // predictions that labels of the re-read messages may still refer to (the windows they
        // fall in were written already and are not written again).
        // When every recorded prediction lies after the offset (it is held by a label event or a
        // sidecar snapshot that came first), the offset is early enough and nothing is pruned.
        auto &recent = p.recentInference;
        auto atOrBefore =
            std::find_if(recent.rbegin(), recent.rend(), [&](const auto &r) { return r.first <= offset; });
        if (atOrBefore != recent.rend()) {
            const std::int64_t horizon = atOrBefore->second - m_options.labelReplayMs / 1000;
            while (recent.size() > 1 && recent[1].second <= horizon)
                recent.pop_front();
            offset = std::min(offset, recent.front().first);
        }
        if (p.stored == offset)
            continue;
        if (m_consumer.storeOffset(p.tp, offset))
            p.stored = offset;
    }
}

void AgentShard::updatePause() {
    const bool full = m_queue.size() + m_writer->waiting() >= m_options.maxQueuedWindows;
    if (full == m_paused)
        return;
    std::vector<TopicPartition> parts;
    for (const auto &[key, p] : m_partitions)
        parts.push_back(p.tp);
    m_consumer.pause(parts, full);
    m_paused = full;
    // Nothing arrived while paused: without this, the first pass after resuming would idle-close
    // every open window before the held-back messages come in, and write them short.
    if (!full)
        m_processor.engine().restartIdleClocks();
    m_pausedPartitions = full ? parts : std::vector<TopicPartition>{};
    agentLog(full ? "warning" : "info", full ? "redis queue full: partitions paused" : "partitions resumed",
             "\"shard\": " + std::to_string(m_index) + ", \"partitions\": " + std::to_string(parts.size()));
}

void AgentShard::flushCounters() {
    m_stats.consumed.fetch_add(m_consumed, std::memory_order_relaxed);
    m_stats.consumedByShard[static_cast<std::size_t>(m_index)].fetch_add(m_consumed,
                                                                         std::memory_order_relaxed);
    m_consumed = 0;
    for (std::size_t r = 0; r < kRejectReasonCount; ++r) {
        if (m_rejected[r])
            m_stats.rejected[r].fetch_add(m_rejected[r], std::memory_order_relaxed);
        m_rejected[r] = 0;
    }
    const EngineCounters &c = m_processor.engine().counters();
    m_stats.late += c.late - m_flushedEngine.late;
    m_stats.duplicates += c.duplicates - m_flushedEngine.duplicates;
    m_stats.futureTimestamps += c.futureTimestamps - m_flushedEngine.futureTimestamps;
    m_stats.orphanLabels += c.orphanLabels - m_flushedEngine.orphanLabels;
    m_stats.modelCapDrops += c.droppedModels - m_flushedEngine.droppedModels;
    m_flushedEngine = c;
}

void AgentShard::revoke() {
    // Write what is closed and store offsets while the open windows still hold theirs back (they
    // will be recomputed in full by the next owner); then drop the open windows. The service
    // commits once every shard is parked here.
    m_clock.setMs(m_serviceClock.nowMs());
    m_processor.advance();
    collectClosed();
    writeQueued();
    m_writer->flush(std::chrono::seconds(5), true); // one attempt: Redis down keeps them queued
    collectDone();
    storeOffsets();
    // What is not durable now is recomputed by the next owner from the offsets just stored (held
    // back to those windows): drop it here, the open windows with it. Windows already in flight
    // may still land; the script writes each window once.
    m_processor.engine().dropOpenWindows();
    m_processor.engine().forgetModels(); // their place under the model cap too
    m_stats.queuedWindows -= m_queue.size() + m_writer->discardWaiting();
    m_queue.clear();
    m_submitted.clear();
    m_pending.clear();
    m_partitions.clear();
    // The models may move to another agent: what is known of them is read again on their return.
    for (const auto &[model, record] : m_models) {
        m_processor.violations().forget(model);
        m_processor.clearTolerances(model);
        m_processor.forgetLabelChain(model);
    }
    m_models.clear();
    m_lastModel.clear();
    // librdkafka keeps an application's pause across an unassignment: a partition paused now and
    // assigned again would never deliver. Resume what this shard paused; the new assignment
    // starts unpaused.
    m_consumer.pause(m_pausedPartitions, false);
    m_pausedPartitions.clear();
    m_paused = false;
    flushCounters();
}

// --- what Redis knows of a model ---------------------------------------------------------------

void AgentShard::badValue(const std::string &key, const std::string &error) {
    ++m_stats.badRedisValues;
    agentLog("warning", "value ignored: " + error, "\"key\": \"" + key + "\"");
}

void AgentShard::loadModel(const std::string &modelId, ModelRecord &record) {
    if (!isValidModelId(modelId))
        return;
    const std::string refKey = "reference:" + modelId, tolKey = "tolerances:" + modelId,
                      cfgKey = "model:config:" + modelId;
    const bool needReference = !m_processor.engine().reference(modelId);
    std::vector<std::vector<std::string_view>> commands = {{"GET", tolKey}, {"GET", cfgKey}};
    if (needReference)
        commands.push_back({"GET", refKey});
    const auto replies = read(commands);
    if (!replies)
        return; // tried again before its first window is written
    applyTolerances(modelId, record, (*replies)[0]);
    applyConfig(modelId, record, (*replies)[1]);
    record.loaded = true;
    if (!needReference)
        return;
    const RedisReply &ref = (*replies)[2];
    if (ref.type == RedisReply::Type::String) {
        std::string why;
        if (auto profile = parseReferenceProfile(ref.str, &why)) {
            profile->modelId = modelId;
            m_processor.engine().setReference(std::make_shared<ReferenceProfile>(std::move(*profile)));
        } else {
            badValue(refKey, why);
        }
    }
}

void AgentShard::applyTolerances(const std::string &modelId, ModelRecord &record, const RedisReply &value) {
    const std::string raw = value.type == RedisReply::Type::String ? value.str : std::string();
    if (record.loaded && raw == record.tolerancesRaw)
        return;
    record.tolerancesRaw = raw;
    if (raw.empty()) {
        m_processor.clearTolerances(modelId);
        return;
    }
    std::string why;
    if (auto set = parseTolerances(raw, modelId, &why)) {
        const int version = set->version;
        m_processor.setTolerances(std::move(*set));
        recordToleranceVersion(modelId, version, raw);
        if (record.loaded) {
            ++m_stats.toleranceChanges;
            agentLog("info", "tolerances changed",
                     "\"model_id\": \"" + modelId + "\", \"version\": " + std::to_string(version));
        }
    } else {
        badValue("tolerances:" + modelId, why); // the previous set stays in force
    }
}

void AgentShard::recordToleranceVersion(const std::string &modelId, int version, const std::string &raw) {
    // A set written without its history entry (redis-cli, an older console) joins the history
    // when an agent applies it. HSETNX: a version already there keeps its first bytes.
    const std::string key = SnapshotStore::toleranceHistoryKey(modelId), field = std::to_string(version);
    const auto replies = read({{"HSETNX", key, field, raw}, {"HGET", key, field}});
    if (!replies)
        return; // best effort: the next agent to apply the set adds it
    const RedisReply &stored = (*replies)[1];
    if (stored.isError())
        badValue(key, stored.str);
    else if (stored.type == RedisReply::Type::String && stored.str != raw)
        agentLog("warning",
                 "tolerance version " + field + " is in force with other bytes than its history entry",
                 "\"key\": \"" + key + "\"");
}

void AgentShard::applyConfig(const std::string &modelId, ModelRecord &record, const RedisReply &value) {
    const std::string raw = value.type == RedisReply::Type::String ? value.str : std::string();
    if (record.loaded && raw == record.configRaw)
        return;
    record.configRaw = raw;
    std::optional<ModelConfig> config;
    std::string why;
    if (!raw.empty() && !(config = parseModelConfig(raw, modelId, &why))) {
        badValue("model:config:" + modelId, why);
        return;
    }
    // SPEC.md "Windows": the task from the config, else --task, else the rule on the data.
    TaskType task = config ? config->task : TaskType::Auto;
    if (auto flag = m_options.tasks.find(modelId); task == TaskType::Auto && flag != m_options.tasks.end())
        task = flag->second;
    m_processor.engine().setTask(modelId, task);
}

bool AgentShard::seedModel(const std::string &modelId, ModelRecord &record) {
    // Only the live hash: the episode retention moves closed episodes alone to
    // violations:{id}:closed, and a closed episode never changes again nor decides what the next
    // window opens or closes, so the archived ones are not needed to continue (and lastApplied
    // comes from the label, written with the windows that closed them).
    const std::string labelKey = "label:" + modelId, violationsKey = SnapshotStore::violationsKey(modelId);
    const std::string closingKey = SnapshotStore::closingKey(modelId);
    const auto replies =
        read({{"GET", labelKey}, {"HGETALL", violationsKey}, {"ZRANGE", closingKey, "0", "-1"}});
    if (!replies)
        return false;
    std::int64_t lastApplied = std::numeric_limits<std::int64_t>::min();
    const RedisReply &label = (*replies)[0];
    // The label chain goes on from the stored latest label ("" when there is none yet).
    TelemetryProcessor::ChainHead head;
    if (label.type == RedisReply::Type::String) {
        std::string why;
        if (auto l = parseLabel(label.str, modelId, &why)) {
            lastApplied = l->windowEndMs;
            head = {l->hash, l->windowEndMs};
        } else {
            badValue(labelKey, why); // the window script reports the hash it links to instead
        }
    }
    m_processor.setLabelChainHead(modelId, std::move(head));
    std::vector<ViolationEpisode> episodes;
    const RedisReply &hash = (*replies)[1];
    if (hash.isError())
        badValue(violationsKey, hash.str);
    std::set<std::string> closing;
    for (const RedisReply &id : (*replies)[2].elements)
        closing.insert(id.str);
    // Closed episodes written before the closing zset existed (an older agent) join it now, once,
    // so that the retention moves them too without ever scanning the live hash.
    std::vector<std::string> unindexed = {"ZADD", closingKey};
    for (std::size_t i = 0; i + 1 < hash.elements.size(); i += 2) {
        std::string why;
        const std::string context = violationsKey + " field " + hash.elements[i].str;
        if (auto e = parseEpisode(hash.elements[i + 1].str, modelId, context, &why)) {
            lastApplied = std::max(lastApplied, e->lastSeenMs);
            if (e->closedMs && e->id == hash.elements[i].str && !closing.count(e->id)) {
                unindexed.push_back(std::to_string(*e->closedMs));
                unindexed.push_back(e->id);
            }
            episodes.push_back(std::move(*e));
        } else {
            badValue(violationsKey, why);
        }
    }
    if (unindexed.size() > 2 && !(*replies)[2].isError()) {
        const std::vector<std::string_view> zadd(unindexed.begin(), unindexed.end());
        read({zadd}); // best effort: a failure leaves them live, as before
    }
    m_processor.violations().seed(modelId, std::move(episodes), lastApplied);
    record.seeded = true;
    return true;
}

void AgentShard::reloadModel(const std::string &modelId) {
    if (auto it = m_models.find(modelId); it != m_models.end() && it->second.loaded)
        reloadModels({modelId});
}

void AgentShard::reloadReference(const std::string &modelId) {
    const auto it = m_models.find(modelId);
    if (it == m_models.end() || !it->second.loaded)
        return; // read at first sight, like every model's reference
    const std::string key = "reference:" + modelId;
    const auto replies = read({{"GET", key}});
    if (!replies)
        return;
    const RedisReply &ref = (*replies)[0];
    if (ref.type != RedisReply::Type::String)
        return;
    std::string why;
    auto profile = parseReferenceProfile(ref.str, &why);
    if (!profile) {
        badValue(key, why); // the reference in force stays
        return;
    }
    profile->modelId = modelId;
    m_processor.engine().setReference(std::make_shared<ReferenceProfile>(std::move(*profile)));
    ++m_stats.referenceChanges;
    agentLog("info", "reference changed", "\"model_id\": \"" + modelId + "\"");
}

void AgentShard::reloadAllModels() {
    std::vector<std::string> models;
    for (const auto &[model, record] : m_models)
        if (record.loaded)
            models.push_back(model);
    reloadModels(models);
}

void AgentShard::reloadModels(const std::vector<std::string> &models) {
    // One pipeline for all of them: a round trip per model would hold the shard's consumption for
    // as many round trips (tens of ms with a busy Redis) at every refresh.
    if (models.empty())
        return;
    std::vector<std::string> keys;
    for (const std::string &model : models) {
        keys.push_back("tolerances:" + model);
        keys.push_back("model:config:" + model);
    }
    std::vector<std::vector<std::string_view>> commands;
    commands.reserve(keys.size());
    for (const std::string &key : keys)
        commands.push_back({"GET", key});
    const auto replies = read(commands);
    if (!replies)
        return;
    for (std::size_t i = 0; i < models.size(); ++i)
        if (auto it = m_models.find(models[i]); it != m_models.end()) {
            applyTolerances(models[i], it->second, (*replies)[2 * i]);
            applyConfig(models[i], it->second, (*replies)[2 * i + 1]);
        }
}

} // namespace assurance
