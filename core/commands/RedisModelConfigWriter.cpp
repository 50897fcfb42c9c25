#include "RedisModelConfigWriter.h"

#include "redis/RedisClient.h"
#include "redis/SnapshotStore.h"
#include "json/PyJson.h"

#include <map>

namespace assurance {

namespace {
constexpr int kAttempts = 20;

// KEYS: 1 model:config:{id}, 2 models:active. ARGV: 1 model id, 2 the bytes read ("" none),
// 3 the new bytes, 4 "1" retired, 5 the update message.
// Returns {1, ""} written, {0, bytes now} when the stored bytes are no longer ARGV[2].
constexpr const char *kSaveConfigScript = R"lua(
local t = redis.call('TYPE', KEYS[1])['ok']
if t ~= 'none' and t ~= 'string' then
  return redis.error_reply(KEYS[1] .. ' is not a string; nothing was written')
end
local s = redis.call('TYPE', KEYS[2])['ok']
if s ~= 'none' and s ~= 'set' then
  return redis.error_reply(KEYS[2] .. ' is not a set; nothing was written')
end
local now = redis.call('GET', KEYS[1]) or ''
if now ~= ARGV[2] then return {0, now} end
redis.call('SET', KEYS[1], ARGV[3])
if ARGV[4] == '1' then redis.call('SREM', KEYS[2], ARGV[1]) else redis.call('SADD', KEYS[2], ARGV[1]) end
redis.call('PUBLISH', 'assurance:updates', ARGV[5])
return {1, ''}
)lua";

std::string configUpdate(const std::string &model) {
    pyjson::Writer w;
    w.beginObject();
    w.key("type");
    w.value("config");
    w.key("model_id");
    w.value(model);
    w.key("timestamp");
    w.value("");
    w.endObject();
    return w.take();
}
} // namespace

RedisModelConfigWriter::RedisModelConfigWriter(RedisUrl url)
    : m_url(std::move(url)) {}

RedisModelConfigWriter::RedisModelConfigWriter(RedisClient &client)
    : m_client(&client) {}

ModelCatalog RedisModelConfigWriter::read() {
    if (m_client)
        return readWith(*m_client);
    RedisClient client(m_url, std::chrono::milliseconds(5000));
    if (!client.connect()) {
        ModelCatalog c;
        c.error = client.error();
        return c;
    }
    return readWith(client);
}

ModelConfigWriteResult RedisModelConfigWriter::write(const ModelConfigEdit &edit) {
    if (m_client)
        return writeWith(*m_client, edit);
    RedisClient client(m_url, std::chrono::milliseconds(5000));
    if (!client.connect()) {
        ModelConfigWriteResult r;
        r.error = client.error();
        return r;
    }
    return writeWith(client, edit);
}

ModelCatalog RedisModelConfigWriter::readWith(RedisClient &client) {
    ModelCatalog out;
    SnapshotStore store(client);
    const auto ids = store.models(); // models:active and models with stored windows
    if (!ids) {
        out.error = client.error().empty() ? std::string("Redis did not answer") : client.error();
        return out;
    }
    std::map<std::string, ModelCatalogEntry> byId;
    for (const std::string &id : *ids)
        byId[id].modelId = id;
    std::string cursor = "0";
    do {
        const auto r = client.command({"SCAN", cursor, "MATCH", "model:config:*", "COUNT", "1000"});
        if (!r || r->type != RedisReply::Type::Array || r->elements.size() != 2) {
            out.error = r ? std::string("SCAN answered unexpectedly") : client.error();
            return out;
        }
        cursor = r->elements[0].str;
        for (const auto &k : r->elements[1].elements) {
            const std::string id = k.str.substr(13);
            if (isValidModelId(id))
                byId[id].modelId = id;
        }
    } while (cursor != "0");
    if (byId.empty()) {
        out.ok = true;
        return out;
    }
    std::vector<std::string> keys;
    for (const auto &[id, e] : byId)
        keys.push_back("model:config:" + id);
    std::vector<std::string_view> mget = {"MGET"};
    for (const auto &k : keys)
        mget.push_back(k);
    std::vector<std::vector<std::string_view>> commands = {mget, {"SMEMBERS", "models:active"}};
    const auto replies = client.pipeline(commands);
    if (!replies || replies->size() != 2 || (*replies)[0].type != RedisReply::Type::Array ||
        (*replies)[0].elements.size() != keys.size()) {
        out.error = client.error().empty() ? std::string("MGET answered unexpectedly") : client.error();
        return out;
    }
    std::size_t i = 0;
    for (auto &[id, e] : byId) {
        const RedisReply &v = (*replies)[0].elements[i++];
        if (v.type == RedisReply::Type::String) {
            e.json = v.str;
            std::string why;
            e.config = parseModelConfig(v.str, id, &why);
            if (!e.config)
                e.problem = why;
        }
    }
    for (const auto &m : (*replies)[1].elements)
        if (auto it = byId.find(m.str); it != byId.end())
            it->second.active = true;
    for (auto &[id, e] : byId)
        out.models.push_back(std::move(e));
    out.ok = true;
    return out;
}

