#include "RecordFollower.h"

#include "assurance/ModelConfig.h"
#include "metrics/ReferenceProfile.h"
#include "redis/RedisClient.h"
#include "redis/SnapshotStore.h"
#include "telemetry/TelemetryParser.h"
#include "json/Timestamps.h"

#include <QtGlobal>

#include <algorithm>

namespace assurance {

struct RecordFollower::Model {
    ModelInfo info;
    ToleranceSet tolerances;
    std::shared_ptr<const ReferenceProfile> reference;
    std::optional<AssuranceLabel> stored; // label:{id} as read (its hash not trusted)
    std::optional<Snapshot> latest;       // the newest window read
    std::int64_t lastSeenMs = -1;
    // Each episode's stored bytes and value: a change is a change of bytes.
    std::map<std::string, std::pair<std::string, ViolationEpisode>> episodes;
    std::string labelSaid; // the label (and its provenance) last handed out
};

namespace {

// The window length the agents use, read off the stored history: the most common gap between
// consecutive window ends (gaps are multiples of it); 60 s when nothing tells.
std::int64_t windowLengthOf(const std::vector<std::vector<std::int64_t>> &ends) {
    std::map<std::int64_t, int> gaps;
    for (const auto &list : ends)
        for (std::size_t i = 1; i < list.size(); ++i)
            if (const std::int64_t gap = list[i] - list[i - 1]; gap > 0 && gap <= 24 * 3600'000LL)
                ++gaps[gap];
    std::int64_t best = 60'000;
    int count = 0;
    for (const auto &[gap, n] : gaps)
        if (n > count) {
            best = gap;
            count = n;
        }
    return best;
}

} // namespace

RecordFollower::RecordFollower(Options options)
    : m_options(std::move(options))
    , m_redis(std::make_unique<RedisClient>(m_options.redis, m_options.timeout))
    , m_updates(std::make_unique<RedisClient>(m_options.redis, m_options.timeout))
    , m_store(std::make_unique<SnapshotStore>(*m_redis))
    , m_parser(std::make_unique<TelemetryParser>()) {}

RecordFollower::~RecordFollower() = default;

void RecordFollower::interrupt() {
    m_redis->interrupt();
    m_updates->interrupt();
}

void RecordFollower::problem(const std::string &key, const std::string &error) {
    ++m_problems;
    qWarning("Redis record: %s: %s", key.c_str(), error.c_str());
}

RecordFollower::Model &RecordFollower::model(const std::string &id) {
    auto &slot = m_models[id];
    if (!slot) {
        slot = std::make_unique<Model>();
        slot->info.id = id;
        slot->tolerances = defaultTolerances(id); // the shipped set until the model's own is read
        m_modelsChanged = true;
        m_tolerancesChanged.insert(id);
    }
    return *slot;
}

void RecordFollower::disconnect(const std::string &why) {
    m_error = why;
    m_redis->disconnect();
    m_updates->disconnect();
    m_status = m_everLoaded ? Status::Reconnecting : Status::Connecting;
    m_discoveryCursor.reset();
}

void RecordFollower::step(std::int64_t nowMs) {
    if (m_redis->interrupted())
        return;
    if (!m_redis->connected() || !m_updates->connected()) {
        if (nowMs < m_nextAttemptMs)
            return;
        if (connectAndLoad()) {
            m_retryDelayMs = 250;
            m_nextAttemptMs = 0;
        } else {
            m_nextAttemptMs = nowMs + m_retryDelayMs;
            m_retryDelayMs = std::min<std::int64_t>(m_retryDelayMs * 2, 10'000);
        }
        return;
    }
    for (std::size_t i = 0; i < m_options.maxUpdatesPerStep; ++i) {
        auto pushed = m_updates->pollReply(0);
        if (!pushed) {
            if (!m_updates->connected())
                return disconnect(m_updates->error());
            break;
        }
        if (const auto update = parseStoreUpdate(*pushed); update && !handle(*update))
            return disconnect(m_redis->error());
    }
    if (m_discoveryCursor && !discoverStep())
        return disconnect(m_redis->error());
}

bool RecordFollower::connectAndLoad() {
    m_credentialsNeeded = false;
    if (!m_redis->connect() || !m_updates->connect()) {
        m_credentialsNeeded = m_redis->credentialsRefused() || m_updates->credentialsRefused();
        disconnect(m_redis->error().empty() ? m_updates->error() : m_redis->error());
        return false;
    }
    // Subscribe first: what is written while the record is read is announced, not lost.
    const auto sub = m_updates->command({"SUBSCRIBE", kUpdatesChannel});
    if (!sub || sub->isError()) {
        m_credentialsNeeded = sub && sub->str.rfind("NOAUTH", 0) == 0;
        disconnect(sub ? sub->str : m_updates->error());
        return false;
    }
    const bool first = !m_everLoaded;
    auto fail = [&] {
        disconnect(m_redis->error());
        if (first) { // a first load starts again from nothing
            m_models.clear();
            m_delta = {};
            m_labelsChanged.clear();
            m_tolerancesChanged.clear();
        }
        return false;
    };
    const auto active = m_redis->command({"SMEMBERS", "models:active"});
    if (!active)
        return fail();
    std::set<std::string> ids;
    for (const auto &e : active->elements) {
        if (isValidModelId(e.str))
            ids.insert(e.str);
        else
            problem("models:active", "not a valid model id: " + e.str);
    }
    bool scanNow = ids.empty();
    if (scanNow) { // a deployment without models:active: its ids come from the keys (SCAN)
        std::vector<RedisValueProblem> problems;
        const auto all = m_store->models(&problems);
        if (!all)
            return fail();
        for (const auto &p : problems)
            problem(p.key, p.error);
        ids.insert(all->begin(), all->end());
    }
    if (first) {
        m_delta.reset = true;
        m_delta.episodesAreNews = false; // what the record held when first read is not news
    }
    for (const auto &id : ids)
        if (!loadModel(id))
            return fail();
    if (first) {
        std::vector<std::vector<std::int64_t>> ends;
        std::map<std::string, std::vector<std::int64_t>> byModel;
        for (const Snapshot &s : m_delta.windows)
            byModel[s.modelId].push_back(s.windowEndMs);
        for (auto &[id, list] : byModel)
            ends.push_back(std::move(list));
        m_windowMs = windowLengthOf(ends);
        m_liveSettingsChanged = true;
    }
    m_everLoaded = true;
    m_status = Status::Connected;
    m_error.clear();
    // Models named only by legacy keys (metrics:{id}…) when models:active exists: found in the
    // background, one SCAN page per step, so that connecting never waits for a keyspace walk.
    if (!scanNow)
        m_discoveryCursor.emplace(std::size_t(1), '0'); // (not = "0": GCC 12 warns falsely at -O2)
    return true;
}

bool RecordFollower::discoverStep() {
    const auto r = m_redis->command({"SCAN", *m_discoveryCursor, "MATCH", "metrics:*", "COUNT", "1000"});
    if (!r)
        return false;
    if (r->type != RedisReply::Type::Array || r->elements.size() != 2) {
        m_discoveryCursor.reset();
        return true;
    }
    std::set<std::string> fresh;
    for (const auto &k : r->elements[1].elements) {
        const std::string rest = k.str.substr(std::min<std::size_t>(8, k.str.size()));
        const std::string id = rest.substr(0, rest.find(':'));
        if (!m_models.count(id) && isValidModelId(id))
            fresh.insert(id);
    }
    m_discoveryCursor = r->elements[0].str;
    if (*m_discoveryCursor == "0")
        m_discoveryCursor.reset();
    for (const auto &id : fresh)
        if (!loadModel(id))
            return false;
    return true;
}

// One model's record: its values in one round trip, then its recent history.
bool RecordFollower::loadModel(const std::string &id) {
    Model &m = model(id);
    const std::string keys[] = {"label:" + id, "violations:" + id, "tolerances:" + id, "model:config:" + id,
                                "reference:" + id};
    const auto r = m_redis->pipeline(
        {{"GET", keys[0]}, {"HGETALL", keys[1]}, {"GET", keys[2]}, {"GET", keys[3]}, {"GET", keys[4]}});
    if (!r || r->size() != 5)
        return false;
    applyTolerances(id, (*r)[2]);
    applyConfig(id, (*r)[3]);
    applyReference(id, (*r)[4]);
    applyLabel(id, (*r)[0]);
    applyEpisodeHash(id, (*r)[1]);

    auto h = m_store->recentHistory(id, m_options.recentHistoryMs, m_options.maxWindowsPerModel);
    if (!h)
        return false;
    for (const auto &p : h->problems)
        problem(p.key, p.error);
    bool any = false;
    for (auto &s : h->snapshots)
        if (s.snapshot.windowEndMs > m.lastSeenMs) {
            addWindow(std::move(s.snapshot));
            any = true;
        }
    if (!any && m.lastSeenMs < 0) { // a deployment with only the latest key
        std::string bytes;
        const auto found = m_store->latest(id, bytes);
        if (found == SnapshotStore::Lookup::Failed)
            return false;
        if (found == SnapshotStore::Lookup::Found) {
            std::string why;
            if (auto s = m_parser->parseStoredSnapshot(bytes, id, &why))
                addWindow(std::move(*s));
            else
                problem(SnapshotStore::latestKey(id), why);
        }
    }
    return true;
}

void RecordFollower::addWindow(Snapshot snapshot) {
    Model &m = model(snapshot.modelId);
    if (snapshot.windowEndMs <= m.lastSeenMs)
        return;
    m.lastSeenMs = snapshot.windowEndMs;
    m.latest = snapshot;
    if (!m.stored)
        m_labelsChanged.insert(snapshot.modelId); // its computed label follows the newest window
    m_delta.windows.push_back(std::move(snapshot));
}

void RecordFollower::applyTolerances(const std::string &id, const RedisReply &value) {
    Model &m = model(id);
    ToleranceSet next = defaultTolerances(id);
    if (value.type == RedisReply::Type::String) {
        std::string why;
        if (auto set = parseTolerances(value.str, id, &why))
            next = std::move(*set);
        else
            return problem("tolerances:" + id, why); // the set in force stays
    }
    if (serializeTolerances(next) != serializeTolerances(m.tolerances)) {
        m.tolerances = std::move(next);
        m_tolerancesChanged.insert(id);
        if (!m.stored)
            m_labelsChanged.insert(id); // a computed label is scored against the set in force
    }
}

void RecordFollower::applyConfig(const std::string &id, const RedisReply &value) {
    Model &m = model(id);
    if (value.type != RedisReply::Type::String)
        return;
    std::string why;
    auto config = parseModelConfig(value.str, id, &why);
    if (!config)
        return problem("model:config:" + id, why);
    if (m.info.displayName != config->displayName || m.info.task != config->task ||
        m.info.retired != config->retired) {
        m.info.displayName = config->displayName;
        m.info.task = config->task;
        m.info.retired = config->retired;
        m_modelsChanged = true;
        m_liveSettingsChanged = true;
    }
}

void RecordFollower::applyReference(const std::string &id, const RedisReply &value) {
    if (value.type != RedisReply::Type::String)
        return;
    std::string why;
    auto profile = parseReferenceProfile(value.str, &why);
    if (!profile)
        return problem("reference:" + id, why);
    profile->modelId = id;
    model(id).reference = std::make_shared<const ReferenceProfile>(std::move(*profile));
    m_liveSettingsChanged = true;
}

void RecordFollower::applyLabel(const std::string &id, const RedisReply &value) {
    if (value.type != RedisReply::Type::String)
        return;
    std::string why;
    auto label = parseLabel(value.str, id, &why);
    if (!label)
        return problem("label:" + id, why);
    model(id).stored = std::move(*label);
    m_labelsChanged.insert(id);
}

// `bytes` as stored: a change is a change of bytes (no need to serialise what was just parsed).
void RecordFollower::applyEpisode(const ViolationEpisode &episode, const std::string &bytes) {
    Model &m = model(episode.modelId);
    auto it = m.episodes.find(episode.id);
    if (it != m.episodes.end() && it->second.first == bytes)
        return;
    m_delta.episodes.push_back(episodeChange(it == m.episodes.end() ? nullptr : &it->second.second, episode));
    m.episodes[episode.id] = {bytes, episode};
}

void RecordFollower::applyEpisodeHash(const std::string &id, const RedisReply &hash) {
    if (hash.isError())
        return problem("violations:" + id, hash.str);
    for (std::size_t i = 0; i + 1 < hash.elements.size(); i += 2) {
        std::string why;
        const std::string context = "violations:" + id + " field " + hash.elements[i].str;
        if (auto e = parseEpisode(hash.elements[i + 1].str, id, context, &why))
            applyEpisode(*e, hash.elements[i + 1].str);
        else
            problem("violations:" + id, why);
    }
}

// The episodes an update names: from the live hash, or from the closed one for those the agent
// has moved there since (SnapshotStore::episodes asks both in one round trip).
bool RecordFollower::fetchEpisodes(const std::string &id, const std::vector<std::string> &ids) {
    const auto found = m_store->episodes(id, ids);
    if (!found)
        return false;
    for (const auto &p : found->problems)
        problem(p.key, p.error);
    for (const StoredEpisode &e : found->episodes)
        applyEpisode(e.episode, e.json);
    return true;
}

bool RecordFollower::fetchWindow(const std::string &id, const std::string &ts) {
    const auto value = m_redis->command({"GET", SnapshotStore::historyKey(id, ts)});
    if (!value)
        return false;
    if (value->type != RedisReply::Type::String)
        return true;
    std::string why;
    if (auto s = m_parser->parseStoredSnapshot(value->str, id, &why))
        addWindow(std::move(*s));
    else
        problem(SnapshotStore::historyKey(id, ts), why);
    return true;
}

// What an update announces, read again from Redis. False when Redis failed.
bool RecordFollower::handle(const StoreUpdate &update) {
    const std::string &type = update.type, &id = update.modelId;
    auto get = [&](const std::string &key,
                   void (RecordFollower::*apply)(const std::string &, const RedisReply &)) {
        const auto r = m_redis->command({"GET", key});
        if (!r)
            return false;
        (this->*apply)(id, *r);
        return true;
    };
    if (type == "snapshot") {
        if (!m_models.count(id)) // a new model: its whole record
            return loadModel(id);
        const auto end = timestamps::parseWindowTimestamp(update.timestamp);
        if (end && *end <= m_models[id]->lastSeenMs)
            return true; // already read (written while the record was being loaded)
        return fetchWindow(id, update.timestamp) && get("label:" + id, &RecordFollower::applyLabel);
    }
    if (type == "label")
        return get("label:" + id, &RecordFollower::applyLabel);
    if (type == "violation") {
        if (!update.episodeIds.empty())
            return fetchEpisodes(id, update.episodeIds);
        // An older agent or a tool that does not name the episodes: the whole live hash.
        const auto r = m_redis->command({"HGETALL", "violations:" + id});
        if (!r)
            return false;
        applyEpisodeHash(id, *r);
        return true;
    }
    if (type == "tolerances")
        return get("tolerances:" + id, &RecordFollower::applyTolerances);
    if (type == "config")
        return get("model:config:" + id, &RecordFollower::applyConfig);
    if (type == "reference")
        return get("reference:" + id, &RecordFollower::applyReference);
    return true; // a type this version does not know
}

bool RecordFollower::hasNews() const {
    return !m_delta.empty() || m_modelsChanged || !m_labelsChanged.empty() || !m_tolerancesChanged.empty() ||
           m_problems != m_problemsSaid;
}

RecordDelta RecordFollower::take() {
    RecordDelta d = std::move(m_delta);
    m_delta = {};
    if (m_modelsChanged) {
        std::vector<ModelInfo> models;
        models.reserve(m_models.size());
        for (const auto &[id, m] : m_models)
            models.push_back(m->info);
        d.models = std::move(models);
        m_modelsChanged = false;
    }
    for (const auto &id : m_tolerancesChanged)
        d.tolerances.push_back(m_models[id]->tolerances);
    m_tolerancesChanged.clear();
    for (const auto &id : m_labelsChanged) {
        Model &m = *m_models[id];
        RecordLabel shown;
        if (m.stored) {
            shown.label = *m.stored;
            shown.provenance = labelHash(shown.label) == shown.label.hash ? LabelProvenance::Stored
                                                                          : LabelProvenance::Altered;
        } else if (m.latest) {
            shown.label = assessSnapshot(*m.latest, m.tolerances);
            shown.provenance = LabelProvenance::Computed;
        } else {
            continue;
        }
        std::string said = serializeLabel(shown.label);
        said += static_cast<char>('0' + static_cast<int>(shown.provenance));
        if (said == m.labelSaid)
            continue;
        m.labelSaid = std::move(said);
        d.labels.push_back(std::move(shown));
    }
    m_labelsChanged.clear();
    d.problems = m_problems;
    m_problemsSaid = m_problems;
    return d;
}

bool RecordFollower::takeLiveSettings(LiveSettings &out) {
    if (!m_everLoaded || !m_liveSettingsChanged)
        return false;
    out.windowMs = m_windowMs;
    out.references.clear();
    out.tasks.clear();
    for (const auto &[id, m] : m_models) {
        if (m->reference)
            out.references[id] = m->reference;
        out.tasks[id] = m->info.task;
    }
    m_liveSettingsChanged = false;
    return true;
}

} // namespace assurance
