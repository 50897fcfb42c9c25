#include "ReportData.h"

#include "evidence/EvidenceFormat.h"
#include "signing/Sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace assurance::report {

namespace {
std::optional<QJsonObject> objectOf(std::string_view bytes) {
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::string str(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toString().toStdString();
}

// "metrics:m1:2025-…" → "m1" (prefix, then the id up to the next ':' or the end).
std::string modelFromKey(const std::string &key, std::string_view prefix) {
    if (!key.starts_with(prefix))
        return {};
    const std::string rest = key.substr(prefix.size());
    return rest.substr(0, rest.find(':'));
}
} // namespace

const ToleranceSet *ModelSection::toleranceAt(std::int64_t ms) const {
    const ToleranceSet *best = nullptr;
    for (const auto &t : tolerances)
        if (t.set.changedAtMs <= ms && (!best || t.set.changedAtMs >= best->changedAtMs))
            best = &t.set;
    return best;
}

ModelSection &ReportCollector::model(const std::string &id) {
    auto &m = m_models[id];
    m.id = id;
    return m;
}

void ReportCollector::unreadable(const std::string &part, std::int64_t line, std::string why) {
    m_unreadable.push_back({part, line, std::move(why)});
}

void ReportCollector::addLine(const std::string &part, std::int64_t lineNumber, std::string_view line,
                              bool valid) {
    const auto doc = objectOf(line);
    if (!doc) {
        unreadable(part, lineNumber, "not a JSON object");
        return;
    }
    if (part == "checkpoints.jsonl")
        return; // the verdict names each installation and its key
    if (part == "audit.jsonl") {
        const QJsonValue entryValue = doc->value(QLatin1String("entry"));
        const auto entry = entryValue.isObject() ? std::optional(entryValue.toObject())
                                                 : objectOf(entryValue.toString().toStdString());
        if (!entry) {
            unreadable(part, lineNumber, "no audit entry");
            return;
        }
        AuditRow row;
        row.seq = entry->value(QLatin1String("seq")).toInteger();
        row.timeMs = entry->value(QLatin1String("time")).toInteger();
        row.installation = str(*entry, "installation");
        row.actor = str(*entry, "actor");
        row.action = str(*entry, "action");
        row.target = str(*entry, "target");
        row.line = lineNumber;
        row.valid = valid;
        m_audit.push_back(std::move(row));
        return;
    }
    const std::string key = str(*doc, "key");
    const std::string value = str(*doc, "value");
    const std::string field = str(*doc, "field");
    std::string error;
    if (part == "configs.jsonl") {
        const std::string id = modelFromKey(key, "model:config:");
        if (id.empty())
            return unreadable(part, lineNumber, "not a model:config key");
        if (const auto config = objectOf(value))
            model(id).displayName = str(*config, "display_name");
    } else if (part == "tolerances.jsonl") {
        const std::string id = modelFromKey(key, "tolerances:");
        auto set = parseTolerances(value, id, &error);
        if (id.empty() || !set)
            return unreadable(part, lineNumber, error);
        auto &rows = model(id).tolerances;
        rows.push_back({std::move(*set), lineNumber, valid});
        std::stable_sort(rows.begin(), rows.end(), [](const ToleranceRow &a, const ToleranceRow &b) {
            return a.set.version < b.set.version;
        });
    } else if (part == "snapshots.jsonl") {
        const std::string id = modelFromKey(key, "metrics:");
        if (!m_parser)
            m_parser = std::make_unique<TelemetryParser>();
        const auto snapshot = id.empty() ? std::nullopt : m_parser->parseStoredSnapshot(value, id, &error);
        if (!snapshot)
            return unreadable(part, lineNumber, error);
        SnapshotPoint point;
        point.windowEndMs = snapshot->windowEndMs;
        for (std::size_t i = 0; i < kSeedMetricCount; ++i)
            point.seed[i] = snapshot->seed[i].number();
        point.line = lineNumber;
        point.valid = valid;
        model(id).snapshots.push_back(point);
    } else if (part == "labels.jsonl") {
        const std::string id = modelFromKey(key, "label:");
        auto label = id.empty() ? std::nullopt : parseLabel(value, id, &error);
        if (!label)
            return unreadable(part, lineNumber, error);
        model(id).labels.push_back({std::move(*label), lineNumber, valid});
    } else if (part == "violations.jsonl") {
        const std::string id = modelFromKey(key, "violations:");
        auto episode = id.empty() ? std::nullopt : parseEpisode(value, id, key + " field " + field, &error);
        if (!episode)
            return unreadable(part, lineNumber, error);
        model(id).episodes.push_back({std::move(*episode), key.ends_with(":closed"), lineNumber, valid});
    }
    // references.jsonl: a reference profile is listed in the manifest, not drawn.
}

ReportData ReportCollector::finish(evidence::PackVerdict verdict, std::string packPath) {
    // What the verdict found after the lines streamed by ("part snapshots.jsonl line 3 INVALID: hash
    // value doesn't match", "audit entry 7 INVALID: …") marks those rows too.
    std::set<std::pair<std::string, std::int64_t>> brokenLines;
    std::set<std::int64_t> brokenEntries;
    static const QRegularExpression partLine(QStringLiteral("^part (\\S+) line (\\d+) INVALID"));
    static const QRegularExpression auditEntry(QStringLiteral("^audit entry (\\d+) INVALID"));
    for (const auto &l : verdict.lines) {
        const QString line = QString::fromStdString(l);
        if (const auto m = partLine.match(line); m.hasMatch())
            brokenLines.insert({m.captured(1).toStdString(), m.captured(2).toLongLong()});
        else if (const auto a = auditEntry.match(line); a.hasMatch())
            brokenEntries.insert(a.captured(1).toLongLong());
    }
    auto mark = [&brokenLines](const char *part, auto &rows) {
        for (auto &r : rows)
            if (brokenLines.count({part, r.line}))
                r.valid = false;
    };
    for (auto &[id, section] : m_models) {
        mark("tolerances.jsonl", section.tolerances);
        mark("snapshots.jsonl", section.snapshots);
        mark("labels.jsonl", section.labels);
        mark("violations.jsonl", section.episodes);
    }
    mark("audit.jsonl", m_audit);
    for (auto &a : m_audit)
        if (brokenEntries.count(a.seq))
            a.valid = false;

    ReportData data;
    data.packPath = std::move(packPath);
    for (const auto &id : verdict.models) {
        auto section = m_models.extract(id);
        if (section)
            data.models.push_back(std::move(section.mapped()));
        else {
            ModelSection empty;
            empty.id = id;
            data.models.push_back(std::move(empty));
        }
    }
    for (auto &[id, section] : m_models) // named by lines but not by the statement (a tampered pack)
        data.models.push_back(std::move(section));
    m_models.clear();
    data.verdict = std::move(verdict);
    data.audit = std::move(m_audit);
    data.unreadable = std::move(m_unreadable);
    return data;
}

std::optional<ManifestSummary> readManifestSummary(const std::string &packPath, std::string *error) {
    evidence::TarReader tar;
    std::string name;
    std::int64_t size = 0;
    if (!tar.open(packPath, error) || !tar.nextMember(name, size, error))
        return std::nullopt;
    if (name != evidence::kManifestName || size > 64 * 1024 * 1024) {
        *error = "the first member is not " + std::string(evidence::kManifestName);
        return std::nullopt;
    }
    std::string bytes;
    while (auto chunk = tar.read(error)) {
        if (chunk->empty())
            break;
        bytes += *chunk;
    }
    if (!error->empty())
        return std::nullopt;
    const auto envelope = objectOf(bytes);
    const auto payload = envelope ? signing::fromBase64(str(*envelope, "payload")) : std::nullopt;
    const auto statement = payload ? objectOf(*payload) : std::nullopt;
    if (!statement) {
        *error = "the manifest is not a DSSE envelope around a JSON statement";
        return std::nullopt;
    }
    ManifestSummary summary;
    const QJsonObject predicate = statement->value(QLatin1String("predicate")).toObject();
    const QJsonObject counts = predicate.value(QLatin1String("counts")).toObject();
    summary.record = str(predicate, "record");
    summary.rootDigest = str(predicate, "root_digest");
    for (const QJsonValue &s : statement->value(QLatin1String("subject")).toArray()) {
        const QJsonObject subject = s.toObject();
        ManifestMember m;
        m.name = str(subject, "name");
        m.sha256 = subject.value(QLatin1String("digest"))
                       .toObject()
                       .value(QLatin1String("sha256"))
                       .toString()
                       .toStdString();
        const QJsonValue count = counts.value(QString::fromStdString(m.name));
        if (count.isDouble())
            m.lines = count.toInteger();
        summary.members.push_back(std::move(m));
    }
    return summary;
}

} // namespace assurance::report
