#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>

#include <vector>

namespace assurance::ui {

// The audit log's signed checkpoints (oldest first): id, tree size, Merkle root, time.
class CheckpointTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Size, Root, Time, ColumnCount };
    enum Role { NoteRole = Qt::UserRole }; // the whole signed note
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCheckpoints(std::vector<audit::StoredCheckpoint> checkpoints); // one reset
    void append(const audit::StoredCheckpoint &checkpoint);                // skipped when known

private:
    std::vector<audit::StoredCheckpoint> m_rows;
};

} // namespace assurance::ui
