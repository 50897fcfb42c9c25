#include "ModelConfigCommand.h"

#include "audit/CanonicalJson.h"
#include "metrics/Clock.h"
#include "telemetry/Telemetry.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QJsonDocument>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace assurance {

namespace {
constexpr std::size_t kShortText = 200, kNotes = 4000;

ModelConfigCommandResult failedWith(ModelConfigWriteResult::Outcome outcome, std::string error) {
    ModelConfigCommandResult r;
    r.outcome = outcome;
    r.error = std::move(error);
    return r;
}

void complete(ModelConfigEdit &edit) {
    if (edit.actor.empty())
        edit.actor = audit::currentActor();
    if (edit.timeMs == 0)
        edit.timeMs = SystemClock().nowMs();
}

bool topicName(const std::string &t) {
    return t.size() <= 249 && std::all_of(t.begin(), t.end(), [](char c) {
               return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '.' || c == '_' || c == '-';
           });
}

bool endpointUrl(const std::string &e) {
    if (e.empty())
        return true;
    const QUrl url(QString::fromStdString(e), QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty() && !url.hasQuery() && !url.hasFragment() && url.userInfo().isEmpty();
}

// Characters in UTF-8 code points (continuation bytes not counted).
std::size_t characters(const std::string &s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool controlFree(const std::string &s, bool multiline) {
    return std::none_of(s.begin(), s.end(), [multiline](char c) {
        const auto u = static_cast<unsigned char>(c);
        if (multiline && (c == '\n' || c == '\t' || c == '\r'))
            return false;
        return u < 0x20 || u == 0x7f;
    });
}

void appendAudit(ModelConfigCommandResult &r, const ModelConfigEdit &edit, const AuditAppend &audit) {
    // The stored bytes are JSON objects (the log canonicalises the whole entry); bytes replaced
    // that were not an object (an unreadable value an operator overwrote) go in as a string.
    std::string details = "{\"after\":" + r.afterJson + ",\"before\":";
    if (r.beforeJson.empty())
        details += "null";
    else if (QJsonDocument::fromJson(QByteArray::fromStdString(r.beforeJson)).isObject())
        details += r.beforeJson;
    else
        audit::appendJcsString(details, r.beforeJson);
    details += ",\"model\":";
    audit::appendJcsString(details, edit.config.modelId);
    details += "}";
    r.auditRecord = {ModelConfigCommand::auditAction(edit.kind), "model/" + edit.config.modelId, details,
                     edit.actor};
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

ModelConfig applyModelConfigEdit(const ModelConfigEdit &edit, const std::optional<ModelConfig> &stored) {
    using K = ModelConfigEdit::Kind;
    ModelConfig c;
    if (edit.kind == K::Retire || edit.kind == K::Restore) {
        if (stored)
            c = *stored;
        c.retired = edit.kind == K::Retire;
    } else {
        c = edit.config;
        c.retired = edit.kind == K::Edit && stored && stored->retired;
    }
    c.modelId = edit.config.modelId;
    return c;
}

ModelConfigProblem ModelConfigCommand::validate(const ModelConfigEdit &edit) {
    using P = ModelConfigProblem::Kind;
    const ModelConfig &c = edit.config;
    if (!isValidModelId(c.modelId))
        return {P::BadModelId, "model_id"};
    if (edit.kind == ModelConfigEdit::Kind::Retire || edit.kind == ModelConfigEdit::Kind::Restore)
        return {};
    if (!endpointUrl(c.endpoint))
        return {P::BadEndpoint, "endpoint"};
    if (!topicName(c.topic))
        return {P::BadTopic, "topic"};
    const std::pair<const char *, const std::string *> shortFields[] = {{"display_name", &c.displayName},
                                                                        {"owner", &c.owner}};
    for (const auto &[key, value] : shortFields) {
        if (characters(*value) > kShortText)
            return {P::TooLong, key};
        if (!controlFree(*value, false))
            return {P::ControlCharacter, key};
    }
    if (characters(c.notes) > kNotes)
        return {P::TooLong, "notes"};
    if (!controlFree(c.notes, true))
        return {P::ControlCharacter, "notes"};
    return {};
}

std::string ModelConfigCommand::describeProblem(const ModelConfigProblem &p, const std::string &modelId) {
    using P = ModelConfigProblem::Kind;
    switch (p.kind) {
    case P::None:
        return {};
    case P::BadModelId:
        return "'" + modelId + "' is not a valid model id (^[A-Za-z0-9._-]{1,128}$)";
    case P::BadEndpoint:
        return "the endpoint must be an http:// or https:// URL with a host and no query, fragment or "
               "credentials";
    case P::BadTopic:
        return "the topic must be a Kafka topic name (letters, digits, '.', '_', '-'; at most 249)";
    case P::TooLong:
        return p.field + " is too long (" + (p.field == "notes" ? "4000" : "200") + " characters at most)";
    case P::ControlCharacter:
        return p.field + " contains a control character";
    }
    return {};
}

std::string ModelConfigCommand::auditAction(ModelConfigEdit::Kind kind) {
    switch (kind) {
    case ModelConfigEdit::Kind::Add:
        return "model.add";
    case ModelConfigEdit::Kind::Edit:
        return "model.edit";
    case ModelConfigEdit::Kind::Retire:
        return "model.retire";
    case ModelConfigEdit::Kind::Restore:
        return "model.restore";
    }
    return "model.edit";
}

ModelConfigCommandResult ModelConfigCommand::run(ModelConfigWriter *writer, ModelConfigEdit edit,
                                                 const AuditAppend &audit) {
    if (const auto p = validate(edit))
        return failedWith(ModelConfigWriteResult::Outcome::Invalid, describeProblem(p, edit.config.modelId));
    if (!writer)
        return failedWith(ModelConfigWriteResult::Outcome::ReadOnly, "the source is read-only");
    complete(edit);
    ModelConfigCommandResult r;
    static_cast<ModelConfigWriteResult &>(r) = writer->write(edit);
    if (r.outcome == ModelConfigWriteResult::Outcome::Applied)
        appendAudit(r, edit, audit);
    return r;
}

QCoro::Task<ModelConfigCommandResult> ModelConfigCommand::runAsync(std::shared_ptr<ModelConfigWriter> writer,
                                                                   ModelConfigEdit edit, AuditAppend audit) {
    if (const auto p = validate(edit))
        co_return failedWith(ModelConfigWriteResult::Outcome::Invalid,
                             describeProblem(p, edit.config.modelId));
    if (!writer)
        co_return failedWith(ModelConfigWriteResult::Outcome::ReadOnly, "the source is read-only");
    complete(edit);
    QFuture<ModelConfigWriteResult> future =
        QtConcurrent::run([writer, edit]() { return writer->write(edit); });
    ModelConfigCommandResult r;
    static_cast<ModelConfigWriteResult &>(r) = co_await future;
    if (r.outcome == ModelConfigWriteResult::Outcome::Applied)
        appendAudit(r, edit, audit); // on the calling (GUI) thread
    co_return r;
}

QCoro::Task<ModelCatalog> ModelConfigCommand::readAsync(std::shared_ptr<ModelConfigWriter> writer) {
    if (!writer) {
        ModelCatalog c;
        c.error = "the source is read-only";
        co_return c;
    }
    QFuture<ModelCatalog> future = QtConcurrent::run([writer]() { return writer->read(); });
    co_return co_await future;
}

std::string ModelConfigCommand::describe(const ModelConfigWriteResult &result, const ModelConfigEdit &edit) {
    using O = ModelConfigWriteResult::Outcome;
    const std::string &id = edit.config.modelId;
    switch (result.outcome) {
    case O::Applied:
        switch (edit.kind) {
        case ModelConfigEdit::Kind::Add:
            return id + " added";
        case ModelConfigEdit::Kind::Edit:
            return id + " saved";
        case ModelConfigEdit::Kind::Retire:
            return id + " retired";
        case ModelConfigEdit::Kind::Restore:
            return id + " restored";
        }
        break;
    case O::Invalid:
        return "refused: " + result.error;
    case O::NotFound:
        return "no model " + id + " (not in models:active, no stored windows, no model:config:" + id + ")";
    case O::Exists:
        return "refused: model:config:" + id + " already exists (edit it instead)";
    case O::ReadOnly:
        return "the source is read-only: " + id + " cannot be changed";
    case O::Conflict:
        return "not written: model:config:" + id + " changed since you read it";
    case O::Failed:
        break;
    }
    return "failed: " + result.error;
}

} // namespace assurance
