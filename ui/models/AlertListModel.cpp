#include "AlertListModel.h"

#include "Presentation.h"

#include <QBrush>

namespace assurance::ui {

AlertListModel::AlertListModel(std::size_t capacity, QObject *parent)
    : QAbstractListModel(parent)
    , m_capacity(capacity) {}

int AlertListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_alerts.size());
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = m_alerts[static_cast<std::size_t>(index.row())];
    const ViolationEpisode &e = a.episode;
    switch (role) {
    case Qt::DisplayRole: {
        const QString metric = metricDisplayName(e.metric);
        const QString value = formatMetric(e.metric, e.observed);
        const QString bound = formatMetric(e.metric, e.bound);
        if (a.change == EpisodeChange::Closed)
            return tr("%1  %2 — %3 back within tolerance after %n window(s)", nullptr,
                      static_cast<int>(e.count))
                .arg(formatTime(*e.closedMs), fromStd(e.modelId), metric);
        if (a.change == EpisodeChange::Updated)
            return tr("%1  %2 — %3 escalated to critical: %4 (bound %5)")
                .arg(formatTime(e.lastSeenMs), fromStd(e.modelId), metric, value, bound);
        // One sentence per severity, so translations can inflect it.
        const QString opened = e.currentSeverity == Severity::Critical
                                   ? tr("%1  %2 — %3 critical: %4 (bound %5)")
                                   : tr("%1  %2 — %3 warning: %4 (bound %5)");
        return opened.arg(formatTime(e.openedMs), fromStd(e.modelId), metric, value, bound);
    }
    case Qt::ForegroundRole:
        return QBrush(a.change == EpisodeChange::Closed ? statusColor(MetricStatus::Ok)
                                                        : severityColor(e.currentSeverity));
    case Qt::ToolTipRole:
        return fromStd(e.id);
    case ModelIdRole:
        return fromStd(e.modelId);
    case SeverityRole:
        return QString::fromLatin1(severityKey(e.currentSeverity));
    case EpisodeIdRole:
        return fromStd(e.id);
    case ChangeRole:
        return static_cast<int>(a.change);
    default:
        return {};
    }
}

void AlertListModel::add(const std::vector<EpisodeEvent> &events) {
    std::vector<Alert> fresh;
    for (const auto &ev : events) {
        if (ev.change == EpisodeChange::Opened || ev.change == EpisodeChange::Closed || ev.escalated)
            fresh.push_back({ev.change, ev.episode});
    }
    if (fresh.empty() || m_capacity == 0)
        return;
    const std::size_t take = std::min(fresh.size(), m_capacity);
    beginInsertRows({}, 0, static_cast<int>(take) - 1);
    for (std::size_t i = fresh.size() - take; i < fresh.size(); ++i)
        m_alerts.push_front(fresh[i]);
    endInsertRows();
    if (m_alerts.size() > m_capacity) {
        beginRemoveRows({}, static_cast<int>(m_capacity), static_cast<int>(m_alerts.size()) - 1);
        m_alerts.resize(m_capacity);
        endRemoveRows();
    }
}

void AlertListModel::clear() {
    beginResetModel();
    m_alerts.clear();
    endResetModel();
}

} // namespace assurance::ui
