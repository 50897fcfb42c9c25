#include "ModelConfigTableModel.h"

#include "Presentation.h"
#include "metrics/EngineTypes.h"

namespace assurance::ui {

int ModelConfigTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ModelConfigTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelConfigTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && !(role == Qt::ToolTipRole && index.column() == Notes))
        return {};
    const ModelConfig &c = m_rows[static_cast<std::size_t>(index.row())];
    switch (static_cast<Column>(index.column())) {
    case Model:
        return fromStd(c.modelId);
    case DisplayName:
        return fromStd(c.displayName);
    case Endpoint:
        return fromStd(c.endpoint);
    case Topic:
        return fromStd(c.topic);
    case Task:
        return QString::fromLatin1(taskTypeKey(c.task));
    case Owner:
        return fromStd(c.owner);
    case Notes:
        return fromStd(c.notes);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ModelConfigTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Model:
        return tr("Model");
    case DisplayName:
        return tr("Display name");
    case Endpoint:
        return tr("Endpoint");
    case Topic:
        return tr("Kafka topic");
    case Task:
        return tr("Task");
    case Owner:
        return tr("Owner");
    case Notes:
        return tr("Notes");
    case ColumnCount:
        break;
    }
    return {};
}

void ModelConfigTableModel::setConfigs(std::vector<ModelConfig> configs) {
    beginResetModel();
    m_rows = std::move(configs);
    endResetModel();
}

} // namespace assurance::ui
