#pragma once

#include <QList>
#include <QPointF>

#include <algorithm>

namespace assurance::ui {

// Min/max per bucket, in time order: a line keeps every peak and trough of a long history with at
// most ~`target` points (a 10k-point series repaints in ms instead of tens of ms). Used by every
// chart that draws a history (MetricChart, LabelHistoryChart).
inline QList<QPointF> decimateMinMax(const QList<QPointF> &points, int target) {
    if (points.size() <= target)
        return points;
    const qsizetype buckets = target / 2;
    QList<QPointF> out;
    out.reserve(target + 2);
    const double per = static_cast<double>(points.size()) / static_cast<double>(buckets);
    for (qsizetype b = 0; b < buckets; ++b) {
        const auto from = static_cast<qsizetype>(static_cast<double>(b) * per);
        const auto to = std::min(points.size(), static_cast<qsizetype>(static_cast<double>(b + 1) * per));
        if (from >= to)
            continue;
        qsizetype lo = from, hi = from;
        for (qsizetype i = from; i < to; ++i) {
            if (points[i].y() < points[lo].y())
                lo = i;
            if (points[i].y() > points[hi].y())
                hi = i;
        }
        out.append(points[std::min(lo, hi)]);
        if (lo != hi)
            out.append(points[std::max(lo, hi)]);
    }
    return out;
}

} // namespace assurance::ui
