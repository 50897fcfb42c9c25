#pragma once

#include "assurance/ViolationTracker.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
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
        EpisodeIdRole,
        MetricKeyRole, // "feature_drift"
        StatusRole,    // "open" / "acknowledged" / "resolved"
        OpenedMsRole,  // qint64 epoch ms
        ClosedMsRole,  // qint64 epoch ms; invalid while active
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
    // When the episode became critical, if this model saw it happen: the window (its last-seen
    // time) of the update that escalated it. nullopt when it opened critical, never escalated, or
    // was already critical when first seen (e.g. read from the record at connect: the stored
    // episode does not say when its severity changed).
    std::optional<std::int64_t> escalatedMs(const std::string &episodeId) const;

private:
    void count(const ViolationEpisode &e, int delta);
    std::vector<ViolationEpisode> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, qint64> m_escalatedMs;
    int m_active[2] = {0, 0}; // active episodes by severity (Warning, Critical)
};

} // namespace assurance::ui
