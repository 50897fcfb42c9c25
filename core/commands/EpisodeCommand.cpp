#include "EpisodeCommand.h"

#include "audit/CanonicalJson.h"
#include "metrics/Clock.h"
#include "telemetry/Telemetry.h"
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

EpisodeCommandResult failedWith(EpisodeWriteResult::Outcome outcome, std::string error) {
    EpisodeCommandResult r;
    r.outcome = outcome;
    r.error = std::move(error);
    return r;
}

// Fills in what the writer expects: the actor and the time.
void complete(EpisodeAction &action) {
    if (action.actor.empty())
        action.actor = audit::currentActor();
    if (action.timeMs == 0)
        action.timeMs = SystemClock().nowMs();
}

audit::AuditRecord auditRecordFor(const EpisodeAction &action, const EpisodeWriteResult &written) {
    const ViolationEpisode &after = *written.episode;
    const EpisodeStatus before = written.statusBefore;
    // Keys in RFC 8785 order (the log canonicalises anyway).
    std::string details = "{\"metric\":";
    audit::appendJcsString(details, seedMetricKey(after.metric));
    details += ",\"model\":";
    audit::appendJcsString(details, after.modelId);
    details += ",\"note\":";
    audit::appendJcsString(details, action.note);
    details += ",\"status_after\":";
    audit::appendJcsString(details, episodeStatusKey(after.status));
    details += ",\"status_before\":";
    audit::appendJcsString(details, episodeStatusKey(before));
    details += "}";
    return {EpisodeCommand::auditAction(action.kind), "episode/" + action.episodeId, details, action.actor};
}

void appendAudit(EpisodeCommandResult &r, const EpisodeAction &action, const AuditAppend &audit) {
    r.auditRecord = auditRecordFor(action, r);
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

std::string EpisodeCommand::modelOf(const std::string &episodeId) {
    // Model ids contain no ':' (^[A-Za-z0-9._-]{1,128}$): the model is everything before the first.
    const auto colon = episodeId.find(':');
    if (colon == std::string::npos)
        return {};
    std::string model = episodeId.substr(0, colon);
    const auto second = episodeId.find(':', colon + 1);
    if (second == std::string::npos || !isValidModelId(model) ||
        !seedMetricFromKey(std::string_view(episodeId).substr(colon + 1, second - colon - 1)))
        return {};
    return model;
}

std::string EpisodeCommand::auditAction(OperatorAction::Kind kind) {
    return std::string("violation.") + operatorActionKey(kind);
}

std::string EpisodeCommand::validate(const EpisodeAction &action) {
    if (!operatorActionFromKey(operatorActionKey(action.kind)))
        return "unknown action";
    if (modelOf(action.episodeId).empty())
        return "'" + action.episodeId + "' is not an episode id ({model}:{metric}:{timestamp})";
    if (blankText(action.note))
        return "a note is required";
    return {};
}

EpisodeCommandResult EpisodeCommand::run(EpisodeWriter *writer, EpisodeAction action,
                                         const AuditAppend &audit) {
    if (const std::string why = validate(action); !why.empty())
        return failedWith(EpisodeWriteResult::Outcome::Invalid, why);
    if (!writer)
        return failedWith(EpisodeWriteResult::Outcome::ReadOnly, "the source is read-only");
    complete(action);
    EpisodeCommandResult r;
    static_cast<EpisodeWriteResult &>(r) = writer->write(action);
    if (r.outcome == EpisodeWriteResult::Outcome::Applied && r.episode)
        appendAudit(r, action, audit);
    return r;
}

QCoro::Task<EpisodeCommandResult> EpisodeCommand::runAsync(std::shared_ptr<EpisodeWriter> writer,
                                                           EpisodeAction action, AuditAppend audit) {
    if (const std::string why = validate(action); !why.empty())
        co_return failedWith(EpisodeWriteResult::Outcome::Invalid, why);
    if (!writer)
        co_return failedWith(EpisodeWriteResult::Outcome::ReadOnly, "the source is read-only");
    complete(action);
    QFuture<EpisodeWriteResult> future =
        QtConcurrent::run([writer, action]() { return writer->write(action); });
    EpisodeCommandResult r;
    static_cast<EpisodeWriteResult &>(r) = co_await future;
    if (r.outcome == EpisodeWriteResult::Outcome::Applied && r.episode)
        appendAudit(r, action, audit); // on the calling (GUI) thread
    co_return r;
}

std::string EpisodeCommand::describe(const EpisodeWriteResult &result, const EpisodeAction &action) {
    using O = EpisodeWriteResult::Outcome;
    const std::string &id = action.episodeId;
    auto lastChange = [&]() -> std::string {
        if (!result.episode || result.episode->actions.empty()) {
            if (result.episode && !result.episode->actor.empty())
                return " (" + std::string(episodeStatusKey(result.episode->status)) + " by " +
                       result.episode->actor + ")";
            return {};
        }
        const OperatorAction &a = result.episode->actions.back();
        std::string verb = a.kind == OperatorAction::Kind::Acknowledge ? "acknowledged"
                           : a.kind == OperatorAction::Kind::Resolve   ? "resolved"
                                                                       : "given a note";
        return ": it was " + verb + " by " + a.actor + " at " + timestamps::formatIso8601Ms(a.timeMs) +
               " (\"" + a.note + "\")";
    };
    switch (result.outcome) {
    case O::Applied:
        return id + " is now " + (result.episode ? episodeStatusKey(result.episode->status) : "changed");
    case O::NotFound:
        return "no episode " + id + " (looked in violations:" + EpisodeCommand::modelOf(id) +
               " and violations:" + EpisodeCommand::modelOf(id) + ":closed)";
    case O::ReadOnly:
        return "the source is read-only: " + id + " cannot be changed";
    case O::Conflict:
        return "not written: " + id + " changed since you saw it" + lastChange();
    case O::Invalid:
        switch (result.refusal) {
        case ActionRefusal::AlreadyAcknowledged:
            return "refused: " + id + " is already acknowledged" + lastChange();
        case ActionRefusal::AlreadyResolved:
            return "refused: " + id + " is already resolved" + lastChange();
        case ActionRefusal::EmptyNote:
            return "refused: a note is required";
        case ActionRefusal::NoActor:
            return "refused: no actor";
        case ActionRefusal::None:
            break;
        }
        return "refused: " + result.error;
    case O::Failed:
        break;
    }
    return "failed: " + result.error;
}

} // namespace assurance
