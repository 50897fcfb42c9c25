#pragma once

#include "sources/ConsoleFrame.h"

#include <QAbstractListModel>

#include <vector>

namespace assurance::ui {

// The models a source knows, in the order they appeared. Models are only ever added.
class ModelListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, TaskRole };
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void update(const std::vector<ModelInfo> &models); // adds the new ones
    void clear();
    int rowOf(const QString &id) const;
    QString idAt(int row) const;

private:
    std::vector<ModelInfo> m_models;
};

} // namespace assurance::ui
