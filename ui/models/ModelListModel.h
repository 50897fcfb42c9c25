#pragma once

#include "sources/ConsoleFrame.h"

#include <QAbstractListModel>
#include <QHash>

#include <vector>

namespace assurance::ui {

// The models a source knows, in the order they appeared. Models are only added (until clear());
// a model's display name or task changes in place.
class ModelListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, TaskRole };
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Adds the new ones, updates the known ones: O(n) in the list given, one insert and one
    // dataChanged per call at most.
    void update(const std::vector<ModelInfo> &models);
    void clear();
    int rowOf(const QString &id) const;
    QString idAt(int row) const;

private:
    std::vector<ModelInfo> m_models;
    QHash<QString, int> m_rowById;
};

} // namespace assurance::ui
