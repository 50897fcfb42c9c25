#include "ConfigCommands.h"

#include "cli/LicenseCommands.h"
#include "cli/OperatorLog.h"
#include "json/PyJson.h"

#include "audit/AuditLog.h"
#include "commands/ModelConfigCommand.h"
#include "commands/RedisModelConfigWriter.h"
#include "redis/RedisClient.h"
#include "telemetry/Telemetry.h"

namespace assurance {

namespace {
constexpr int kOk = 0, kNotFound = 1, kUsage = 2, kIo = 3, kRefused = 5;

std::string badModel(const std::string &model) {
    return "assurancectl: '" + model + "' is not a valid model id (^[A-Za-z0-9._-]{1,128}$)\n";
}

// Reads model:config:{id}: found (bytes, parsed), none, or a failure to print.
struct Stored {
    std::string json;
    std::optional<ModelConfig> config;
    std::optional<CommandResult> failure;
};

Stored readStored(RedisClient &client, const std::string &model) {
    Stored s;
    const std::string key = "model:config:" + model;
    const auto r = client.command({"GET", key});
    if (!r || r->isError()) {
        s.failure =
            CommandResult{kIo, {}, "assurancectl: " + (r ? key + ": " + r->str : client.error()) + "\n"};
        return s;
    }
    if (r->type != RedisReply::Type::String)
        return s;
    s.json = r->str;
    std::string why;
    s.config = parseModelConfig(s.json, model, &why);
    if (!s.config)
        s.failure = CommandResult{kIo, {}, "assurancectl: " + why + "\n"};
    return s;
}

std::string fieldsText(const ModelConfig &c) {
    std::string out;
    const std::pair<const char *, std::string> lines[] = {
        {"model", c.modelId}, {"display name", c.displayName},      {"endpoint", c.endpoint},
        {"topic", c.topic},   {"task", taskTypeKey(c.task)},        {"owner", c.owner},
        {"notes", c.notes},   {"retired", c.retired ? "yes" : "no"}};
    for (const auto &[name, value] : lines)
        out += std::string(name) + ":" + std::string(14 - std::string(name).size(), ' ') + value + "\n";
    return out;
}

CommandResult runEdit(RedisClient &client, audit::AuditLog &log, ModelConfigEdit edit, bool json) {
    using O = ModelConfigWriteResult::Outcome;
    RedisModelConfigWriter writer(client);
    const auto result = ModelConfigCommand::run(&writer, edit, appendTo(log));
    const std::string said = ModelConfigCommand::describe(result, edit);
    switch (result.outcome) {
    case O::Applied: {
        CommandResult r{kOk, json ? result.afterJson + "\n" : said + "\n", {}};
        if (!result.audited) {
            r.exitCode = kIo;
            r.err = "assurancectl: the configuration is stored, but its audit entry could not be written: " +
                    result.auditError + "\n";
        }
        return r;
    }
    case O::NotFound:
        return {kNotFound, {}, "assurancectl: " + said + "\n"};
    case O::Invalid:
    case O::Exists:
    case O::ReadOnly:
    case O::Conflict:
        return {kRefused, {}, "assurancectl: " + said + "\n"};
    case O::Failed:
        break;
    }
    return {kIo, {}, "assurancectl: " + said + "\n"};
}

} // namespace

CommandResult configGetCommand(const RedisTarget &target, const std::string &model, bool json) {
    if (!isValidModelId(model))
        return {kUsage, {}, badModel(model)};
    auto c = connectRedisTarget(target);
    if (!c.client)
        return c.failure;
    const Stored s = readStored(*c.client, model);
    if (s.failure)
        return *s.failure;
    if (s.json.empty())
        return {kNotFound, {}, "assurancectl: no model:config:" + model + "\n"};
    return {kOk, json ? s.json + "\n" : fieldsText(*s.config), {}};
}

CommandResult configSetCommand(const RedisTarget &target, const std::string &model, const ConfigFields &f,
                               const std::string &auditDb, bool json) {
    if (!isValidModelId(model))
        return {kUsage, {}, badModel(model)};
    std::optional<TaskType> task;
    if (f.task) {
        task = taskTypeFromKey(*f.task);
        if (!task)
            return {kUsage, {}, "assurancectl: --task must be classification, regression or auto\n"};
    }
    CommandResult failure;
    auto log = openOperatorLog(auditDb, failure); // first: nothing is written that could not be recorded
    if (!log)
        return failure;
    if (auto refused = refuseOperatorCommand(*log, "model.edit", "model/" + model))
        return *refused;
    auto c = connectRedisTarget(target);
    if (!c.client)
        return c.failure;
    const Stored s = readStored(*c.client, model);
    if (s.failure)
        return *s.failure;
    // The license's model limit (docs/license.md "Gates"): adding an active model beyond it is
    // refused, exit 5, and audited. models:active holds the active, non-retired models.
    if (s.json.empty()) {
        const auto active = c.client->command({"SCARD", "models:active"});
        const auto entitled = installationEntitlements();
        if (active && active->type == RedisReply::Type::Integer &&
            !entitled.allowsAddingModel(active->integer)) {
            const std::string why = entitled.refusalReason("models");
            std::string details = "{\"reason\":";
            pyjson::appendString(details, why);
            log->append({"license.refused", "model/" + model, details + ",\"what\":\"model.add\"}", {}},
                        nullptr);
            return {5, {}, "assurancectl: refused: " + why + "\n"};
        }
    }
    ModelConfigEdit edit;
    edit.kind = s.json.empty() ? ModelConfigEdit::Kind::Add : ModelConfigEdit::Kind::Edit;
    edit.config = s.config.value_or(ModelConfig{});
    edit.config.modelId = model;
    edit.expectedJson = s.json; // the fields not given are those just read
    const std::pair<const std::optional<std::string> *, std::string *> fields[] = {
        {&f.displayName, &edit.config.displayName},
        {&f.endpoint, &edit.config.endpoint},
        {&f.topic, &edit.config.topic},
        {&f.owner, &edit.config.owner},
        {&f.notes, &edit.config.notes}};
    for (const auto &[given, field] : fields)
        if (*given)
            *field = **given;
    if (task)
        edit.config.task = *task;
    return runEdit(*c.client, *log, std::move(edit), json);
}

CommandResult configRetireCommand(const RedisTarget &target, const std::string &model, bool restore,
                                  const std::string &auditDb, bool json) {
    if (!isValidModelId(model))
        return {kUsage, {}, badModel(model)};
    CommandResult failure;
    auto log = openOperatorLog(auditDb, failure);
    if (!log)
        return failure;
    if (auto refused =
            refuseOperatorCommand(*log, restore ? "model.restore" : "model.retire", "model/" + model))
        return *refused;
    auto c = connectRedisTarget(target);
    if (!c.client)
        return c.failure;
    ModelConfigEdit edit;
    edit.kind = restore ? ModelConfigEdit::Kind::Restore : ModelConfigEdit::Kind::Retire;
    edit.config.modelId = model;
    return runEdit(*c.client, *log, std::move(edit), json);
}

} // namespace assurance
