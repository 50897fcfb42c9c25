#pragma once

#include "commands/ModelConfigWriter.h"

#include <QAbstractTableModel>

#include <set>
#include <string>
#include <vector>

namespace assurance::ui {

// The Model Configuration tab's table: every model the record knows (a ModelCatalog read through
// the source's ModelConfigWriter) plus the models the source has seen in telemetry that the record
// does not list yet, one row each, by id. Retired models are left out unless showRetired is on.
// Fed whole: setCatalog() / setSeenModels() / setShowRetired() each make one reset. GUI thread.
class ModelCatalogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Model, DisplayName, State, Task, Endpoint, Topic, Owner, Notes, ColumnCount };
    enum Role {
        ModelIdRole = Qt::UserRole + 1, // QString
        StoredJsonRole,                 // QString: model:config:{id} as read ("" none)
        RetiredRole,                    // bool
        HasConfigRole,                  // bool
    };
    // Where a row stands.
    enum class RowState { Active, Retired, NoConfig, Unreadable };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCatalog(std::vector<ModelCatalogEntry> entries);
    void setSeenModels(const std::set<std::string> &ids);
    void setShowRetired(bool show);
    bool showRetired() const { return m_showRetired; }
    void clear();

    const ModelCatalogEntry &entryAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    int rowOf(const std::string &modelId) const; // -1 when not shown
    RowState stateAt(int row) const;
    std::size_t retiredHidden() const { return m_hidden; } // retired rows not shown

private:
    void rebuild();
    std::vector<ModelCatalogEntry> m_catalog;
    std::set<std::string> m_seen;
    std::vector<ModelCatalogEntry> m_rows;
    bool m_showRetired = false;
    std::size_t m_hidden = 0;
};

} // namespace assurance::ui
