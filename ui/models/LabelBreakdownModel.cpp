#include "LabelBreakdownModel.h"

#include "Presentation.h"

#include <QBrush>

namespace assurance::ui {

int LabelBreakdownModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_label ? 0 : static_cast<int>(m_label->breakdown.size());
}

int LabelBreakdownModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LabelBreakdownModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MetricAssessment &a = m_label->breakdown[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    const bool evaluated = a.status != MetricStatus::NotEvaluated;
    switch (role) {
    case StatusRole:
        return QString::fromLatin1(metricStatusKey(a.status));
    case Qt::ForegroundRole:
        return column == Status ? QVariant(QBrush(statusColor(a.status))) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Metric || column == Status ? QVariant()
                                                    : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (column) {
        case Metric:
            return metricDisplayName(a.metric);
        case Value:
            return formatMetric(a.metric, a.value);
        case Status:
            return statusText(a.status);
        case Bound:
            return formatMetric(a.metric, a.bound);
        case Score:
            return evaluated ? QString::number(a.score, 'f', 0) : QStringLiteral("—");
        case Weight:
            return evaluated ? QString::number(a.weight * 100.0, 'f', 0) + QStringLiteral(" %")
                             : QStringLiteral("—");
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant LabelBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Metric:
        return tr("Metric");
    case Value:
        return tr("Value");
    case Status:
        return tr("Status");
    case Bound:
        return tr("Bound crossed");
    case Score:
        return tr("Score");
    case Weight:
        return tr("Weight");
    case ColumnCount:
        break;
    }
    return {};
}

void LabelBreakdownModel::setLabel(const AssuranceLabel &label) {
    beginResetModel();
    m_label = label;
    endResetModel();
}

} // namespace assurance::ui
