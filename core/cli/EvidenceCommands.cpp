#include "EvidenceCommands.h"

#include "audit/AuditLog.h"
#include "cli/LicenseCommands.h"
#include "evidence/EvidenceExport.h"
#include "evidence/EvidenceVerify.h"
#include "evidence/TrustedKeys.h"
#include "json/PyJson.h"
#include "json/Timestamps.h"

#include <QFileInfo>

#include <cstdio>

namespace assurance {

namespace {
enum Exit { Ok = 0, NotFound = 1, Usage = 2, Io = 3, VerificationFailed = 4, Refused = 5 };

CommandResult failure(int code, const std::string &message) {
    return {code, {}, "assurancectl: " + message + "\n"};
}

std::string refusalDetails(const std::string &what, const std::string &reason) {
    std::string out = "{\"reason\":";
    pyjson::appendString(out, reason);
    out += ",\"what\":";
    pyjson::appendString(out, what);
    return out + "}";
}
} // namespace

CommandResult evidenceKeygenCommand(const std::string &out) {
    if (QFileInfo::exists(QString::fromStdString(out)) ||
        QFileInfo::exists(QString::fromStdString(out + ".pub")))
        return failure(Refused, out + " or " + out + ".pub exists already; a key is never overwritten");
    std::string error;
    const auto key = signing::SigningKey::generate();
    if (!key.save(out, &error))
        return failure(Io, error);
    return {Ok,
            "private key " + out + " (0600), public key " + out + ".pub\nfingerprint " +
                key.publicKey().fingerprint() + "\n",
            {}};
}

CommandResult evidenceExportCommand(const EvidenceExportOptions &o) {
    const auto since = parseTimeArgument(o.since);
    const auto until = parseTimeArgument(o.until);
    if (!since || !until)
        return failure(Usage,
                       "--since and --until need a date-time (2025-10-27T16:00:00Z), a window timestamp or "
                       "epoch milliseconds");
    if (*since > *until)
        return failure(Usage, "--since is after --until");
    std::optional<signing::SigningKey> key;
    std::string error;
    if (!o.keyFile.empty()) {
        // Gate "signed evidence" (docs/license.md): Community exports unsigned packs only.
        if (const auto entitled = installationEntitlements(); !entitled.allowsSignedEvidence()) {
            const std::string why = entitled.refusalReason(license::feature::SignedEvidence);
            const std::string db = o.auditDb.empty() ? audit::defaultAuditDbPath().toStdString() : o.auditDb;
            if (auto log = audit::AuditLog::open(db, &error))
                log->append({"license.refused", "license", refusalDetails("signed-evidence", why), {}},
                            nullptr);
            return failure(Refused, "signed export refused: " + why +
                                        " (export without --key-file for an "
                                        "unsigned pack)");
        }
        key = signing::SigningKey::load(o.keyFile, &error);
        if (!key)
            return failure(Io, error);
    }
    // The log first: nothing is exported that could not be recorded.
    const std::string db = o.auditDb.empty() ? audit::defaultAuditDbPath().toStdString() : o.auditDb;
    auto log = audit::AuditLog::open(db, &error);
    if (!log)
        return failure(Io, error);
    auto connected = connectRedisTarget(o.redis);
    if (!connected.client)
        return connected.failure;
    evidence::ExportOptions options;
    options.models = o.models;
    options.sinceMs = *since;
    options.untilMs = *until;
    options.outPath = o.out;
    options.recordName = connected.client->url().redacted();
    options.key = key ? &*key : nullptr;
    options.log = log.get();
    std::string lastStage;
    const auto result = evidence::exportPack(
        *connected.client, options, &error,
        [&lastStage](const std::string &stage, std::int64_t done, std::int64_t total) {
            if (stage != lastStage && !lastStage.empty())
                std::fputc('\n', stderr);
            lastStage = stage;
            if (total > 0)
                std::fprintf(stderr, "\r%s: %lld/%lld", stage.c_str(), static_cast<long long>(done),
                             static_cast<long long>(total));
            else
                std::fprintf(stderr, "\r%s: %lld", stage.c_str(), static_cast<long long>(done));
            std::fflush(stderr);
        });
    if (!lastStage.empty())
        std::fputc('\n', stderr);
    if (!result)
        return failure(error.starts_with("not a model id") || error.starts_with("no model") ||
                               error.starts_with("the range ends")
                           ? Usage
                           : Io,
                       error);
    CommandResult r;
    for (const auto &warning : result->warnings)
        r.err += "assurancectl: " + warning + "\n";
    if (o.json) {
        pyjson::Writer w;
        w.beginObject();
        w.key("file");
        w.value(o.out);
        w.key("root_digest");
        w.value(result->rootDigest);
        w.key("signer");
        if (result->signerFingerprint.empty())
            w.null();
        else
            w.value(result->signerFingerprint);
        w.key("bytes");
        w.value(result->bytes);
        w.key("counts");
        w.beginObject();
        for (const auto &[name, n] : result->counts) {
            w.key(name);
            w.value(n);
        }
        w.endObject();
        w.key("audit_entry");
        w.value(result->exportEntry ? result->exportEntry->seq : 0);
        w.endObject();
        r.out = w.take() + "\n";
    } else {
        r.out = "wrote " + o.out + " (" + std::to_string(result->bytes) + " bytes)\nroot digest " +
                result->rootDigest + "\n" +
                (result->signerFingerprint.empty() ? "not signed (integrity only)\n"
                                                   : "signed by " + result->signerFingerprint + "\n");
        for (const auto &[name, n] : result->counts)
            r.out += "  " + name + ": " + std::to_string(n) + "\n";
        if (result->exportEntry)
            r.out += "audited as entry " + std::to_string(result->exportEntry->seq) + "\n";
    }
    return r;
}

CommandResult evidenceVerifyCommand(const std::string &pack, const std::vector<std::string> &pubkeyFiles,
                                    bool json) {
    if (!QFileInfo::exists(QString::fromStdString(pack)))
        return failure(NotFound, pack + ": no such file");
    std::vector<signing::PublicKey> trusted;
    std::string error;
    for (const auto &file : pubkeyFiles) {
        auto key = signing::PublicKey::load(file, &error);
        if (!key)
            return failure(Io, error);
        trusted.push_back(*key);
    }
    std::vector<std::string> problems;
    for (const auto &k : evidence::loadTrustedKeys(&problems))
        trusted.push_back(k);
    CommandResult r;
    for (const auto &p : problems)
        r.err += "assurancectl: trusted key skipped: " + p + "\n";
    const evidence::PackVerdict v = evidence::verifyPack(pack, trusted);
    const char *verdict =
        v.trust == evidence::PackTrust::Verified        ? "VERIFIED"
        : v.trust == evidence::PackTrust::UnknownSigner ? "INTACT, SIGNED BY AN UNTRUSTED KEY"
        : v.trust == evidence::PackTrust::IntegrityOnly ? "INTACT, NOT SIGNED (integrity only)"
                                                        : "NOT VERIFIED";
    if (json) {
        pyjson::Writer w;
        w.beginObject();
        w.key("verdict");
        w.value(verdict);
        w.key("parts_valid");
        w.value(v.partsValid);
        w.key("parts_total");
        w.value(v.partsTotal);
        w.key("root_digest");
        w.value(v.rootDigest);
        w.key("signed");
        w.value(v.isSigned);
        w.key("signer");
        w.value(v.signerFingerprint);
        w.key("signer_trusted");
        w.value(v.signerTrusted);
        w.key("first_broken");
        w.value(v.firstBroken);
        w.key("lines");
        w.beginArray();
        for (const auto &l : v.lines)
            w.value(l);
        w.endArray();
        w.endObject();
        r.out = w.take() + "\n";
    } else {
        for (const auto &l : v.lines)
            r.out += l + "\n";
        r.out += std::to_string(v.partsValid) + "/" + std::to_string(v.partsTotal) + " parts valid\n";
        r.out += "root digest " + v.rootDigest + "\n";
        if (!v.models.empty()) {
            r.out += "models";
            for (const auto &m : v.models)
                r.out += " " + m;
            r.out += ", " + timestamps::formatIso8601Ms(v.sinceMs) + " to " +
                     timestamps::formatIso8601Ms(v.untilMs) + "\n";
        }
        for (const auto &i : v.installations)
            r.out += "audit checkpoint of installation " + i + "\n";
        if (!v.isSigned)
            r.out += "not signed: anyone can rebuild an unsigned pack; it proves integrity against accidents "
                     "only\n";
        else
            r.out += "signed by " + v.signerFingerprint +
                     (v.signatureValid ? (v.signerTrusted ? " (trusted)\n"
                                                          : " (NOT a trusted key: name it with --pubkey)\n")
                                       : " (signature INVALID)\n");
        if (!v.firstBroken.empty())
            r.out += "first broken record: " + v.firstBroken + "\n";
        r.out += std::string(verdict) + "\n";
    }
    r.exitCode = v.trust == evidence::PackTrust::Verified || v.trust == evidence::PackTrust::IntegrityOnly
                     ? Ok
                     : VerificationFailed;
    return r;
}

CommandResult evidenceReportCommand(const std::string &pack, const std::vector<std::string> &pubkeyFiles,
                                    const std::string &pdf, const EvidenceReportWriter &write) {
    if (!QFileInfo::exists(QString::fromStdString(pack)))
        return failure(NotFound, pack + ": no such file");
    std::vector<signing::PublicKey> trusted;
    std::string error;
    for (const auto &file : pubkeyFiles) {
        auto key = signing::PublicKey::load(file, &error);
        if (!key)
            return failure(Io, error);
        trusted.push_back(*key);
    }
    std::vector<std::string> problems;
    for (const auto &k : evidence::loadTrustedKeys(&problems))
        trusted.push_back(k);
    const auto v = write(pack, trusted, pdf, &error);
    if (!v)
        return failure(Io, error);
    CommandResult r;
    for (const auto &p : problems)
        r.err += "assurancectl: trusted key skipped: " + p + "\n";
    r.out = "wrote " + pdf + "\nroot digest " + v->rootDigest + "\n";
    if (!v->firstBroken.empty())
        r.out += "first broken record: " + v->firstBroken + "\n";
    r.out +=
        std::string(v->trust == evidence::PackTrust::Verified        ? "VERIFIED"
                    : v->trust == evidence::PackTrust::UnknownSigner ? "INTACT, SIGNED BY AN UNTRUSTED KEY"
                    : v->trust == evidence::PackTrust::IntegrityOnly ? "INTACT, NOT SIGNED (integrity only)"
                                                                     : "NOT VERIFIED") +
        "\n";
    return r;
}

} // namespace assurance
