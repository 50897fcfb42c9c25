#include "ToleranceCommand.h"

#include "audit/CanonicalJson.h"
#include "metrics/Clock.h"
#include "telemetry/Telemetry.h"
#include "telemetry/TelemetryParser.h"
#include "json/Timestamps.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace assurance {

namespace {
bool blankText(const std::string &text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); });
}

template<typename R> R failedWith(typename R::Outcome outcome, std::string error) {
    R r;
    r.outcome = outcome;
    r.error = std::move(error);
    return r;
}

void complete(ToleranceSave &save) {
    if (save.author.empty())
        save.author = audit::currentActor();
    if (save.timeMs == 0)
        save.timeMs = SystemClock().nowMs();
}

audit::AuditRecord auditRecordFor(const ToleranceSave &save, const ToleranceWriteResult &written) {
    // Keys in RFC 8785 order (the log canonicalises anyway); the sets as stored, verbatim JSON.
    std::string details = "{\"after\":" + written.json;
    details += ",\"before\":" + (written.beforeJson.empty() ? std::string("null") : written.beforeJson);
    details += ",\"model\":";
    audit::appendJcsString(details, save.modelId);
    details += ",\"reason\":";
    audit::appendJcsString(details, save.reason);
    if (save.restoredFrom)
        details += ",\"restored_from\":" + std::to_string(*save.restoredFrom);
    details += ",\"version\":" + std::to_string(written.after ? written.after->version : 0) + "}";
    return {save.restoredFrom ? "tolerances.restore" : "tolerances.save", "tolerances/" + save.modelId,
            details, save.author};
}

template<typename R, typename Record> void appendAudit(R &r, Record record, const AuditAppend &audit) {
    r.auditRecord = std::move(record);
    if (!audit) {
        r.auditError = "no audit log";
        return;
    }
    std::string error;
    r.audited = audit(r.auditRecord, &error);
    if (!r.audited)
        r.auditError = error.empty() ? std::string("the audit entry could not be written") : error;
}
} // namespace

ToleranceSet ToleranceCommand::setOf(const ToleranceSave &save, int version) {
    ToleranceSet set;
    set.modelId = save.modelId;
    set.version = version;
    set.author = save.author;
    set.reason = save.reason;
    set.changedAtMs = save.timeMs;
    set.metrics = save.metrics;
    return set;
}

std::string ToleranceCommand::validate(const ToleranceSave &save) {
    if (!isValidModelId(save.modelId))
        return "'" + save.modelId + "' is not a valid model id";
    if (blankText(save.reason))
        return "a reason is required";
    if (save.metrics.empty())
        return "the set has no metrics";
    for (std::size_t i = 0; i < save.metrics.size(); ++i)
        for (std::size_t j = i + 1; j < save.metrics.size(); ++j)
            if (save.metrics[i].metric == save.metrics[j].metric)
                return std::string("metrics.") + std::string(seedMetricKey(save.metrics[i].metric)) +
                       " is given twice";
    // Exactly the agent's rules: what it would refuse to apply is refused here.
    ToleranceSave probe = save;
    if (probe.author.empty())
        probe.author = "x";
    std::string why;
    if (!parseTolerances(serializeTolerances(setOf(probe, 1)), save.modelId, &why))
        return why;
    return {};
}

ToleranceCommandResult ToleranceCommand::run(ToleranceWriter *writer, ToleranceSave save,
                                             const AuditAppend &audit) {
    using R = ToleranceCommandResult;
    if (const std::string why = validate(save); !why.empty())
        return failedWith<R>(R::Outcome::Invalid, why);
    if (!writer)
        return failedWith<R>(R::Outcome::ReadOnly, "the source is read-only");
    complete(save);
    R r;
    static_cast<ToleranceWriteResult &>(r) = writer->save(save);
    if (r.outcome == R::Outcome::Applied && r.after)
        appendAudit(r, auditRecordFor(save, r), audit);
    return r;
}

QCoro::Task<ToleranceCommandResult> ToleranceCommand::runAsync(std::shared_ptr<ToleranceWriter> writer,
                                                               ToleranceSave save, AuditAppend audit) {
    using R = ToleranceCommandResult;
    if (const std::string why = validate(save); !why.empty())
        co_return failedWith<R>(R::Outcome::Invalid, why);
    if (!writer)
        co_return failedWith<R>(R::Outcome::ReadOnly, "the source is read-only");
    complete(save);
    QFuture<ToleranceWriteResult> future = QtConcurrent::run([writer, save]() { return writer->save(save); });
    R r;
    static_cast<ToleranceWriteResult &>(r) = co_await future;
    if (r.outcome == R::Outcome::Applied && r.after)
        appendAudit(r, auditRecordFor(save, r), audit); // on the calling (GUI) thread
    co_return r;
}

std::optional<ToleranceSave> ToleranceCommand::restoreOf(const ToleranceRecord &record, int version,
                                                         std::string *error) {
    for (const StoredToleranceVersion &v : record.versions) {
        if (v.version != version)
            continue;
        if (!v.set) {
            if (error)
                *error = "version " + std::to_string(version) + " does not parse: " + v.error;
            return std::nullopt;
        }
        ToleranceSave s;
        s.modelId = v.set->modelId;
        s.metrics = v.set->metrics;
        s.restoredFrom = version;
        s.expectedVersion = record.current ? record.current->version : 0;
        return s;
    }
    if (error)
        *error = "no version " + std::to_string(version) + " in the history";
    return std::nullopt;
}

