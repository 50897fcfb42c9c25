#pragma once

#include "assurance/AssuranceLabel.h"

#include <QAbstractTableModel>

#include <optional>

namespace assurance::ui {

// The metric table of one assurance label. A new label replaces the table in one reset.
class LabelBreakdownModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Metric, Value, Status, Bound, Score, Weight, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1 };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLabel(const AssuranceLabel &label);
    const std::optional<AssuranceLabel> &label() const { return m_label; }

private:
    std::optional<AssuranceLabel> m_label;
};

} // namespace assurance::ui
