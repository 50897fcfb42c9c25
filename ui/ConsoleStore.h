#pragma once

#include "sources/ConsoleFrame.h"

#include "license/License.h"

#include <QObject>

#include <deque>
#include <map>
#include <optional>
#include <string>

namespace assurance::ui {

class AlertListModel;
class InferenceLogModel;
class ModelListModel;
class RejectionTableModel;
class ViolationTableModel;

// The GUI thread's view of a source: folds each ConsoleFrame (already checked and diffed on the
// source's workers) into per-model history, labels and tolerances, and into the item models the
// tabs show. Lives on the GUI thread. Every per-model piece has a revision number that changes
// with it, so views redraw only what changed.
class ConsoleStore : public QObject {
    Q_OBJECT
public:
    explicit ConsoleStore(QObject *parent = nullptr, std::size_t historyPerModel = 10'000);
    ~ConsoleStore() override;

    void applyFrame(const ConsoleFramePtr &frame);
    // Forgets everything (another source was chosen): views clear at once.
    void reset();

    ModelListModel *models() const { return m_models; }
    InferenceLogModel *inferenceLog() const { return m_log; }
    AlertListModel *alerts() const { return m_alerts; }
    ViolationTableModel *violations() const { return m_violations; }
    RejectionTableModel *rejections() const { return m_rejections; }

    const std::deque<Snapshot> &history(const std::string &modelId) const;
    const Snapshot *provisional(const std::string &modelId) const;
    const AssuranceLabel *label(const std::string &modelId) const;
    LabelProvenance labelProvenance(const std::string &modelId) const;
    std::uint64_t recordProblems() const { return m_recordProblems; }
    const ToleranceSet *tolerances(const std::string &modelId) const;
    std::string displayName(const std::string &modelId) const;
    TaskType task(const std::string &modelId) const; // Auto when nobody said

    // Changes whenever the model's history, tolerances or label changed / its open window changed.
    std::uint64_t recordRevision(const std::string &modelId) const;
    std::uint64_t liveRevision(const std::string &modelId) const;

    std::uint64_t rejectedTotal() const { return m_live.rejectedTotal; }
    const std::array<std::uint64_t, kRejectReasonCount> &rejectedByReason() const {
        return m_live.rejectedByReason;
    }
    std::uint64_t acceptedTotal() const { return m_live.acceptedTotal; }
    double eventsPerSecond() const { return m_live.eventsPerSecond; }
    const EngineCounters &counters() const { return m_live.counters; }
    std::optional<std::int64_t> consumerLag() const { return m_live.consumerLag; }
    std::uint64_t provisionalRebuilds() const { return m_live.provisionalRebuilds; }
    std::int64_t lastFrameMs() const { return m_lastFrameMs; }
    std::uint64_t framesApplied() const { return m_frames; } // since the last reset()

    // The license's model limit (docs/license.md "Gates"): models() lists only the first N model
    // ids in id order; modelLimit() says which are hidden and why. Community until set.
    void setEntitlements(const license::Entitlements &entitlements);
    const license::ModelLimitView &modelLimit() const { return m_modelLimit; }
    // Retired models (ModelInfo::retired) are left out of models() unless this is on; they never
    // count against the model limit.
    void setShowRetired(bool show);
    bool showRetired() const { return m_showRetired; }

Q_SIGNALS:
    void frameApplied();
    void labelsChanged();
    void cleared();
    void modelLimitChanged(); // modelLimit() hides other models now

private:
    void applyRecord(const RecordDelta &record);
    void applyLive(const LiveDelta &live);
    // m_info → models(), within the model limit; `incoming` as the source named them.
    void publishModels(const std::vector<ModelInfo> &incoming);
    std::size_t m_historyPerModel;
    ModelListModel *m_models;
    InferenceLogModel *m_log;
    AlertListModel *m_alerts;
    ViolationTableModel *m_violations;
    RejectionTableModel *m_rejections;
    std::map<std::string, std::deque<Snapshot>> m_history;
    std::map<std::string, Snapshot> m_provisional;
    std::map<std::string, RecordLabel> m_labels;
    std::uint64_t m_recordProblems = 0;
    std::map<std::string, ToleranceSet> m_tolerances;
    std::map<std::string, ModelInfo> m_info;
    license::Entitlements m_entitlements = license::Entitlements::community();
    license::ModelLimitView m_modelLimit;
    bool m_showRetired = false;
    std::map<std::string, std::uint64_t> m_recordRevision;
    std::map<std::string, std::uint64_t> m_liveRevision;
    std::uint64_t m_revision = 0; // the source of every revision number: never repeats, even across resets
    LiveDelta m_live;             // the latest counters (its lists are not kept)
    std::int64_t m_lastFrameMs = 0;
    std::uint64_t m_frames = 0;
};

} // namespace assurance::ui
