#pragma once

#include "cli/RedisCommands.h"

#include <optional>
#include <string>

namespace assurance {

// assurancectl config get|set|retire (docs/cli.md): functions of their options that return what to
// print and the exit code (0 ok, 1 not found, 2 usage, 3 connection/IO, 5 refused). Plain English.

// The model's stored configuration: a line per field, or --json the stored bytes verbatim.
// Exit 1 when the model has none.
CommandResult configGetCommand(const RedisTarget &target, const std::string &model, bool json);

// The fields given (unset ones keep their stored value; all empty for a new model). Through
// ModelConfigCommand with a RedisModelConfigWriter: Add when nothing is stored under the id
// (audited `model.add`), else Edit (`model.edit`), against the bytes read first (a change by
// someone else in between is refused, exit 5). The audit log is opened before Redis is touched.
struct ConfigFields {
    std::optional<std::string> displayName, endpoint, topic, task, owner, notes;
};
CommandResult configSetCommand(const RedisTarget &target, const std::string &model,
                               const ConfigFields &fields, const std::string &auditDb, bool json);
// Retire (`model.retire`), or with `restore` bring back (`model.restore`).
CommandResult configRetireCommand(const RedisTarget &target, const std::string &model, bool restore,
                                  const std::string &auditDb, bool json);

} // namespace assurance
