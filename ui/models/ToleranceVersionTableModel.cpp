#include "ToleranceVersionTableModel.h"

#include "Presentation.h"

namespace assurance::ui {

namespace {

QString number(double v) {
    return QString::number(v, 'g', 6);
}

// "accuracy ≥ 0.9 / 0.85" style, one per enabled metric: enough to tell versions apart at a glance.
QString metricsSummary(const ToleranceSet &set) {
    QStringList parts;
    for (const MetricTolerance &t : set.metrics) {
        if (!t.enabled)
            continue;
        QString op;
        switch (t.direction) {
        case Direction::HigherIsBetter:
            op = QStringLiteral("≥");
            break;
        case Direction::LowerIsBetter:
            op = QStringLiteral("≤");
            break;
        case Direction::Band:
            op = QStringLiteral("±");
            break;
        }
        QString text = QString::fromLatin1(seedMetricKey(t.metric)) + QLatin1Char(' ') + op +
                       QLatin1Char(' ') + number(t.warning) + QStringLiteral(" / ") + number(t.critical);
        if (t.mode == BoundMode::Relative)
            text += QStringLiteral(" (rel)");
        parts << text;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

int ToleranceVersionTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ToleranceVersionTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ToleranceVersionTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ToleranceSet &s = m_rows[static_cast<std::size_t>(index.row())];
    if (role == VersionRole)
        return s.version;
    if (role == ChangedAtMsRole)
        return qint64(s.changedAtMs);
    if (role == Qt::ToolTipRole && index.column() == Metrics)
        return metricsSummary(s).replace(QStringLiteral(", "), QStringLiteral("\n"));
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Model:
        return fromStd(s.modelId);
    case Version:
        return QStringLiteral("v%1").arg(s.version);
    case ChangedAt:
        return s.changedAtMs > 0 ? formatTime(s.changedAtMs, true) : QString();
    case Author:
        return fromStd(s.author);
    case Reason:
        return fromStd(s.reason);
    case Metrics:
        return metricsSummary(s);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ToleranceVersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Model:
        return tr("Model");
    case Version:
        return tr("Version");
    case ChangedAt:
        return tr("Changed");
    case Author:
        return tr("Author");
    case Reason:
        return tr("Reason");
    case Metrics:
        return tr("Tolerances (warning / critical)");
    case ColumnCount:
        break;
    }
    return {};
}

void ToleranceVersionTableModel::setSets(std::vector<ToleranceSet> sets) {
    beginResetModel();
    m_rows = std::move(sets);
    endResetModel();
}

} // namespace assurance::ui
