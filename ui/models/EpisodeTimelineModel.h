#pragma once

#include "assurance/ViolationTracker.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace assurance::ui {

// One episode's timeline, oldest first: opened, escalated (when known), each operator action with
// its actor and note, closed. Events at the same time keep that order. Replaced whole by
// setEpisode() (one reset, and none when nothing changed).
class EpisodeTimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Event, Actor, Note, ColumnCount };
    enum class Kind { Opened, Escalated, Acknowledged, Resolved, Noted, Closed };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        TimeMsRole,                  // qint64 epoch ms
    };
    struct Entry {
        Kind kind;
        std::int64_t timeMs;
        std::string actor;
        std::string note;
        bool operator==(const Entry &) const = default;
    };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // nullptr clears. `escalatedMs`: when it became critical (ViolationTableModel::escalatedMs);
    // without it there is no "escalated" entry, since the stored episode does not say when.
    void setEpisode(const ViolationEpisode *episode, std::optional<std::int64_t> escalatedMs);
    const std::vector<Entry> &entries() const { return m_entries; }

private:
    std::vector<Entry> m_entries;
};

} // namespace assurance::ui
