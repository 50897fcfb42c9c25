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
    int firstChanged = -1, lastChanged = -1;
    for (const auto &m : models) {
        const QString id = fromStd(m.id);
        const auto it = m_rowById.constFind(id);
        if (it == m_rowById.cend()) {
            m_rowById.insert(id, static_cast<int>(m_models.size() + added.size()));
            added.push_back(m);
            continue;
        }
        if (*it >= static_cast<int>(m_models.size())) { // named twice in this call
            added[static_cast<std::size_t>(*it) - m_models.size()] = m;
            continue;
        }
        ModelInfo &known = m_models[static_cast<std::size_t>(*it)];
        if (known == m)
            continue;
        known = m;
        firstChanged = firstChanged < 0 ? *it : std::min(firstChanged, *it);
        lastChanged = std::max(lastChanged, *it);
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged), index(lastChanged));
    if (added.empty())
        return;
    const int first = static_cast<int>(m_models.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    m_models.insert(m_models.end(), std::make_move_iterator(added.begin()),
                    std::make_move_iterator(added.end()));
    endInsertRows();
}

void ModelListModel::clear() {
    beginResetModel();
    m_models.clear();
    m_rowById.clear();
    endResetModel();
}

int ModelListModel::rowOf(const QString &id) const {
    return m_rowById.value(id, -1);
}

QString ModelListModel::idAt(int row) const {
    if (row < 0 || row >= static_cast<int>(m_models.size()))
        return {};
    return fromStd(m_models[static_cast<std::size_t>(row)].id);
}

} // namespace assurance::ui
