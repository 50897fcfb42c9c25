#include "ViolationTracker.h"

#include "json/JsonFields.h"
#include "json/PyJson.h"
#include "json/Timestamps.h"

#include <QJsonArray>

#include <algorithm>

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

const char *operatorActionKey(OperatorAction::Kind kind) {
    switch (kind) {
    case OperatorAction::Kind::Acknowledge:
        return "acknowledge";
    case OperatorAction::Kind::Resolve:
        return "resolve";
    case OperatorAction::Kind::Note:
        return "note";
    }
    return "note";
}

std::optional<OperatorAction::Kind> operatorActionFromKey(std::string_view key) {
    for (auto k :
         {OperatorAction::Kind::Acknowledge, OperatorAction::Kind::Resolve, OperatorAction::Kind::Note})
        if (key == operatorActionKey(k))
            return k;
    return std::nullopt;
}

namespace {
ActionRefusal allowedFrom(EpisodeStatus status, OperatorAction::Kind kind) {
    if (kind == OperatorAction::Kind::Note)
        return ActionRefusal::None;
    if (status == EpisodeStatus::Resolved)
        return ActionRefusal::AlreadyResolved;
    if (kind == OperatorAction::Kind::Acknowledge && status == EpisodeStatus::Acknowledged)
        return ActionRefusal::AlreadyAcknowledged;
    return ActionRefusal::None;
}

bool blank(const std::string &text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); });
}
} // namespace

ActionRefusal checkOperatorAction(const ViolationEpisode &episode, const OperatorAction &action) {
    if (blank(action.note))
        return ActionRefusal::EmptyNote;
    if (blank(action.actor))
        return ActionRefusal::NoActor;
    return allowedFrom(episode.status, action.kind);
}

void applyOperatorAction(ViolationEpisode &episode, const OperatorAction &action) {
    if (action.kind != OperatorAction::Kind::Note) {
        episode.status = action.kind == OperatorAction::Kind::Resolve ? EpisodeStatus::Resolved
                                                                      : EpisodeStatus::Acknowledged;
        episode.actor = action.actor;
        episode.note = action.note;
    }
    episode.actions.push_back(action);
}

std::optional<std::string> checkOperatorPart(const ViolationEpisode &episode) {
    EpisodeStatus status = EpisodeStatus::Open;
    const OperatorAction *last = nullptr;
    std::int64_t previousMs = INT64_MIN;
    for (std::size_t i = 0; i < episode.actions.size(); ++i) {
        const OperatorAction &a = episode.actions[i];
        const std::string which = "action " + std::to_string(i + 1) + " (" + operatorActionKey(a.kind) + ")";
        if (a.timeMs < previousMs)
            return which + " is older than the action before it";
        previousMs = a.timeMs;
        if (blank(a.actor) || blank(a.note))
            return which + " has no actor or no note";
        if (allowedFrom(status, a.kind) != ActionRefusal::None)
            return which + " is not allowed after the episode was " + episodeStatusKey(status);
        if (a.kind != OperatorAction::Kind::Note) {
            status = a.kind == OperatorAction::Kind::Resolve ? EpisodeStatus::Resolved
                                                             : EpisodeStatus::Acknowledged;
            last = &a;
        }
    }
    if (!last)
        return std::nullopt;
    if (episode.status != status)
        return std::string("status is ") + episodeStatusKey(episode.status) + " but its actions make it " +
               episodeStatusKey(status);
    if (episode.actor != last->actor || episode.note != last->note)
        return "actor and note are not those of the last acknowledge or resolve";
    return std::nullopt;
}

