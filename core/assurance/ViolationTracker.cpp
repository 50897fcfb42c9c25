#include "ViolationTracker.h"

#include "json/PyJson.h"
#include "json/Timestamps.h"

namespace assurance {

const char *severityKey(Severity s) {
    return s == Severity::Critical ? "critical" : "warning";
}

const char *episodeStatusKey(EpisodeStatus s) {
    switch (s) {
    case EpisodeStatus::Open:
        return "open";
    case EpisodeStatus::Acknowledged:
        return "acknowledged";
    case EpisodeStatus::Resolved:
        return "resolved";
    }
    return "open";
}

std::vector<EpisodeEvent> ViolationTracker::apply(const AssuranceLabel &label) {
    std::vector<EpisodeEvent> events;
    auto last = m_lastApplied.find(label.modelId);
    if (last != m_lastApplied.end() && label.windowEndMs <= last->second)
        return events;
    m_lastApplied[label.modelId] = label.windowEndMs;
    auto &list = m_byModel[label.modelId];

    for (const MetricAssessment &a : label.breakdown) {
        ViolationEpisode *active = nullptr;
        for (auto &e : list)
            if (e.metric == a.metric && e.active())
                active = &e;
        const bool outside = a.status == MetricStatus::Warning || a.status == MetricStatus::Critical;
        if (outside) {
            const Severity sev = a.status == MetricStatus::Critical ? Severity::Critical : Severity::Warning;
            if (active) {
                const bool escalated = sev == Severity::Critical && active->severity != Severity::Critical;
                active->currentSeverity = sev;
                if (sev == Severity::Critical)
                    active->severity = Severity::Critical;
                active->observed = *a.value;
                active->bound = a.bound.value_or(0.0);
                active->lastSeenMs = label.windowEndMs;
                ++active->count;
                events.push_back({EpisodeChange::Updated, *active, escalated});
            } else {
                ViolationEpisode e;
                e.modelId = label.modelId;
                e.metric = a.metric;
                e.severity = e.currentSeverity = sev;
                e.observed = *a.value;
                e.bound = a.bound.value_or(0.0);
                e.openedMs = e.lastSeenMs = label.windowEndMs;
                e.count = 1;
                e.id = label.modelId + ":" + std::string(seedMetricKey(a.metric)) + ":" +
                       timestamps::formatWindowTimestamp(label.windowEndMs);
                list.push_back(e);
                events.push_back({EpisodeChange::Opened, e, false});
            }
        } else if (active && a.status == MetricStatus::Ok) {
            // Back inside its bounds: the episode ends. A null value (no data) changes nothing.
            active->closedMs = label.windowEndMs;
            events.push_back({EpisodeChange::Closed, *active, false});
        }
    }
    // Bound the history: drop the oldest closed episodes first.
    while (list.size() > m_historyPerModel) {
        auto it = list.begin();
        while (it != list.end() && it->active())
            ++it;
        if (it == list.end())
            break;
        list.erase(it);
    }
    return events;
}

ViolationEpisode *ViolationTracker::findMutable(const std::string &id) {
    for (auto &[model, list] : m_byModel)
        for (auto &e : list)
            if (e.id == id)
                return &e;
    return nullptr;
}

const ViolationEpisode *ViolationTracker::find(const std::string &id) const {
    return const_cast<ViolationTracker *>(this)->findMutable(id);
}

std::optional<EpisodeEvent> ViolationTracker::acknowledge(const std::string &id, const std::string &actor,
                                                          const std::string &note) {
    ViolationEpisode *e = findMutable(id);
    if (!e || e->status != EpisodeStatus::Open)
        return std::nullopt;
    e->status = EpisodeStatus::Acknowledged;
    e->actor = actor;
    e->note = note;
    return EpisodeEvent{EpisodeChange::Acknowledged, *e, false};
}

std::optional<EpisodeEvent> ViolationTracker::resolve(const std::string &id, const std::string &actor,
                                                      const std::string &note, std::int64_t nowMs) {
    ViolationEpisode *e = findMutable(id);
    if (!e || e->status == EpisodeStatus::Resolved)
        return std::nullopt;
    e->status = EpisodeStatus::Resolved;
    e->actor = actor;
    e->note = note;
    if (e->active())
        e->closedMs = nowMs;
    return EpisodeEvent{EpisodeChange::Resolved, *e, false};
}

std::vector<ViolationEpisode> ViolationTracker::episodes(const std::string &modelId) const {
    auto it = m_byModel.find(modelId);
    if (it == m_byModel.end())
        return {};
    return {it->second.begin(), it->second.end()};
}

std::vector<ViolationEpisode> ViolationTracker::allEpisodes() const {
    std::vector<ViolationEpisode> all;
    for (const auto &[model, list] : m_byModel)
        all.insert(all.end(), list.begin(), list.end());
    return all;
}

void writeEpisode(pyjson::Writer &w, const ViolationEpisode &e) {
    w.beginObject();
    w.key("id");
    w.value(e.id);
    w.key("model_id");
    w.value(e.modelId);
    w.key("metric");
    w.value(seedMetricKey(e.metric));
    w.key("severity");
    w.value(severityKey(e.severity));
    w.key("observed");
    w.value(e.observed);
    w.key("bound");
    w.value(e.bound);
    w.key("opened");
    w.value(timestamps::formatWindowTimestamp(e.openedMs));
    w.key("last_seen");
    w.value(timestamps::formatWindowTimestamp(e.lastSeenMs));
    w.key("closed");
    if (e.closedMs)
        w.value(timestamps::formatWindowTimestamp(*e.closedMs));
    else
        w.null();
    w.key("count");
    w.value(e.count);
    w.key("status");
    w.value(episodeStatusKey(e.status));
    w.key("actor");
    w.value(e.actor);
    w.key("note");
    w.value(e.note);
    w.endObject();
}

std::string serializeEpisode(const ViolationEpisode &episode) {
    pyjson::Writer w;
    writeEpisode(w, episode);
    return w.take();
}

} // namespace assurance
