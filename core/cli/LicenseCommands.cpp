#include "LicenseCommands.h"

#include "audit/AuditLog.h"
#include "license/LicenseStore.h"
#include "metrics/Clock.h"
#include "json/PyJson.h"
#include "json/Timestamps.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <charconv>

namespace assurance {

namespace {
enum Exit { Ok = 0, NotFound = 1, Usage = 2, Io = 3, VerificationFailed = 4, Refused = 5 };

CommandResult failure(int code, const std::string &message) {
    return {code, {}, "assurancectl: " + message + "\n"};
}

std::optional<std::string> readFile(const std::string &path, std::string *error) {
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + ": " + f.errorString().toStdString();
        return std::nullopt;
    }
    const QByteArray bytes = f.read(64 * 1024 + 1);
    return bytes.toStdString();
}

std::optional<std::int64_t> parseCount(const std::string &s) {
    std::int64_t n = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), n);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size() || n < 0 || n > 1000000000)
        return std::nullopt;
    return n;
}

std::string days(std::int64_t ms) {
    const std::int64_t d = ms / license::kDayMs;
    return std::to_string(d) + (d == 1 ? " day" : " days");
}

QString dataDirOf(const LicenseStoreOptions &o) {
    return o.dataDir.empty() ? audit::defaultDataDirectory() : QString::fromStdString(o.dataDir);
}

std::string auditDbOf(const LicenseStoreOptions &o) {
    return o.auditDb.empty() ? audit::defaultAuditDbPath().toStdString() : o.auditDb;
}

std::string details(const license::License &l, const std::string &reason = {}) {
    pyjson::Writer w;
    w.beginObject();
    w.key("expires");
    w.value(l.expiresMs);
    w.key("key_id");
    w.value(l.keyId);
    w.key("license_id");
    w.value(l.licenseId);
    w.key("licensee");
    w.value(l.licensee);
    if (!reason.empty()) {
        w.key("reason");
        w.value(reason);
    }
    w.key("tier");
    w.value(license::tierName(l.tier));
    w.endObject();
    return w.take();
}

std::string reasonOnly(const std::string &what, const std::string &reason) {
    pyjson::Writer w;
    w.beginObject();
    w.key("reason");
    w.value(reason);
    w.key("what");
    w.value(what);
    w.endObject();
    return w.take();
}

// The human lines for a license (verify and status).
std::string describe(const license::License &l, license::State state, std::int64_t nowMs) {
    std::string out = "license " + l.licenseId + "\nlicensee " + l.licensee + "\ntier " +
                      std::string(license::tierName(l.tier)) + "\nfeatures ";
    for (std::size_t i = 0; i < l.features.size(); ++i)
        out += (i ? "," : "") + l.features[i];
    out += std::string(l.features.empty() ? "(none)" : "") + "\nmax models " +
           (l.maxModels ? std::to_string(*l.maxModels) : "unlimited") + "\nseats " +
           (l.seats ? std::to_string(*l.seats) + " (shown, not enforced offline)" : "unlimited") +
           "\nissued " + timestamps::formatIso8601Ms(l.issuedMs) + "\nexpires " +
           timestamps::formatIso8601Ms(l.expiresMs);
    if (state == license::State::Valid || state == license::State::Expiring)
        out += " (in " + days(l.expiresMs - nowMs) + ")";
    else if (state == license::State::ExpiredInGrace)
        out += " (expired; grace ends in " + days(l.expiresMs + license::kGraceMs - nowMs) + ")";
    out += "\nkey id " + l.keyId + "\n";
    return out;
}

void writeLicenseJson(pyjson::Writer &w, const license::License &l) {
    w.key("license_id");
    w.value(l.licenseId);
    w.key("licensee");
    w.value(l.licensee);
    w.key("tier");
    w.value(license::tierName(l.tier));
    w.key("features");
    w.beginArray();
    for (const auto &f : l.features)
        w.value(f);
    w.endArray();
    w.key("max_models");
    l.maxModels ? w.value(*l.maxModels) : w.null();
    w.key("seats");
    l.seats ? w.value(*l.seats) : w.null();
    w.key("issued");
    w.value(timestamps::formatIso8601Ms(l.issuedMs));
    w.key("expires");
    w.value(timestamps::formatIso8601Ms(l.expiresMs));
    w.key("key_id");
    w.value(l.keyId);
}
} // namespace

license::Entitlements installationEntitlements() {
    const SystemClock clock;
    return license::Entitlements::of(
        license::loadStatus(audit::defaultDataDirectory(), clock.nowMs(), license::compiledVendorKeys()));
}

