#include "InferenceLogModel.h"

#include "Presentation.h"

#include <QBrush>

namespace assurance::ui {

InferenceLogModel::InferenceLogModel(std::size_t capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(capacity) {}

int InferenceLogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InferenceLogModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InferenceLogModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InferenceLogEntry &e = m_rows[static_cast<std::size_t>(index.row())];
    auto number = [](const std::optional<double> &v, int decimals) -> QVariant {
        return v ? QVariant(QString::number(*v, 'f', decimals)) : QVariant(QStringLiteral("—"));
    };
    if (role == ModelIdRole)
        return fromStd(e.modelId);
    if (role == Qt::ForegroundRole && index.column() == Status && e.error)
        return QBrush(statusColor(MetricStatus::Critical));
    if (role == Qt::TextAlignmentRole && index.column() >= Prediction && index.column() <= Latency)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Time:
        return formatTime(e.tsMs);
    case Model:
        return fromStd(e.modelId);
    case Transaction:
        return fromStd(e.txid);
    case Prediction:
        return number(e.prediction, 3);
    case Label:
        return number(e.label, 3);
    case Confidence:
        return number(e.confidence, 3);
    case Latency:
        return number(e.latencyMs, 1);
    case Status:
        switch (e.outcome) {
        case IngestOutcome::Duplicate:
            return tr("duplicate");
        case IngestOutcome::Late:
            return tr("late");
        case IngestOutcome::FutureTimestamp:
            return tr("refused: ts in the future");
        default:
            return e.error ? tr("error") : tr("ok");
        }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InferenceLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Time:
        return tr("Time (UTC)");
    case Model:
        return tr("Model");
    case Transaction:
        return tr("Transaction");
    case Prediction:
        return tr("Prediction");
    case Label:
        return tr("Label");
    case Confidence:
        return tr("Confidence");
    case Latency:
        return tr("Latency (ms)");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

void InferenceLogModel::append(const std::vector<InferenceLogEntry> &entries) {
    if (entries.empty() || m_capacity == 0)
        return;
    const std::size_t take = std::min(entries.size(), m_capacity);
    beginInsertRows({}, 0, static_cast<int>(take) - 1);
    // entries are oldest first; the newest goes to row 0
    for (std::size_t i = entries.size() - take; i < entries.size(); ++i)
        m_rows.push_front(entries[i]);
    endInsertRows();
    if (m_rows.size() > m_capacity) {
        beginRemoveRows({}, static_cast<int>(m_capacity), static_cast<int>(m_rows.size()) - 1);
        m_rows.resize(m_capacity);
        endRemoveRows();
    }
}

void InferenceLogModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace assurance::ui
