#pragma once

#include "cli/RedisCommands.h"

#include <optional>
#include <string>

namespace assurance {

// assurancectl tolerances get|set|history|diff and reference set (docs/cli.md): functions of their
// options that return what to print and the exit code (0 ok, 1 not found, 2 usage, 3
// connection/IO, 5 refused or conflict). Saves go through ToleranceCommand / ReferenceCommand with a
// RedisToleranceWriter, audited in the log at `auditDb` (opened before Redis is touched).

// The set in force (tolerances:{id}); exit 1 when none is stored (the shipped defaults apply).
// --json: the stored bytes, verbatim.
CommandResult tolerancesGetCommand(const RedisTarget &target, const std::string &model, bool json);
// `setJson`: a set in the stored format (its version, author, changed_at and reason are replaced:
// the command assigns them). expectVersion: refused (exit 5) when the stored version is another.
CommandResult tolerancesSetCommand(const RedisTarget &target, const std::string &model,
                                   const std::string &setJson, const std::string &reason,
                                   std::optional<int> expectVersion, const std::string &auditDb, bool json);
// tolerances:{id}:history, oldest first; exit 1 when empty. --json: an array of the stored sets.
CommandResult tolerancesHistoryCommand(const RedisTarget &target, const std::string &model, bool json);
// The per-field difference from v1 to v2 (diffToleranceSets); exit 1 when either is not in the
// history. --json: [{"metric", "field", "before", "after"}] with the values as JSON.
CommandResult tolerancesDiffCommand(const RedisTarget &target, const std::string &model, int v1, int v2,
                                    bool json);
// reference:{id} from JSON Lines inference events (the agent's --reference). --json: the stored
// profile.
CommandResult referenceSetCommand(const RedisTarget &target, const std::string &model,
                                  const std::string &jsonl, const std::string &source,
                                  const std::string &auditDb, bool json);

} // namespace assurance
