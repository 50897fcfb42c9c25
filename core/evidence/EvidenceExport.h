#pragma once

#include "audit/AuditLog.h"
#include "signing/Ed25519.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace assurance {
class RedisClient;
}

// Builds an evidence pack (docs/evidence.md) from a Redis record and the installation's audit log.
// Streams: each part is written to a temporary file line by line (a 100,000-snapshot pack never
// holds the range in memory), then the pack is assembled next to `outPath` and renamed over it, so
// a failed or cancelled export leaves nothing behind. Blocking: a worker thread or the CLI.
namespace assurance::evidence {

struct ExportOptions {
    std::vector<std::string> models; // sorted and deduplicated by the export
    std::int64_t sinceMs = 0, untilMs = 0;
    std::string outPath;
    std::string recordName;                   // the Redis URL without its password
    const signing::SigningKey *key = nullptr; // the organisation key; nullptr: unsigned
    audit::AuditLog *log = nullptr;           // the installation's log; nullptr: no audit part
};

struct ExportResult {
    std::string rootDigest;
    std::string signerFingerprint;              // empty: unsigned
    std::map<std::string, std::int64_t> counts; // lines per part
    std::int64_t bytes = 0;
    std::optional<audit::AuditEntry> exportEntry; // the export's own audit entry
    std::vector<std::string> warnings;            // e.g. another installation's entries not covered
};

// stage: "snapshots", "labels", …; done/total in that stage's units (total 0: unknown).
using ExportProgress = std::function<void(const std::string &stage, std::int64_t done, std::int64_t total)>;

std::optional<ExportResult> exportPack(RedisClient &redis, const ExportOptions &options, std::string *error,
                                       const ExportProgress &progress = {},
                                       const std::atomic<bool> *cancel = nullptr);

} // namespace assurance::evidence
