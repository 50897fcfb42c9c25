#pragma once

#include "assurance/ModelConfig.h"
#include "audit/AuditLog.h"
#include "evidence/EvidenceVerify.h"
#include "record/RecordDelta.h"

#include <map>
#include <string>
#include <vector>

// An evidence pack read for review, verified in the same pass: the record as the console's views
// take it (a RecordDelta, read-only) plus what only the Audit & Evidence tab shows (tolerance
// versions, configs, audit entries, checkpoints). Only lines that pass their own checks are
// loaded; the verdict names every other. Blocking: a worker thread or the CLI.
namespace assurance::evidence {

struct PackAuditEntry {
    audit::AuditEntry entry;
    std::int64_t checkpoint = 0;
};

struct PackCheckpoint {
    std::string installation;
    std::int64_t id = 0;
    std::string note;
    std::string keyFingerprint;
};

struct EvidenceContent {
    PackVerdict verdict;
    RecordDelta record; // reset, models, every window, each model's newest label, episodes, tolerances
    std::map<std::string, std::vector<RecordLabel>> labelHistory; // per model, ascending
    std::map<std::string, std::vector<std::string>> labelJson; // labelHistory's stored bytes, index for index
    std::map<std::string, std::vector<ToleranceSet>> toleranceVersions; // per model, ascending version
    std::map<std::string, ModelConfig> configs;
    std::vector<PackAuditEntry> audit;
    std::vector<PackCheckpoint> checkpoints;
    std::vector<std::string> loadProblems; // lines that verified but this console cannot use
};

EvidenceContent loadPack(const std::string &path, const std::vector<signing::PublicKey> &trusted);

} // namespace assurance::evidence
