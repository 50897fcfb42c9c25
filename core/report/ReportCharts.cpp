#include "ReportCharts.h"

#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace assurance::report {

namespace {
const QColor kWarningFill(0xff, 0xb3, 0x00, 46);
const QColor kCriticalFill(0xe5, 0x39, 0x35, 46);
const QColor kWarningLine(0xd8, 0x8c, 0x00);
const QColor kCriticalLine(0xc6, 0x28, 0x28);
const QColor kSeries(0x1f, 0x5a, 0x96);

QFont chartFont(qreal size, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(size);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: an auditor searches the PDF for "verification", "fingerprint" and copies ids.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// A round step (1, 2 or 5 times a power of ten) giving about `count` intervals over `span`.
double niceStep(double span, int count) {
    const double raw = span / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10 * magnitude;
}
QString number(double v, double step) {
    const int decimals = std::clamp(static_cast<int>(-std::floor(std::log10(step))), 0, 6);
    return QString::number(std::abs(v) < step / 1e6 ? 0.0 : v, 'f', decimals);
}
} // namespace

QString axisTime(std::int64_t ms, std::int64_t spanMs) {
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    if (spanMs <= 24LL * 3600 * 1000)
        return t.toString(QStringLiteral("HH:mm"));
    if (spanMs <= 31LL * 24 * 3600 * 1000)
        return t.toString(QStringLiteral("MM-dd HH:mm"));
    return t.toString(QStringLiteral("yyyy-MM-dd"));
}

void paintTimeChart(QPainter &p, const QRectF &rect, const TimeChart &chart) {
    p.setRenderHint(QPainter::Antialiasing, true);
    const QFont titleFont = chartFont(8, true);
    const QFont axisFont = chartFont(6.5);
    const QFontMetricsF axisMetrics(axisFont, p.device());
    const qreal stripHeight = chart.strip.empty() ? 0 : 5;
    const QRectF plot(rect.left() + 34, rect.top() + 14, rect.width() - 40,
                      rect.height() - 14 - 14 - stripHeight - (chart.strip.empty() ? 0 : 3));

    p.setFont(titleFont);
    p.setPen(QColor(0x1a, 0x1a, 0x1a));
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
               chart.title);

    // y range: the data and every bound, so that the bands are seen.
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    if (chart.fixedY) {
        lo = chart.fixedY->first;
        hi = chart.fixedY->second;
    } else {
        for (const auto &pt : chart.points) {
            lo = std::min(lo, pt.second);
            hi = std::max(hi, pt.second);
        }
        for (const auto &b : chart.bands)
            for (const auto &v :
                 {b.bounds.warningLow, b.bounds.warningHigh, b.bounds.criticalLow, b.bounds.criticalHigh})
                if (v && std::isfinite(*v)) {
                    lo = std::min(lo, *v);
                    hi = std::max(hi, *v);
                }
        if (!std::isfinite(lo)) {
            lo = 0;
            hi = 1;
        }
        if (hi - lo < 1e-12) {
            const double pad = std::abs(hi) > 1e-9 ? std::abs(hi) * 0.1 : 1.0;
            lo -= pad;
            hi += pad;
        }
        const double pad = (hi - lo) * 0.08;
        lo -= pad;
        hi += pad;
    }
    const double span = hi - lo;
    const double t0 = static_cast<double>(chart.fromMs);
    const double tSpan = std::max<double>(1.0, static_cast<double>(chart.toMs - chart.fromMs));
    auto xOf = [&](std::int64_t ms) {
        return plot.left() + (static_cast<double>(ms) - t0) / tSpan * plot.width();
    };
    auto yOf = [&](double v) { return plot.bottom() - (v - lo) / span * plot.height(); };

