#pragma once

#include "assurance/EpisodeExport.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QPieSeries;
class QValueAxis;

namespace assurance::ui {

// The Violations tab's breakdown of the episodes it shows: count by metric (bars), by severity
// (a donut) and active episodes over time (a step line). Draws what it is given; setBreakdown()
// with the same breakdown as before redraws nothing. The caller coalesces (at most a few a second).
class ViolationBreakdownCharts : public QWidget {
    Q_OBJECT
public:
    explicit ViolationBreakdownCharts(QWidget *parent = nullptr);

    void setBreakdown(const EpisodeBreakdown &breakdown);
    const EpisodeBreakdown &breakdown() const { return m_breakdown; }
    std::uint64_t updates() const { return m_updates; } // redraws (for tests)
    QStringList metricCategories() const;               // the metric bars' labels, in order
    int overTimePointCount() const;

private:
    EpisodeBreakdown m_breakdown;
    std::uint64_t m_updates = 0;
    QChartView *m_metricView;
    QBarSet *m_metricSet;
    QBarCategoryAxis *m_metricAxis;
    QValueAxis *m_metricCountAxis;
    QChartView *m_severityView;
    QPieSeries *m_severity;
    QChartView *m_overTimeView;
    QLineSeries *m_overTime;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_activeAxis;
};

} // namespace assurance::ui
