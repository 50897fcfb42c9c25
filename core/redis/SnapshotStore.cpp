#include "SnapshotStore.h"

#include "json/JsonFields.h"
#include "json/PyJson.h"
#include "json/Timestamps.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>
#include <set>

namespace assurance {

namespace {

// KEYS: 1 history, 2 index, 3 latest, 4 label, 5 violations, 6 models:active,
//       7 violations:{id}:closed, 8 violations:{id}:closed:index, 9 violations:{id}:closing,
//       10 label:{id}:{timestamp}, 11 label:{id}:index, 12 model:config:{id}
// ARGV: 1 snapshot, 2 timestamp, 3 score, 4 retention s, 5 label, 6 model id, 7 update message,
//       8 oldest score to keep, 9 violation message or "", 10 episode cutoff (epoch ms: episodes
//       closed before it are moved) or "" (never move), 11 "1" when the label is chained (has a
//       prev_hash) else "0", 12 its prev_hash, 13 its hash, 14.. episode triples: id, JSON, closed
//       epoch ms or "" while active
// Returns {code, hash of label:{id} after the script ("" if none)[, ids of the episodes written
// that an operator resolved while the agent still had them unresolved]}: code 1 written and newest,
// 0 written as an older window (history only), -1 already written (nothing written), -2 the
// chained label's prev_hash is not the hash of label:{id} (nothing written: the caller relinks the
// label to the returned hash and writes again).
// Timestamps compare by their digits, so `16_22_57` and `16:22:57` writers order correctly.
// A window whose history key exists was written before (an agent restarted from a committed
// offset and recomputed it from part of its events): it is left alone, so each window is written
// exactly once.
constexpr const char *kWriteWindowScript = R"lua(
local function ok(key, want)
  local t = redis.call('TYPE', key)['ok']
  return t == 'none' or t == want
end
if not (ok(KEYS[1], 'string') and ok(KEYS[2], 'zset') and ok(KEYS[3], 'string') and ok(KEYS[4], 'string')
        and ok(KEYS[5], 'hash') and ok(KEYS[6], 'set') and ok(KEYS[7], 'hash') and ok(KEYS[8], 'zset')
        and ok(KEYS[9], 'zset') and ok(KEYS[10], 'string') and ok(KEYS[11], 'zset')) then
  return redis.error_reply('a key of this window has the wrong type; nothing was written')
end
-- The hash of the stored latest label: json.dumps writers put it last; anything else is decoded.
local function storedLabelHash()
  local label = redis.call('GET', KEYS[4])
  if not label then return '' end
  local h = string.match(label, '"hash"%s*:%s*"([^"\\]*)"%s*}%s*$')
  if not h then
    local ok, obj = pcall(cjson.decode, label)
    if ok and type(obj) == 'table' and type(obj.hash) == 'string' then h = obj.hash end
  end
  return h or ''
end
if redis.call('EXISTS', KEYS[1]) == 1 then return {-1, storedLabelHash()} end
local newer = true
local current = redis.call('GET', KEYS[3])
if current then
  -- The stored latest's timestamp: json.dumps writers put it first, so a pattern finds it without
  -- decoding the whole snapshot; anything else is decoded.
  local stamp = string.match(current, '^%s*{%s*"timestamp"%s*:%s*"([^"\\]*)"')
  if not stamp then
    local ok, obj = pcall(cjson.decode, current)
    if ok and type(obj) == 'table' and type(obj.timestamp) == 'string' then stamp = obj.timestamp end
  end
  if stamp then
    local have = string.gsub(stamp, '[^0-9]', '')
    local mine = string.gsub(ARGV[2], '[^0-9]', '')
    if have >= mine then newer = false end
  end
end
-- Label history: the labels that became the latest, in window order, each linked to the one
-- before (prev_hash). A chained label must link to the label it replaces.
if newer and ARGV[11] == '1' then
  local head = storedLabelHash()
  if head ~= ARGV[12] then return {-2, head} end
end
redis.call('SET', KEYS[1], ARGV[1])
local retention = tonumber(ARGV[4])
if retention > 0 then redis.call('EXPIRE', KEYS[1], retention) end
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
if retention > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[8])
  -- A model that stops: its index goes with its newest history key, not on the next write.
  redis.call('EXPIRE', KEYS[2], retention)
end
if newer then
  redis.call('SET', KEYS[3], ARGV[1])
  redis.call('SET', KEYS[4], ARGV[5])
  redis.call('SET', KEYS[10], ARGV[5])
  if retention > 0 then redis.call('EXPIRE', KEYS[10], retention) end
  redis.call('ZADD', KEYS[11], ARGV[3], ARGV[2])
  if retention > 0 then
    redis.call('ZREMRANGEBYSCORE', KEYS[11], '-inf', '(' .. ARGV[8])
    redis.call('EXPIRE', KEYS[11], retention)
  end
end
-- An episode written is live: the one copy (a stale archived one goes), and in the closing zset
-- once it is closed, so that the retention below never needs to scan the live hash.
-- Operators own the part from `, "status": ` on (status, actor, note, actions): an episode already
-- stored keeps its stored operator part after the agent's computed fields, byte for byte. That
-- sequence cannot occur inside a JSON string (a quote there is escaped), so the first one found is
-- the key. An episode stored as resolved that the agent still writes as not resolved is returned,
-- so that the agent closes it with its next window.
local resolved = {}
local marker = ', "status": '
local resolvedMark = ', "status": "resolved"'
for i = 14, #ARGV, 3 do
  local id = ARGV[i]
  local json = ARGV[i + 1]
  local stored = redis.call('HGET', KEYS[5], id)
  if not stored then stored = redis.call('HGET', KEYS[7], id) end
  if stored then
    local s = string.find(stored, marker, 1, true)
    local a = string.find(json, marker, 1, true)
    if s and a then
      local suffix = string.sub(stored, s)
      if string.sub(suffix, 1, #resolvedMark) == resolvedMark and
         string.sub(json, a, a + #resolvedMark - 1) ~= resolvedMark then
        resolved[#resolved + 1] = id
      end
      json = string.sub(json, 1, a - 1) .. suffix
    end
  end
  redis.call('HSET', KEYS[5], id, json)
  redis.call('HDEL', KEYS[7], id)
  redis.call('ZREM', KEYS[8], id)
  if ARGV[i + 2] ~= '' then redis.call('ZADD', KEYS[9], ARGV[i + 2], id) else redis.call('ZREM', KEYS[9], id) end
end
if ARGV[10] ~= '' then
  local due = redis.call('ZRANGEBYSCORE', KEYS[9], '-inf', '(' .. ARGV[10], 'WITHSCORES', 'LIMIT', 0, 1000)
  for j = 1, #due, 2 do
    local json = redis.call('HGET', KEYS[5], due[j])
    if json then
      redis.call('HSET', KEYS[7], due[j], json)
      redis.call('ZADD', KEYS[8], due[j + 1], due[j])
      redis.call('HDEL', KEYS[5], due[j])
    end
    redis.call('ZREM', KEYS[9], due[j])
  end
end
-- A retired model (its config says "retired": true) keeps its windows but is not made active again.
local config = redis.pcall('GET', KEYS[12])
local retired = false
if type(config) == 'string' and string.find(config, '"retired"', 1, true) then
  local ok, obj = pcall(cjson.decode, config)
  retired = ok and type(obj) == 'table' and obj.retired == true
end
if not retired then redis.call('SADD', KEYS[6], ARGV[6]) end
redis.call('PUBLISH', 'assurance:updates', ARGV[7])
if ARGV[9] ~= '' then redis.call('PUBLISH', 'assurance:updates', ARGV[9]) end
if newer then return {1, ARGV[13], resolved} else return {0, storedLabelHash(), resolved} end
)lua";

// {"type": …, "model_id": …, "timestamp": …[, "episode_ids": […]]}: the new key goes last, so that
// readers that match the first three keys' bytes keep working.
std::string updateMessage(const char *type, const std::string &model, const std::string &ts,
                          const std::vector<std::string> *episodeIds = nullptr) {
    pyjson::Writer w;
    w.beginObject();
    w.key("type");
    w.value(type);
    w.key("model_id");
    w.value(model);
    w.key("timestamp");
    w.value(ts);
    if (episodeIds) {
        w.key("episode_ids");
        w.beginArray();
        for (const std::string &id : *episodeIds)
            w.value(id);
        w.endArray();
    }
    w.endObject();
    return w.take();
}

} // namespace

namespace {

// The arguments of one window's script call (EVAL or EVALSHA), and the strings they point into.
struct WindowCall {
    std::string json, ts, label, score, retention, keepFrom, update, violation, episodeCutoff;
    std::string chained, prevHash, labelHash;
    std::string keys[12];
    std::vector<std::string> episodes;
    const ProcessedWindow *window = nullptr;

    WindowCall(const ProcessedWindow &w, std::int64_t retentionSeconds, std::int64_t episodeRetentionMs)
        : window(&w) {
        const Snapshot &s = w.snapshot;
        ts = s.timestamp();
        json = serializeSnapshot(s);
        setLabel(w.label);
        score = std::to_string(s.windowEndMs);
        retention = std::to_string(std::max<std::int64_t>(0, retentionSeconds));
        keepFrom = std::to_string(s.windowEndMs - retentionSeconds * 1000);
        update = updateMessage("snapshot", s.modelId, ts);
        if (episodeRetentionMs > 0)
            episodeCutoff = std::to_string(s.windowEndMs - episodeRetentionMs);
        keys[0] = SnapshotStore::historyKey(s.modelId, ts);
        keys[1] = SnapshotStore::indexKey(s.modelId);
        keys[2] = SnapshotStore::latestKey(s.modelId);
        keys[3] = "label:" + s.modelId;
        keys[4] = SnapshotStore::violationsKey(s.modelId);
        keys[5] = "models:active";
        keys[6] = SnapshotStore::closedKey(s.modelId);
        keys[7] = SnapshotStore::closedIndexKey(s.modelId);
        keys[8] = SnapshotStore::closingKey(s.modelId);
        keys[9] = SnapshotStore::labelHistoryKey(s.modelId, ts);
        keys[10] = SnapshotStore::labelIndexKey(s.modelId);
        keys[11] = "model:config:" + s.modelId;
        std::vector<std::string> ids; // each once, in the order written
        for (const auto &e : w.episodes) {
            episodes.push_back(e.episode.id);
            episodes.push_back(serializeEpisode(e.episode));
            episodes.push_back(e.episode.closedMs ? std::to_string(*e.episode.closedMs) : std::string());
            if (std::find(ids.begin(), ids.end(), e.episode.id) == ids.end())
                ids.push_back(e.episode.id);
        }
        if (!w.episodes.empty())
            violation = updateMessage("violation", s.modelId, ts, &ids);
    }

    void setLabel(const AssuranceLabel &l) {
        label = serializeLabel(l);
        chained = l.prevHash ? "1" : "0";
        prevHash = l.prevHash.value_or(std::string());
        labelHash = l.hash;
    }
    // The script found another label at the head of the chain (a window another agent wrote
    // meanwhile, or one recomputed differently): link this one to it instead.
    void relink(const std::string &head) {
        AssuranceLabel l = window->label;
        chainLabel(l, head);
        setLabel(l);
    }

    std::vector<std::string_view> argv(std::string_view command, std::string_view script,
                                       const std::string &modelId) const {
        std::vector<std::string_view> a = {command, script, "12"};
        for (const auto &k : keys)
            a.push_back(k);
        for (const std::string *x : {&json, &ts, &score, &retention, &label, &modelId, &update, &keepFrom,
                                     &violation, &episodeCutoff, &chained, &prevHash, &labelHash})
            a.push_back(*x);
        for (const auto &e : episodes)
            a.push_back(e);
        return a;
    }
};

} // namespace

std::optional<StoreUpdate> parseStoreUpdate(const RedisReply &pushed) {
    if (pushed.type != RedisReply::Type::Array || pushed.elements.size() != 3 ||
        pushed.elements[0].str != "message" || pushed.elements[1].str != kUpdatesChannel)
        return std::nullopt;
    const auto root = json::parseObject(pushed.elements[2].str, kUpdatesChannel, nullptr);
    if (!root)
        return std::nullopt;
    json::Fields f(*root, kUpdatesChannel);
    StoreUpdate u;
    if (!f.string("type", u.type, true) || !f.string("model_id", u.modelId, true) ||
        !f.string("timestamp", u.timestamp) || !isValidModelId(u.modelId))
        return std::nullopt;
    // Optional, and never a reason to drop the message: a reader that gets no ids re-reads.
    const QJsonValue ids = root->value(QLatin1String("episode_ids"));
    if (ids.isArray()) {
        const QJsonArray array = ids.toArray();
        for (const QJsonValue &id : array) {
            if (!id.isString()) {
                u.episodeIds.clear();
                break;
            }
            u.episodeIds.push_back(id.toString().toStdString());
        }
    }
    return u;
}

bool SnapshotStore::writeWindow(const ProcessedWindow &window, std::int64_t retentionSeconds,
                                std::string *error, bool *alreadyWritten, std::int64_t episodeRetentionMs) {
    const auto results = writeWindows({&window}, retentionSeconds, episodeRetentionMs);
    const WriteResult &r = results.front();
    if (r.outcome == Outcome::Failed || r.outcome == Outcome::Refused) {
        if (error)
            *error = r.error;
        return false;
    }
    if (alreadyWritten)
        *alreadyWritten = r.outcome == Outcome::AlreadyWritten;
    return true;
}

std::vector<SnapshotStore::WriteResult>
SnapshotStore::writeWindows(const std::vector<const ProcessedWindow *> &windows,
                            std::int64_t retentionSeconds, std::int64_t episodeRetentionMs) {
    if (m_scriptSha.empty())
        m_scriptSha = QCryptographicHash::hash(QByteArray(kWriteWindowScript), QCryptographicHash::Sha1)
                          .toHex()
                          .toStdString();
    std::vector<WindowCall> calls;
    calls.reserve(windows.size());
    for (const ProcessedWindow *w : windows)
        calls.emplace_back(*w, retentionSeconds, episodeRetentionMs);
    std::vector<WriteResult> results(windows.size());
    std::vector<std::size_t> todo(windows.size());
    for (std::size_t i = 0; i < todo.size(); ++i)
        todo[i] = i;
    // EVALSHA first; the windows Redis answers NOSCRIPT for (a restarted or flushed Redis) go again
    // with EVAL, which also puts the script back into its cache. A chained label whose predecessor
    // is not the stored head is relinked and goes again too: at most once per window of its model
    // in this call (each round writes the oldest of them).
    bool eval = false;
    for (std::size_t round = 0; !todo.empty() && round < windows.size() + 2; ++round) {
        const char *command = eval ? "EVAL" : "EVALSHA";
        const std::string_view script =
            eval ? std::string_view(kWriteWindowScript) : std::string_view(m_scriptSha);
        std::vector<std::vector<std::string_view>> commands;
        for (std::size_t i : todo)
            commands.push_back(calls[i].argv(command, script, windows[i]->snapshot.modelId));
        const auto replies = m_client.pipeline(commands);
        if (!replies) {
            for (std::size_t i : todo)
                results[i] = {Outcome::Failed, m_client.error(), {}, {}};
            return results;
        }
        std::vector<std::size_t> again;
        for (std::size_t k = 0; k < todo.size(); ++k) {
            const RedisReply &r = (*replies)[k];
            WriteResult &out = results[todo[k]];
            if (r.isError() && r.str.rfind("NOSCRIPT", 0) == 0) {
                eval = true;
                again.push_back(todo[k]);
            } else if (r.isError()) {
                out = {Outcome::Refused, "Redis refused the window write: " + r.str, {}, {}};
            } else if (r.type != RedisReply::Type::Array || r.elements.size() < 2) {
                out = {Outcome::Refused, "the window script answered in an unknown form", {}, {}};
            } else if (r.elements[0].integer == -2) {
                calls[todo[k]].relink(r.elements[1].str);
                again.push_back(todo[k]);
            } else {
                out.outcome = r.elements[0].integer == -1 ? Outcome::AlreadyWritten : Outcome::Written;
                out.labelHash = r.elements[1].str;
                if (r.elements.size() > 2)
                    for (const RedisReply &id : r.elements[2].elements)
                        out.resolvedEpisodes.push_back(id.str);
            }
        }
        todo.swap(again);
    }
    for (std::size_t i : todo)
        results[i] = {Outcome::Refused, "the window script could not be run or its label linked", {}, {}};
    return results;
}

std::optional<std::vector<std::string>> SnapshotStore::models(std::vector<RedisValueProblem> *problems) {
    std::set<std::string> ids;
    auto consider = [&](const std::string &id, const std::string &key) {
        if (isValidModelId(id))
            ids.insert(id);
        else if (problems)
            problems->push_back({key, "not a valid model id: " + id});
    };
    const auto active = m_client.command({"SMEMBERS", "models:active"});
    if (!active)
        return std::nullopt;
    for (const auto &e : active->elements)
        consider(e.str, "models:active");
    std::string cursor = "0";
    do {
        const auto r = m_client.command({"SCAN", cursor, "MATCH", "metrics:*", "COUNT", "1000"});
        if (!r)
            return std::nullopt;
        if (r->type != RedisReply::Type::Array || r->elements.size() != 2)
            return std::nullopt;
        cursor = r->elements[0].str;
        for (const auto &k : r->elements[1].elements) {
            // metrics:{id}, metrics:{id}:{timestamp}, metrics:{id}:index (ids never contain ':')
            const std::string rest = k.str.substr(8);
            consider(rest.substr(0, rest.find(':')), k.str);
        }
    } while (cursor != "0");
    return std::vector<std::string>(ids.begin(), ids.end());
}

SnapshotStore::Lookup SnapshotStore::latest(const std::string &model, std::string &bytes) {
    const auto r = m_client.command({"GET", latestKey(model)});
    if (!r)
        return Lookup::Failed;
    if (r->type != RedisReply::Type::String)
        return Lookup::NotFound;
    bytes = r->str;
    return Lookup::Found;
}

bool SnapshotStore::loadValues(const std::string &model, const std::vector<std::string> &keys,
                               SnapshotHistory &out, const Progress &progress) {
    constexpr std::size_t kChunk = 1000;
    for (std::size_t from = 0; from < keys.size(); from += kChunk) {
        std::vector<std::string_view> argv = {"MGET"};
        const std::size_t to = std::min(keys.size(), from + kChunk);
        for (std::size_t i = from; i < to; ++i)
            argv.push_back(keys[i]);
        const auto r = m_client.command(argv);
        if (!r || r->type != RedisReply::Type::Array)
            return false;
        for (std::size_t i = from; i < to; ++i) {
            const RedisReply &v = r->elements[i - from];
            if (v.type != RedisReply::Type::String) {
                out.problems.push_back({keys[i], "listed in the index but the key is gone (expired?)"});
                continue;
            }
            std::string error;
            auto s = m_parser.parseStoredSnapshot(v.str, model, &error);
            if (!s) {
                out.problems.push_back({keys[i], error});
                continue;
            }
            out.snapshots.push_back({keys[i], v.str, std::move(*s)});
        }
        if (progress && !progress(to, keys.size()))
            return false;
    }
    return true;
}

bool SnapshotStore::scanHistoryKeys(const std::string &model,
                                    std::vector<std::pair<std::int64_t, std::string>> &keys,
                                    SnapshotHistory &out) {
    out.viaIndex = false;
    const std::string pattern = "metrics:" + model + ":*";
    std::string cursor = "0";
    do {
        const auto r = m_client.command({"SCAN", cursor, "MATCH", pattern, "COUNT", "1000"});
        if (!r || r->type != RedisReply::Type::Array || r->elements.size() != 2)
            return false;
        cursor = r->elements[0].str;
        for (const auto &k : r->elements[1].elements) {
            const std::string suffix = k.str.substr(pattern.size() - 1);
            if (suffix == "index")
                continue;
            const auto ms = timestamps::parseWindowTimestamp(suffix);
            if (!ms) {
                out.problems.push_back({k.str, "the key's suffix is not a window timestamp"});
                continue;
            }
            keys.emplace_back(*ms, k.str);
        }
    } while (cursor != "0");
    return true;
}

std::optional<SnapshotHistory> SnapshotStore::history(const std::string &model,
                                                      std::optional<std::int64_t> sinceMs,
                                                      std::optional<std::int64_t> untilMs,
                                                      const Progress &progress) {
    SnapshotHistory out;
    const std::string index = indexKey(model);
    const auto exists = m_client.command({"EXISTS", index});
    if (!exists)
        return std::nullopt;
    std::vector<std::string> keys;
    if (exists->integer > 0) {
        const std::string lo = sinceMs ? std::to_string(*sinceMs) : "-inf";
        const std::string hi = untilMs ? std::to_string(*untilMs) : "+inf";
        const auto r = m_client.command({"ZRANGEBYSCORE", index, lo, hi});
        if (!r)
            return std::nullopt;
        for (const auto &m : r->elements)
            keys.push_back(historyKey(model, m.str));
    } else {
        std::vector<std::pair<std::int64_t, std::string>> found;
        if (!scanHistoryKeys(model, found, out))
            return std::nullopt;
        for (auto &[ms, key] : found)
            if ((!sinceMs || ms >= *sinceMs) && (!untilMs || ms <= *untilMs))
                keys.push_back(std::move(key));
    }
    if (!loadValues(model, keys, out, progress))
        return std::nullopt;
    std::stable_sort(out.snapshots.begin(), out.snapshots.end(),
                     [](const StoredSnapshot &a, const StoredSnapshot &b) {
                         return a.snapshot.windowEndMs < b.snapshot.windowEndMs;
                     });
    return out;
}

std::optional<SnapshotHistory> SnapshotStore::recentHistory(const std::string &model, std::int64_t spanMs,
                                                            std::size_t maxWindows) {
    SnapshotHistory out;
    const std::string index = indexKey(model);
    const std::string limit = std::to_string(maxWindows);
    std::vector<std::string> keys;
    // The newest entry, then everything within the span before it, newest first, capped.
    const auto newest = m_client.command({"ZREVRANGE", index, "0", "0", "WITHSCORES"});
    if (!newest)
        return std::nullopt;
    if (newest->type == RedisReply::Type::Array && newest->elements.size() == 2) {
        const std::int64_t newestMs = std::atoll(newest->elements[1].str.c_str());
        const std::string from = std::to_string(newestMs - spanMs);
        const auto r = m_client.command({"ZREVRANGEBYSCORE", index, "+inf", from, "LIMIT", "0", limit});
        if (!r)
            return std::nullopt;
        for (auto it = r->elements.rbegin(); it != r->elements.rend(); ++it)
            keys.push_back(historyKey(model, it->str));
    } else if (newest->isError()) {
        out.problems.push_back({index, newest->str});
    } else {
        std::vector<std::pair<std::int64_t, std::string>> found;
        if (!scanHistoryKeys(model, found, out))
            return std::nullopt;
        std::sort(found.begin(), found.end());
        if (!found.empty()) {
            const std::int64_t from = found.back().first - spanMs;
            std::size_t first = found.size();
            while (first > 0 && found[first - 1].first >= from && found.size() - first < maxWindows)
                --first;
            for (std::size_t i = first; i < found.size(); ++i)
                keys.push_back(std::move(found[i].second));
        }
    }
    if (!loadValues(model, keys, out))
        return std::nullopt;
    std::stable_sort(out.snapshots.begin(), out.snapshots.end(),
                     [](const StoredSnapshot &a, const StoredSnapshot &b) {
                         return a.snapshot.windowEndMs < b.snapshot.windowEndMs;
                     });
    return out;
}

std::optional<EpisodeRecord> SnapshotStore::episodes(const std::string &model,
                                                     const std::vector<std::string> &ids) {
    EpisodeRecord out;
    const std::string live = violationsKey(model), closed = closedKey(model);
    constexpr std::size_t kChunk = 1000;
    for (std::size_t from = 0; from < ids.size(); from += kChunk) {
        const std::size_t to = std::min(ids.size(), from + kChunk);
        // Both hashes in one round trip: the live one wins (a window script keeps one copy, and
        // between two reads a script may move an episode from one to the other).
        std::vector<std::vector<std::string_view>> commands(2);
        commands[0] = {"HMGET", live};
        commands[1] = {"HMGET", closed};
        for (std::size_t i = from; i < to; ++i) {
            commands[0].push_back(ids[i]);
            commands[1].push_back(ids[i]);
        }
        const auto replies = m_client.pipeline(commands);
        if (!replies || replies->size() != 2)
            return std::nullopt;
        const std::string *keys[] = {&live, &closed};
        bool usable[2];
        for (int k = 0; k < 2; ++k) {
            const RedisReply &r = (*replies)[k];
            usable[k] = r.type == RedisReply::Type::Array && r.elements.size() == to - from;
            if (!usable[k])
                out.problems.push_back({*keys[k], r.isError() ? r.str : "not a hash"});
        }
        for (std::size_t i = from; i < to; ++i) {
            int found = -1;
            for (int k = 0; k < 2 && found < 0; ++k)
                if (usable[k] && (*replies)[k].elements[i - from].type == RedisReply::Type::String)
                    found = k;
            if (found < 0) {
                out.missing.push_back(ids[i]);
                continue;
            }
            const std::string &json = (*replies)[found].elements[i - from].str;
            std::string why;
            auto e = parseEpisode(json, model, *keys[found] + " field " + ids[i], &why);
            if (!e) {
                out.problems.push_back({*keys[found], why});
                continue;
            }
            out.episodes.push_back({json, std::move(*e), found == 1});
        }
    }
    return out;
}

std::optional<EpisodeRecord> SnapshotStore::closedEpisodes(const std::string &model,
                                                           std::optional<std::int64_t> sinceMs,
                                                           std::optional<std::int64_t> untilMs) {
    const std::string lo = sinceMs ? std::to_string(*sinceMs) : "-inf";
    const std::string hi = untilMs ? std::to_string(*untilMs) : "+inf";
    const std::string closing = closingKey(model), index = closedIndexKey(model);
    const auto replies =
        m_client.pipeline({{"ZRANGEBYSCORE", closing, lo, hi}, {"ZRANGEBYSCORE", index, lo, hi}});
    if (!replies || replies->size() != 2)
        return std::nullopt;
    std::vector<std::string> ids;
    std::set<std::string> seen; // an episode moved between the two reads is in both
    std::vector<RedisValueProblem> problems;
    for (int k = 0; k < 2; ++k) {
        const RedisReply &r = (*replies)[k];
        if (r.type != RedisReply::Type::Array) {
            problems.push_back({k == 0 ? closing : index, r.isError() ? r.str : "not a sorted set"});
            continue;
        }
        for (const RedisReply &id : r.elements)
            if (seen.insert(id.str).second)
                ids.push_back(id.str);
    }
    auto out = episodes(model, ids);
    if (!out)
        return std::nullopt;
    out->problems.insert(out->problems.begin(), problems.begin(), problems.end());
    // Still active means it was written again after the index was read: not closed any more.
    std::erase_if(out->episodes, [](const StoredEpisode &e) { return e.episode.active(); });
    std::stable_sort(out->episodes.begin(), out->episodes.end(),
                     [](const StoredEpisode &a, const StoredEpisode &b) {
                         return *a.episode.closedMs < *b.episode.closedMs;
                     });
    return out;
}

} // namespace assurance

namespace assurance {

namespace {

// KEYS: 1 tolerances:{id}, 2 tolerances:{id}:history; ARGV: 1 the set's JSON, 2 its version,
// 3 the update message. One step: the set in force and its history entry never disagree.
constexpr const char *kWriteToleranceScript = R"lua(
local function ok(key, want)
  local t = redis.call('TYPE', key)['ok']
  return t == 'none' or t == want
end
if not (ok(KEYS[1], 'string') and ok(KEYS[2], 'hash')) then
  return redis.error_reply('a tolerance key has the wrong type; nothing was written')
end
local have = redis.call('HGET', KEYS[2], ARGV[2])
if have and have ~= ARGV[1] then
  return redis.error_reply('version ' .. ARGV[2] .. ' is already in the history with another set; nothing was written')
end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('HSETNX', KEYS[2], ARGV[2], ARGV[1])
redis.call('PUBLISH', 'assurance:updates', ARGV[3])
return 1
)lua";

} // namespace

std::optional<LabelHistory> SnapshotStore::labelHistory(const std::string &model,
                                                        std::optional<std::int64_t> sinceMs,
                                                        std::optional<std::int64_t> untilMs,
                                                        const Progress &progress) {
    LabelHistory out;
    const std::string lo = sinceMs ? std::to_string(*sinceMs) : "-inf";
    const std::string hi = untilMs ? std::to_string(*untilMs) : "+inf";
    const auto index = m_client.command({"ZRANGEBYSCORE", labelIndexKey(model), lo, hi});
    if (!index)
        return std::nullopt;
    if (index->type != RedisReply::Type::Array) {
        out.problems.push_back({labelIndexKey(model), index->isError() ? index->str : "not a sorted set"});
        return out;
    }
    std::vector<std::string> keys;
    for (const RedisReply &ts : index->elements)
        keys.push_back(labelHistoryKey(model, ts.str));
    constexpr std::size_t kChunk = 1000;
    for (std::size_t from = 0; from < keys.size(); from += kChunk) {
        const std::size_t to = std::min(keys.size(), from + kChunk);
        std::vector<std::string_view> argv = {"MGET"};
        for (std::size_t i = from; i < to; ++i)
            argv.push_back(keys[i]);
        const auto r = m_client.command(argv);
        if (!r || r->type != RedisReply::Type::Array || r->elements.size() != to - from)
            return std::nullopt;
        for (std::size_t i = from; i < to; ++i) {
            const RedisReply &v = r->elements[i - from];
            if (v.type != RedisReply::Type::String) {
                out.problems.push_back({keys[i], "listed in label:" + model + ":index but the key is gone"});
                continue;
            }
            std::string why;
            auto label = parseLabel(v.str, model, &why);
            if (!label) {
                out.problems.push_back({keys[i], why});
                continue;
            }
            out.labels.push_back({keys[i], v.str, std::move(*label)});
        }
        if (progress && !progress(to, keys.size()))
            return std::nullopt;
    }
    std::stable_sort(out.labels.begin(), out.labels.end(), [](const StoredLabel &a, const StoredLabel &b) {
        return a.label.windowEndMs < b.label.windowEndMs;
    });
    return out;
}

bool SnapshotStore::writeToleranceSet(const std::string &model, const std::string &json, std::string *error) {
    std::string why;
    const auto set = parseTolerances(json, model, &why);
    if (!set) {
        if (error)
            *error = why;
        return false;
    }
    const std::string key = toleranceKey(model), history = toleranceHistoryKey(model),
                      version = std::to_string(set->version), update = updateMessage("tolerances", model, "");
    const auto r =
        m_client.command({"EVAL", kWriteToleranceScript, "2", key, history, json, version, update});
    if (!r || r->isError()) {
        if (error)
            *error = r ? "Redis refused the tolerance set: " + r->str : m_client.error();
        return false;
    }
    return true;
}

namespace {
// KEYS: 1 tolerances:{id}, 2 tolerances:{id}:history; ARGV: 1 the bytes expected in tolerances:{id}
// ('' = absent), 2 the new set's JSON, 3 its version, 4 the update message.
// Returns {1} written, {0, current} changed meanwhile, {2, bytes} the version is taken.
constexpr const char *kReplaceToleranceScript = R"lua(
local function ok(key, want)
  local t = redis.call('TYPE', key)['ok']
  return t == 'none' or t == want
end
if not (ok(KEYS[1], 'string') and ok(KEYS[2], 'hash')) then
  return redis.error_reply('a tolerance key has the wrong type; nothing was written')
end
local cur = redis.call('GET', KEYS[1])
if not cur then cur = '' end
if cur ~= ARGV[1] then return {0, cur} end
local have = redis.call('HGET', KEYS[2], ARGV[3])
if have then return {2, have} end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('HSETNX', KEYS[2], ARGV[3], ARGV[2])
redis.call('PUBLISH', 'assurance:updates', ARGV[4])
return {1}
)lua";

// KEYS: 1 reference:{id}; ARGV: 1 the profile's JSON, 2 the update message. Returns what it replaced.
constexpr const char *kWriteReferenceScript = R"lua(
local t = redis.call('TYPE', KEYS[1])['ok']
if t ~= 'none' and t ~= 'string' then
  return redis.error_reply('reference key has the wrong type; nothing was written')
end
local before = redis.call('GET', KEYS[1])
redis.call('SET', KEYS[1], ARGV[1])
redis.call('PUBLISH', 'assurance:updates', ARGV[2])
if not before then return '' end
return before
)lua";
} // namespace

