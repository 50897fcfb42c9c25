#pragma once

#include "assurance/ViolationTracker.h"
#include "cli/RedisCommands.h"

#include <optional>
#include <string>

namespace assurance {

// assurancectl violations … and labels history (docs/cli.md): functions of their options that
// return what to print and the exit code (0 ok, 1 not found, 2 usage, 3 connection/IO,
// 4 verification failed, 5 refused). Plain English; nothing here is translated.

struct ViolationListOptions {
    std::string model;                            // empty: every model
    std::string status;                           // empty, open, acknowledged or resolved
    std::optional<std::int64_t> sinceMs, untilMs; // episodes that overlap [since, until]
    bool json = false;
};
// Episodes from violations:{id} and violations:{id}:closed, oldest opened first. --json: a JSON
// array of the stored values, verbatim.
CommandResult violationsListCommand(const RedisTarget &target, const ViolationListOptions &options);

// violations ack|resolve|note: through EpisodeCommand with a RedisEpisodeWriter, audited in the log
// at `auditDb` (opened before Redis is touched: nothing is written that could not be recorded).
// --json: the episode as stored after the action.
CommandResult violationActionCommand(const RedisTarget &target, OperatorAction::Kind kind,
                                     const std::string &episodeId, const std::string &note,
                                     const std::string &auditDb, bool json);

// The label history of a model (label:{id}:index, label:{id}:{ts}) and its chain status
// (verifyLabelChain): exit 0 when the run verifies, 4 when the chain is broken, 1 when the model
// has no label history in the range.
CommandResult labelsHistoryCommand(const RedisTarget &target, const std::string &model,
                                   std::optional<std::int64_t> sinceMs, std::optional<std::int64_t> untilMs,
                                   bool json);

} // namespace assurance
