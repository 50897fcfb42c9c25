#include "WorkflowCommands.h"

#include "cli/LicenseCommands.h"
#include "cli/OperatorLog.h"

#include "assurance/LabelChain.h"
#include "audit/AuditLog.h"
#include "commands/EpisodeCommand.h"
#include "commands/RedisEpisodeWriter.h"
#include "redis/SnapshotStore.h"
#include "telemetry/Telemetry.h"
#include "json/PyJson.h"
#include "json/Timestamps.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace assurance {

namespace {
constexpr int kOk = 0, kNotFound = 1, kUsage = 2, kIo = 3, kVerifyFailed = 4, kRefused = 5;

std::string problemsText(const std::vector<RedisValueProblem> &problems) {
    std::string err;
    for (const auto &p : problems)
        err += "assurancectl: skipped " + p.key + ": " + p.error + "\n";
    return err;
}

std::string badModel(const std::string &model) {
    return "assurancectl: '" + model + "' is not a valid model id (^[A-Za-z0-9._-]{1,128}$)\n";
}

std::string pad(std::string text, std::size_t width) {
    if (text.size() < width)
        text.append(width - text.size(), ' ');
    return text;
}
} // namespace

CommandResult violationsListCommand(const RedisTarget &target, const ViolationListOptions &o) {
    if (!o.model.empty() && !isValidModelId(o.model))
        return {kUsage, {}, badModel(o.model)};
    std::optional<EpisodeStatus> status;
    if (!o.status.empty() && !(status = episodeStatusFromKey(o.status)))
        return {kUsage, {}, "assurancectl: --status must be open, acknowledged or resolved\n"};
    auto c = connectRedisTarget(target);
    if (!c.client)
        return c.failure;
    SnapshotStore store(*c.client);
    std::vector<std::string> models;
    std::vector<RedisValueProblem> problems;
    if (!o.model.empty()) {
        models.push_back(o.model);
    } else {
        const auto ids = store.models(&problems);
        if (!ids)
            return {kIo, {}, "assurancectl: " + store.error() + "\n"};
        models = *ids;
    }
    std::vector<StoredEpisode> all;
    for (const std::string &model : models) {
        // The live hash whole (active and recently closed), then the archived ones closed since
        // --since through their index.
        std::map<std::string, StoredEpisode> byId;
        const std::string live = SnapshotStore::violationsKey(model);
        const auto hash = c.client->command({"HGETALL", live});
        if (!hash)
            return {kIo, {}, "assurancectl: " + c.client->error() + "\n"};
        if (hash->isError())
            problems.push_back({live, hash->str});
        for (std::size_t i = 0; i + 1 < hash->elements.size(); i += 2) {
            std::string why;
            const std::string &json = hash->elements[i + 1].str;
            if (auto e = parseEpisode(json, model, live + " field " + hash->elements[i].str, &why))
                byId[e->id] = {json, std::move(*e), false};
            else
                problems.push_back({live, why});
        }
        const auto closed = store.closedEpisodes(model, o.sinceMs, std::nullopt);
        if (!closed)
            return {kIo, {}, "assurancectl: " + store.error() + "\n"};
        problems.insert(problems.end(), closed->problems.begin(), closed->problems.end());
        for (const StoredEpisode &e : closed->episodes)
            byId.try_emplace(e.episode.id, e);
        for (auto &[id, e] : byId) {
            const ViolationEpisode &v = e.episode;
            if (status && v.status != *status)
                continue;
            if (o.untilMs && v.openedMs > *o.untilMs)
                continue;
            if (o.sinceMs && v.closedMs && *v.closedMs < *o.sinceMs)
                continue;
            all.push_back(std::move(e));
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const StoredEpisode &a, const StoredEpisode &b) {
        return a.episode.openedMs < b.episode.openedMs ||
               (a.episode.openedMs == b.episode.openedMs && a.episode.id < b.episode.id);
    });
    CommandResult r{kOk, {}, problemsText(problems)};
    if (o.json) {
        pyjson::Writer w;
        w.beginArray();
        for (const auto &e : all)
            w.raw(e.json);
        w.endArray();
        r.out = w.take() + "\n";
        return r;
    }
    std::size_t width = 2;
    for (const auto &e : all)
        width = std::max(width, e.episode.id.size());
    r.out =
        pad("ID", width) + "  STATUS        SEVERITY  CLOSED                COUNT  ACTIONS  LAST ACTION\n";
    for (const auto &e : all) {
        const ViolationEpisode &v = e.episode;
        std::string last = "-";
        if (!v.actions.empty()) {
            const OperatorAction &a = v.actions.back();
            last = std::string(operatorActionKey(a.kind)) + " by " + a.actor + " at " +
                   timestamps::formatIso8601Ms(a.timeMs) + ": " + a.note;
        } else if (!v.actor.empty()) {
            last = std::string(episodeStatusKey(v.status)) + " by " + v.actor + ": " + v.note;
        }
        r.out +=
            pad(v.id, width) + "  " + pad(episodeStatusKey(v.status), 12) + "  " +
            pad(severityKey(v.severity), 8) + "  " +
            pad(v.closedMs ? timestamps::formatWindowTimestamp(*v.closedMs) : std::string("active"), 20) +
            "  " + pad(std::to_string(v.count), 5) + "  " + pad(std::to_string(v.actions.size()), 7) + "  " +
            last + "\n";
    }
    r.out += std::to_string(all.size()) + " episode(s)\n";
    return r;
}

