#pragma once

#include "audit/AuditLog.h"
#include "cli/RedisCommands.h"

#include <string>

namespace assurance {

// assurancectl produce: every non-empty line of `file` (JSON Lines) becomes one message on
// `topic`, keyed by its model_id so one model's events share a partition. Lines that are not
// valid telemetry are sent too, without a key (agents reject and count them); the summary says
// how many. "-" reads standard input.
// With `log`, the sending is audited (`telemetry.produce`: brokers, topic, the count and the
// SHA-256 of the lines sent); the log is opened by the caller before anything is sent.
CommandResult produceCommand(const std::string &brokers, const std::string &topic, const std::string &file,
                             audit::AuditLog *log = nullptr);

} // namespace assurance
