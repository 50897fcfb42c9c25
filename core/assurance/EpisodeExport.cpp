#include "assurance/EpisodeExport.h"

#include "json/PyJson.h"
#include "json/Timestamps.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace assurance {

namespace {

void appendField(std::string &out, std::string_view value) {
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += value;
        return;
    }
    out += '"';
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

std::string csvNumber(double value) {
    return std::isfinite(value) ? pyjson::floatRepr(value) : std::string();
}

} // namespace

std::string episodesToCsv(const std::vector<ViolationEpisode> &episodes) {
    std::string out = "id,model_id,metric,severity,status,observed,bound,opened,last_seen,closed,count,actor,"
                      "note\r\n";
    for (const ViolationEpisode &e : episodes) {
        const std::string fields[] = {
            e.id,
            e.modelId,
            std::string(seedMetricKey(e.metric)),
            severityKey(e.severity),
            episodeStatusKey(e.status),
            csvNumber(e.observed),
            csvNumber(e.bound),
            timestamps::formatIso8601Ms(e.openedMs),
            timestamps::formatIso8601Ms(e.lastSeenMs),
            e.closedMs ? timestamps::formatIso8601Ms(*e.closedMs) : std::string(),
            std::to_string(e.count),
            e.actor,
            e.note,
        };
        bool first = true;
        for (const std::string &field : fields) {
            if (!first)
                out += ',';
            first = false;
            appendField(out, field);
        }
        out += "\r\n";
    }
    return out;
}

std::string episodesToJson(const std::vector<ViolationEpisode> &episodes) {
    pyjson::Writer w;
    w.beginArray();
    for (const ViolationEpisode &e : episodes)
        writeEpisode(w, e);
    w.endArray();
    return w.take();
}

EpisodeBreakdown breakdownEpisodes(const std::vector<const ViolationEpisode *> &episodes) {
    EpisodeBreakdown b;
    std::map<std::int64_t, std::int64_t> delta; // time → change in the active count
    for (const ViolationEpisode *e : episodes) {
        ++b.byMetric[static_cast<std::size_t>(e->metric)];
        ++b.bySeverity[static_cast<std::size_t>(e->severity)];
        ++delta[e->openedMs];
        if (e->closedMs)
            --delta[std::max(*e->closedMs, e->openedMs)];
        b.latestMs = std::max({b.latestMs, e->lastSeenMs, e->closedMs.value_or(e->lastSeenMs)});
    }
    std::int64_t active = 0;
    b.activeOverTime.reserve(delta.size());
    for (const auto &[time, change] : delta) {
        active += change;
        b.activeOverTime.emplace_back(time, static_cast<std::size_t>(active));
    }
    return b;
}

} // namespace assurance
