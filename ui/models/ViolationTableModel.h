#pragma once

#include "assurance/ViolationTracker.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace assurance::ui {

// Every violation episode a source reported, one row per episode id, updated in place.
class ViolationTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Model,
        Metric,
        Severity,
        Status,
        State,
        Observed,
        Bound,
        Opened,
        LastSeen,
        Closed,
        Windows,
        ColumnCount
    };
    enum Role {
        ModelIdRole = Qt::UserRole + 1,
        SeverityRole, // "warning" / "critical"
        ActiveRole,   // bool
        SortRole,     // a sortable raw value for every column
        EpisodeIdRole
    };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One batch (a frame's worth): one insert for the new episodes and one dataChanged over the
    // rows that changed, however many events there are.
    void apply(const std::vector<EpisodeEvent> &events);
    int activeCount(assurance::Severity severity) const { return m_active[static_cast<int>(severity)]; }
    void clear();
    const ViolationEpisode *episodeAt(int row) const;
    const ViolationEpisode *find(const std::string &episodeId) const; // nullptr when not shown

private:
    void count(const ViolationEpisode &e, int delta);
    std::vector<ViolationEpisode> m_rows;
    QHash<QString, int> m_rowById;
    int m_active[2] = {0, 0}; // active episodes by severity (Warning, Critical)
};

} // namespace assurance::ui