    p.fillRect(plot, QColor(0xfc, 0xfc, 0xfd));
    p.save();
    p.setClipRect(plot);
    for (const auto &b : chart.bands) {
        const qreal x0 = std::max(plot.left(), xOf(b.fromMs)), x1 = std::min(plot.right(), xOf(b.toMs));
        if (x1 <= x0)
            continue;
        auto fill = [&](double from, double to, const QColor &c) {
            const qreal ya = yOf(from), yb = yOf(to);
            p.fillRect(QRectF(QPointF(x0, std::min(ya, yb)), QPointF(x1, std::max(ya, yb))), c);
        };
        const auto &e = b.bounds;
        if (e.criticalLow)
            fill(lo, *e.criticalLow, kCriticalFill);
        if (e.warningLow)
            fill(e.criticalLow ? *e.criticalLow : lo, *e.warningLow, kWarningFill);
        if (e.criticalHigh)
            fill(*e.criticalHigh, hi, kCriticalFill);
        if (e.warningHigh)
            fill(*e.warningHigh, e.criticalHigh ? *e.criticalHigh : hi, kWarningFill);
        for (const auto &[v, c] :
             {std::pair{e.warningLow, kWarningLine}, std::pair{e.warningHigh, kWarningLine},
              std::pair{e.criticalLow, kCriticalLine}, std::pair{e.criticalHigh, kCriticalLine}})
            if (v) {
                p.setPen(QPen(c, 0.7, Qt::DashLine));
                p.drawLine(QPointF(x0, yOf(*v)), QPointF(x1, yOf(*v)));
            }
    }
    p.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 0.5, Qt::DotLine));
    for (const double g : chart.guides)
        p.drawLine(QPointF(plot.left(), yOf(g)), QPointF(plot.right(), yOf(g)));

    // The series; past two points per unit of width, the min and max of each column.
    QPainterPath path;
    const std::size_t columns = static_cast<std::size_t>(std::max<qreal>(1, plot.width() * 2));
    if (chart.points.size() <= columns) {
        for (std::size_t i = 0; i < chart.points.size(); ++i) {
            const QPointF pt(xOf(chart.points[i].first), yOf(chart.points[i].second));
            i == 0 ? path.moveTo(pt) : path.lineTo(pt);
        }
    } else {
        std::size_t i = 0;
        bool first = true;
        while (i < chart.points.size()) {
            const qreal column = std::floor((xOf(chart.points[i].first) - plot.left()) * 2);
            double mn = chart.points[i].second, mx = mn;
            std::int64_t at = chart.points[i].first;
            for (; i < chart.points.size() &&
                   std::floor((xOf(chart.points[i].first) - plot.left()) * 2) == column;
                 ++i) {
                mn = std::min(mn, chart.points[i].second);
                mx = std::max(mx, chart.points[i].second);
            }
            const QPointF a(xOf(at), yOf(mn)), b(xOf(at), yOf(mx));
            first ? path.moveTo(a) : path.lineTo(a);
            path.lineTo(b);
            first = false;
        }
    }
    p.setPen(QPen(kSeries, 1.0));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    if (chart.points.size() <= 60) {
        p.setPen(Qt::NoPen);
        p.setBrush(kSeries);
        for (const auto &pt : chart.points)
            p.drawEllipse(QPointF(xOf(pt.first), yOf(pt.second)), 1.2, 1.2);
    }
    p.setPen(QPen(kCriticalLine, 1.2));
    p.setBrush(Qt::NoBrush);
    for (const auto &pt : chart.flagged)
        p.drawEllipse(QPointF(xOf(pt.first), yOf(pt.second)), 3.5, 3.5);
    p.restore();

    p.setPen(QPen(QColor(0x8a, 0x8a, 0x8a), 0.6));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);

    // Axes: round values on y; five times on x.
    p.setFont(axisFont);
    p.setPen(QColor(0x55, 0x55, 0x55));
    const double step = niceStep(span, plot.height() > 80 ? 4 : 3);
    for (double v = std::ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) {
        p.drawText(QRectF(rect.left(), yOf(v) - 5, 31, 10), Qt::AlignRight | Qt::AlignVCenter,
                   number(v, step));
        p.setPen(QPen(QColor(0x8a, 0x8a, 0x8a), 0.5));
        p.drawLine(QPointF(plot.left() - 2, yOf(v)), QPointF(plot.left(), yOf(v)));
        p.setPen(QColor(0x55, 0x55, 0x55));
    }
    if (!chart.strip.empty()) {
        const qreal y = plot.bottom() + 2;
        const qreal w = std::max<qreal>(0.8, plot.width() / static_cast<qreal>(chart.strip.size()));
        for (const auto &[ms, color] : chart.strip)
            p.fillRect(QRectF(xOf(ms) - w / 2, y, w, stripHeight), color);
    }
    const qreal axisY = plot.bottom() + stripHeight + (chart.strip.empty() ? 1 : 4);
    const std::int64_t tSpanMs = chart.toMs - chart.fromMs;
    for (int i = 0; i <= 4; ++i) {
        const std::int64_t ms = chart.fromMs + tSpanMs * i / 4;
        const QString text = axisTime(ms, tSpanMs);
        const qreal w = axisMetrics.horizontalAdvance(text) + 2;
        const qreal x = std::clamp(xOf(ms) - w / 2, plot.left() - 4, plot.right() - w + 4);
        p.drawText(QRectF(x, axisY, w, 10), Qt::AlignCenter, text);
    }
}

} // namespace assurance::report
