#include "AuditEntryTableModel.h"

#include "Presentation.h"

#include <QBrush>
#include <QColor>
#include <QJsonDocument>

#include <algorithm>

namespace assurance::ui {

int AuditEntryTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditEntryTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEntryTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const audit::AuditEntry &e = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case SeqRole:
        return qint64(e.seq);
    case TimeMsRole:
        return qint64(e.timeMs);
    case HashRole:
        return fromStd(e.hash);
    case Qt::BackgroundRole:
        return e.seq == m_brokenSeq ? QVariant(QBrush(QColor(0xd6, 0x3b, 0x3b, 90))) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Seq ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Details)
            return QString::fromUtf8(QJsonDocument::fromJson(QByteArray::fromStdString(e.details))
                                         .toJson(QJsonDocument::Indented));
        if (index.column() == Seq)
            return tr("hash %1\nprevious %2").arg(fromStd(e.hash), fromStd(e.prevHash));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Seq:
        return qint64(e.seq);
    case Time:
        return formatTime(e.timeMs, true);
    case Actor:
        return fromStd(e.actor);
    case Action:
        return fromStd(e.action);
    case Target:
        return fromStd(e.target);
    case Details:
        return fromStd(e.details);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditEntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Seq:
        return tr("Seq");
    case Time:
        return tr("Time (UTC)");
    case Actor:
        return tr("Actor");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Details:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

void AuditEntryTableModel::clear() {
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void AuditEntryTableModel::setEntries(std::vector<audit::AuditEntry> entries) {
    beginResetModel();
    m_rows = std::move(entries);
    m_brokenSeq = 0;
    endResetModel();
}

void AuditEntryTableModel::append(std::vector<audit::AuditEntry> entries) {
    const std::int64_t last = lastSeq();
    std::erase_if(entries, [last](const audit::AuditEntry &e) { return e.seq <= last; });
    if (entries.empty())
        return;
    std::sort(entries.begin(), entries.end(),
              [](const audit::AuditEntry &a, const audit::AuditEntry &b) { return a.seq < b.seq; });
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(entries.begin()),
                  std::make_move_iterator(entries.end()));
    endInsertRows();
}

int AuditEntryTableModel::rowOfSeq(std::int64_t seq) const {
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), seq,
                                     [](const audit::AuditEntry &e, std::int64_t s) { return e.seq < s; });
    return it != m_rows.end() && it->seq == seq ? static_cast<int>(it - m_rows.begin()) : -1;
}

void AuditEntryTableModel::setBrokenSeq(std::int64_t seq) {
    if (seq == m_brokenSeq)
        return;
    const int before = rowOfSeq(m_brokenSeq);
    m_brokenSeq = seq;
    for (int row : {before, rowOfSeq(seq)})
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::BackgroundRole});
}

} // namespace assurance::ui
