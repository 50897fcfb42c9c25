#include "CheckpointTableModel.h"

#include "Presentation.h"

#include <algorithm>

namespace assurance::ui {

int CheckpointTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CheckpointTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckpointTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const audit::StoredCheckpoint &c = m_rows[static_cast<std::size_t>(index.row())];
    if (role == NoteRole || role == Qt::ToolTipRole)
        return fromStd(c.checkpoint.note);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Id || index.column() == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                              : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Id:
        return qint64(c.id);
    case Size:
        return quint64(c.checkpoint.size);
    case Root:
        return fromStd(signing::toHex(c.checkpoint.root));
    case Time:
        return formatTime(c.checkpoint.timeMs, true);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CheckpointTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Id:
        return tr("Checkpoint");
    case Size:
        return tr("Entries");
    case Root:
        return tr("Merkle root");
    case Time:
        return tr("Time (UTC)");
    case ColumnCount:
        break;
    }
    return {};
}

void CheckpointTableModel::setCheckpoints(std::vector<audit::StoredCheckpoint> checkpoints) {
    beginResetModel();
    m_rows = std::move(checkpoints);
    endResetModel();
}

void CheckpointTableModel::append(const audit::StoredCheckpoint &checkpoint) {
    if (std::any_of(m_rows.begin(), m_rows.end(),
                    [&](const audit::StoredCheckpoint &c) { return c.id == checkpoint.id; }))
        return;
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back(checkpoint);
    endInsertRows();
}

} // namespace assurance::ui
