#pragma once

#include "cli/RedisCommands.h"
#include "commands/EpisodeCommand.h"

#include <memory>
#include <string>

namespace assurance {
namespace audit {
class AuditLog;
}

// The audit log an assurancectl command that changes the record appends to: `auditDb`, else the
// installation's (audit::defaultAuditDbPath()). Opened first, so that nothing is written that
// could not be recorded; nullptr with `failure` set (exit 3) when it cannot be opened.
std::unique_ptr<audit::AuditLog> openOperatorLog(const std::string &auditDb, CommandResult &failure);
// The AuditAppend the commands in core/commands take, appending to `log` (which must outlive it).
AuditAppend appendTo(audit::AuditLog &log);

} // namespace assurance
