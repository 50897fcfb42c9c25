#include "LabelHistoryModel.h"

#include "Presentation.h"

#include <QBrush>

#include <algorithm>

namespace assurance::ui {

int LabelHistoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_labels.size());
}

int LabelHistoryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const HistoryLabel *LabelHistoryModel::labelAt(int row) const {
    return row >= 0 && row < rowCount() ? &m_labels[indexOfRow(row)] : nullptr;
}

int LabelHistoryModel::rowOfIndex(std::size_t labelIndex) const {
    return labelIndex < m_labels.size() ? static_cast<int>(m_labels.size() - 1 - labelIndex) : -1;
}

int LabelHistoryModel::rowNearest(std::int64_t epochMs) const {
    if (m_labels.empty())
        return -1;
    const auto it =
        std::lower_bound(m_labels.begin(), m_labels.end(), epochMs,
                         [](const HistoryLabel &h, std::int64_t ms) { return h.label.windowEndMs < ms; });
    std::size_t i = static_cast<std::size_t>(it - m_labels.begin());
    if (i == m_labels.size() ||
        (i > 0 && epochMs - m_labels[i - 1].label.windowEndMs < it->label.windowEndMs - epochMs))
        --i;
    return rowOfIndex(i);
}

QVariant LabelHistoryModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::size_t i = indexOfRow(index.row());
    const HistoryLabel &h = m_labels[i];
    const AssuranceLabel &l = h.label;
    const bool breaks = m_break && m_break->index == i;
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case WindowEndRole:
        return QVariant::fromValue<qint64>(l.windowEndMs);
    case ScoreRole:
        return l.score ? QVariant(*l.score) : QVariant();
    case VerdictRole:
        return QString::fromLatin1(verdictKey(l.verdict));
    case HashRole:
        return fromStd(l.hash);
    case ChainBreakRole:
        return breaks;
    case Qt::ToolTipRole:
        if (column == Chain && breaks)
            return fromStd(m_break->reason);
        if (column == Hash)
            return tr("hash %1\nprev_hash %2")
                .arg(fromStd(l.hash),
                     l.prevHash ? fromStd(*l.prevHash) : tr("(none: written before the chain)"));
        return {};
    case Qt::ForegroundRole:
        if (column == Grade)
            return QBrush(gradeColor(l.grade));
        if (column == Verdict)
            return QBrush(verdictColor(l.verdict));
        if (column == Chain && (breaks || h.provenance == LabelProvenance::Altered))
            return QBrush(statusColor(MetricStatus::Critical));
        return {};
    case Qt::TextAlignmentRole:
        return column == Score || column == ToleranceVersion
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::DisplayRole:
        switch (column) {
        case Time:
            return formatTime(l.windowEndMs, true);
        case Grade:
            return l.grade ? QString(QLatin1Char(*l.grade)) : QStringLiteral("–");
        case Score:
            return l.score ? QString::number(*l.score, 'f', 1) : QStringLiteral("—");
        case Verdict:
            return verdictText(l.verdict);
        case ToleranceVersion:
            return QStringLiteral("v%1").arg(l.toleranceVersion);
        case Hash:
            return fromStd(l.hash.substr(0, 12));
        case Chain:
            if (breaks)
                return tr("chain breaks here");
            if (h.provenance == LabelProvenance::Altered)
                return tr("hash does not match");
            return QString();
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant LabelHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Time:
        return tr("Window end (UTC)");
    case Grade:
        return tr("Grade");
    case Score:
        return tr("Score");
    case Verdict:
        return tr("Verdict");
    case ToleranceVersion:
        return tr("Tolerances");
    case Hash:
        return tr("Hash");
    case Chain:
        return tr("Chain");
    case ColumnCount:
        break;
    }
    return {};
}

void LabelHistoryModel::setHistory(std::vector<HistoryLabel> labels,
                                   std::optional<LabelChainBreak> chainBreak) {
    beginResetModel();
    m_labels = std::move(labels);
    m_break = std::move(chainBreak);
    endResetModel();
}

void LabelHistoryModel::append(std::vector<HistoryLabel> labels, std::optional<LabelChainBreak> chainBreak) {
    if (labels.empty())
        return;
    const std::size_t before = m_labels.size();
    beginInsertRows({}, 0, static_cast<int>(labels.size()) - 1);
    m_labels.insert(m_labels.end(), std::make_move_iterator(labels.begin()),
                    std::make_move_iterator(labels.end()));
    if (!m_break && chainBreak) {
        chainBreak->index += before;
        m_break = std::move(chainBreak);
    }
    endInsertRows();
}

void LabelHistoryModel::clear() {
    setHistory({}, std::nullopt);
}

} // namespace assurance::ui