CommandResult violationActionCommand(const RedisTarget &target, OperatorAction::Kind kind,
                                     const std::string &episodeId, const std::string &note,
                                     const std::string &auditDb, bool json) {
    using O = EpisodeWriteResult::Outcome;
    EpisodeAction action;
    action.kind = kind;
    action.episodeId = episodeId;
    action.note = note;
    if (EpisodeCommand::modelOf(episodeId).empty())
        return {kUsage,
                {},
                "assurancectl: '" + episodeId + "' is not an episode id ({model}:{metric}:{timestamp})\n"};
    if (const std::string why = EpisodeCommand::validate(action); !why.empty())
        return {kRefused, {}, "assurancectl: refused: " + why + "\n"};
    CommandResult failure;
    auto log = openOperatorLog(auditDb, failure); // first: nothing is written that could not be recorded
    if (!log)
        return failure;
    // The license (docs/license.md): read-only after the grace period or while the clock is rolled
    // back. Refused before Redis is touched, and audited.
    if (auto refused = refuseOperatorCommand(*log, EpisodeCommand::auditAction(kind), "episode/" + episodeId))
        return *refused;
    auto c = connectRedisTarget(target);
    if (!c.client)
        return c.failure;
    RedisEpisodeWriter writer(*c.client);
    const auto result = EpisodeCommand::run(&writer, action, appendTo(*log));
    const std::string said = EpisodeCommand::describe(result, action);
    switch (result.outcome) {
    case O::Applied: {
        CommandResult r{kOk, json ? result.json + "\n" : said + "\n", {}};
        if (!result.audited) {
            r.exitCode = kIo;
            r.err = "assurancectl: the action is in the record, but its audit entry could not be written: " +
                    result.auditError + "\n";
        }
        return r;
    }
    case O::NotFound:
        return {kNotFound, {}, "assurancectl: " + said + "\n"};
    case O::Invalid:
    case O::ReadOnly:
    case O::Conflict:
        return {kRefused, json && !result.json.empty() ? result.json + "\n" : std::string(),
                "assurancectl: " + said + "\n"};
    case O::Failed:
        break;
    }
    return {kIo, {}, "assurancectl: " + said + "\n"};
}

CommandResult labelsHistoryCommand(const RedisTarget &target, const std::string &model,
                                   std::optional<std::int64_t> sinceMs, std::optional<std::int64_t> untilMs,
                                   bool json) {
    if (!isValidModelId(model))
        return {kUsage, {}, badModel(model)};
    auto c = connectRedisTarget(target);
    if (!c.client)
        return c.failure;
    SnapshotStore store(*c.client);
    const auto history = store.labelHistory(model, sinceMs, untilMs);
    if (!history)
        return {kIo, {}, "assurancectl: " + store.error() + "\n"};
    std::vector<AssuranceLabel> labels;
    for (const auto &l : history->labels)
        labels.push_back(l.label);
    const auto broken = verifyLabelChain(labels);
    std::string chain = "consistent";
    std::string at;
    if (broken) {
        at = timestamps::formatWindowTimestamp(labels[broken->index].windowEndMs);
        chain = "broken at " + at + ": " + broken->reason;
    }
    CommandResult r{kOk, {}, problemsText(history->problems)};
    if (history->labels.empty() && history->problems.empty()) {
        r.exitCode = kNotFound;
        r.err = "assurancectl: no label history for model " + model + " in that range (" +
                SnapshotStore::labelIndexKey(model) + ")\n";
    } else if (broken) {
        r.exitCode = kVerifyFailed;
    }
    if (json) {
        pyjson::Writer w;
        w.beginObject();
        w.key("model_id");
        w.value(model);
        w.key("chain");
        w.beginObject();
        w.key("status");
        w.value(broken ? "broken" : "consistent");
        if (broken) {
            w.key("at");
            w.value(at);
            w.key("reason");
            w.value(broken->reason);
        }
        w.endObject();
        w.key("labels");
        w.beginArray();
        for (const auto &l : history->labels)
            w.raw(l.json);
        w.endArray();
        w.key("problems");
        w.beginArray();
        for (const auto &p : history->problems) {
            w.beginObject();
            w.key("key");
            w.value(p.key);
            w.key("error");
            w.value(p.error);
            w.endObject();
        }
        w.endArray();
        w.endObject();
        r.out = w.take() + "\n";
        return r;
    }
    r.out = "WINDOW                GRADE  SCORE   VERDICT      TOLERANCES  HASH\n";
    for (const auto &l : history->labels) {
        const AssuranceLabel &a = l.label;
        char score[32] = "-";
        if (a.score)
            std::snprintf(score, sizeof score, "%.1f", *a.score);
        r.out += pad(timestamps::formatWindowTimestamp(a.windowEndMs), 20) + "  " +
                 pad(a.grade ? std::string(1, *a.grade) : std::string("-"), 5) + "  " + pad(score, 6) + "  " +
                 pad(verdictKey(a.verdict), 11) + "  " + pad("v" + std::to_string(a.toleranceVersion), 10) +
                 "  " + a.hash.substr(0, 12) + "\n";
    }
    r.out += std::to_string(history->labels.size()) + " label(s); chain " + chain + "\n";
    return r;
}

} // namespace assurance
