#include "AuditCommands.h"

#include "audit/AuditReplicator.h"
#include "audit/MerkleTree.h"
#include "redis/RedisClient.h"
#include "json/PyJson.h"
#include "json/Timestamps.h"

#include <QFileInfo>

#include <fstream>

namespace assurance {

using audit::AuditLog;
using signing::toHex;

namespace {
enum Exit { Ok = 0, NotFound = 1, Usage = 2, Io = 3, VerificationFailed = 4, Refused = 5 };

std::string dbPathOf(const AuditCommandOptions &o) {
    return o.dbPath.empty() ? audit::defaultAuditDbPath().toStdString() : o.dbPath;
}

std::unique_ptr<AuditLog> openLog(const AuditCommandOptions &o, AuditLog::Mode mode, CommandResult &r) {
    std::string error;
    auto log = AuditLog::open(dbPathOf(o), &error, mode);
    if (!log) {
        r.exitCode = Io;
        r.err = "assurancectl: " + error + "\n";
    }
    return log;
}

// Read-only unless this process may write the file: verifying an auditor's copy changes nothing.
AuditLog::Mode readMode(const AuditCommandOptions &o) {
    const QFileInfo info(QString::fromStdString(dbPathOf(o)));
    return info.exists() && info.isWritable() && QFileInfo(info.absolutePath()).isWritable()
               ? AuditLog::Mode::ReadWrite
               : AuditLog::Mode::ReadOnly;
}

void writeEntry(pyjson::Writer &w, const audit::AuditEntry &e) {
    w.beginObject();
    w.key("seq");
    w.value(e.seq);
    w.key("time");
    w.value(timestamps::formatIso8601Ms(e.timeMs));
    w.key("time_ms");
    w.value(e.timeMs);
    w.key("installation");
    w.value(e.installation);
    w.key("actor");
    w.value(e.actor);
    w.key("action");
    w.value(e.action);
    w.key("target");
    w.value(e.target);
    w.key("details");
    w.value(e.details);
    w.key("prev_hash");
    w.value(e.prevHash);
    w.key("hash");
    w.value(e.hash);
    w.endObject();
}

void writePath(pyjson::Writer &w, const std::vector<audit::Digest> &path) {
    w.beginArray();
    for (const auto &d : path)
        w.value(toHex(d));
    w.endArray();
}

std::unique_ptr<RedisClient> connectRedis(const RedisTarget &target, CommandResult &r) {
    auto connected = connectRedisTarget(target);
    if (!connected.client)
        r = connected.failure;
    return std::move(connected.client);
}

std::string pad(std::string s, std::size_t width) {
    if (s.size() < width)
        s.append(width - s.size(), ' ');
    return s;
}
} // namespace

CommandResult auditListCommand(const AuditCommandOptions &o, const audit::AuditFilter &filter) {
    CommandResult r;
    auto log = openLog(o, AuditLog::Mode::ReadOnly, r);
    if (!log)
        return r;
    std::string error;
    const auto entries = log->entries(filter, &error);
    if (!entries) {
        r.exitCode = Io;
        r.err = "assurancectl: " + error + "\n";
        return r;
    }
    if (o.json) {
        pyjson::Writer w;
        w.beginArray();
        for (const auto &e : *entries)
            writeEntry(w, e);
        w.endArray();
        r.out = w.take() + "\n";
        return r;
    }
    r.out = pad("SEQ", 8) + pad("TIME (UTC)", 26) + pad("ACTOR", 24) + pad("ACTION", 24) + "TARGET\n";
    for (const auto &e : *entries)
        r.out += pad(std::to_string(e.seq), 8) + pad(timestamps::formatIso8601Ms(e.timeMs), 26) +
                 pad(e.actor, 24) + pad(e.action, 24) + e.target + "\n";
    r.err = std::to_string(entries->size()) + " entries\n";
    return r;
}

CommandResult auditVerifyCommand(const AuditCommandOptions &o, const std::string &pubkeyPath, bool record) {
    CommandResult r;
    std::optional<signing::PublicKey> trusted;
    if (!pubkeyPath.empty()) {
        std::string error;
        trusted = signing::PublicKey::load(pubkeyPath, &error);
        if (!trusted) {
            r.exitCode = Io;
            r.err = "assurancectl: " + error + "\n";
            return r;
        }
    }
    const AuditLog::Mode mode = record ? readMode(o) : AuditLog::Mode::ReadOnly;
    auto log = openLog(o, mode, r);
    if (!log)
        return r;
    const audit::VerifyReport report = log->verify(trusted);
    if (o.json) {
        pyjson::Writer w;
        w.beginObject();
        w.key("path");
        w.value(log->path());
        w.key("installation");
        w.value(report.installation);
        w.key("key_fingerprint");
        w.value(report.keyFingerprint);
        w.key("entries");
        w.value(report.entries);
        w.key("checkpoints");
        w.value(report.checkpoints);
        w.key("verified");
        w.value(report.ok());
        w.key("first_broken_entry");
        if (report.firstBrokenEntry)
            w.value(report.firstBrokenEntry);
        else
            w.null();
        w.key("problems");
        w.beginArray();
        for (const auto &p : report.problems)
            w.value(p.message);
        w.endArray();
        w.endObject();
        r.out = w.take() + "\n";
    } else {
        for (const auto &p : report.problems)
            r.out += p.message + "\n";
        r.out += "audit log " + log->path() + ": " + std::to_string(report.entries) + " entries, " +
                 std::to_string(report.checkpoints) + " checkpoints, installation " + report.installation +
                 ", key " + report.keyFingerprint + "\n";
        if (report.ok()) {
            r.out += "VERIFIED\n";
        } else {
            r.out += "FAILED: " + std::to_string(report.problems.size()) + " problem" +
                     (report.problems.size() == 1 ? "" : "s");
            if (report.firstBrokenEntry)
                r.out += "; first broken entry: " + std::to_string(report.firstBrokenEntry) + " (" +
                         report.firstBrokenReason + ")";
            r.out += "\n";
        }
    }
    r.exitCode = report.ok() ? Ok : VerificationFailed;
    if (record && mode == AuditLog::Mode::ReadWrite) {
        const std::string details = "{\"checkpoints\":" + std::to_string(report.checkpoints) +
                                    ",\"entries\":" + std::to_string(report.entries) +
                                    ",\"first_broken_entry\":" + std::to_string(report.firstBrokenEntry) +
                                    ",\"key_fingerprint\":\"" + report.keyFingerprint +
                                    "\",\"problems\":" + std::to_string(report.problems.size()) +
                                    ",\"verified\":" + (report.ok() ? "true" : "false") + "}";
        std::string error;
        if (!log->append({"audit.verify", "audit-log", details, {}}, &error))
            r.err += "assurancectl: the verification was not recorded: " + error + "\n";
    }
    return r;
}

CommandResult auditCheckpointCommand(const AuditCommandOptions &o) {
    CommandResult r;
    auto log = openLog(o, AuditLog::Mode::ReadWrite, r);
    if (!log)
        return r;
    std::string error;
    const auto c = log->checkpoint(&error);
    if (!c) {
        r.exitCode = Io;
        r.err = "assurancectl: " + error + "\n";
        return r;
    }
    if (o.json) {
        pyjson::Writer w;
        w.beginObject();
        w.key("id");
        w.value(c->id);
        w.key("size");
        w.value(c->checkpoint.size);
        w.key("root");
        w.value(toHex(c->checkpoint.root));
        w.key("time_ms");
        w.value(c->checkpoint.timeMs);
        w.key("note");
        w.value(c->checkpoint.note);
        w.endObject();
        r.out = w.take() + "\n";
    } else {
        r.out = c->checkpoint.note;
        r.err = "checkpoint " + std::to_string(c->id) + ": " + std::to_string(c->checkpoint.size) +
                " entries, signed by key " + log->publicKey().fingerprint() + "\n";
    }
    return r;
}

CommandResult auditProveCommand(const AuditCommandOptions &o, std::int64_t entry, std::uint64_t size) {
    CommandResult r;
    auto log = openLog(o, AuditLog::Mode::ReadOnly, r);
    if (!log)
        return r;
    std::string error;
    const auto p = log->proveInclusion(entry, size, &error);
    if (!p) {
        r.exitCode = NotFound;
        r.err = "assurancectl: " + error + "\n";
        return r;
    }
    const bool ok = audit::verifyInclusion(p->index, p->size, p->leaf, p->path, p->root);
    const bool signedOk = p->checkpoint && p->checkpoint->checkpoint.root == p->root &&
                          audit::checkpointSignedBy(p->checkpoint->checkpoint.note, log->publicKey());
    if (o.json) {
        pyjson::Writer w;
        w.beginObject();
        w.key("entry");
        w.value(entry);
        w.key("leaf_index");
        w.value(p->index);
        w.key("tree_size");
        w.value(p->size);
        w.key("leaf_hash");
        w.value(toHex(p->leaf));
        w.key("root_hash");
        w.value(toHex(p->root));
        w.key("inclusion_path");
        writePath(w, p->path);
        w.key("checkpoint");
        if (p->checkpoint)
            w.value(p->checkpoint->checkpoint.note);
        else
            w.null();
        w.key("verified");
        w.value(ok);
        w.key("checkpoint_verified");
        if (p->checkpoint)
            w.value(signedOk);
        else
            w.null();
        w.endObject();
        r.out = w.take() + "\n";
    } else {
        r.out = "entry " + std::to_string(entry) + " (leaf " + std::to_string(p->index) +
                ") in the tree of " + std::to_string(p->size) + " entries\nleaf hash " + toHex(p->leaf) +
                "\nroot hash " + toHex(p->root) + "\ninclusion path (" + std::to_string(p->path.size()) +
                " hashes, leaf to root):\n";
        for (const auto &d : p->path)
            r.out += "  " + toHex(d) + "\n";
        r.out += std::string("path ") + (ok ? "VERIFIED" : "INVALID") + " against the root\n";
        if (p->checkpoint)
            r.out += "checkpoint " + std::to_string(p->checkpoint->id) + " " +
                     (signedOk ? "VERIFIED: signs this root" : "INVALID: does not sign this root") + "\n" +
                     p->checkpoint->checkpoint.note;
        else
            r.out += "no signed checkpoint of size " + std::to_string(p->size) + "\n";
    }
    r.exitCode = ok && (signedOk || !p->checkpoint) ? Ok : VerificationFailed;
    return r;
}

CommandResult auditConsistencyCommand(const AuditCommandOptions &o, std::uint64_t from, std::uint64_t to) {
    CommandResult r;
    auto log = openLog(o, AuditLog::Mode::ReadOnly, r);
    if (!log)
        return r;
    std::string error;
    const auto p = log->proveConsistency(from, to, &error);
    if (!p) {
        r.exitCode = error.starts_with("--") ? Usage : NotFound;
        r.err = "assurancectl: " + error + "\n";
        return r;
    }
    const bool ok = audit::verifyConsistency(p->from, p->to, p->fromRoot, p->toRoot, p->path);
    auto signs = [&](const std::optional<audit::StoredCheckpoint> &c, const audit::Digest &root) {
        return !c || (c->checkpoint.root == root &&
                      audit::checkpointSignedBy(c->checkpoint.note, log->publicKey()));
    };
    const bool signedOk = signs(p->fromCheckpoint, p->fromRoot) && signs(p->toCheckpoint, p->toRoot);
    if (o.json) {
        pyjson::Writer w;
        w.beginObject();
        w.key("from");
        w.value(p->from);
        w.key("to");
        w.value(p->to);
        w.key("from_root");
        w.value(toHex(p->fromRoot));
        w.key("to_root");
        w.value(toHex(p->toRoot));
        w.key("consistency_path");
        writePath(w, p->path);
        w.key("verified");
        w.value(ok && signedOk);
        w.endObject();
        r.out = w.take() + "\n";
    } else {
        r.out = "tree of " + std::to_string(p->from) + " entries (root " + toHex(p->fromRoot) +
                ")\nis a prefix of the tree of " + std::to_string(p->to) + " entries (root " +
                toHex(p->toRoot) + ")\nconsistency path (" + std::to_string(p->path.size()) + " hashes):\n";
        for (const auto &d : p->path)
            r.out += "  " + toHex(d) + "\n";
        r.out += std::string("proof ") + (ok ? "VERIFIED" : "INVALID") + "\n";
        for (const auto *c : {&p->fromCheckpoint, &p->toCheckpoint})
            if (*c)
                r.out += "checkpoint " + std::to_string((*c)->id) + " (size " +
                         std::to_string((*c)->checkpoint.size) + ") " +
                         (signs(*c, (*c)->checkpoint.size == p->from ? p->fromRoot : p->toRoot) ? "VERIFIED"
                                                                                                : "INVALID") +
                         "\n";
    }
    r.exitCode = ok && signedOk ? Ok : VerificationFailed;
    return r;
}

CommandResult auditSyncCommand(const AuditCommandOptions &o, const RedisTarget &target) {
    CommandResult r;
    auto log = openLog(o, AuditLog::Mode::ReadOnly, r);
    if (!log)
        return r;
    auto redis = connectRedis(target, r);
    if (!redis)
        return r;
    std::string error;
    audit::AuditReplicator::Failure failure = audit::AuditReplicator::Failure::Redis;
    const auto result = audit::AuditReplicator(*log, *redis).sync(&error, &failure);
    if (!result) {
        r.exitCode = failure == audit::AuditReplicator::Failure::Diverged ? VerificationFailed : Io;
        r.err = "assurancectl: " + error + "\n";
        return r;
    }
    if (o.json) {
        pyjson::Writer w;
        w.beginObject();
        w.key("installation");
        w.value(log->installationId());
        w.key("redis");
        w.value(redis->url().redacted());
        w.key("entries_pushed");
        w.value(result->entriesPushed);
        w.key("checkpoints_pushed");
        w.value(result->checkpointsPushed);
        w.key("last_seq_in_redis");
        w.value(result->lastSeqInRedis);
        w.endObject();
        r.out = w.take() + "\n";
    } else {
        r.out =
            "installation " + log->installationId() + " -> " + redis->url().redacted() + ": " +
            std::to_string(result->entriesPushed) + " entries and " +
            std::to_string(result->checkpointsPushed) + " checkpoints pushed; Redis holds " +
            (result->lastSeqInRedis ? "entries 1.." + std::to_string(result->lastSeqInRedis) : "no entries") +
            "\n";
    }
    return r;
}

} // namespace assurance
