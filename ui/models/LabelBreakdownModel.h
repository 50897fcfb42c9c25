#pragma once

#include "assurance/AssuranceLabel.h"

#include <QAbstractTableModel>

#include <optional>

namespace assurance::ui {

// The metric table of one assurance label: each metric's value, state, score and what it adds to
// the composite (Points: score × its renormalised weight; the points sum to the label's score),
// and, when the tolerance set the label was assessed with is known, the rule it was held to
// (Rule: where warning and critical begin, "< 0.900 · < 0.800"). The
// Status cell's tooltip says why in words. A new label replaces the table in one reset.
class LabelBreakdownModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Metric, Value, Status, Bound, Score, Weight, Points, Rule, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1 };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // `tolerances`: the set of the label's tolerance version (nullptr: not known; the Rule column
    // then says so).
    void setLabel(const AssuranceLabel &label, const ToleranceSet *tolerances = nullptr);
    const std::optional<AssuranceLabel> &label() const { return m_label; }
    const std::optional<ToleranceSet> &tolerances() const { return m_tolerances; }
    // Why the metric is in its state, one sentence (the Status tooltip).
    QString explanation(int row) const;

private:
    QString ruleText(const MetricAssessment &a) const;
    std::optional<AssuranceLabel> m_label;
    std::optional<ToleranceSet> m_tolerances;
    std::vector<MetricContribution> m_contributions;
};

} // namespace assurance::ui
