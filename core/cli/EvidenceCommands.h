#pragma once

#include "cli/RedisCommands.h"
#include "evidence/EvidenceVerify.h"

#include <functional>
#include <optional>
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

// evidence report F --pdf OUT: the keys as for verify, then `write` verifies and renders in one
// pass. Exit 0 when the PDF is written, whatever the verdict (printed in the PDF and on stdout);
// 1 no such pack, 3 I/O. `write` is report::writeEvidenceReport (core/report, the one core library
// with QtGui, which assurance_core does not link): the caller passes it in.
using EvidenceReportWriter = std::function<std::optional<evidence::PackVerdict>(
    const std::string &pack, const std::vector<signing::PublicKey> &trusted, const std::string &pdf,
    std::string *error)>;
CommandResult evidenceReportCommand(const std::string &pack, const std::vector<std::string> &pubkeyFiles,
                                    const std::string &pdf, const EvidenceReportWriter &write);

} // namespace assurance
