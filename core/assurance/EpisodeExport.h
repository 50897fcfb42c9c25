#pragma once

#include "assurance/ViolationTracker.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

// What the console's Violations tab exports and charts, as pure functions of the episodes it shows
// (the filtered rows, in view order). No Qt: the widgets only pick the rows and draw the result.
namespace assurance {

// RFC 4180 CSV, UTF-8 without a BOM, CRLF after every record including the last, a header row:
//   id,model_id,metric,severity,status,observed,bound,opened,last_seen,closed,count,actor,note
// Keys as stored (metric "feature_drift", severity "critical", status "acknowledged"); numbers as
// in the JSON form (Python repr; empty when not finite); times ISO 8601 UTC with milliseconds
// ("2024-05-01T12:00:00.000Z"), `closed` empty while active. A field is quoted when it holds a
// comma, a double quote, CR or LF; quotes inside are doubled. Values are written as they are (no
// spreadsheet-formula escaping): an export for an audit must not alter what operators wrote.
// `actor` and `note` are the episode's top-level (latest acknowledge/resolve) ones; the full
// operator actions are in the JSON export.
std::string episodesToCsv(const std::vector<ViolationEpisode> &episodes);

// A JSON array of the episodes in their stored form (writeEpisode(), the `violations:{id}` value),
// in the order given, with Python json.dumps separators: "[]" when empty.
std::string episodesToJson(const std::vector<ViolationEpisode> &episodes);

// Counts for the breakdown charts.
struct EpisodeBreakdown {
    std::array<std::size_t, kSeedMetricCount> byMetric{}; // indexed by SeedMetric
    std::array<std::size_t, 2> bySeverity{};              // indexed by Severity (the worst seen)
    // Active episodes (opened, not yet closed) over time as a step function: from each point's
    // time (epoch ms) on, that many were active. Ascending, one point per distinct opened/closed
    // time; an episode counts from its opened time and stops at its closed time.
    std::vector<std::pair<std::int64_t, std::size_t>> activeOverTime;
    // The latest time any episode was seen or closed (where the last step ends); 0 when empty.
    std::int64_t latestMs = 0;
    bool operator==(const EpisodeBreakdown &) const = default;
};
EpisodeBreakdown breakdownEpisodes(const std::vector<const ViolationEpisode *> &episodes);

} // namespace assurance
