#pragma once

#include "assurance/ViolationTracker.h"

#include <QAbstractListModel>

#include <deque>

namespace assurance::ui {

// Alerts: violation episodes opening, escalating and closing, newest first, bounded.
class AlertListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { ModelIdRole = Qt::UserRole + 1, SeverityRole, EpisodeIdRole, ChangeRole };
    explicit AlertListModel(std::size_t capacity = 500, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Adds the alert-worthy events (opened, escalated to critical, closed); updates are not alerts.
    void add(const std::vector<EpisodeEvent> &events);
    void clear();

private:
    struct Alert {
        EpisodeChange change;
        ViolationEpisode episode;
    };
    std::size_t m_capacity;
    std::deque<Alert> m_alerts;
};

} // namespace assurance::ui
