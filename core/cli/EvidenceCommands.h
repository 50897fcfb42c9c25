#pragma once

#include "cli/RedisCommands.h"

#include <string>
#include <vector>

// assurancectl evidence …: functions of their options (docs/cli.md exit codes).
namespace assurance {

CommandResult evidenceKeygenCommand(const std::string &out);

struct EvidenceExportOptions {
    RedisTarget redis;
    std::vector<std::string> models;
    std::string since, until; // as given on the command line
    std::string out;
    std::string keyFile; // empty: unsigned
    std::string auditDb; // empty: the default
    bool json = false;
};
// Progress goes to stderr as it happens; the result holds the summary.
CommandResult evidenceExportCommand(const EvidenceExportOptions &o);

CommandResult evidenceVerifyCommand(const std::string &pack, const std::vector<std::string> &pubkeyFiles,
                                    bool json);

} // namespace assurance
