#include "RedisCommands.h"

#include "redis/SnapshotStore.h"
#include "telemetry/Telemetry.h"
#include "json/PyJson.h"
#include "json/Timestamps.h"

#include <charconv>
#include <fstream>
#include <memory>

namespace assurance {

namespace {
constexpr int kOk = 0, kNotFound = 1, kUsage = 2, kIo = 3;

} // namespace

Connected connectRedisTarget(const RedisTarget &target) {
    Connected c;
    std::string error;
    auto url = parseRedisUrl(target.url, &error);
    if (!url) {
        c.failure = {kUsage, {}, "assurancectl: " + error + "\n"};
        return c;
    }
    if (!target.passwordFile.empty()) {
        std::ifstream in(target.passwordFile);
        if (!in) {
            c.failure = {
                kIo, {}, "assurancectl: cannot read the password file " + target.passwordFile + "\n"};
            return c;
        }
        std::getline(in, url->password);
        if (!url->password.empty() && url->password.back() == '\r')
            url->password.pop_back();
    }
    c.client = std::make_unique<RedisClient>(*url);
    if (!c.client->connect()) {
        c.failure = {kIo, {}, "assurancectl: " + c.client->error() + "\n"};
        c.client.reset();
    }
    return c;
}

namespace {
std::string problemsText(const std::vector<RedisValueProblem> &problems) {
    std::string err;
    for (const auto &p : problems)
        err += "assurancectl: skipped " + p.key + ": " + p.error + "\n";
    return err;
}
} // namespace

std::optional<std::int64_t> parseTimeArgument(const std::string &text) {
    if (auto t = timestamps::parseIso8601(text))
        return t;
    if (auto t = timestamps::parseWindowTimestamp(text))
        return t;
    std::int64_t ms = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), ms);
    if (ec == std::errc() && ptr == text.data() + text.size() && !text.empty())
        return ms;
    return std::nullopt;
}

CommandResult modelsCommand(const RedisTarget &target, bool json) {
    auto c = connectRedisTarget(target);
    if (!c.client)
        return c.failure;
    SnapshotStore store(*c.client);
    std::vector<RedisValueProblem> problems;
    const auto ids = store.models(&problems);
    if (!ids)
        return {kIo, {}, "assurancectl: " + store.error() + "\n"};
    CommandResult r{kOk, {}, problemsText(problems)};
    if (json) {
        pyjson::Writer w;
        w.beginArray();
        for (const auto &id : *ids)
            w.value(id);
        w.endArray();
        r.out = w.take() + "\n";
    } else {
        for (const auto &id : *ids)
            r.out += id + "\n";
    }
    return r;
}

CommandResult snapshotCommand(const RedisTarget &target, const std::string &model) {
    if (!isValidModelId(model))
        return {
            kUsage, {}, "assurancectl: '" + model + "' is not a valid model id (^[A-Za-z0-9._-]{1,128}$)\n"};
    auto c = connectRedisTarget(target);
    if (!c.client)
        return c.failure;
    SnapshotStore store(*c.client);
    std::string bytes;
    switch (store.latest(model, bytes)) {
    case SnapshotStore::Lookup::Found:
        return {kOk, bytes + "\n", {}};
    case SnapshotStore::Lookup::NotFound:
        return {kNotFound,
                {},
                "assurancectl: no snapshot for model " + model + " (" + SnapshotStore::latestKey(model) +
                    ")\n"};
    case SnapshotStore::Lookup::Failed:
        break;
    }
    return {kIo, {}, "assurancectl: " + store.error() + "\n"};
}

CommandResult historyCommand(const RedisTarget &target, const std::string &model, const std::string &since,
                             const std::string &until) {
    if (!isValidModelId(model))
        return {
            kUsage, {}, "assurancectl: '" + model + "' is not a valid model id (^[A-Za-z0-9._-]{1,128}$)\n"};
    std::optional<std::int64_t> from, to;
    if (!since.empty() && !(from = parseTimeArgument(since)))
        return {kUsage,
                {},
                "assurancectl: --since needs a date-time (2025-10-27T16:00:00Z) or epoch milliseconds\n"};
    if (!until.empty() && !(to = parseTimeArgument(until)))
        return {kUsage,
                {},
                "assurancectl: --until needs a date-time (2025-10-27T16:00:00Z) or epoch milliseconds\n"};
    auto c = connectRedisTarget(target);
    if (!c.client)
        return c.failure;
    SnapshotStore store(*c.client);
    const auto h = store.history(model, from, to);
    if (!h)
        return {kIo, {}, "assurancectl: " + store.error() + "\n"};
    pyjson::Writer w;
    w.beginArray();
    for (const auto &s : h->snapshots)
        w.raw(s.json);
    w.endArray();
    return {kOk, w.take() + "\n", problemsText(h->problems)};
}

} // namespace assurance
