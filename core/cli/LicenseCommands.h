#pragma once

#include "cli/RedisCommands.h"
#include "license/License.h"

#include <optional>
#include <string>

// assurancectl license …: functions of their options (docs/cli.md, docs/license.md). Exit codes:
// 0 ok, 1 no such file, 2 usage, 3 I/O, 4 the license does not verify (invalid, untrusted, expired
// past grace), 5 refused (activation while the clock is rolled back, an expired license, a key
// file that exists).
namespace assurance {
namespace audit {
class AuditLog;
}

CommandResult licenseKeygenCommand(const std::string &out);

struct LicenseIssueOptions {
    std::string keyFile, out, licensee, tier,
        expires;                          // expires: YYYY-MM-DD (end of that day, UTC) or a date-time
    std::optional<std::string> features;  // comma-separated; absent: the tier's defaults
    std::optional<std::string> maxModels; // a number or "unlimited"; absent: the tier's default
    std::optional<std::string> seats;
    std::string licenseId; // empty: a random one
};
CommandResult licenseIssueCommand(const LicenseIssueOptions &o, std::int64_t nowMs);

CommandResult licenseVerifyCommand(const std::string &file, bool json, std::int64_t nowMs);

struct LicenseStoreOptions {
    std::string dataDir; // empty: audit::defaultDataDirectory()
    std::string auditDb; // empty: audit::defaultAuditDbPath()
};
CommandResult licenseActivateCommand(const std::string &file, const LicenseStoreOptions &o,
                                     std::int64_t nowMs);
CommandResult licenseDeactivateCommand(const LicenseStoreOptions &o);
CommandResult licenseStatusCommand(const LicenseStoreOptions &o, bool json, std::int64_t nowMs);

// The entitlements of this installation now (the default data directory, the system clock):
// what every gated assurancectl command asks.
license::Entitlements installationEntitlements();

// The operator-command gate of every assurancectl command that changes the record (violations
// ack|resolve|note, tolerances set, reference set, config set|retire): while the license makes the
// installation read-only (docs/license.md), refuses before Redis is touched — exit 5 with the
// reason — and records `license.refused` (details: reason, what) in `log`. nullopt: allowed.
std::optional<CommandResult> refuseOperatorCommand(audit::AuditLog &log, const std::string &what,
                                                   const std::string &target);

} // namespace assurance
