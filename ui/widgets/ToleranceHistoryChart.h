#pragma once

#include "assurance/Tolerance.h"

#include <QChartView>

#include <deque>
#include <optional>
#include <vector>

class QDateTimeAxis;
class QGraphicsRectItem;
class QLineSeries;
class QValueAxis;

namespace assurance::ui {

// The Baseline & Tolerances tab's history chart: one metric's stored windows and the warning
// (amber) and critical (red) bounds of the tolerance version in force at each window's end (the
// newest version saved at or before it; before the first, the oldest known — the tab adds the
// shipped defaults when the history starts with the first save, v2). Dragging across the
// plot selects a range (rangeSelected); setSelection shows a typed one. GUI thread.
class ToleranceHistoryChart : public QChartView {
    Q_OBJECT
public:
    explicit ToleranceHistoryChart(QWidget *parent = nullptr);
    // `versions` in any order; empty: no bands.
    void setData(SeedMetric metric, const std::deque<Snapshot> &history, std::vector<ToleranceSet> versions);
    void setSelection(std::optional<std::pair<std::int64_t, std::int64_t>> range);
    std::optional<std::pair<std::int64_t, std::int64_t>> selection() const { return m_selection; }
    // The set in force at `timeMs` among `versions` (nullptr when empty).
    static const ToleranceSet *inForceAt(const std::vector<ToleranceSet> &versions, std::int64_t timeMs);
    int pointCount() const;      // points of the metric's line (tests)
    int boundPointCount() const; // points over the four bound lines (tests)

Q_SIGNALS:
    void rangeSelected(qint64 fromMs, qint64 toMs);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void drawSelection();
    qint64 timeAt(const QPointF &viewPos) const;
    QLineSeries *m_values;
    std::array<QLineSeries *, 4> m_bounds{}; // warning low/high, critical low/high
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QGraphicsRectItem *m_selectionItem;
    std::optional<std::pair<std::int64_t, std::int64_t>> m_selection;
    std::optional<qint64> m_dragFrom;
};

} // namespace assurance::ui
