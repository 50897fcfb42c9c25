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
    case Qt::ToolTipRole:
        if (column == Status)
            return explanation(index.row());
        if (column == Points && evaluated) {
            const MetricContribution &c = m_contributions[static_cast<std::size_t>(index.row())];
            return tr("%1 of the %2 points this metric can add (its weight renormalised over the evaluated "
                      "metrics)")
                .arg(c.points, 0, 'f', 1)
                .arg(c.share * 100.0, 0, 'f', 1);
        }
        return {};
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
        case Points:
            return evaluated
                       ? tr("%1 of %2")
                             .arg(m_contributions[static_cast<std::size_t>(index.row())].points, 0, 'f', 1)
                             .arg(m_contributions[static_cast<std::size_t>(index.row())].share * 100.0, 0,
                                  'f', 1)
                       : QStringLiteral("—");
        case Rule:
            return ruleText(a);
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
    case Points:
        return tr("Points");
    case Rule:
        return tr("Warning · critical");
    case ColumnCount:
        break;
    }
    return {};
}

void LabelBreakdownModel::setLabel(const AssuranceLabel &label, const ToleranceSet *tolerances) {
    beginResetModel();
    m_label = label;
    m_contributions = scoreContributions(label);
    m_tolerances = tolerances ? std::optional<ToleranceSet>(*tolerances) : std::nullopt;
    endResetModel();
}

QString LabelBreakdownModel::ruleText(const MetricAssessment &a) const {
    if (!m_tolerances)
        return m_label ? tr("v%1 not in the record").arg(m_label->toleranceVersion) : QString();
    const MetricTolerance *t = m_tolerances->find(a.metric);
    if (!t || !t->enabled)
        return tr("disabled");
    const EffectiveBounds b = effectiveBounds(*t);
    if (!b.valid())
        return tr("needs a baseline");
    auto side = [&](std::optional<double> low, std::optional<double> high) {
        if (low && high)
            return tr("outside %1–%2").arg(formatMetric(a.metric, low), formatMetric(a.metric, high));
        if (low)
            return QStringLiteral("< %1").arg(formatMetric(a.metric, low));
        if (high)
            return QStringLiteral("> %1").arg(formatMetric(a.metric, high));
        return QString();
    };
    return QStringLiteral("%1 · %2").arg(side(b.warningLow, b.warningHigh),
                                         side(b.criticalLow, b.criticalHigh));
}

QString LabelBreakdownModel::explanation(int row) const {
    if (!m_label || row < 0 || row >= static_cast<int>(m_label->breakdown.size()))
        return {};
    const MetricAssessment &a = m_label->breakdown[static_cast<std::size_t>(row)];
    const QString name = metricDisplayName(a.metric);
    const QString value = formatMetric(a.metric, a.value);
    switch (a.status) {
    case MetricStatus::NotEvaluated: {
        const MetricTolerance *t = m_tolerances ? m_tolerances->find(a.metric) : nullptr;
        if (!a.value)
            return tr("%1 had no value in this window: not evaluated, its weight goes to the others.")
                .arg(name);
        if (t && !t->enabled)
            return tr("%1 is disabled in tolerances v%2: not evaluated.")
                .arg(name)
                .arg(m_tolerances->version);
        if (t && !effectiveBounds(*t).valid())
            return tr("%1 has a relative bound and no baseline: not evaluated.").arg(name);
        return tr("%1 was not evaluated.").arg(name);
    }
    case MetricStatus::Ok:
        return tr("%1 %2 is within tolerance (%3): full score.").arg(name, value, ruleText(a));
    case MetricStatus::Warning:
        return tr("%1 %2 crossed the warning bound %3: half score.")
            .arg(name, value, formatMetric(a.metric, a.bound));
    case MetricStatus::Critical:
        return tr("%1 %2 crossed the critical bound %3: no score, and the label cannot be assured.")
            .arg(name, value, formatMetric(a.metric, a.bound));
    }
    return {};
}

} // namespace assurance::ui
