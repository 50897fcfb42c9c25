#include "ConsoleStore.h"

#include "models/AlertListModel.h"
#include "models/InferenceLogModel.h"
#include "models/ModelListModel.h"
#include "models/RejectionTableModel.h"
#include "models/ViolationTableModel.h"

#include <algorithm>

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
    m_tolerances.clear();
    m_info.clear();
    m_recordRevision.clear();
    m_liveRevision.clear();
    m_recordProblems = 0;
    m_live = {};
    m_lastFrameMs = 0;
    m_frames = 0;
    m_models->clear();
    if (!m_modelLimit.hidden.empty()) {
        m_modelLimit = {};
        Q_EMIT modelLimitChanged();
    }
    m_modelLimit = {};
    m_rejections->clear();
    m_log->clear();
    m_alerts->clear();
    m_violations->clear();
    Q_EMIT cleared();
    Q_EMIT labelsChanged();
    Q_EMIT frameApplied();
}

void ConsoleStore::applyFrame(const ConsoleFramePtr &frame) {
    if (!frame)
        return;
    if (frame->record)
        applyRecord(*frame->record);
    if (frame->live)
        applyLive(*frame->live);
    m_lastFrameMs = frame->nowMs;
    ++m_frames;
    Q_EMIT frameApplied();
}

void ConsoleStore::setEntitlements(const license::Entitlements &entitlements) {
    m_entitlements = entitlements;
    publishModels({});
}

void ConsoleStore::setShowRetired(bool show) {
    if (show == m_showRetired)
        return;
    m_showRetired = show;
    publishModels({});
}

void ConsoleStore::publishModels(const std::vector<ModelInfo> &all) {
    // The limit counts active, non-retired models; retired ones are listed after them when shown.
    std::vector<std::string> ids, retired;
    ids.reserve(m_info.size());
    for (const auto &[id, info] : m_info)
        (info.retired ? retired : ids).push_back(id);
    license::ModelLimitView view = license::applyModelLimit(std::move(ids), m_entitlements);
    if (m_showRetired) {
        view.shown.insert(view.shown.end(), retired.begin(), retired.end());
        std::sort(view.shown.begin(), view.shown.end());
    }
    std::vector<ModelInfo> incoming;
    for (const ModelInfo &m : all)
        if (!m.retired || m_showRetired)
            incoming.push_back(m);
    // The list model only grows: when a newly known model (a smaller id) displaces one shown
    // before, or the limit fell, the list is rebuilt in one reset.
    bool displaced = false;
    for (int row = 0; row < m_models->rowCount(); ++row)
        if (!std::binary_search(view.shown.begin(), view.shown.end(), m_models->idAt(row).toStdString()))
            displaced = true;
    if (displaced)
        m_models->clear();
    if (view.hidden.empty() && !displaced) {
        m_models->update(incoming);     // within the limit: in the order the source names them
        std::vector<ModelInfo> missing; // hidden before the limit rose
        for (const auto &id : view.shown)
            if (m_models->rowOf(QString::fromStdString(id)) < 0)
                missing.push_back(m_info.at(id));
        m_models->update(missing);
    } else {
        std::vector<ModelInfo> shown;
        shown.reserve(view.shown.size());
        for (const auto &id : view.shown)
            shown.push_back(m_info.at(id));
        m_models->update(shown);
    }
    const bool changed = view.hidden != m_modelLimit.hidden || view.message != m_modelLimit.message;
    m_modelLimit = std::move(view);
    if (changed)
        Q_EMIT modelLimitChanged();
}

