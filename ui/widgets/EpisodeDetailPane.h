#pragma once

#include "assurance/ViolationTracker.h"

#include <QWidget>

#include <array>
#include <optional>

class QLabel;
class QTableView;

namespace assurance::ui {

class EpisodeTimelineModel;

// One violation episode in full: its fields and its timeline (opened, escalated, operator actions,
// closed). Shows what it is given; the Violations tab decides which episode.
class EpisodeDetailPane : public QWidget {
    Q_OBJECT
public:
    enum Field {
        Id,
        Model,
        Metric,
        Severity,
        ObservedBound,
        Opened,
        LastSeen,
        Closed,
        Windows,
        Status,
        FieldCount
    };
    explicit EpisodeDetailPane(QWidget *parent = nullptr);

    // nullptr: nothing selected (the pane says so). Cheap when nothing changed.
    void showEpisode(const ViolationEpisode *episode, std::optional<std::int64_t> escalatedMs);
    QString fieldText(Field field) const;
    bool isEmpty() const { return m_empty; }
    EpisodeTimelineModel *timeline() const { return m_timeline; }

private:
    std::array<QLabel *, FieldCount> m_values{};
    QLabel *m_placeholder;
    QWidget *m_content;
    EpisodeTimelineModel *m_timeline;
    QTableView *m_timelineView;
    bool m_empty = true;
};

} // namespace assurance::ui
