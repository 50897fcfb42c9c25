#pragma once

#include "assurance/AssuranceLabel.h"
#include "assurance/Tolerance.h"
#include "assurance/ViolationTracker.h"
#include "evidence/EvidenceVerify.h"
#include "telemetry/TelemetryParser.h"

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// What the evidence report shows, read from a pack's lines as verifyPack streams them. No Qt GUI
// here: collecting is pure parsing (STYLE.md §2), rendering is ReportRenderer's.
namespace assurance::report {

// Every row remembers whether its pack line verified: its own checks as it streamed by, and the
// verdict's later findings (a line whose digest differs from its .sha256 entry). A report of a
// pack that does not verify still shows what it read, with those rows marked. `line`: the line
// number in its part, from 1.
struct LabelRow {
    AssuranceLabel label;
    std::int64_t line = 0;
    bool valid = true;
};
struct EpisodeRow {
    ViolationEpisode episode;
    bool archived = false; // from violations:{id}:closed
    std::int64_t line = 0;
    bool valid = true;
};
struct ToleranceRow {
    ToleranceSet set;
    std::int64_t line = 0;
    bool valid = true;
};
struct SnapshotPoint {
    std::int64_t windowEndMs = 0;
    std::array<std::optional<double>, kSeedMetricCount> seed{};
    std::int64_t line = 0;
    bool valid = true;
};

struct ModelSection {
    std::string id;
    std::string displayName;              // from model:config:{id}, when it has one
    std::vector<LabelRow> labels;         // pack order: by window end
    std::vector<EpisodeRow> episodes;     // pack order: by key, then id
    std::vector<ToleranceRow> tolerances; // by version
    std::vector<SnapshotPoint> snapshots; // by window end

    // The tolerance set in force at `ms`: the newest version changed at or before it, from the
    // pack. nullptr when the pack holds none in force then.
    const ToleranceSet *toleranceAt(std::int64_t ms) const;
};

struct AuditRow {
    std::int64_t seq = 0, timeMs = 0;
    std::string installation, actor, action, target;
    std::int64_t line = 0;
    bool valid = true;
};

struct ManifestMember {
    std::string name, sha256;
    std::optional<std::int64_t> lines; // the statement's count, for parts
};

// A line the report could not read (it is also named by the verifier when it is invalid).
struct UnreadableLine {
    std::string part;
    std::int64_t line = 0;
    std::string why;
};

struct ReportData {
    std::string packPath;
    evidence::PackVerdict verdict;
    std::vector<ModelSection> models; // the verdict's models first, in its order
    std::vector<AuditRow> audit;
    std::vector<ManifestMember> manifest; // every member but the manifest itself, pack order
    std::string record;                   // the statement's "record" (redacted URL)
    std::vector<UnreadableLine> unreadable;
};

// Fed every line of every part (verifyPack's LineSink), then finished with the verdict.
class ReportCollector {
public:
    void addLine(const std::string &part, std::int64_t lineNumber, std::string_view line, bool valid);
    ReportData finish(evidence::PackVerdict verdict, std::string packPath);

private:
    ModelSection &model(const std::string &id);
    void unreadable(const std::string &part, std::int64_t line, std::string why);
    std::map<std::string, ModelSection> m_models;
    std::vector<AuditRow> m_audit;
    std::vector<UnreadableLine> m_unreadable;
    std::unique_ptr<TelemetryParser> m_parser; // created with the first snapshot
};

// The statement's subject list, counts and record, read from the pack's first member (the small
// manifest; the parts are not read again). Compare `rootDigest` with the verdict's before use.
struct ManifestSummary {
    std::vector<ManifestMember> members;
    std::string record, rootDigest;
};
std::optional<ManifestSummary> readManifestSummary(const std::string &packPath, std::string *error);

} // namespace assurance::report
