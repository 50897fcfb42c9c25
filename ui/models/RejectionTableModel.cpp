#include "RejectionTableModel.h"

#include "Presentation.h"

namespace assurance::ui {

int RejectionTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RejectionTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectionTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedMessage &r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::ToolTipRole)
        return fromStd(r.excerpt);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Time:
        return formatTime(r.arrivalMs);
    case Reason:
        return rejectReasonText(r.rejection.reason);
    case Field:
        return fromStd(r.rejection.field);
    case Detail:
        return fromStd(r.rejection.detail);
    case Excerpt:
        return fromStd(r.excerpt);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RejectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Time:
        return tr("Time (UTC)");
    case Reason:
        return tr("Reason");
    case Field:
        return tr("Field");
    case Detail:
        return tr("Detail");
    case Excerpt:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

void RejectionTableModel::setRecent(const std::vector<RejectedMessage> &recent, std::uint64_t total) {
    if (total == m_total && recent.size() == m_rows.size())
        return;
    beginResetModel();
    m_rows.assign(recent.rbegin(), recent.rend());
    m_total = total;
    endResetModel();
}

void RejectionTableModel::clear() {
    if (m_rows.empty() && m_total == 0)
        return;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    endResetModel();
}

} // namespace assurance::ui
