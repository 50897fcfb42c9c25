#include "ModelListModel.h"

#include "Presentation.h"

#include <algorithm>

namespace assurance::ui {

int ModelListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_models.size());
}

QVariant ModelListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelInfo &m = m_models[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return m.displayName.empty() ? fromStd(m.id) : fromStd(m.displayName);
    case Qt::ToolTipRole:
    case IdRole:
        return fromStd(m.id);
    case TaskRole:
        return QString::fromLatin1(taskTypeKey(m.task));
    default:
        return {};
    }
}

QHash<int, QByteArray> ModelListModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "modelId");
    names.insert(TaskRole, "task");
    return names;
}

void ModelListModel::update(const std::vector<ModelInfo> &models) {
    std::vector<ModelInfo> added;
    for (const auto &m : models) {
        const bool known =
            rowOf(fromStd(m.id)) >= 0 ||
            std::any_of(added.begin(), added.end(), [&](const ModelInfo &a) { return a.id == m.id; });
        if (!known)
            added.push_back(m);
    }
    if (added.empty())
        return;
    const int first = static_cast<int>(m_models.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    m_models.insert(m_models.end(), added.begin(), added.end());
    endInsertRows();
}

void ModelListModel::clear() {
    beginResetModel();
    m_models.clear();
    endResetModel();
}

int ModelListModel::rowOf(const QString &id) const {
    const std::string key = id.toStdString();
    for (std::size_t i = 0; i < m_models.size(); ++i)
        if (m_models[i].id == key)
            return static_cast<int>(i);
    return -1;
}

QString ModelListModel::idAt(int row) const {
    if (row < 0 || row >= static_cast<int>(m_models.size()))
        return {};
    return fromStd(m_models[static_cast<std::size_t>(row)].id);
}

} // namespace assurance::ui