std::vector<EpisodeEvent> ViolationTracker::apply(const AssuranceLabel &label) {
    std::vector<EpisodeEvent> events;
    auto last = m_lastApplied.find(label.modelId);
    if (last != m_lastApplied.end() && label.windowEndMs <= last->second)
        return events;
    m_lastApplied[label.modelId] = label.windowEndMs;
    auto &list = m_byModel[label.modelId];
    // An operator resolved it while it was active: it ends with this window (a breach that goes on
    // opens a new episode below).
    for (auto &e : list)
        if (e.active() && e.status == EpisodeStatus::Resolved) {
            e.closedMs = label.windowEndMs;
            events.push_back({EpisodeChange::Closed, e, false});
        }

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

void ViolationTracker::seed(const std::string &modelId, std::vector<ViolationEpisode> stored,
                            std::int64_t lastAppliedMs) {
    std::sort(stored.begin(), stored.end(), [](const ViolationEpisode &a, const ViolationEpisode &b) {
        return a.openedMs < b.openedMs || (a.openedMs == b.openedMs && a.id < b.id);
    });
    // One active episode per metric: an older active one that a newer one superseded is closed
    // where the newer one opened (a record written by two owners in a rebalance race).
    std::map<SeedMetric, ViolationEpisode *> active;
    for (auto &e : stored) {
        if (!e.active())
            continue;
        if (auto it = active.find(e.metric); it != active.end())
            it->second->closedMs = e.openedMs;
        active[e.metric] = &e;
    }
    auto &list = m_byModel[modelId];
    list.assign(stored.begin(), stored.end());
    while (list.size() > m_historyPerModel && !list.front().active())
        list.pop_front();
    m_lastApplied[modelId] = lastAppliedMs;
}

void ViolationTracker::forget(const std::string &modelId) {
    m_byModel.erase(modelId);
    m_lastApplied.erase(modelId);
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

std::optional<EpisodeEvent> ViolationTracker::act(const std::string &id, const OperatorAction &action,
                                                  ActionRefusal *refusal) {
    if (refusal)
        *refusal = ActionRefusal::None;
    ViolationEpisode *e = findMutable(id);
    if (!e)
        return std::nullopt;
    if (const ActionRefusal why = checkOperatorAction(*e, action); why != ActionRefusal::None) {
        if (refusal)
            *refusal = why;
        return std::nullopt;
    }
    applyOperatorAction(*e, action);
    const EpisodeChange change = action.kind == OperatorAction::Kind::Acknowledge
                                     ? EpisodeChange::Acknowledged
                                 : action.kind == OperatorAction::Kind::Resolve ? EpisodeChange::Resolved
                                                                                : EpisodeChange::Updated;
    return EpisodeEvent{change, *e, false};
}

bool ViolationTracker::operatorResolved(const std::string &id) {
    ViolationEpisode *e = findMutable(id);
    if (!e || !e->active() || e->status == EpisodeStatus::Resolved)
        return false;
    e->status = EpisodeStatus::Resolved;
    return true;
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
    // Omitted while empty: episodes no operator touched keep their bytes (and old readers theirs).
    if (!e.actions.empty()) {
        w.key("actions");
        w.beginArray();
        for (const OperatorAction &a : e.actions) {
            w.beginObject();
            w.key("action");
            w.value(operatorActionKey(a.kind));
            w.key("actor");
            w.value(a.actor);
            w.key("note");
            w.value(a.note);
            w.key("time");
            w.value(timestamps::formatIso8601Ms(a.timeMs));
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
}

std::string serializeEpisode(const ViolationEpisode &episode) {
    pyjson::Writer w;
    writeEpisode(w, episode);
    return w.take();
}

EpisodeEvent episodeChange(const ViolationEpisode *previous, const ViolationEpisode &now) {
    if (!previous)
        return {EpisodeChange::Opened, now, false};
    if (previous->status != now.status && now.status != EpisodeStatus::Open)
        return {now.status == EpisodeStatus::Resolved ? EpisodeChange::Resolved : EpisodeChange::Acknowledged,
                now, false};
    if (previous->active() && !now.active())
        return {EpisodeChange::Closed, now, false};
    return {EpisodeChange::Updated, now,
            previous->severity != Severity::Critical && now.severity == Severity::Critical};
}

std::optional<Severity> severityFromKey(std::string_view key) {
    for (Severity s : {Severity::Warning, Severity::Critical})
        if (key == severityKey(s))
            return s;
    return std::nullopt;
}

std::optional<EpisodeStatus> episodeStatusFromKey(std::string_view key) {
    for (EpisodeStatus s : {EpisodeStatus::Open, EpisodeStatus::Acknowledged, EpisodeStatus::Resolved})
        if (key == episodeStatusKey(s))
            return s;
    return std::nullopt;
}

std::optional<ViolationEpisode> parseEpisode(std::string_view bytes, const std::string &modelId,
                                             const std::string &context, std::string *error) {
    const auto root = json::parseObject(bytes, context, error);
    if (!root)
        return std::nullopt;
    auto failed = [&](std::string why) { return json::failure<ViolationEpisode>(error, std::move(why)); };
    json::Fields f(*root, context);
    ViolationEpisode e;
    std::string metric, severity, status, opened, lastSeen, closed;
    std::optional<double> observed, bound;
    std::int64_t count = 0;
    if (!f.string("id", e.id, true) || !f.string("model_id", e.modelId, true) ||
        !f.string("metric", metric, true) || !f.string("severity", severity, true) ||
        !f.number("observed", observed, true) || !f.number("bound", bound, true) ||
        !f.string("opened", opened, true) || !f.string("last_seen", lastSeen, true) ||
        !f.string("closed", closed) || !f.integer("count", count, true, 1) ||
        !f.string("status", status, true) || !f.string("actor", e.actor) || !f.string("note", e.note))
        return failed(f.error());
    if (e.modelId != modelId)
        return failed(context + ": model_id is " + e.modelId + ", not the key's model");
    const auto m = seedMetricFromKey(metric);
    const auto sev = severityFromKey(severity);
    const auto st = episodeStatusFromKey(status);
    const auto openedMs = timestamps::parseWindowTimestamp(opened);
    const auto lastSeenMs = timestamps::parseWindowTimestamp(lastSeen);
    const auto closedMs = closed.empty() ? std::nullopt : timestamps::parseWindowTimestamp(closed);
    if (!m)
        return failed(context + ": metric " + metric + " is not a metric");
    if (!sev)
        return failed(context + ": severity must be warning or critical");
    if (!st)
        return failed(context + ": status must be open, acknowledged or resolved");
    if (!openedMs || !lastSeenMs || (!closed.empty() && !closedMs))
        return failed(context + ": opened, last_seen and closed must be window timestamps");
    if (*lastSeenMs < *openedMs || (closedMs && *closedMs < *openedMs))
        return failed(context + ": last_seen and closed must not be before opened");
    e.metric = *m;
    e.severity = e.currentSeverity = *sev;
    e.observed = *observed;
    e.bound = *bound;
    e.openedMs = *openedMs;
    e.lastSeenMs = *lastSeenMs;
    e.closedMs = closedMs;
    e.count = static_cast<std::uint64_t>(count);
    e.status = *st;
    const QJsonValue actions = root->value(QLatin1String("actions"));
    if (!actions.isUndefined() && !actions.isNull()) {
        if (!actions.isArray())
            return failed(context + ": actions must be an array");
        const QJsonArray list = actions.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const std::string where = context + ": actions[" + std::to_string(i) + "]";
            if (!list.at(i).isObject())
                return failed(where + " must be an object");
            json::Fields af(list.at(i).toObject(), where);
            OperatorAction a;
            std::string kind, time;
            if (!af.string("action", kind, true) || !af.string("actor", a.actor, true) ||
                !af.string("note", a.note, true) || !af.string("time", time, true))
                return failed(af.error());
            const auto k = operatorActionFromKey(kind);
            const auto ms = timestamps::parseIso8601(time);
            if (!k)
                return failed(where + ": action must be acknowledge, resolve or note");
            if (!ms)
                return failed(where + ": time must be an ISO 8601 date-time");
            a.kind = *k;
            a.timeMs = *ms;
            e.actions.push_back(std::move(a));
        }
    }
    return e;
}

} // namespace assurance