void ConsoleStore::applyRecord(const RecordDelta &record) {
    if (record.reset) {
        m_history.clear();
        m_labels.clear();
        m_tolerances.clear();
        m_info.clear();
        m_models->clear();
        m_violations->clear();
        m_alerts->clear();
    }
    if (record.models) {
        for (const ModelInfo &m : *record.models) {
            auto &info = m_info[m.id];
            if (!(info == m))
                m_recordRevision[m.id] = ++m_revision;
            info = m;
        }
        publishModels(*record.models);
    }
    for (const ToleranceSet &t : record.tolerances) {
        m_tolerances[t.modelId] = t;
        m_recordRevision[t.modelId] = ++m_revision;
    }
    for (const Snapshot &s : record.windows) {
        auto &h = m_history[s.modelId];
        h.push_back(s);
        while (h.size() > m_historyPerModel)
            h.pop_front();
        m_recordRevision[s.modelId] = ++m_revision;
    }
    for (const RecordLabel &l : record.labels) {
        m_labels[l.label.modelId] = l;
        m_recordRevision[l.label.modelId] = ++m_revision;
    }
    if (!record.episodes.empty()) {
        m_violations->apply(record.episodes);
        if (record.episodesAreNews)
            m_alerts->add(record.episodes);
    }
    m_recordProblems = record.problems;
    if (!record.labels.empty() || record.reset)
        Q_EMIT labelsChanged();
}

void ConsoleStore::applyLive(const LiveDelta &live) {
    if (live.reset) {
        m_provisional.clear();
        m_log->clear();
        m_rejections->clear();
        for (auto &[id, revision] : m_liveRevision)
            revision = ++m_revision;
    }
    std::vector<ModelInfo> unknown;
    for (const ModelInfo &m : live.newModels)
        if (m_info.emplace(m.id, m).second)
            unknown.push_back(m);
    if (!unknown.empty())
        publishModels(unknown);
    for (const ToleranceSet &t : live.newModelTolerances)
        if (m_tolerances.emplace(t.modelId, t).second)
            m_recordRevision[t.modelId] = ++m_revision;
    for (const Snapshot &s : live.provisional) {
        m_provisional[s.modelId] = s;
        m_liveRevision[s.modelId] = ++m_revision;
    }
    for (const std::string &id : live.provisionalGone)
        if (m_provisional.erase(id))
            m_liveRevision[id] = ++m_revision;
    m_log->append(live.log);
    if (live.rejectedTotal != m_live.rejectedTotal || live.reset)
        m_rejections->setRecent(live.recentRejections, live.rejectedTotal);
    m_live.rejectedByReason = live.rejectedByReason;
    m_live.rejectedTotal = live.rejectedTotal;
    m_live.acceptedTotal = live.acceptedTotal;
    m_live.eventsPerSecond = live.eventsPerSecond;
    m_live.counters = live.counters;
    m_live.consumerLag = live.consumerLag;
    m_live.provisionalRebuilds = live.provisionalRebuilds;
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
    return it == m_labels.end() ? nullptr : &it->second.label;
}

LabelProvenance ConsoleStore::labelProvenance(const std::string &modelId) const {
    auto it = m_labels.find(modelId);
    return it == m_labels.end() ? LabelProvenance::Computed : it->second.provenance;
}

const ToleranceSet *ConsoleStore::tolerances(const std::string &modelId) const {
    auto it = m_tolerances.find(modelId);
    return it == m_tolerances.end() ? nullptr : &it->second;
}

std::string ConsoleStore::displayName(const std::string &modelId) const {
    auto it = m_info.find(modelId);
    return it == m_info.end() || it->second.displayName.empty() ? modelId : it->second.displayName;
}

TaskType ConsoleStore::task(const std::string &modelId) const {
    auto it = m_info.find(modelId);
    return it == m_info.end() ? TaskType::Auto : it->second.task;
}

std::uint64_t ConsoleStore::recordRevision(const std::string &modelId) const {
    auto it = m_recordRevision.find(modelId);
    return it == m_recordRevision.end() ? 0 : it->second;
}

std::uint64_t ConsoleStore::liveRevision(const std::string &modelId) const {
    auto it = m_liveRevision.find(modelId);
    return it == m_liveRevision.end() ? 0 : it->second;
}

} // namespace assurance::ui
