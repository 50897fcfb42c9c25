#include "ToleranceCommands.h"

#include "cli/LicenseCommands.h"
#include "cli/OperatorLog.h"

#include "assurance/ToleranceEdit.h"
#include "audit/AuditLog.h"
#include "commands/RedisToleranceWriter.h"
#include "commands/ToleranceCommand.h"
#include "redis/SnapshotStore.h"
#include "telemetry/Telemetry.h"
#include "json/PyJson.h"
#include "json/Timestamps.h"

#include <cstdio>

namespace assurance {

namespace {
constexpr int kOk = 0, kNotFound = 1, kUsage = 2, kIo = 3, kRefused = 5;

std::string badModel(const std::string &model) {
    return "assurancectl: '" + model + "' is not a valid model id (^[A-Za-z0-9._-]{1,128}$)\n";
}

std::string pad(std::string text, std::size_t width) {
    if (text.size() < width)
        text.append(width - text.size(), ' ');
    return text;
}

std::string setTable(const ToleranceSet &set) {
    std::string out = "v" + std::to_string(set.version) + " of " + set.modelId + ", saved by " + set.author +
                      " at " + timestamps::formatIso8601Ms(set.changedAtMs) + ": " + set.reason + "\n";
    out += "METRIC                  DIRECTION         MODE      BASELINE  WARNING   CRITICAL  ENABLED\n";
    for (const MetricTolerance &t : set.metrics)
        out += pad(std::string(seedMetricKey(t.metric)), 22) + "  " + pad(directionKey(t.direction), 16) +
               "  " + pad(boundModeKey(t.mode), 8) + "  " +
               pad(t.baseline ? pyjson::floatRepr(*t.baseline) : std::string("-"), 8) + "  " +
               pad(pyjson::floatRepr(t.warning), 8) + "  " + pad(pyjson::floatRepr(t.critical), 8) + "  " +
               (t.enabled ? "yes" : "no") + "\n";
    return out;
}

} // namespace

CommandResult tolerancesGetCommand(const RedisTarget &target, const std::string &model, bool json) {
    if (!isValidModelId(model))
        return {kUsage, {}, badModel(model)};
    auto c = connectRedisTarget(target);
    if (!c.client)
        return c.failure;
    const ToleranceRecord record = readToleranceRecord(*c.client, model);
    if (!record.ok && record.currentJson.empty())
        return {kIo, {}, "assurancectl: " + record.error + "\n"};
    if (record.currentJson.empty())
        return {kNotFound,
                {},
                "assurancectl: no " + SnapshotStore::toleranceKey(model) + ": the shipped defaults apply\n"};
    if (json)
        return {kOk, record.currentJson + "\n", {}};
    if (!record.current)
        return {kIo,
                {},
                "assurancectl: " + SnapshotStore::toleranceKey(model) + " does not parse: " + record.error +
                    "\n"};
    return {kOk, setTable(*record.current), {}};
}

CommandResult tolerancesSetCommand(const RedisTarget &target, const std::string &model,
                                   const std::string &setJson, const std::string &reason,
                                   std::optional<int> expectVersion, const std::string &auditDb, bool json) {
    using O = ToleranceWriteResult::Outcome;
    if (!isValidModelId(model))
        return {kUsage, {}, badModel(model)};
    std::string why;
    const auto parsed = parseTolerances(setJson, model, &why);
    if (!parsed)
        return {kRefused, {}, "assurancectl: refused: " + why + "\n"};
    ToleranceSave save;
    save.modelId = model;
    save.metrics = parsed->metrics;
    save.reason = reason;
    save.expectedVersion = expectVersion;
    if (const std::string invalid = ToleranceCommand::validate(save); !invalid.empty())
        return {kRefused, {}, "assurancectl: refused: " + invalid + "\n"};
    CommandResult failure;
    auto log = openOperatorLog(auditDb, failure);
    if (!log)
        return failure;
    if (auto refused = refuseOperatorCommand(*log, "tolerances.save", "model/" + model))
        return *refused;
    auto c = connectRedisTarget(target);
    if (!c.client)
        return c.failure;
    RedisToleranceWriter writer(*c.client);
    const auto result = ToleranceCommand::run(&writer, save, appendTo(*log));
    const std::string said = ToleranceCommand::describe(result, save);
    switch (result.outcome) {
    case O::Applied: {
        CommandResult r{kOk, json ? result.json + "\n" : said + "\n", {}};
        if (!result.audited) {
            r.exitCode = kIo;
            r.err = "assurancectl: the set is stored, but its audit entry could not be written: " +
                    result.auditError + "\n";
        }
        return r;
    }
    case O::Invalid:
    case O::ReadOnly:
    case O::Conflict:
        return {kRefused, json && !result.beforeJson.empty() ? result.beforeJson + "\n" : std::string(),
                "assurancectl: " + said + "\n"};
    case O::Failed:
        break;
    }
    return {kIo, {}, "assurancectl: " + said + "\n"};
}

CommandResult tolerancesHistoryCommand(const RedisTarget &target, const std::string &model, bool json) {
    if (!isValidModelId(model))
        return {kUsage, {}, badModel(model)};
    auto c = connectRedisTarget(target);
    if (!c.client)
        return c.failure;
    const ToleranceRecord record = readToleranceRecord(*c.client, model);
    if (!record.ok && record.versions.empty() && record.currentJson.empty())
        return {kIo, {}, "assurancectl: " + record.error + "\n"};
    CommandResult r{kOk, {}, {}};
    for (const auto &v : record.versions)
        if (!v.set)
            r.err +=
                "assurancectl: version " + std::to_string(v.version) + " does not parse: " + v.error + "\n";
    if (record.versions.empty()) {
        r.exitCode = kNotFound;
        r.err += "assurancectl: no tolerance history for model " + model + " (" +
                 SnapshotStore::toleranceHistoryKey(model) + ")\n";
    }
    if (json) {
        pyjson::Writer w;
        w.beginArray();
        for (const auto &v : record.versions)
            w.raw(v.json);
        w.endArray();
        r.out = w.take() + "\n";
        return r;
    }
    const int inForce = record.current ? record.current->version : 0;
    r.out = "VERSION  CHANGED AT                AUTHOR                CHANGES  REASON\n";
    const ToleranceSet *previous = nullptr;
    for (const auto &v : record.versions) {
        if (!v.set)
            continue;
        const std::string changes =
            previous ? std::to_string(diffToleranceSets(*previous, *v.set).size()) : std::string("-");
        r.out += pad("v" + std::to_string(v.version) + (v.version == inForce ? "*" : ""), 7) + "  " +
                 pad(timestamps::formatIso8601Ms(v.set->changedAtMs), 24) + "  " + pad(v.set->author, 20) +
                 "  " + pad(changes, 7) + "  " + v.set->reason + "\n";
        previous = &*v.set;
    }
    r.out += std::to_string(record.versions.size()) + " version(s)" +
             (inForce ? "; * in force" : std::string("; none in force (the shipped defaults apply)")) + "\n";
    return r;
}

CommandResult tolerancesDiffCommand(const RedisTarget &target, const std::string &model, int v1, int v2,
                                    bool json) {
    if (!isValidModelId(model))
        return {kUsage, {}, badModel(model)};
    auto c = connectRedisTarget(target);
    if (!c.client)
        return c.failure;
    const ToleranceRecord record = readToleranceRecord(*c.client, model);
    if (!record.ok && record.versions.empty())
        return {kIo, {}, "assurancectl: " + record.error + "\n"};
    auto find = [&](int v) -> const StoredToleranceVersion * {
        for (const auto &s : record.versions)
            if (s.version == v)
                return &s;
        return nullptr;
    };
    const auto *a = find(v1), *b = find(v2);
    for (auto [v, s] : {std::pair{v1, a}, std::pair{v2, b}}) {
        if (!s)
            return {kNotFound,
                    {},
                    "assurancectl: no version " + std::to_string(v) + " in " +
                        SnapshotStore::toleranceHistoryKey(model) + "\n"};
        if (!s->set)
            return {kIo,
                    {},
                    "assurancectl: version " + std::to_string(v) + " does not parse: " + s->error + "\n"};
    }
    const auto changes = diffToleranceSets(*a->set, *b->set);
    if (json) {
        pyjson::Writer w;
        w.beginArray();
        for (const auto &ch : changes) {
            w.beginObject();
            w.key("metric");
            w.value(seedMetricKey(ch.metric));
            w.key("field");
            w.value(ch.field);
            w.key("before");
            w.raw(ch.before);
            w.key("after");
            w.raw(ch.after);
            w.endObject();
        }
        w.endArray();
        return {kOk, w.take() + "\n", {}};
    }
    std::string out = "v" + std::to_string(v1) + " → v" + std::to_string(v2) + " of " + model + " (v" +
                      std::to_string(v2) + " by " + b->set->author + ": " + b->set->reason + ")\n";
    for (const auto &ch : changes)
        out += "  " + pad(std::string(seedMetricKey(ch.metric)) + "." + ch.field, 32) + "  " + ch.before +
               " → " + ch.after + "\n";
    out += std::to_string(changes.size()) + " change(s)\n";
    return {kOk, out, {}};
}

CommandResult referenceSetCommand(const RedisTarget &target, const std::string &model,
                                  const std::string &jsonl, const std::string &source,
                                  const std::string &auditDb, bool json) {
    using O = ReferenceWriteResult::Outcome;
    if (!isValidModelId(model))
        return {kUsage, {}, badModel(model)};
    const ReferenceBuild built = buildReferenceFromJsonl(jsonl, model);
    if (!built.profile)
        return {kRefused, {}, "assurancectl: refused: " + source + ": " + built.error + "\n"};
    CommandResult failure;
    auto log = openOperatorLog(auditDb, failure);
    if (!log)
        return failure;
    if (auto refused = refuseOperatorCommand(*log, "reference.set", "model/" + model))
        return *refused;
    auto c = connectRedisTarget(target);
    if (!c.client)
        return c.failure;
    RedisToleranceWriter writer(*c.client);
    const auto result = ReferenceCommand::run(&writer, *built.profile, source, {}, appendTo(*log));
    switch (result.outcome) {
    case O::Applied: {
        std::string said = "stored reference:" + model + " from " + std::to_string(built.events) +
                           " event(s), " + std::to_string(built.profile->features.size()) + " feature(s)";
        if (built.skippedLines)
            said += "; " + std::to_string(built.skippedLines) +
                    " line(s) skipped (not an inference event of " + model + ")";
        CommandResult r{kOk, json ? result.json + "\n" : said + "\n", {}};
        if (!result.audited) {
            r.exitCode = kIo;
            r.err = "assurancectl: the reference is stored, but its audit entry could not be written: " +
                    result.auditError + "\n";
        }
        return r;
    }
    case O::Invalid:
    case O::ReadOnly:
        return {kRefused, {}, "assurancectl: refused: " + result.error + "\n"};
    case O::Failed:
        break;
    }
    return {kIo, {}, "assurancectl: failed: " + result.error + "\n"};
}

} // namespace assurance
