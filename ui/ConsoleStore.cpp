#include "ConsoleStore.h"

#include "models/AlertListModel.h"
#include "models/InferenceLogModel.h"
#include "models/ModelListModel.h"
#include "models/RejectionTableModel.h"
#include "models/ViolationTableModel.h"

namespace assurance::ui {

ConsoleStore::ConsoleStore(QObject *parent, std::size_t historyPerModel)
    : QObject(parent)
    , m_historyPerModel(historyPerModel)
    , m_models(new ModelListModel(this))
    , m_log(new InferenceLogModel(1000, this))
    , m_alerts(new AlertListModel(500, this))
    , m_violations(new ViolationTableModel(this))
    , m_rejections(new RejectionTableModel(this)) {}

ConsoleStore::~ConsoleStore() = default;

void ConsoleStore::reset() {
    m_history.clear();
    m_provisional.clear();
    m_labels.clear();
    m_labelVerified.clear();
    m_tolerances.clear();
    m_displayNames.clear();
    m_models->clear();
    m_rejections->clear();
    m_log->clear();
    m_alerts->clear();
    m_violations->clear();
}

void ConsoleStore::applyFrame(const ConsoleFramePtr &frame) {
    if (!frame)
        return;
    if (frame->initial)
        reset();
    for (const auto &m : frame->models)
        m_displayNames[m.id] = m.displayName;
    m_models->update(frame->models);
    for (const auto &t : frame->tolerances)
        m_tolerances[t.modelId] = t;

    bool labels = false;
    std::vector<EpisodeEvent> episodes;
    for (const ProcessedWindow &p : frame->closed) {
        auto &h = m_history[p.snapshot.modelId];
        h.push_back(p.snapshot);
        while (h.size() > m_historyPerModel)
            h.pop_front();
        m_labels[p.label.modelId] = p.label;
        m_labelVerified[p.label.modelId] = true; // computed here
        labels = true;
        episodes.insert(episodes.end(), p.episodes.begin(), p.episodes.end());
    }
    // The record's own labels win over the ones computed for display; their hashes are checked.
    for (const AssuranceLabel &l : frame->labels) {
        m_labels[l.modelId] = l;
        m_labelVerified[l.modelId] = labelHash(l) == l.hash;
        labels = true;
    }
    // Stored episodes replace the shown ones with the same id; what changed raises alerts, except
    // on the first frame (what was already there is in the Violations tab, not news).
    std::vector<EpisodeEvent> stored;
    for (const ViolationEpisode &e : frame->episodes)
        stored.push_back(episodeChange(m_violations->find(e.id), e));
    if (!stored.empty()) {
        m_violations->apply(stored);
        if (!frame->initial)
            m_alerts->add(stored);
    }
    m_recordProblems = frame->recordProblems;
    m_provisional.clear();
    for (const auto &s : frame->provisional)
        m_provisional[s.modelId] = s;
    if (!episodes.empty()) {
        m_violations->apply(episodes);
        m_alerts->add(episodes);
    }
    m_log->append(frame->log);
    m_rejections->setRecent(frame->recentRejections, frame->rejectedTotal);
    m_rejectedByReason = frame->rejectedByReason;
    m_rejectedTotal = frame->rejectedTotal;
    m_acceptedTotal = frame->acceptedTotal;
    m_eventsPerSecond = frame->eventsPerSecond;
    m_counters = frame->counters;
    m_lastFrameMs = frame->nowMs;
    ++m_frames;
    if (labels)
        Q_EMIT labelsChanged();
    Q_EMIT frameApplied();
}

const std::deque<Snapshot> &ConsoleStore::history(const std::string &modelId) const {
    static const std::deque<Snapshot> empty;
    auto it = m_history.find(modelId);
    return it == m_history.end() ? empty : it->second;
}

const Snapshot *ConsoleStore::provisional(const std::string &modelId) const {
    auto it = m_provisional.find(modelId);
    return it == m_provisional.end() ? nullptr : &it->second;
}

const AssuranceLabel *ConsoleStore::label(const std::string &modelId) const {
    auto it = m_labels.find(modelId);
    return it == m_labels.end() ? nullptr : &it->second;
}

bool ConsoleStore::labelVerified(const std::string &modelId) const {
    auto it = m_labelVerified.find(modelId);
    return it == m_labelVerified.end() || it->second;
}

const ToleranceSet *ConsoleStore::tolerances(const std::string &modelId) const {
    auto it = m_tolerances.find(modelId);
    return it == m_tolerances.end() ? nullptr : &it->second;
}

std::string ConsoleStore::displayName(const std::string &modelId) const {
    auto it = m_displayNames.find(modelId);
    return it == m_displayNames.end() || it->second.empty() ? modelId : it->second;
}

} // namespace assurance::ui
