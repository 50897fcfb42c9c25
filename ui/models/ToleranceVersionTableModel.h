#pragma once

#include "assurance/Tolerance.h"

#include <QAbstractTableModel>

#include <vector>

namespace assurance::ui {

// Tolerance sets, one row per (model, version): what was in force and who changed it why. Fed
// whole (an evidence pack's versions now; the Baseline & Tolerances tab's history later).
class ToleranceVersionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Model, Version, ChangedAt, Author, Reason, Metrics, ColumnCount };
    enum Role { VersionRole = Qt::UserRole, ChangedAtMsRole };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSets(std::vector<ToleranceSet> sets); // one reset
    const ToleranceSet &setAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

private:
    std::vector<ToleranceSet> m_rows;
};

} // namespace assurance::ui
