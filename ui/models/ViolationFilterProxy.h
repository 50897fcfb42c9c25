#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace assurance::ui {

// The Violations tab's filters over a ViolationTableModel (its roles): model id, metric, severity,
// status, active/closed, a time range, and free text matched against the model and metric columns
// (QSortFilterProxyModel's own filterRegularExpression; setFilterFixedString for literal text).
// Every filter is "any" when empty/unset; a row is shown when it passes all of them. Setters that
// change nothing do not re-filter.
class ViolationFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class StateFilter { All, Active, Closed };
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setModelId(const QString &modelId);      // exact model id
    void setMetric(const QString &metricKey);     // "feature_drift"
    void setSeverity(const QString &severityKey); // "warning" / "critical" (the worst seen)
    void setStatus(const QString &statusKey);     // "open" / "acknowledged" / "resolved"
    void setState(StateFilter state);
    // Episodes whose time in breach overlaps [since, until] (epoch ms, inclusive, either end open):
    // opened at or before `until`, and still active or closed at or after `since` — the same rule
    // as `assurancectl violations list --since --until`.
    void setTimeRange(std::optional<qint64> sinceMs, std::optional<qint64> untilMs);

    QString modelId() const { return m_modelId; }
    QString metric() const { return m_metric; }
    QString severity() const { return m_severity; }
    QString status() const { return m_status; }
    StateFilter state() const { return m_state; }
    std::optional<qint64> sinceMs() const { return m_sinceMs; }
    std::optional<qint64> untilMs() const { return m_untilMs; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_modelId;
    QString m_metric;
    QString m_severity;
    QString m_status;
    StateFilter m_state = StateFilter::All;
    std::optional<qint64> m_sinceMs;
    std::optional<qint64> m_untilMs;
};

} // namespace assurance::ui
