#include "EvidenceContent.h"

#include "assurance/AssuranceLabel.h"
#include "assurance/ViolationTracker.h"
#include "telemetry/TelemetryParser.h"

#include <simdjson.h>

#include <algorithm>
#include <set>

namespace assurance::evidence {

namespace {
// "metrics:m1:2025-…" → "m1" (the key kinds of docs/evidence.md; the verifier checked them).
std::string modelOf(std::string_view key, std::string_view prefix, bool timestamped) {
    key.remove_prefix(prefix.size());
    if (key.ends_with(":history"))
        key.remove_suffix(8);
    else if (key.ends_with(":closed"))
        key.remove_suffix(7);
    if (timestamped)
        key = key.substr(0, key.rfind(':'));
    return std::string(key);
}
} // namespace

EvidenceContent loadPack(const std::string &path, const std::vector<signing::PublicKey> &trusted) {
    EvidenceContent c;
    TelemetryParser parser;
    simdjson::dom::parser json, entryParser; // reused line after line
    std::set<std::string> models;
    std::map<std::string, std::vector<ViolationEpisode>> episodes;
    auto problem = [&c](const std::string &part, std::int64_t line, const std::string &why) {
        c.loadProblems.push_back(part + " line " + std::to_string(line) + ": " + why);
    };
    const LineSink sink = [&](const std::string &part, std::int64_t number, std::string_view line,
                              bool valid) {
        if (!valid)
            return;
        simdjson::dom::element doc;
        if (json.parse(line.data(), line.size()).get(doc))
            return;
        std::string error;
        if (part == "audit.jsonl") {
            std::string_view entry, hash, prev;
            std::int64_t checkpoint = 0;
            simdjson::dom::element e;
            if (doc["entry"].get(entry) || doc["hash"].get(hash) || doc["prev_hash"].get(prev) ||
                doc["checkpoint"].get(checkpoint) || entryParser.parse(entry).get(e))
                return;
            PackAuditEntry a;
            a.checkpoint = checkpoint;
            std::string_view s;
            std::int64_t n = 0;
            if (!e["seq"].get(n))
                a.entry.seq = n;
            if (!e["time"].get(n))
                a.entry.timeMs = n;
            for (auto [name, field] : {std::pair{"installation", &a.entry.installation},
                                       {"actor", &a.entry.actor},
                                       {"action", &a.entry.action},
                                       {"target", &a.entry.target}})
                if (!e[name].get(s))
                    *field = std::string(s);
            simdjson::dom::element details;
            if (!e["details"].get(details))
                a.entry.details = simdjson::minify(details);
            a.entry.hash = std::string(hash);
            a.entry.prevHash = std::string(prev);
            c.audit.push_back(std::move(a));
            return;
        }
        if (part == "checkpoints.jsonl") {
            std::string_view installation, note, pem;
            std::int64_t id = 0;
            if (doc["installation"].get(installation) || doc["note"].get(note) || doc["checkpoint"].get(id) ||
                doc["public_key"].get(pem))
                return;
            const auto key = signing::PublicKey::fromPem(pem);
            c.checkpoints.push_back(
                {std::string(installation), id, std::string(note), key ? key->fingerprint() : ""});
            return;
        }
        std::string_view key, value;
        if (doc["key"].get(key) || doc["value"].get(value))
            return;
        if (part == "configs.jsonl") {
            const std::string model = modelOf(key, "model:config:", false);
            models.insert(model);
            if (auto config = parseModelConfig(value, model, &error))
                c.configs[model] = *config;
            else
                problem(part, number, error);
        } else if (part == "tolerances.jsonl") {
            const std::string model = modelOf(key, "tolerances:", false);
            if (auto set = parseTolerances(value, model, &error))
                c.toleranceVersions[model].push_back(*set);
            else
                problem(part, number, error);
        } else if (part == "snapshots.jsonl") {
            const std::string model = modelOf(key, "metrics:", true);
            models.insert(model);
            if (auto s = parser.parseStoredSnapshot(value, model, &error))
                c.record.windows.push_back(std::move(*s));
            else
                problem(part, number, error);
        } else if (part == "labels.jsonl") {
            const std::string model = modelOf(key, "label:", true);
            if (auto label = parseLabel(value, model, &error)) {
                const bool intact = labelHash(*label) == label->hash;
                c.labelHistory[model].push_back(
                    {*label, intact ? LabelProvenance::Stored : LabelProvenance::Altered});
                c.labelJson[model].emplace_back(value);
            } else {
                problem(part, number, error);
            }
        } else if (part == "violations.jsonl") {
            const std::string model = modelOf(key, "violations:", false);
            std::string_view field;
            if (doc["field"].get(field))
                field = {};
            if (auto e =
                    parseEpisode(value, model, std::string(key) + " field " + std::string(field), &error))
                episodes[model].push_back(std::move(*e));
            else
                problem(part, number, error);
        }
    };
    c.verdict = verifyPack(path, trusted, sink);
    for (const auto &m : c.verdict.models)
        models.insert(m);
    c.record.reset = true;
    c.record.episodesAreNews = false; // what the record held: shown, never raised as alerts
    std::vector<ModelInfo> infos;
    for (const auto &m : models) {
        ModelInfo info{m, {}, TaskType::Auto};
        if (auto it = c.configs.find(m); it != c.configs.end()) {
            info.displayName = it->second.displayName;
            info.task = it->second.task;
        }
        infos.push_back(std::move(info));
    }
    c.record.models = std::move(infos);
    for (auto &[model, versions] : c.toleranceVersions) {
        std::sort(versions.begin(), versions.end(),
                  [](const auto &a, const auto &b) { return a.version < b.version; });
        c.record.tolerances.push_back(versions.back()); // the newest version in force in the range
    }
    for (auto &[model, labels] : c.labelHistory)
        if (!labels.empty())
            c.record.labels.push_back(labels.back());
    for (auto &[model, list] : episodes)
        for (auto &e : list)
            c.record.episodes.push_back({EpisodeChange::Opened, std::move(e), false});
    return c;
}

} // namespace assurance::evidence