CommandResult licenseKeygenCommand(const std::string &out) {
    if (QFileInfo::exists(QString::fromStdString(out)) ||
        QFileInfo::exists(QString::fromStdString(out + ".pub")))
        return failure(Refused, out + " or " + out + ".pub exists already; a key is never overwritten");
    std::string error;
    const auto key = signing::SigningKey::generate();
    if (!key.save(out, &error))
        return failure(Io, error);
    return {Ok,
            "vendor private key " + out + " (0600), public key " + out + ".pub\nkey id " +
                license::keyIdOf(key.publicKey()) + "\nbuild with -DASSURANCE_LICENSE_VENDOR_KEYS=" + out +
                ".pub to trust it (docs/license.md)\n",
            {}};
}

CommandResult licenseIssueCommand(const LicenseIssueOptions &o, std::int64_t nowMs) {
    const auto tier = license::tierFromName(o.tier);
    if (!tier)
        return failure(Usage, "--tier must be community, professional or enterprise");
    std::optional<std::int64_t> expires;
    if (o.expires.size() == 10)
        expires = timestamps::parseIso8601(o.expires + "T23:59:59Z");
    else if (o.expires.ends_with('Z'))
        expires = timestamps::parseIso8601(o.expires);
    if (!expires)
        return failure(Usage,
                       "--expires needs a date (2027-12-31: the end of that day, UTC) or a UTC date-time "
                       "ending in Z");
    if (*expires <= nowMs)
        return failure(Usage, "--expires is in the past");
    if (o.licensee.empty())
        return failure(Usage, "--licensee must not be empty");
    license::License l;
    l.licenseId = o.licenseId.empty()
                      ? "lic-" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()
                      : o.licenseId;
    l.product = std::string(license::kProduct);
    l.licensee = o.licensee;
    l.tier = *tier;
    l.issuedMs = nowMs;
    l.expiresMs = *expires;
    if (o.features) {
        for (const QString &f :
             QString::fromStdString(*o.features).split(QLatin1Char(','), Qt::SkipEmptyParts))
            l.features.push_back(f.trimmed().toStdString());
    } else {
        l.features = license::defaultFeatures(*tier);
    }
    l.maxModels = license::defaultMaxModels(*tier);
    if (o.maxModels) {
        if (*o.maxModels == "unlimited")
            l.maxModels.reset();
        else if (const auto n = parseCount(*o.maxModels))
            l.maxModels = *n;
        else
            return failure(Usage, "--max-models must be a whole number or \"unlimited\"");
    }
    if (o.seats) {
        const auto n = parseCount(*o.seats);
        if (!n)
            return failure(Usage, "--seats must be a whole number");
        l.seats = *n;
    }
    std::string error;
    const auto key = signing::SigningKey::load(o.keyFile, &error);
    if (!key)
        return failure(Io, error);
    if (QFileInfo::exists(QString::fromStdString(o.out)))
        return failure(Refused, o.out + " exists already; a license file is never overwritten");
    const std::string text = license::issueLicense(l, *key);
    QFile f(QString::fromStdString(o.out));
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        f.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()) ||
        !f.flush())
        return failure(Io, o.out + ": " + f.errorString().toStdString());
    return {Ok,
            "wrote " + o.out + ": license " + l.licenseId + " for " + l.licensee + ", key id " +
                license::keyIdOf(key->publicKey()) + "\n",
            {}};
}

CommandResult licenseVerifyCommand(const std::string &file, bool json, std::int64_t nowMs) {
    if (!QFileInfo::exists(QString::fromStdString(file)))
        return failure(NotFound, file + ": no such file");
    std::string error;
    const auto text = readFile(file, &error);
    if (!text)
        return failure(Io, error);
    const license::Verification v = license::verifyLicense(*text, license::compiledVendorKeys(), nowMs);
    const license::State state = v.ok() ? license::stateAt(*v.license, nowMs) : license::State::Invalid;
    const bool good = v.ok() && state != license::State::Expired;
    CommandResult r;
    r.exitCode = good ? Ok : VerificationFailed;
    if (json) {
        pyjson::Writer w;
        w.beginObject();
        w.key("valid");
        w.value(good);
        w.key("state");
        w.value(license::stateName(state));
        w.key("reason");
        w.value(v.ok() ? (state == license::State::Expired ? "expired more than 14 days ago" : "") : v.error);
        if (v.license)
            writeLicenseJson(w, *v.license);
        w.endObject();
        r.out = w.take() + "\n";
        return r;
    }
    if (!v.ok()) {
        r.out = "INVALID: " + v.error + "\n";
        return r;
    }
    r.out = std::string(good ? "VALID" : "EXPIRED") + " (" + std::string(license::stateName(state)) + ")\n" +
            describe(*v.license, state, nowMs);
    return r;
}

