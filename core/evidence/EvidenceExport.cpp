#include "EvidenceExport.h"

#include "audit/AuditReplicator.h"
#include "audit/MerkleTree.h"
#include "evidence/EvidenceFormat.h"
#include "evidence/Jcs.h"
#include "redis/RedisClient.h"
#include "redis/SnapshotStore.h"
#include "telemetry/Telemetry.h"
#include "json/Timestamps.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <simdjson.h>

#include <algorithm>
#include <fstream>
#include <set>

namespace assurance::evidence {

using signing::Sha256;
using signing::toHex;

namespace {
constexpr std::size_t kChunk = 500; // keys per MGET

// One part: the lines in one temporary file, the SHA-256 of each line in its sibling, both
// digested as they are written.
class PartFile {
public:
    PartFile(const QTemporaryDir &dir, std::string name)
        : m_name(std::move(name))
        , m_path(dir.filePath(QString::fromStdString(m_name)).toStdString())
        , m_digestsPath(m_path + ".sha256")
        , m_out(m_path, std::ios::binary)
        , m_digests(m_digestsPath, std::ios::binary) {}

    bool ok() const { return m_out.good() && m_digests.good(); }
    void add(std::string_view line) {
        m_out.write(line.data(), static_cast<std::streamsize>(line.size()));
        m_out.put('\n');
        m_whole.add(line).add(std::uint8_t{'\n'});
        const std::string digest = toHex(Sha256::of(line)) + "\n";
        m_digests.write(digest.data(), static_cast<std::streamsize>(digest.size()));
        m_wholeDigests.add(digest);
        ++m_lines;
    }
    std::int64_t lines() const { return m_lines; }
    const std::string &name() const { return m_name; }
    const std::string &path() const { return m_path; }
    const std::string &digestsPath() const { return m_digestsPath; }
    // Closes both files; the two members' digests, in pack order.
    bool finish(std::vector<MemberDigest> &members) {
        m_out.close();
        m_digests.close();
        members.push_back({m_name, toHex(m_whole.finish())});
        members.push_back({lineDigestsName(m_name), toHex(m_wholeDigests.finish())});
        return !m_out.fail() && !m_digests.fail();
    }

private:
    std::string m_name, m_path, m_digestsPath;
    std::ofstream m_out, m_digests;
    Sha256 m_whole, m_wholeDigests;
    std::int64_t m_lines = 0;
};

std::string recordLine(const std::string &key, std::string_view value, const std::string *field = nullptr) {
    JcsObject o;
    o.str("key", key).str("value", value);
    if (field)
        o.str("field", *field);
    return o.text();
}

class Exporter {
public:
    Exporter(RedisClient &redis, const ExportOptions &o, const ExportProgress &progress,
             const std::atomic<bool> *cancel)
        : m_redis(redis)
        , m_store(redis)
        , m_o(o)
        , m_progress(progress)
        , m_cancel(cancel) {}

    std::optional<ExportResult> run(std::string *error);

private:
    bool fail(std::string why) {
        if (m_error.empty())
            m_error = std::move(why);
        return false;
    }
    bool cancelled() {
        if (!m_cancel || !m_cancel->load())
            return false;
        fail("cancelled");
        return true;
    }
    std::optional<RedisReply> command(const std::vector<std::string_view> &argv) {
        auto r = m_redis.command(argv);
        if (!r) {
            fail("Redis: " + m_redis.error());
            return std::nullopt;
        }
        if (r->isError()) {
            fail("Redis refused " + std::string(argv.front()) + " " +
                 std::string(argv.size() > 1 ? argv[1] : "") + ": " + r->str);
            return std::nullopt;
        }
        return r;
    }
    // GET each key (MGET in chunks) and add a record line per value found, in key order.
    bool addValues(PartFile &part, const std::vector<std::string> &keys, const std::string &stage);
    bool configs(PartFile &part);
    bool tolerances(PartFile &part);
    bool references(PartFile &part);
    bool snapshots(PartFile &part);
    bool labels(PartFile &part);
    bool violations(PartFile &part);
    bool audit(PartFile &entries, PartFile &checkpoints);

