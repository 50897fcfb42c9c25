#pragma once

#include "audit/AuditLog.h"
#include "cli/RedisCommands.h"

#include <string>

// assurancectl audit …: functions of their options, returning what to print and the exit code
// (docs/cli.md: 0 ok, 1 not found, 2 usage, 3 connection/IO, 4 verification failed, 5 refused).
namespace assurance {

struct AuditCommandOptions {
    std::string dbPath; // --audit-db; empty: the default data directory's audit.db
    bool json = false;
};

CommandResult auditListCommand(const AuditCommandOptions &o, const audit::AuditFilter &filter);
// record: append the verification's own `audit.verify` entry (not with --no-record, never to a
// read-only file).
CommandResult auditVerifyCommand(const AuditCommandOptions &o, const std::string &pubkeyPath, bool record);
CommandResult auditCheckpointCommand(const AuditCommandOptions &o);
CommandResult auditProveCommand(const AuditCommandOptions &o, std::int64_t entry, std::uint64_t size);
CommandResult auditConsistencyCommand(const AuditCommandOptions &o, std::uint64_t from, std::uint64_t to);
// Copies the log's entries and checkpoints not yet in Redis there (audit/AuditReplicator.h). Exit 3
// when Redis or the log cannot be reached, 4 when Redis holds another log under this installation id.
CommandResult auditSyncCommand(const AuditCommandOptions &o, const RedisTarget &target);

} // namespace assurance
