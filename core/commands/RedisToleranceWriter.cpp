#include "RedisToleranceWriter.h"

#include "commands/ToleranceCommand.h"
#include "redis/RedisClient.h"
#include "redis/SnapshotStore.h"

#include <algorithm>

namespace assurance {

namespace {
constexpr int kAttempts = 20;

std::optional<ToleranceSet> parsed(const std::string &json, const std::string &model, std::string *why) {
    if (json.empty())
        return std::nullopt;
    return parseTolerances(json, model, why);
}
} // namespace

RedisToleranceWriter::RedisToleranceWriter(RedisUrl url)
    : m_url(std::move(url)) {}

RedisToleranceWriter::RedisToleranceWriter(RedisClient &client)
    : m_client(&client) {}

template<typename F>
auto RedisToleranceWriter::withClient(F &&f) -> decltype(f(std::declval<RedisClient &>())) {
    if (m_client)
        return f(*m_client);
    RedisClient client(m_url, std::chrono::milliseconds(5000));
    if (!client.connect()) {
        decltype(f(client)) r;
        r.error = client.error();
        if constexpr (std::is_same_v<decltype(r), ToleranceRecord>)
            r.ok = false;
        return r;
    }
    return f(client);
}

ToleranceRecord readToleranceRecord(RedisClient &client, const std::string &modelId) {
    ToleranceRecord out;
    SnapshotStore store(client);
    const auto cur = client.command({"GET", SnapshotStore::toleranceKey(modelId)});
    const auto history = store.toleranceHistory(modelId);
    if (!cur || !history) {
        out.ok = false;
        out.error = client.error();
        return out;
    }
    if (cur->isError()) {
        out.ok = false;
        out.error = SnapshotStore::toleranceKey(modelId) + ": " + cur->str;
        return out;
    }
    if (const auto pin = client.command({"GET", SnapshotStore::referencePinKey(modelId)});
        pin && pin->type == RedisReply::Type::String)
        out.referencePin = pin->str;
    if (cur->type == RedisReply::Type::String) {
        out.currentJson = cur->str;
        std::string why;
        out.current = parseTolerances(cur->str, modelId, &why);
        if (!out.current) {
            out.ok = false;
            out.error = why;
        }
    }
    for (const ToleranceVersion &v : history->versions) {
        StoredToleranceVersion s;
        s.version = v.version;
        s.json = v.json;
        s.set = parseTolerances(v.json, modelId, &s.error);
        out.versions.push_back(std::move(s));
    }
    if (!history->problems.empty() && out.error.empty())
        out.error = history->problems.front().key + ": " + history->problems.front().error;
    return out;
}

ToleranceRecord RedisToleranceWriter::read(const std::string &modelId) {
    return withClient([&](RedisClient &c) { return readToleranceRecord(c, modelId); });
}

ToleranceWriteResult RedisToleranceWriter::save(const ToleranceSave &save) {
    return withClient([&](RedisClient &client) {
        using O = ToleranceWriteResult::Outcome;
        ToleranceWriteResult r;
        SnapshotStore store(client);
        std::string stored;
        bool haveStored = false;
        for (int attempt = 0; attempt < kAttempts; ++attempt) {
            int highest = 0;
            if (!haveStored) {
                const auto cur = client.command({"GET", SnapshotStore::toleranceKey(save.modelId)});
                if (!cur || cur->isError()) {
                    r.error = cur ? cur->str : client.error();
                    return r;
                }
                stored = cur->type == RedisReply::Type::String ? cur->str : std::string();
            }
            haveStored = false;
            const auto history = store.toleranceHistory(save.modelId);
            if (!history) {
                r.error = client.error();
                return r;
            }
            for (const auto &v : history->versions)
                highest = std::max(highest, v.version);
            std::string why;
            r.before = parsed(stored, save.modelId, &why);
            r.beforeJson = stored;
            if (!stored.empty() && !r.before) {
                // A broken set in force: its version is unknown, the history's highest is used.
                r.beforeJson.clear();
            }
            const int storedVersion = r.before ? r.before->version : 0;
            if (save.expectedVersion && *save.expectedVersion != storedVersion) {
                r.outcome = O::Conflict;
                return r;
            }
            // Never 1: labels assessed with the shipped defaults carry version 1.
            const int version = std::max({storedVersion, highest, 1}) + 1;
            ToleranceSet after = ToleranceCommand::setOf(save, version);
            const std::string json = serializeTolerances(after);
            const auto w = store.replaceToleranceSet(save.modelId, stored, json, version);
            switch (w.outcome) {
            case SnapshotStore::ToleranceCas::Outcome::Written:
                r.outcome = O::Applied;
                r.after = std::move(after);
                r.json = json;
                return r;
            case SnapshotStore::ToleranceCas::Outcome::Changed:
                stored = w.current; // someone saved in between: their set is the new "before"
                haveStored = true;
                continue;
            case SnapshotStore::ToleranceCas::Outcome::VersionTaken:
                continue; // the history grew meanwhile (an agent's HSETNX): a higher version
            case SnapshotStore::ToleranceCas::Outcome::Refused:
            case SnapshotStore::ToleranceCas::Outcome::Failed:
                r.error = w.error;
                return r;
            }
        }
        r.outcome = O::Conflict;
        return r;
    });
}

ReferenceWriteResult RedisToleranceWriter::storeReference(const ReferenceProfile &profile) {
    return withClient([&](RedisClient &client) {
        ReferenceWriteResult r;
        SnapshotStore store(client);
        const std::string json = serializeReferenceProfile(profile);
        std::string before;
        if (!store.writeReference(profile.modelId, json, &before, &r.error))
            return r;
        r.outcome = ReferenceWriteResult::Outcome::Applied;
        r.json = json;
        r.beforeJson = before;
        return r;
    });
}

} // namespace assurance
