#pragma once

#include "assurance/Tolerance.h"

#include <QColor>
#include <QRectF>
#include <QString>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

class QPainter;

// Static charts for the printed report, drawn with QPainter (no Qt Charts: the report links
// QtGui only). Time runs along x in epoch ms, UTC.
namespace assurance::report {

// The tolerance bands of one tolerance version, over the part of the range it was in force.
struct ChartBand {
    std::int64_t fromMs = 0, toMs = 0;
    EffectiveBounds bounds;
};

struct TimeChart {
    QString title;
    std::int64_t fromMs = 0, toMs = 0;
    std::vector<std::pair<std::int64_t, double>> points; // ascending in time
    std::vector<ChartBand> bands;
    std::optional<std::pair<double, double>> fixedY; // else from the points and the bounds
    std::vector<double> guides;                      // dotted horizontal lines (grade limits)
    // Coloured ticks under the plot, one per point (e.g. the label's verdict).
    std::vector<std::pair<std::int64_t, QColor>> strip;
    // Points whose record failed its checks: ringed in red.
    std::vector<std::pair<std::int64_t, double>> flagged;
};

void paintTimeChart(QPainter &p, const QRectF &rect, const TimeChart &chart);

// "16:05" within a day, "10-27 16:05" within a month, else "2025-10-27".
QString axisTime(std::int64_t ms, std::int64_t spanMs);

} // namespace assurance::report
