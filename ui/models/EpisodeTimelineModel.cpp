#include "EpisodeTimelineModel.h"

#include "Presentation.h"

#include <algorithm>

namespace assurance::ui {

int EpisodeTimelineModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int EpisodeTimelineModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString kindText(EpisodeTimelineModel::Kind kind) {
    using Kind = EpisodeTimelineModel::Kind;
    switch (kind) {
    case Kind::Opened:
        return EpisodeTimelineModel::tr("Opened");
    case Kind::Escalated:
        return EpisodeTimelineModel::tr("Escalated to critical");
    case Kind::Acknowledged:
        return operatorActionText(OperatorAction::Kind::Acknowledge);
    case Kind::Resolved:
        return operatorActionText(OperatorAction::Kind::Resolve);
    case Kind::Noted:
        return operatorActionText(OperatorAction::Kind::Note);
    case Kind::Closed:
        return EpisodeTimelineModel::tr("Closed");
    }
    return {};
}
} // namespace

QVariant EpisodeTimelineModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case KindRole:
        return static_cast<int>(e.kind);
    case TimeMsRole:
        return qint64(e.timeMs);
    case Qt::ToolTipRole:
        return index.column() == Note && !e.note.empty() ? fromStd(e.note) : QVariant();
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Time:
            return formatTime(e.timeMs, true);
        case Event:
            return kindText(e.kind);
        case Actor:
            return fromStd(e.actor);
        case Note:
            return fromStd(e.note);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant EpisodeTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Time:
        return tr("Time (UTC)");
    case Event:
        return tr("Event");
    case Actor:
        return tr("Actor");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

void EpisodeTimelineModel::setEpisode(const ViolationEpisode *episode,
                                      std::optional<std::int64_t> escalatedMs) {
    std::vector<Entry> entries;
    if (episode) {
        entries.push_back({Kind::Opened, episode->openedMs, {}, {}});
        if (escalatedMs)
            entries.push_back({Kind::Escalated, *escalatedMs, {}, {}});
        for (const OperatorAction &a : episode->actions) {
            const Kind kind = a.kind == OperatorAction::Kind::Acknowledge ? Kind::Acknowledged
                              : a.kind == OperatorAction::Kind::Resolve   ? Kind::Resolved
                                                                          : Kind::Noted;
            entries.push_back({kind, a.timeMs, a.actor, a.note});
        }
        if (episode->closedMs)
            entries.push_back({Kind::Closed, *episode->closedMs, {}, {}});
        std::stable_sort(entries.begin(), entries.end(),
                         [](const Entry &a, const Entry &b) { return a.timeMs < b.timeMs; });
    }
    if (entries == m_entries)
        return;
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

} // namespace assurance::ui
