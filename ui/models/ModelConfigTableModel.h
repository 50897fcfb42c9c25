#pragma once

#include "assurance/ModelConfig.h"

#include <QAbstractTableModel>

#include <vector>

namespace assurance::ui {

// Model configurations (`model:config:{id}`), one row per model. Fed whole (an evidence pack's
// configs now; the Model Configuration tab later).
class ModelConfigTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Model, DisplayName, Endpoint, Topic, Task, Owner, Notes, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setConfigs(std::vector<ModelConfig> configs); // one reset
    const ModelConfig &configAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

private:
    std::vector<ModelConfig> m_rows;
};

} // namespace assurance::ui
