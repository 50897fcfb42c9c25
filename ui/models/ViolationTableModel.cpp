#include "ViolationTableModel.h"

#include "Presentation.h"

#include <QBrush>

namespace assurance::ui {

int ViolationTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ViolationTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ViolationTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ViolationEpisode &e = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case ModelIdRole:
        return fromStd(e.modelId);
    case SeverityRole:
        return QString::fromLatin1(severityKey(e.severity));
    case ActiveRole:
        return e.active();
    case EpisodeIdRole:
        return fromStd(e.id);
    case MetricKeyRole:
        return QString::fromLatin1(seedMetricKey(e.metric));
    case StatusRole:
        return QString::fromLatin1(episodeStatusKey(e.status));
    case OpenedMsRole:
        return qint64(e.openedMs);
    case ClosedMsRole:
        return e.closedMs ? QVariant(qint64(*e.closedMs)) : QVariant();
    case Qt::ToolTipRole:
        return fromStd(e.id);
    case Qt::ForegroundRole:
        if (column == Severity)
            return QBrush(severityColor(e.severity));
        if (column == State && !e.active())
            return QBrush(statusColor(MetricStatus::Ok));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Observed || column == Bound || column == Windows)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case Severity:
            return static_cast<int>(e.severity);
        case Observed:
            return e.observed;
        case Bound:
            return e.bound;
        case Opened:
            return qint64(e.openedMs);
        case LastSeen:
            return qint64(e.lastSeenMs);
        case Closed:
            return e.closedMs ? qint64(*e.closedMs) : std::numeric_limits<qint64>::max();
        case Windows:
            return qulonglong(e.count);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (column) {
        case Model:
            return fromStd(e.modelId);
        case Metric:
            return metricDisplayName(e.metric);
        case Severity:
            return severityText(e.severity);
        case Status:
            return episodeStatusText(e.status);
        case State:
            return e.active() ? tr("Active") : tr("Closed");
        case Observed:
            return formatMetric(e.metric, e.observed);
        case Bound:
            return formatMetric(e.metric, e.bound);
        case Opened:
            return formatTime(e.openedMs, true);
        case LastSeen:
            return formatTime(e.lastSeenMs, true);
        case Closed:
            return e.closedMs ? formatTime(*e.closedMs, true) : QStringLiteral("—");
        case Windows:
            return qulonglong(e.count);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ViolationTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Model:
        return tr("Model");
    case Metric:
        return tr("Metric");
    case Severity:
        return tr("Severity");
    case Status:
        return tr("Status");
    case State:
        return tr("State");
    case Observed:
        return tr("Observed");
    case Bound:
        return tr("Bound");
    case Opened:
        return tr("Opened (UTC)");
    case LastSeen:
        return tr("Last seen (UTC)");
    case Closed:
        return tr("Closed (UTC)");
    case Windows:
        return tr("Windows");
    case ColumnCount:
        break;
    }
    return {};
}

void ViolationTableModel::count(const ViolationEpisode &e, int delta) {
    if (e.active())
        m_active[static_cast<int>(e.severity)] += delta;
}

void ViolationTableModel::apply(const std::vector<EpisodeEvent> &events) {
    std::vector<ViolationEpisode> added;
    int firstChanged = -1, lastChanged = -1;
    for (const auto &ev : events) {
        const QString id = fromStd(ev.episode.id);
        if (ev.escalated)
            m_escalatedMs.insert(id, ev.episode.lastSeenMs);
        auto it = m_rowById.constFind(id);
        if (it == m_rowById.cend()) {
            m_rowById.insert(id, static_cast<int>(m_rows.size() + added.size()));
            added.push_back(ev.episode);
        } else if (*it >= static_cast<int>(m_rows.size())) { // added earlier in this batch
            added[static_cast<std::size_t>(*it) - m_rows.size()] = ev.episode;
        } else {
            ViolationEpisode &row = m_rows[static_cast<std::size_t>(*it)];
            count(row, -1);
            row = ev.episode;
            count(row, +1);
            firstChanged = firstChanged < 0 ? *it : std::min(firstChanged, *it);
            lastChanged = std::max(lastChanged, *it);
        }
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (added.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    for (auto &e : added) {
        count(e, +1);
        m_rows.push_back(std::move(e));
    }
    endInsertRows();
}

void ViolationTableModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_escalatedMs.clear();
    m_active[0] = m_active[1] = 0;
    endResetModel();
}

const ViolationEpisode *ViolationTableModel::find(const std::string &episodeId) const {
    auto it = m_rowById.constFind(fromStd(episodeId));
    return it == m_rowById.cend() ? nullptr : &m_rows[static_cast<std::size_t>(*it)];
}

const ViolationEpisode *ViolationTableModel::episodeAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)]
                                                             : nullptr;
}

std::optional<std::int64_t> ViolationTableModel::escalatedMs(const std::string &episodeId) const {
    auto it = m_escalatedMs.constFind(fromStd(episodeId));
    return it == m_escalatedMs.cend() ? std::nullopt : std::optional<std::int64_t>(*it);
}

} // namespace assurance::ui
