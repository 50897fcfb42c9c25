#pragma once

#include "assurance/Tolerance.h"
#include "metrics/Snapshot.h"

#include <QChartView>

#include <deque>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace assurance::ui {

// One metric of one model over time: closed windows as a line, the open window as a hollow
// provisional point, and the tolerance drawn as amber (warning) and red (critical) bands.
// Every update replaces whole series (Qt Charts appends are O(n) each; see STACK.md).
class MetricChart : public QChartView {
    Q_OBJECT
public:
    explicit MetricChart(SeedMetric metric, QWidget *parent = nullptr);

    void setData(const std::deque<Snapshot> &history, const Snapshot *provisional,
                 const MetricTolerance *tolerance);
    // Only the open window moved: its point is replaced and nothing else is redrawn, unless it
    // left the axes' ranges (then the caller draws everything with setData). False in that case.
    bool setProvisional(const Snapshot *provisional);
    SeedMetric metric() const { return m_metric; }
    int pointCount() const;  // closed windows plotted (before decimation; for tests)
    int markerCount() const; // point markers drawn (none on long series)
    std::uint64_t updates() const { return m_updates; } // setData calls that replaced every series
    std::uint64_t provisionalUpdates() const { return m_provisionalUpdates; }
    // Above this many closed windows no point markers are drawn (they would merge into a smear).
    static constexpr int kMaxMarkers = 300;
    // Above this many points the line is decimated to min/max pairs per bucket.
    static constexpr int kMaxLinePoints = 2000;

private:
    void setBand(QAreaSeries *area, QLineSeries *upper, QLineSeries *lower, std::optional<double> from,
                 std::optional<double> to, double x0, double x1);
    SeedMetric m_metric;
    int m_pointCount = 0;
    std::uint64_t m_updates = 0;
    std::uint64_t m_provisionalUpdates = 0;
    QLineSeries *m_line;
    QScatterSeries *m_points;
    QScatterSeries *m_provisional;
    std::array<QLineSeries *, 8> m_bandEdges{}; // upper/lower for 4 bands
    std::array<QAreaSeries *, 4> m_bands{};     // warning low/high, critical low/high
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
};

} // namespace assurance::ui