std::string ToleranceCommand::describe(const ToleranceWriteResult &result, const ToleranceSave &save) {
    using O = ToleranceWriteResult::Outcome;
    switch (result.outcome) {
    case O::Applied:
        return "saved v" + std::to_string(result.after ? result.after->version : 0) + " of " + save.modelId +
               "'s tolerances" +
               (save.restoredFrom ? " (restored from v" + std::to_string(*save.restoredFrom) + ")"
                                  : std::string());
    case O::Conflict: {
        std::string s = "not written: " + save.modelId + "'s tolerances changed since you read them";
        if (result.before)
            s += ": v" + std::to_string(result.before->version) + " was saved by " + result.before->author +
                 " at " + timestamps::formatIso8601Ms(result.before->changedAtMs) + " (\"" +
                 result.before->reason + "\")";
        if (save.expectedVersion)
            s += "; you edited " + (*save.expectedVersion == 0 ? std::string("the shipped defaults")
                                                               : "v" + std::to_string(*save.expectedVersion));
        return s;
    }
    case O::ReadOnly:
        return "the source is read-only: " + save.modelId + "'s tolerances cannot be changed";
    case O::Invalid:
        return "refused: " + result.error;
    case O::Failed:
        break;
    }
    return "failed: " + result.error;
}

ReferenceBuild buildReferenceFromJsonl(std::string_view jsonl, const std::string &modelId) {
    ReferenceBuild out;
    if (!isValidModelId(modelId)) {
        out.error = "'" + modelId + "' is not a valid model id";
        return out;
    }
    ReferenceProfileBuilder builder(modelId);
    TelemetryParser parser;
    TelemetryMessage m;
    std::size_t pos = 0;
    while (pos < jsonl.size()) {
        std::size_t end = jsonl.find('\n', pos);
        if (end == std::string_view::npos)
            end = jsonl.size();
        std::string_view line = jsonl.substr(pos, end - pos);
        pos = end + 1;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty())
            continue;
        if (parser.parse(line, m) == MessageKind::Inference && m.inference.modelId == modelId)
            builder.add(m.inference);
        else
            ++out.skippedLines;
    }
    out.events = builder.events();
    if (out.events == 0) {
        out.error = "no inference event of model " + modelId;
        return out;
    }
    out.profile = builder.build();
    out.mixedTypeValues = builder.mixedTypeValues();
    return out;
}

namespace {
audit::AuditRecord referenceAudit(const ReferenceProfile &profile, const ReferenceWriteResult &written,
                                  const std::string &source, const std::string &actor) {
    std::string details = "{\"events\":" + std::to_string(profile.events);
    details += ",\"features\":[";
    for (std::size_t i = 0; i < profile.features.size(); ++i) {
        if (i)
            details += ",";
        audit::appendJcsString(details, profile.features[i].name);
    }
    details += "],\"model\":";
    audit::appendJcsString(details, profile.modelId);
    details += std::string(",\"replaced\":") + (written.beforeJson.empty() ? "false" : "true");
    details += ",\"source\":";
    audit::appendJcsString(details, source);
    details += "}";
    return {"reference.set", "reference/" + profile.modelId, details, actor};
}

std::string referenceInvalid(const ReferenceProfile &profile) {
    if (!isValidModelId(profile.modelId))
        return "'" + profile.modelId + "' is not a valid model id";
    if (profile.events == 0 || profile.features.empty())
        return "the reference holds no event";
    return {};
}
} // namespace

ReferenceCommandResult ReferenceCommand::run(ToleranceWriter *writer, const ReferenceProfile &profile,
                                             const std::string &source, const std::string &actor,
                                             const AuditAppend &audit) {
    using R = ReferenceCommandResult;
    if (const std::string why = referenceInvalid(profile); !why.empty())
        return failedWith<R>(R::Outcome::Invalid, why);
    if (!writer)
        return failedWith<R>(R::Outcome::ReadOnly, "the source is read-only");
    R r;
    static_cast<ReferenceWriteResult &>(r) = writer->storeReference(profile);
    if (r.outcome == R::Outcome::Applied)
        appendAudit(r, referenceAudit(profile, r, source, actor.empty() ? audit::currentActor() : actor),
                    audit);
    return r;
}

QCoro::Task<ReferenceCommandResult> ReferenceCommand::runAsync(std::shared_ptr<ToleranceWriter> writer,
                                                               ReferenceProfile profile, std::string source,
                                                               AuditAppend audit) {
    using R = ReferenceCommandResult;
    if (const std::string why = referenceInvalid(profile); !why.empty())
        co_return failedWith<R>(R::Outcome::Invalid, why);
    if (!writer)
        co_return failedWith<R>(R::Outcome::ReadOnly, "the source is read-only");
    QFuture<ReferenceWriteResult> future =
        QtConcurrent::run([writer, profile]() { return writer->storeReference(profile); });
    R r;
    static_cast<ReferenceWriteResult &>(r) = co_await future;
    if (r.outcome == R::Outcome::Applied)
        appendAudit(r, referenceAudit(profile, r, source, audit::currentActor()), audit);
    co_return r;
}

} // namespace assurance