SnapshotStore::ToleranceCas SnapshotStore::replaceToleranceSet(const std::string &model,
                                                               const std::string &expectedJson,
                                                               const std::string &json, int version) {
    ToleranceCas out;
    const std::string update = updateMessage("tolerances", model, ""), v = std::to_string(version);
    const auto r = m_client.command({"EVAL", kReplaceToleranceScript, "2", toleranceKey(model),
                                     toleranceHistoryKey(model), expectedJson, json, v, update});
    if (!r) {
        out.error = m_client.error();
        return out;
    }
    if (r->isError()) {
        out.outcome = ToleranceCas::Outcome::Refused;
        out.error = r->str;
        return out;
    }
    if (r->type != RedisReply::Type::Array || r->elements.empty()) {
        out.error = "unexpected reply to the tolerance script";
        return out;
    }
    const long long code = r->elements[0].integer;
    if (r->elements.size() > 1)
        out.current = r->elements[1].str;
    out.outcome = code == 1   ? ToleranceCas::Outcome::Written
                  : code == 0 ? ToleranceCas::Outcome::Changed
                              : ToleranceCas::Outcome::VersionTaken;
    return out;
}

bool SnapshotStore::writeReference(const std::string &model, const std::string &json, std::string *before,
                                   std::string *error) {
    const auto r = m_client.command({"EVAL", kWriteReferenceScript, "1", referenceKey(model), json,
                                     updateMessage("reference", model, "")});
    if (!r || r->isError()) {
        if (error)
            *error = r ? "Redis refused the reference: " + r->str : m_client.error();
        return false;
    }
    if (before)
        *before = r->str;
    return true;
}

