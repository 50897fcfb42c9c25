#include "ModelCatalogModel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

#include <map>

namespace assurance::ui {

int ModelCatalogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ModelCatalogModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

ModelCatalogModel::RowState ModelCatalogModel::stateAt(int row) const {
    const ModelCatalogEntry &e = entryAt(row);
    if (!e.problem.empty())
        return RowState::Unreadable;
    if (!e.config)
        return RowState::NoConfig;
    return e.config->retired ? RowState::Retired : RowState::Active;
}

QVariant ModelCatalogModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelCatalogEntry &e = entryAt(index.row());
    const ModelConfig empty;
    const ModelConfig &c = e.config ? *e.config : empty;
    switch (role) {
    case ModelIdRole:
        return QString::fromStdString(e.modelId);
    case StoredJsonRole:
        return QString::fromStdString(e.json);
    case RetiredRole:
        return c.retired;
    case HasConfigRole:
        return e.config.has_value();
    case Qt::ToolTipRole:
        if (!e.problem.empty())
            return QString::fromStdString(e.problem);
        return index.column() == Notes ? QString::fromStdString(c.notes) : QVariant();
    case Qt::ForegroundRole:
        if (c.retired)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Model:
        return QString::fromStdString(e.modelId);
    case DisplayName:
        return QString::fromStdString(c.displayName);
    case Endpoint:
        return QString::fromStdString(c.endpoint);
    case Topic:
        return QString::fromStdString(c.topic);
    case Task:
        switch (c.task) {
        case TaskType::Classification:
            return tr("classification");
        case TaskType::Regression:
            return tr("regression");
        case TaskType::Auto:
            return tr("auto");
        }
        return {};
    case Owner:
        return QString::fromStdString(c.owner);
    case State:
        switch (stateAt(index.row())) {
        case RowState::Active:
            return e.active ? tr("active") : tr("configured, no windows yet");
        case RowState::Retired:
            return tr("retired");
        case RowState::NoConfig:
            return tr("seen, no configuration");
        case RowState::Unreadable:
            return tr("unreadable configuration");
        }
        return {};
    case Notes: {
        const QString notes = QString::fromStdString(c.notes);
        const qsizetype nl = notes.indexOf(QLatin1Char('\n'));
        return nl < 0 ? notes : notes.left(nl) + QStringLiteral(" …");
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ModelCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Model:
        return tr("Model");
    case DisplayName:
        return tr("Display name");
    case Endpoint:
        return tr("Endpoint");
    case Topic:
        return tr("Topic");
    case Task:
        return tr("Task");
    case Owner:
        return tr("Owner");
    case State:
        return tr("State");
    case Notes:
        return tr("Notes");
    case ColumnCount:
        break;
    }
    return {};
}

void ModelCatalogModel::setCatalog(std::vector<ModelCatalogEntry> entries) {
    m_catalog = std::move(entries);
    rebuild();
}

void ModelCatalogModel::setSeenModels(const std::set<std::string> &ids) {
    if (ids == m_seen)
        return;
    m_seen = ids;
    rebuild();
}

void ModelCatalogModel::setShowRetired(bool show) {
    if (show == m_showRetired)
        return;
    m_showRetired = show;
    rebuild();
}

void ModelCatalogModel::clear() {
    m_catalog.clear();
    m_seen.clear();
    rebuild();
}

int ModelCatalogModel::rowOf(const std::string &modelId) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].modelId == modelId)
            return static_cast<int>(i);
    return -1;
}

void ModelCatalogModel::rebuild() {
    std::map<std::string, ModelCatalogEntry> byId;
    for (const std::string &id : m_seen)
        byId[id].modelId = id;
    for (const ModelCatalogEntry &e : m_catalog)
        byId[e.modelId] = e;
    beginResetModel();
    m_rows.clear();
    m_hidden = 0;
    for (auto &[id, e] : byId) {
        if (e.config && e.config->retired && !m_showRetired) {
            ++m_hidden;
            continue;
        }
        m_rows.push_back(std::move(e));
    }
    endResetModel();
}

} // namespace assurance::ui