    RedisClient &m_redis;
    SnapshotStore m_store;
    const ExportOptions &m_o;
    const ExportProgress &m_progress;
    const std::atomic<bool> *m_cancel;
    std::vector<std::string> m_models;
    std::vector<std::string> m_warnings;
    std::string m_error;
};

bool Exporter::addValues(PartFile &part, const std::vector<std::string> &keys, const std::string &stage) {
    for (std::size_t at = 0; at < keys.size(); at += kChunk) {
        if (cancelled())
            return false;
        std::vector<std::string_view> argv{"MGET"};
        const std::size_t end = std::min(keys.size(), at + kChunk);
        for (std::size_t i = at; i < end; ++i)
            argv.push_back(keys[i]);
        const auto r = command(argv);
        if (!r)
            return false;
        for (std::size_t i = at; i < end && i - at < r->elements.size(); ++i)
            if (r->elements[i - at].type == RedisReply::Type::String)
                part.add(recordLine(keys[i], r->elements[i - at].str));
        if (m_progress)
            m_progress(stage, static_cast<std::int64_t>(end), static_cast<std::int64_t>(keys.size()));
    }
    return true;
}

bool Exporter::configs(PartFile &part) {
    std::vector<std::string> keys;
    for (const auto &m : m_models)
        keys.push_back("model:config:" + m);
    return addValues(part, keys, "configs");
}

bool Exporter::references(PartFile &part) {
    std::vector<std::string> keys;
    for (const auto &m : m_models)
        keys.push_back("reference:" + m);
    return addValues(part, keys, "references");
}

bool Exporter::tolerances(PartFile &part) {
    // Every version in force at some time in [since, until]: the versions changed within the range
    // and the one in force when it began. A set without a readable `changed_at` is included.
    simdjson::dom::parser parser;
    for (const auto &m : m_models) {
        const std::string history = "tolerances:" + m + ":history";
        const auto all = command({"HGETALL", history});
        if (!all)
            return false;
        struct Version {
            std::int64_t version = 0;
            std::string field, value;
            std::optional<std::int64_t> changedMs;
        };
        std::vector<Version> versions;
        for (std::size_t i = 0; i + 1 < all->elements.size(); i += 2) {
            Version v{0, all->elements[i].str, all->elements[i + 1].str, std::nullopt};
            try {
                v.version = std::stoll(v.field);
            } catch (...) {
                v.version = 0;
            }
            simdjson::dom::element doc;
            std::string_view changed;
            if (!parser.parse(v.value).get(doc) && !doc["changed_at"].get(changed))
                v.changedMs = timestamps::parseIso8601(changed);
            versions.push_back(std::move(v));
        }
        if (versions.empty()) { // an older deployment: only the current set
            const auto current = command({"GET", "tolerances:" + m});
            if (!current)
                return false;
            if (current->type == RedisReply::Type::String)
                part.add(recordLine("tolerances:" + m, current->str));
            continue;
        }
        std::sort(versions.begin(), versions.end(), [](const Version &a, const Version &b) {
            return a.version != b.version ? a.version < b.version : a.field < b.field;
        });
        for (std::size_t i = 0; i < versions.size(); ++i) {
            const Version &v = versions[i];
            const bool startsInTime = !v.changedMs || *v.changedMs <= m_o.untilMs;
            const Version *next = i + 1 < versions.size() ? &versions[i + 1] : nullptr;
            const bool lastsIntoRange = !next || !next->changedMs || *next->changedMs > m_o.sinceMs;
            if (startsInTime && lastsIntoRange)
                part.add(recordLine(history, v.value, &v.field));
        }
    }
    return true;
}

bool Exporter::snapshots(PartFile &part) {
    const std::string since = std::to_string(m_o.sinceMs), until = std::to_string(m_o.untilMs);
    for (const auto &m : m_models) {
        const std::string index = SnapshotStore::indexKey(m);
        const auto exists = command({"EXISTS", index});
        if (!exists)
            return false;
        if (exists->integer == 0) {
            // A deployment without the index: SCAN finds the keys (held in memory, unlike the rest).
            const auto history = m_store.history(m, m_o.sinceMs, m_o.untilMs);
            if (!history)
                return fail("Redis: " + m_redis.error());
            for (const auto &s : history->snapshots)
                part.add(recordLine(s.key, s.json));
            continue;
        }
        const auto keys = command({"ZRANGEBYSCORE", index, since, until});
        if (!keys)
            return false;
        std::vector<std::string> names;
        names.reserve(keys->elements.size());
        for (const auto &k : keys->elements) // the index holds window timestamps
            names.push_back(SnapshotStore::historyKey(m, k.str));
        if (!addValues(part, names, "snapshots " + m))
            return false;
    }
    return true;
}

bool Exporter::labels(PartFile &part) {
    // The chain in the range plus its links just outside: the label before `since` (the first one
    // in the range names its hash) and the one after `until` (which names the last one's).
    const std::string since = std::to_string(m_o.sinceMs), until = std::to_string(m_o.untilMs);
    for (const auto &m : m_models) {
        const std::string index = "label:" + m + ":index";
        const auto before = command({"ZREVRANGEBYSCORE", index, "(" + since, "-inf", "LIMIT", "0", "1"});
        const auto inRange = before ? command({"ZRANGEBYSCORE", index, since, until}) : std::nullopt;
        const auto after = inRange ? command({"ZRANGEBYSCORE", index, "(" + until, "+inf", "LIMIT", "0", "1"})
                                   : std::nullopt;
        if (!after)
            return false;
        std::vector<std::string> keys;
        for (const auto *r : {&*before, &*inRange, &*after})
            for (const auto &k : r->elements) // window timestamps, like metrics:{id}:index
                keys.push_back("label:" + m + ":" + k.str);
        if (!addValues(part, keys, "labels " + m))
            return false;
    }
    return true;
}

bool Exporter::violations(PartFile &part) {
    // Episodes that overlap [since, until]: opened by `until` and not closed before `since`.
    for (const auto &m : m_models) {
        std::map<std::string, StoredEpisode> found;
        auto keep = [&](const StoredEpisode &e) {
            if (e.episode.openedMs <= m_o.untilMs &&
                (!e.episode.closedMs || *e.episode.closedMs >= m_o.sinceMs))
                found.emplace(e.episode.id, e);
        };
        const auto ids = command({"HKEYS", SnapshotStore::violationsKey(m)});
        if (!ids)
            return false;
        for (std::size_t at = 0; at < ids->elements.size(); at += kChunk) {
            std::vector<std::string> chunk;
            for (std::size_t i = at; i < std::min(ids->elements.size(), at + kChunk); ++i)
                chunk.push_back(ids->elements[i].str);
            const auto record = m_store.episodes(m, chunk);
            if (!record)
                return fail("Redis: " + m_redis.error());
            for (const auto &e : record->episodes)
                keep(e);
        }
        const auto closed = m_store.closedEpisodes(m, m_o.sinceMs, std::nullopt);
        if (!closed)
            return fail("Redis: " + m_redis.error());
        for (const auto &e : closed->episodes)
            keep(e);
        for (const auto &[id, e] : found) {
            const std::string key =
                e.archived ? SnapshotStore::closedKey(m) : SnapshotStore::violationsKey(m);
            part.add(recordLine(key, e.json, &id));
        }
        if (m_progress)
            m_progress("violations " + m, static_cast<std::int64_t>(found.size()), 0);
    }
    return true;
}

// One installation's part of the audit range: the entries, the checkpoint they are proved into,
// the leaves of that checkpoint's tree, and the installation's public key.
struct InstallationRange {
    std::string installation;
    std::vector<audit::AuditEntry> rows;
    audit::StoredCheckpoint checkpoint;
    std::vector<signing::Digest> leaves;
    std::string publicKeyPem;
};

bool Exporter::audit(PartFile &entries, PartFile &checkpoints) {
    std::vector<InstallationRange> ranges;
    std::string error;
    // This installation, from its log: a checkpoint is made when none covers the range.
    if (audit::AuditLog *log = m_o.log) {
        audit::AuditFilter f;
        f.sinceMs = m_o.sinceMs;
        f.untilMs = m_o.untilMs;
        const auto inRange = log->entries(f, &error);
        const auto size = inRange ? log->size(&error) : std::nullopt;
        if (!size)
            return fail(error);
        if (!inRange->empty()) {
            // A contiguous range plus one boundary entry on each side.
            const std::int64_t first = std::max<std::int64_t>(1, inRange->front().seq - 1);
            const std::int64_t last = std::min(*size, inRange->back().seq + 1);
            auto all = log->checkpoints(&error);
            if (!all)
                return fail(error);
            auto covering =
                std::find_if(all->rbegin(), all->rend(), [last](const audit::StoredCheckpoint &c) {
                    return c.checkpoint.size >= static_cast<std::uint64_t>(last);
                });
            InstallationRange r;
            r.installation = log->installationId();
            r.publicKeyPem = log->publicKey().pem();
            if (covering != all->rend()) {
                r.checkpoint = *covering;
            } else {
                auto made = log->checkpoint(&error); // the range is newer than every checkpoint
                if (!made)
                    return fail("the audit range needs a checkpoint: " + error);
                r.checkpoint = *made;
            }
            auto leaves = log->leafHashes(r.checkpoint.checkpoint.size, &error);
            audit::AuditFilter range;
            range.afterSeq = first - 1;
            range.limit = last - first + 1;
            auto rows = leaves ? log->entries(range, &error) : std::nullopt;
            if (!rows)
                return fail(error);
            r.leaves = std::move(*leaves);
            r.rows = std::move(*rows);
            ranges.push_back(std::move(r));
        }
    }
    // Other installations, from their copies in Redis (docs/audit.md "In Redis"), proved into
    // their own checkpoints there: only entries a checkpoint covers can be included.
    const auto installations = command({"SMEMBERS", audit::kReplicatedInstallationsKey});
    if (!installations)
        return false;
    std::vector<std::string> others;
    for (const auto &i : installations->elements)
        if (audit::isValidInstallationId(i.str) && (!m_o.log || i.str != m_o.log->installationId()))
            others.push_back(i.str);
    std::sort(others.begin(), others.end());
    for (const auto &installation : others) {
        if (cancelled())
            return false;
        auto all = audit::readReplicatedEntries(m_redis, installation, 1, 0, &error);
        auto cps = all ? audit::readReplicatedCheckpoints(m_redis, installation, &error) : std::nullopt;
        const auto key = cps ? command({"GET", audit::replicatedKeyKey(installation)}) : std::nullopt;
        if (!key) {
            m_warnings.push_back("installation " + installation +
                                 " skipped: " + (error.empty() ? m_error : error));
            m_error.clear();
            continue;
        }
        std::int64_t first = 0, last = 0;
        for (const auto &e : *all)
            if (e.timeMs >= m_o.sinceMs && e.timeMs <= m_o.untilMs) {
                if (!first)
                    first = e.seq;
                last = e.seq;
            }
        if (!first)
            continue;
        first = std::max<std::int64_t>(1, first - 1);
        last = std::min<std::int64_t>(static_cast<std::int64_t>(all->size()), last + 1);
        const audit::StoredCheckpoint *newest = nullptr;
        for (const auto &c : *cps)
            if (!newest || c.checkpoint.size > newest->checkpoint.size ||
                (c.checkpoint.size == newest->checkpoint.size && c.id > newest->id))
                newest = &c;
        if (!newest || newest->checkpoint.size < static_cast<std::uint64_t>(first)) {
            m_warnings.push_back("installation " + installation +
                                 ": no checkpoint in Redis covers its entries " + std::to_string(first) +
                                 "-" + std::to_string(last) + "; they are not included");
            continue;
        }
        if (newest->checkpoint.size < static_cast<std::uint64_t>(last)) {
            m_warnings.push_back("installation " + installation + ": entries after " +
                                 std::to_string(newest->checkpoint.size) +
                                 " are not covered by a checkpoint in Redis yet and are not included");
            last = static_cast<std::int64_t>(newest->checkpoint.size);
        }
        // The smallest checkpoint that covers the range, as for this installation's own log.
        const audit::StoredCheckpoint *chosen = newest;
        for (const auto &c : *cps)
            if (c.checkpoint.size >= static_cast<std::uint64_t>(last) &&
                c.checkpoint.size < chosen->checkpoint.size)
                chosen = &c;
        InstallationRange r;
        r.installation = installation;
        r.publicKeyPem = key->type == RedisReply::Type::String ? key->str : std::string();
        r.checkpoint = *chosen;
        for (std::uint64_t i = 0; i < chosen->checkpoint.size && i < all->size(); ++i)
            r.leaves.push_back(audit::leafHash(audit::canonicalEntry((*all)[i])));
        for (std::int64_t seq = first; seq <= last; ++seq)
            r.rows.push_back((*all)[static_cast<std::size_t>(seq - 1)]);
        ranges.push_back(std::move(r));
    }
    std::sort(ranges.begin(), ranges.end(), [](const InstallationRange &a, const InstallationRange &b) {
        return a.installation < b.installation;
    });
    for (auto &r : ranges) {
        const std::uint64_t size = r.checkpoint.checkpoint.size;
        const audit::MerkleLevels tree(std::move(r.leaves));
        for (const auto &e : r.rows) {
            const auto index = static_cast<std::uint64_t>(e.seq - 1);
            std::vector<std::string> path;
            for (const auto &d : tree.inclusionProof(index, size))
                path.push_back('"' + toHex(d) + '"');
            JcsObject line;
            line.integer("checkpoint", r.checkpoint.id)
                .str("entry", audit::canonicalEntry(e))
                .str("hash", e.hash)
                .raw("inclusion_path", jcsArray(path))
                .str("installation", e.installation)
                .integer("leaf_index", static_cast<std::int64_t>(index))
                .str("prev_hash", e.prevHash)
                .integer("seq", e.seq)
                .integer("tree_size", static_cast<std::int64_t>(size));
            entries.add(line.text());
        }
        JcsObject c;
        c.integer("checkpoint", r.checkpoint.id)
            .str("installation", r.installation)
            .str("note", r.checkpoint.checkpoint.note)
            .str("public_key", r.publicKeyPem);
        checkpoints.add(c.text());
        if (m_progress)
            m_progress("audit " + r.installation, static_cast<std::int64_t>(r.rows.size()), 0);
    }
    return true;
}

std::optional<ExportResult> Exporter::run(std::string *error) {
    auto failed = [&]() -> std::optional<ExportResult> {
        if (error)
            *error = m_error;
        return std::nullopt;
    };
    m_models = m_o.models;
    std::sort(m_models.begin(), m_models.end());
    m_models.erase(std::unique(m_models.begin(), m_models.end()), m_models.end());
    if (m_models.empty())
        return fail("no model chosen"), failed();
    for (const auto &m : m_models)
        if (!isValidModelId(m))
            return fail("not a model id: " + m), failed();
    if (m_o.sinceMs > m_o.untilMs)
        return fail("the range ends before it begins"), failed();
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail("no temporary directory: " + dir.errorString().toStdString()), failed();
    std::vector<std::unique_ptr<PartFile>> parts;
    for (const auto &name : partNames()) {
        parts.push_back(std::make_unique<PartFile>(dir, name));
        if (!parts.back()->ok())
            return fail(parts.back()->path() + ": cannot write"), failed();
    }
    auto part = [&](const char *name) -> PartFile & {
        for (auto &p : parts)
            if (p->name() == name)
                return *p;
        return *parts.front();
    };
    if (!configs(part("configs.jsonl")) || !tolerances(part("tolerances.jsonl")) ||
        !references(part("references.jsonl")) || !snapshots(part("snapshots.jsonl")) ||
        !labels(part("labels.jsonl")) || !violations(part("violations.jsonl")) ||
        !audit(part("audit.jsonl"), part("checkpoints.jsonl")))
        return failed();
    std::vector<MemberDigest> members;
    ExportResult result;
    for (auto &p : parts) {
        result.counts[p->name()] = p->lines();
        if (!p->finish(members))
            return fail(p->path() + ": cannot write"), failed();
    }
    result.rootDigest = rootDigest(members);

    // The statement: every member's digest, and what the pack is of.
    std::vector<std::string> subjects;
    for (const auto &m : members)
        subjects.push_back(
            JcsObject().raw("digest", JcsObject().str("sha256", m.sha256).text()).str("name", m.name).text());
    JcsObject counts;
    for (const auto &[name, n] : result.counts)
        counts.integer(name, n);
    JcsObject predicate;
    predicate.raw("counts", counts.text())
        .str("format", kFormat)
        .raw("models", jcsStringArray(m_models))
        .str("record", m_o.recordName)
        .str("root_digest", result.rootDigest)
        .str("since", timestamps::formatIso8601Ms(m_o.sinceMs))
        .integer("since_ms", m_o.sinceMs)
        .str("until", timestamps::formatIso8601Ms(m_o.untilMs))
        .integer("until_ms", m_o.untilMs);
    if (m_o.key)
        predicate.str("signer_public_key", m_o.key->publicKey().pem());
    JcsObject statement;
    statement.str("_type", kStatementType)
        .raw("predicate", predicate.text())
        .str("predicateType", kPredicateType)
        .raw("subject", jcsArray(subjects));
    const std::string payload = statement.text();
    std::vector<std::string> signatures;
    if (m_o.key) {
        result.signerFingerprint = m_o.key->publicKey().fingerprint();
        signatures.push_back(
            JcsObject()
                .str("keyid", result.signerFingerprint)
                .str("sig", signing::toBase64(m_o.key->signBytes(preAuthEncoding(kPayloadType, payload))))
                .text());
    }
    const std::string envelope = JcsObject()
                                     .str("payload", signing::toBase64(payload))
                                     .str("payloadType", kPayloadType)
                                     .raw("signatures", jcsArray(signatures))
                                     .text();

    // Assembled beside the target and renamed over it: never a half-written pack under its name.
    const QString partial = QString::fromStdString(m_o.outPath) + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        TarWriter tar;
        std::string why;
        bool ok = tar.open(partial.toStdString(), m_o.untilMs / 1000, &why) &&
                  tar.addBytes(kManifestName, envelope + "\n", &why);
        for (std::size_t i = 0; ok && i < parts.size(); ++i)
            ok = tar.addFile(parts[i]->name(), parts[i]->path(), &why) &&
                 tar.addFile(lineDigestsName(parts[i]->name()), parts[i]->digestsPath(), &why);
        ok = ok && tar.close(&why);
        if (!ok || cancelled()) {
            QFile::remove(partial);
            return fail(why.empty() ? m_error : why), failed();
        }
    }
    QFile::remove(QString::fromStdString(m_o.outPath));
    if (!QFile::rename(partial, QString::fromStdString(m_o.outPath))) {
        QFile::remove(partial);
        return fail(m_o.outPath + ": cannot write"), failed();
    }
    result.bytes = QFileInfo(QString::fromStdString(m_o.outPath)).size();
    result.warnings = m_warnings;
    // The export's own entry comes after the pack is built: the pack does not depend on it.
    if (m_o.log) {
        JcsObject details;
        details.raw("counts", counts.text())
            .str("file", QFileInfo(QString::fromStdString(m_o.outPath)).absoluteFilePath().toStdString())
            .raw("models", jcsStringArray(m_models))
            .str("root_digest", result.rootDigest)
            .str("signer", result.signerFingerprint)
            .integer("since_ms", m_o.sinceMs)
            .integer("until_ms", m_o.untilMs);
        std::string why;
        result.exportEntry =
            m_o.log->append({"evidence.export", "evidence/" + result.rootDigest, details.text(), {}}, &why);
        if (!result.exportEntry)
            return fail("the pack was written, but its audit entry could not be: " + why), failed();
    }
    return result;
}
} // namespace

std::optional<ExportResult> exportPack(RedisClient &redis, const ExportOptions &options, std::string *error,
                                       const ExportProgress &progress, const std::atomic<bool> *cancel) {
    Exporter exporter(redis, options, progress, cancel);
    return exporter.run(error);
}

} // namespace assurance::evidence