std::optional<ToleranceHistory> SnapshotStore::toleranceHistory(const std::string &model) {
    const std::string key = toleranceHistoryKey(model);
    const auto r = m_client.command({"HGETALL", key});
    if (!r)
        return std::nullopt;
    ToleranceHistory out;
    if (r->type != RedisReply::Type::Array) {
        out.problems.push_back({key, r->isError() ? r->str : "not a hash"});
        return out;
    }
    for (std::size_t i = 0; i + 1 < r->elements.size(); i += 2) {
        const std::string &field = r->elements[i].str;
        const bool digits =
            !field.empty() && field.size() <= 9 && field[0] != '0' &&
            std::all_of(field.begin(), field.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits) {
            out.problems.push_back({key, "field " + field + " is not a version number"});
            continue;
        }
        out.versions.push_back({std::stoi(field), r->elements[i + 1].str});
    }
    std::sort(out.versions.begin(), out.versions.end(),
              [](const ToleranceVersion &a, const ToleranceVersion &b) { return a.version < b.version; });
    return out;
}

} // namespace assurance

namespace assurance {

namespace {

// KEYS: 1 violations:{id}, 2 violations:{id}:closed. ARGV: 1 episode id, 2 the operator part the
// caller read (from `, "status": ` to the end), 3 the new operator part, 4 the update message.
// Returns {1, JSON after} written, {0, ""} no such episode, {-1, JSON now} the stored operator part
// is not the one expected (nothing written), {-2, JSON now} the stored value has no `, "status": `
// (not written by a json.dumps-form writer: not spliced). Written where it was found, so an archived
// episode stays archived; the agent's fields are kept as they are now.
constexpr const char *kOperatorPartScript = R"lua(
local function ok(key, want)
  local t = redis.call('TYPE', key)['ok']
  return t == 'none' or t == want
end
if not (ok(KEYS[1], 'hash') and ok(KEYS[2], 'hash')) then
  return redis.error_reply('a violations key has the wrong type; nothing was written')
end
local where = KEYS[1]
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then
  where = KEYS[2]
  json = redis.call('HGET', KEYS[2], ARGV[1])
end
if not json then return {0, ''} end
local at = string.find(json, ', "status": ', 1, true)
if not at then return {-2, json} end
if string.sub(json, at) ~= ARGV[2] then return {-1, json} end
local after = string.sub(json, 1, at - 1) .. ARGV[3]
redis.call('HSET', where, ARGV[1], after)
redis.call('PUBLISH', 'assurance:updates', ARGV[4])
return {1, after}
)lua";

} // namespace

