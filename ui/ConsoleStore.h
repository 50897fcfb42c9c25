#pragma once

#include "sources/ConsoleFrame.h"

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

// The GUI thread's view of a source: folds each ConsoleFrame into per-model history, latest
// labels and tolerances, and into the item models the tabs show. Lives on the GUI thread; fed only
// by frames (≤ 10 Hz), so views refresh once per frame, never per message.
class ConsoleStore : public QObject {
    Q_OBJECT
public:
    explicit ConsoleStore(QObject *parent = nullptr, std::size_t historyPerModel = 1440);
    ~ConsoleStore() override;

    void applyFrame(const ConsoleFramePtr &frame);
    void reset();

    ModelListModel *models() const { return m_models; }
    InferenceLogModel *inferenceLog() const { return m_log; }
    AlertListModel *alerts() const { return m_alerts; }
    ViolationTableModel *violations() const { return m_violations; }
    RejectionTableModel *rejections() const { return m_rejections; }

    const std::deque<Snapshot> &history(const std::string &modelId) const;
    const Snapshot *provisional(const std::string &modelId) const;
    const AssuranceLabel *label(const std::string &modelId) const;
    // False when a stored label's hash does not match its content (the label was altered after it
    // was written). Labels this console computed itself are true.
    bool labelVerified(const std::string &modelId) const;
    std::uint64_t recordProblems() const { return m_recordProblems; }
    const ToleranceSet *tolerances(const std::string &modelId) const;
    std::string displayName(const std::string &modelId) const;

    std::uint64_t rejectedTotal() const { return m_rejectedTotal; }
    const std::array<std::uint64_t, kRejectReasonCount> &rejectedByReason() const {
        return m_rejectedByReason;
    }
    std::uint64_t acceptedTotal() const { return m_acceptedTotal; }
    double eventsPerSecond() const { return m_eventsPerSecond; }
    const EngineCounters &counters() const { return m_counters; }
    std::int64_t lastFrameMs() const { return m_lastFrameMs; }
    std::uint64_t framesApplied() const { return m_frames; }

Q_SIGNALS:
    void frameApplied();
    void labelsChanged();

private:
    std::size_t m_historyPerModel;
    ModelListModel *m_models;
    InferenceLogModel *m_log;
    AlertListModel *m_alerts;
    ViolationTableModel *m_violations;
    RejectionTableModel *m_rejections;
    std::map<std::string, std::deque<Snapshot>> m_history;
    std::map<std::string, Snapshot> m_provisional;
    std::map<std::string, AssuranceLabel> m_labels;
    std::map<std::string, bool> m_labelVerified;
    std::uint64_t m_recordProblems = 0;
    std::map<std::string, ToleranceSet> m_tolerances;
    std::map<std::string, std::string> m_displayNames;
    std::array<std::uint64_t, kRejectReasonCount> m_rejectedByReason{};
    std::uint64_t m_rejectedTotal = 0;
    std::uint64_t m_acceptedTotal = 0;
    double m_eventsPerSecond = 0.0;
    EngineCounters m_counters;
    std::int64_t m_lastFrameMs = 0;
    std::uint64_t m_frames = 0;
};

} // namespace assurance::ui