RedisModelConfigWriter::Swap RedisModelConfigWriter::swap(RedisClient &client, const std::string &modelId,
                                                          const std::string &expected,
                                                          const std::string &json, bool retired,
                                                          std::string *storedNow, std::string *error) {
    const std::string key = "model:config:" + modelId, update = configUpdate(modelId);
    const auto r = client.command({"EVAL", kSaveConfigScript, "2", key, "models:active", modelId, expected,
                                   json, retired ? "1" : "0", update});
    if (!r || r->isError() || r->type != RedisReply::Type::Array || r->elements.size() != 2) {
        if (error)
            *error = !r             ? client.error()
                     : r->isError() ? "Redis refused the configuration: " + r->str
                                    : std::string("the script answered unexpectedly");
        return Swap::Failed;
    }
    if (r->elements[0].integer == 1)
        return Swap::Written;
    if (storedNow)
        *storedNow = r->elements[1].str;
    return Swap::Changed;
}

ModelConfigWriteResult RedisModelConfigWriter::writeWith(RedisClient &client, const ModelConfigEdit &edit) {
    using O = ModelConfigWriteResult::Outcome;
    using K = ModelConfigEdit::Kind;
    ModelConfigWriteResult r;
    const std::string &id = edit.config.modelId;
    const std::string key = "model:config:" + id;
    const auto first =
        client.pipeline({{"GET", key}, {"SISMEMBER", "models:active", id}, {"EXISTS", "metrics:" + id}});
    if (!first || first->size() != 3) {
        r.error = client.error();
        return r;
    }
    if ((*first)[0].isError()) {
        r.error = key + ": " + (*first)[0].str;
        return r;
    }
    std::string stored = (*first)[0].type == RedisReply::Type::String ? (*first)[0].str : std::string();
    const bool known = !stored.empty() || (*first)[1].integer == 1 || (*first)[2].integer == 1;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        r.beforeJson = stored;
        if (edit.kind == K::Add && !stored.empty()) {
            r.outcome = O::Exists;
            return r;
        }
        if (edit.kind != K::Add && !known) {
            r.outcome = O::NotFound;
            return r;
        }
        if (edit.expectedJson && *edit.expectedJson != stored) {
            r.outcome = O::Conflict;
            return r;
        }
        std::optional<ModelConfig> current;
        if (!stored.empty()) {
            std::string why;
            current = parseModelConfig(stored, id, &why);
            if (!current && (edit.kind == K::Retire || edit.kind == K::Restore)) {
                r.outcome = O::Failed; // retiring must not lose fields it cannot read
                r.error = why;
                return r;
            }
        }
        const ModelConfig after = applyModelConfigEdit(edit, current);
        const std::string json = serializeModelConfig(after);
        std::string now, error;
        switch (swap(client, id, stored, json, after.retired, &now, &error)) {
        case Swap::Written:
            r.outcome = O::Applied;
            r.afterJson = json;
            return r;
        case Swap::Failed:
            r.outcome = O::Failed;
            r.error = error;
            return r;
        case Swap::Changed:
            stored = now; // another writer in between: checked again against it
            if (edit.expectedJson) {
                r.beforeJson = stored;
                r.outcome = O::Conflict;
                return r;
            }
            continue;
        }
    }
    r.outcome = O::Conflict;
    return r;
}

} // namespace assurance