std::string operatorPart(std::string_view episodeJson) {
    const auto at = episodeJson.find(kOperatorPartMarker);
    return at == std::string_view::npos ? std::string() : std::string(episodeJson.substr(at));
}

std::string violationUpdateMessage(const std::string &model, const std::string &timestamp,
                                   const std::vector<std::string> &episodeIds) {
    return updateMessage("violation", model, timestamp, &episodeIds);
}

SnapshotStore::OperatorWrite SnapshotStore::replaceOperatorPart(const std::string &model,
                                                                const std::string &episodeId,
                                                                const std::string &expectedPart,
                                                                const std::string &newPart,
                                                                const std::string &update) {
    OperatorWrite out;
    const std::string live = violationsKey(model), closed = closedKey(model);
    const auto r = m_client.command(
        {"EVAL", kOperatorPartScript, "2", live, closed, episodeId, expectedPart, newPart, update});
    if (!r) {
        out.error = m_client.error();
        return out;
    }
    if (r->isError() || r->type != RedisReply::Type::Array || r->elements.size() != 2) {
        out.outcome = OperatorWrite::Outcome::Refused;
        out.error = r->isError() ? "Redis refused the episode write: " + r->str
                                 : "the episode script answered in an unknown form";
        return out;
    }
    out.json = r->elements[1].str;
    switch (r->elements[0].integer) {
    case 1:
        out.outcome = OperatorWrite::Outcome::Written;
        break;
    case 0:
        out.outcome = OperatorWrite::Outcome::NotFound;
        break;
    case -1:
        out.outcome = OperatorWrite::Outcome::Changed;
        break;
    default:
        out.outcome = OperatorWrite::Outcome::Refused;
        out.error = "the stored episode is not in the form operators can change (no \", \\\"status\\\": \")";
        break;
    }
    return out;
}

} // namespace assurance
