#pragma once

#include "sources/ConsoleFrame.h"

#include <QAbstractTableModel>

#include <deque>

namespace assurance::ui {

// The live inference log, newest first, bounded to `capacity` rows. Rows arrive in batches
// (one per frame): one insert at the top and one removal at the bottom per batch.
class InferenceLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Model, Transaction, Prediction, Label, Confidence, Latency, Status, ColumnCount };
    enum Role { ModelIdRole = Qt::UserRole + 1 };

    explicit InferenceLogModel(std::size_t capacity = 1000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const std::vector<InferenceLogEntry> &entries); // oldest first, as in a frame
    void clear();

private:
    std::size_t m_capacity;
    std::deque<InferenceLogEntry> m_rows; // newest first
};

} // namespace assurance::ui
