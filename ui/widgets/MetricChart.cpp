#include "MetricChart.h"

#include "Presentation.h"
#include "widgets/SeriesDecimation.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGuiApplication>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace assurance::ui {

MetricChart::MetricChart(SeedMetric metric, QWidget *parent)
    : QChartView(parent)
    , m_metric(metric)
    , m_line(new QLineSeries)
    , m_points(new QScatterSeries)
    , m_provisional(new QScatterSeries)
    , m_x(new QDateTimeAxis)
    , m_y(new QValueAxis) {
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.95);
    chart->setTitleFont(titleFont);
    chart->setTitle(metricDisplayName(metric));

    const QColor colors[] = {statusColor(MetricStatus::Warning), statusColor(MetricStatus::Warning),
                             statusColor(MetricStatus::Critical), statusColor(MetricStatus::Critical)};
    for (std::size_t i = 0; i < m_bands.size(); ++i) {
        m_bandEdges[2 * i] = new QLineSeries(this);
        m_bandEdges[2 * i + 1] = new QLineSeries(this);
        m_bands[i] = new QAreaSeries(m_bandEdges[2 * i], m_bandEdges[2 * i + 1]);
        QColor fill = colors[i];
        fill.setAlpha(45);
        m_bands[i]->setBrush(fill);
        QColor edge = colors[i];
        edge.setAlpha(120);
        m_bands[i]->setPen(QPen(edge, 1, Qt::DashLine));
        chart->addSeries(m_bands[i]);
    }
    QPen linePen(QColor(0x2f, 0x6f, 0xd0), 2);
    m_line->setPen(linePen);
    chart->addSeries(m_line);
    m_points->setMarkerSize(5);
    m_points->setColor(QColor(0x2f, 0x6f, 0xd0));
    m_points->setBorderColor(QColor(0x2f, 0x6f, 0xd0));
    chart->addSeries(m_points);
    m_provisional->setMarkerSize(9);
    m_provisional->setColor(Qt::transparent);
    m_provisional->setBorderColor(QColor(0x2f, 0x6f, 0xd0));
    chart->addSeries(m_provisional);

    m_x->setFormat(QStringLiteral("HH:mm"));
    m_x->setTickCount(5);
    m_y->setLabelFormat(QStringLiteral("%.3g"));
    m_y->setTickCount(5);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(210, 170);
    // OpenGL series crash under the offscreen platform (STACK.md); raster is plenty for ≤ 2k points.
}

int MetricChart::pointCount() const {
    return m_pointCount;
}

int MetricChart::markerCount() const {
    return static_cast<int>(m_points->count());
}

void MetricChart::setBand(QAreaSeries *area, QLineSeries *upper, QLineSeries *lower,
                          std::optional<double> from, std::optional<double> to, double x0, double x1) {
    if (!from || !to || *from == *to) {
        area->setVisible(false);
        return;
    }
    const double lo = std::min(*from, *to), hi = std::max(*from, *to);
    upper->replace(QList<QPointF>{{x0, hi}, {x1, hi}});
    lower->replace(QList<QPointF>{{x0, lo}, {x1, lo}});
    area->setVisible(true);
}

bool MetricChart::setProvisional(const Snapshot *provisional) {
    QList<QPointF> live;
    if (provisional)
        if (auto v = (*provisional)[m_metric].number())
            live.append({static_cast<double>(provisional->windowEndMs), *v});
    if (!live.isEmpty()) {
        const QPointF p = live.front();
        if (p.x() > static_cast<double>(m_x->max().toMSecsSinceEpoch()) || p.y() < m_y->min() ||
            p.y() > m_y->max())
            return false;
    }
    ++m_provisionalUpdates;
    m_provisional->replace(live);
    return true;
}

void MetricChart::setData(const std::deque<Snapshot> &history, const Snapshot *provisional,
                          const MetricTolerance *tolerance) {
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(history.size()));
    double yMin = INFINITY, yMax = -INFINITY;
    for (const Snapshot &s : history) {
        const auto v = s[m_metric].number();
        if (!v)
            continue;
        points.append({static_cast<double>(s.windowEndMs), *v});
        yMin = std::min(yMin, *v);
        yMax = std::max(yMax, *v);
    }
    QList<QPointF> live;
    std::optional<double> latest = points.isEmpty() ? std::nullopt : std::optional<double>(points.back().y());
    if (provisional) {
        if (auto v = (*provisional)[m_metric].number()) {
            live.append({static_cast<double>(provisional->windowEndMs), *v});
            yMin = std::min(yMin, *v);
            yMax = std::max(yMax, *v);
        }
    }
    ++m_updates;
    m_pointCount = static_cast<int>(points.size());
    m_line->replace(decimateMinMax(points, kMaxLinePoints));
    m_points->replace(points.size() <= kMaxMarkers ? points : QList<QPointF>());
    m_provisional->replace(live);

    // The time axis follows the windows, whether or not this metric had a value in them.
    double x1 = provisional ? static_cast<double>(provisional->windowEndMs)
                            : (history.empty() ? 0.0 : static_cast<double>(history.back().windowEndMs));
    double x0 = history.empty() ? x1 - 3600'000.0 : static_cast<double>(history.front().windowEndMs);
    if (x1 <= x0)
        x1 = x0 + 60'000.0;

    const EffectiveBounds bounds = tolerance ? effectiveBounds(*tolerance) : EffectiveBounds{};
    for (auto b : {bounds.warningLow, bounds.warningHigh, bounds.criticalLow, bounds.criticalHigh})
        if (b) {
            yMin = std::min(yMin, *b);
            yMax = std::max(yMax, *b);
        }
    if (!std::isfinite(yMin)) {
        yMin = 0.0;
        yMax = 1.0;
    }
    double pad = (yMax - yMin) * 0.12;
    if (pad <= 0.0)
        pad = std::max(std::abs(yMax) * 0.1, 0.05);
    // Every seed metric is non-negative: never draw the axis below zero for them.
    const double lo = yMin >= 0.0 ? std::max(0.0, yMin - pad) : yMin - pad;
    const double hi = yMax + pad;
    // Bands: warning between the warning and critical bounds, critical beyond the critical bound.
    setBand(m_bands[0], m_bandEdges[0], m_bandEdges[1], bounds.warningLow, bounds.criticalLow, x0, x1);
    setBand(m_bands[1], m_bandEdges[2], m_bandEdges[3], bounds.warningHigh, bounds.criticalHigh, x0, x1);
    setBand(m_bands[2], m_bandEdges[4], m_bandEdges[5], bounds.criticalLow,
            bounds.criticalLow ? std::optional<double>(lo) : std::nullopt, x0, x1);
    setBand(m_bands[3], m_bandEdges[6], m_bandEdges[7], bounds.criticalHigh,
            bounds.criticalHigh ? std::optional<double>(hi) : std::nullopt, x0, x1);

    m_x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x0), Qt::UTC),
                  QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x1), Qt::UTC));
    m_y->setRange(lo, hi);

    QString title = metricDisplayName(m_metric);
    if (latest)
        title += QStringLiteral("  ·  ") + formatMetric(m_metric, latest);
    else if (!history.empty())
        title += QStringLiteral("  ·  ") + tr("not applicable or too few labels");
    else
        title += QStringLiteral("  ·  ") + tr("no data yet");
    chart()->setTitle(title);
}

} // namespace assurance::ui
