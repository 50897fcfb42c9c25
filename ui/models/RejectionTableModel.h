#pragma once

#include "telemetry/RejectionLog.h"

#include <QAbstractTableModel>

#include <vector>

namespace assurance::ui {

// Recently rejected messages (newest first) with their reason, for inspection.
class RejectionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Reason, Field, Detail, Excerpt, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the table (a source always sends its whole bounded recent list) when it changed.
    void setRecent(const std::vector<RejectedMessage> &recentOldestFirst, std::uint64_t total);
    void clear();

private:
    std::vector<RejectedMessage> m_rows; // newest first
    std::uint64_t m_total = 0;
};

} // namespace assurance::ui