CommandResult licenseActivateCommand(const std::string &file, const LicenseStoreOptions &o,
                                     std::int64_t nowMs) {
    if (!QFileInfo::exists(QString::fromStdString(file)))
        return failure(NotFound, file + ": no such file");
    std::string error;
    const auto text = readFile(file, &error);
    if (!text)
        return failure(Io, error);
    auto log = audit::AuditLog::open(auditDbOf(o), &error); // the log first: nothing unrecorded
    if (!log)
        return failure(Io, error);
    const auto r = license::activate(dataDirOf(o), *text, nowMs, license::compiledVendorKeys());
    if (!r.ok) {
        log->append(
            {"license.refused",
             r.refusedLicense ? "license/" + r.refusedLicense->licenseId : "license",
             r.refusedLicense ? details(*r.refusedLicense, r.error) : reasonOnly("activation", r.error),
             {}},
            nullptr);
        const bool verification = !r.refusedLicense && !r.status.clockRolledBack;
        return failure(verification ? VerificationFailed : Refused, "license refused: " + r.error);
    }
    const auto entry = log->append(
        {"license.activate", "license/" + r.status.license->licenseId, details(*r.status.license), {}},
        &error);
    CommandResult out{Ok,
                      "activated (" + std::string(license::stateName(r.status.state)) + ")\n" +
                          describe(*r.status.license, r.status.state, nowMs),
                      {}};
    if (!entry)
        out.err = "assurancectl: activated, but the audit entry failed: " + error + "\n";
    return out;
}

CommandResult licenseDeactivateCommand(const LicenseStoreOptions &o) {
    std::string error;
    auto log = audit::AuditLog::open(auditDbOf(o), &error);
    if (!log)
        return failure(Io, error);
    const SystemClock clock;
    const auto before = license::loadStatus(dataDirOf(o), clock.nowMs(), license::compiledVendorKeys());
    const bool removed = license::deactivate(dataDirOf(o), &error);
    if (!error.empty())
        return failure(Io, error);
    if (!removed)
        return {Ok, "no license was activated: this installation is Community\n", {}};
    log->append({"license.deactivate",
                 before.license ? "license/" + before.license->licenseId : "license",
                 before.license ? details(*before.license) : "{}",
                 {}},
                nullptr);
    return {Ok, "deactivated: this installation is Community now\n", {}};
}

CommandResult licenseStatusCommand(const LicenseStoreOptions &o, bool json, std::int64_t nowMs) {
    const auto s = license::loadStatus(dataDirOf(o), nowMs, license::compiledVendorKeys());
    const auto e = license::Entitlements::of(s);
    CommandResult r;
    if (json) {
        pyjson::Writer w;
        w.beginObject();
        w.key("state");
        w.value(license::stateName(s.state));
        w.key("tier");
        w.value(license::tierName(e.tier()));
        w.key("read_only");
        w.value(e.readOnly());
        w.key("read_only_reason");
        w.value(e.refusalReason("operator-commands"));
        w.key("clock_rolled_back");
        w.value(s.clockRolledBack);
        w.key("latest_time_seen");
        w.value(timestamps::formatIso8601Ms(s.latestSeenMs));
        w.key("entitled_features");
        w.beginArray();
        for (const auto &f : e.features())
            w.value(f);
        w.endArray();
        w.key("entitled_max_models");
        e.maxModels() ? w.value(*e.maxModels()) : w.null();
        w.key("invalid_reason");
        w.value(s.invalidReason);
        w.key("license");
        if (s.license) {
            w.beginObject();
            writeLicenseJson(w, *s.license);
            w.endObject();
        } else {
            w.null();
        }
        w.endObject();
        r.out = w.take() + "\n";
        return r;
    }
    r.out = "state " + std::string(license::stateName(s.state)) + "\n";
    if (s.state == license::State::None)
        r.out += "no license activated: Community (" + std::to_string(license::kCommunityMaxModels) +
                 " models, unsigned evidence only)\n";
    if (s.state == license::State::Invalid)
        r.out += "the activated license is invalid: " + s.invalidReason + "\nentitlements: Community\n";
    if (s.license)
        r.out += describe(*s.license, s.state, nowMs);
    if (e.readOnly())
        r.out += "READ-ONLY: " + e.refusalReason("operator-commands") + "\n";
    return r;
}

std::optional<CommandResult> refuseOperatorCommand(audit::AuditLog &log, const std::string &what,
                                                   const std::string &target) {
    const auto entitled = installationEntitlements();
    if (entitled.allowsOperatorCommands())
        return std::nullopt;
    const std::string why = entitled.refusalReason("operator-commands");
    std::string details = "{\"reason\":";
    pyjson::appendString(details, why);
    details += ",\"what\":";
    pyjson::appendString(details, what);
    log.append({"license.refused", target, details + "}", {}}, nullptr);
    return CommandResult{5, {}, "assurancectl: refused: " + why + "\n"};
}

} // namespace assurance
