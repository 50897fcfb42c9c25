#include "ToleranceHistoryChart.h"

#include "Presentation.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsRectItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace assurance::ui {

ToleranceHistoryChart::ToleranceHistoryChart(QWidget *parent)
    : QChartView(parent)
    , m_values(new QLineSeries)
    , m_x(new QDateTimeAxis)
    , m_y(new QValueAxis) {
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_values->setName(tr("Value"));
    m_values->setPen(QPen(QColor(0x1f, 0x6f, 0xb5), 2));
    const QString names[] = {tr("Warning bound"), tr("Warning bound"), tr("Critical bound"),
                             tr("Critical bound")};
    for (std::size_t i = 0; i < m_bounds.size(); ++i) {
        m_bounds[i] = new QLineSeries;
        m_bounds[i]->setName(names[i]);
        QPen pen(i < 2 ? QColor(0xe0, 0x9b, 0x00) : QColor(0xc6, 0x28, 0x28), 1.5, Qt::DashLine);
        m_bounds[i]->setPen(pen);
    }
    chart->addSeries(m_values);
    for (QLineSeries *s : m_bounds)
        chart->addSeries(s);
    m_x->setFormat(QStringLiteral("MM-dd HH:mm"));
    m_x->setTitleText(tr("Window end (UTC)"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    // One legend entry per kind of bound.
    chart->legend()->markers(m_bounds[1]).first()->setVisible(false);
    chart->legend()->markers(m_bounds[3]).first()->setVisible(false);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    m_selectionItem = new QGraphicsRectItem;
    m_selectionItem->setBrush(QColor(0x1f, 0x6f, 0xb5, 50));
    m_selectionItem->setPen(QPen(QColor(0x1f, 0x6f, 0xb5, 140)));
    m_selectionItem->setZValue(10);
    m_selectionItem->hide();
    scene()->addItem(m_selectionItem);
    setToolTip(tr("Drag across the chart to choose a range for the baseline."));
}

const ToleranceSet *ToleranceHistoryChart::inForceAt(const std::vector<ToleranceSet> &versions,
                                                     std::int64_t timeMs) {
    const ToleranceSet *best = nullptr, *oldest = nullptr;
    for (const ToleranceSet &s : versions) {
        if (!oldest || s.changedAtMs < oldest->changedAtMs)
            oldest = &s;
        if (s.changedAtMs <= timeMs && (!best || s.changedAtMs >= best->changedAtMs))
            best = &s;
    }
    return best ? best : oldest;
}

void ToleranceHistoryChart::setData(SeedMetric metric, const std::deque<Snapshot> &history,
                                    std::vector<ToleranceSet> versions) {
    chart()->setTitle(metricDisplayName(metric));
    QList<QPointF> values;
    std::array<QList<QPointF>, 4> bounds;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    auto grow = [&](double v) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    };
    for (const Snapshot &s : history) {
        const double x = static_cast<double>(s.windowEndMs);
        if (const auto v = s[metric].number(); v && std::isfinite(*v)) {
            values << QPointF(x, *v);
            grow(*v);
        }
        const ToleranceSet *set = inForceAt(versions, s.windowEndMs);
        const MetricTolerance *t = set ? set->find(metric) : nullptr;
        if (!t || !t->enabled)
            continue;
        const EffectiveBounds b = effectiveBounds(*t);
        const std::optional<double> each[] = {b.warningLow, b.warningHigh, b.criticalLow, b.criticalHigh};
        for (std::size_t i = 0; i < 4; ++i)
            if (each[i]) {
                bounds[i] << QPointF(x, *each[i]);
                grow(*each[i]);
            }
    }
    m_values->replace(values);
    for (std::size_t i = 0; i < 4; ++i)
        m_bounds[i]->replace(bounds[i]);
    if (!history.empty()) {
        m_x->setRange(QDateTime::fromMSecsSinceEpoch(history.front().windowEndMs, Qt::UTC),
                      QDateTime::fromMSecsSinceEpoch(history.back().windowEndMs, Qt::UTC));
    }
    if (std::isfinite(lo)) {
        const double pad = std::max((hi - lo) * 0.08, std::abs(hi) * 0.01 + 1e-9);
        m_y->setRange(lo - pad, hi + pad);
    }
    drawSelection();
}

int ToleranceHistoryChart::pointCount() const {
    return static_cast<int>(m_values->count());
}

int ToleranceHistoryChart::boundPointCount() const {
    int n = 0;
    for (const QLineSeries *s : m_bounds)
        n += static_cast<int>(s->count());
    return n;
}

void ToleranceHistoryChart::setSelection(std::optional<std::pair<std::int64_t, std::int64_t>> range) {
    m_selection = range;
    drawSelection();
}

void ToleranceHistoryChart::drawSelection() {
    if (!m_selection) {
        m_selectionItem->hide();
        return;
    }
    const QRectF plot = chart()->plotArea();
    const QPointF a = chart()->mapToPosition(QPointF(static_cast<double>(m_selection->first), 0), m_values);
    const QPointF b = chart()->mapToPosition(QPointF(static_cast<double>(m_selection->second), 0), m_values);
    const double left = std::clamp(std::min(a.x(), b.x()), plot.left(), plot.right());
    const double right = std::clamp(std::max(a.x(), b.x()), plot.left(), plot.right());
    m_selectionItem->setRect(
        chart()->mapRectToScene(QRectF(left, plot.top(), std::max(right - left, 1.0), plot.height())));
    m_selectionItem->show();
}

qint64 ToleranceHistoryChart::timeAt(const QPointF &viewPos) const {
    const QPointF inChart = chart()->mapFromScene(mapToScene(viewPos.toPoint()));
    return static_cast<qint64>(std::llround(chart()->mapToValue(inChart, m_values).x()));
}

void ToleranceHistoryChart::mousePressEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton) {
        m_dragFrom = timeAt(event->position());
        m_selection = std::pair<std::int64_t, std::int64_t>(*m_dragFrom, *m_dragFrom);
        drawSelection();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ToleranceHistoryChart::mouseMoveEvent(QMouseEvent *event) {
    if (m_dragFrom) {
        const qint64 t = timeAt(event->position());
        m_selection =
            std::pair<std::int64_t, std::int64_t>(std::min(*m_dragFrom, t), std::max(*m_dragFrom, t));
        drawSelection();
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void ToleranceHistoryChart::mouseReleaseEvent(QMouseEvent *event) {
    if (m_dragFrom && event->button() == Qt::LeftButton) {
        const qint64 t = timeAt(event->position());
        const qint64 from = std::min(*m_dragFrom, t), to = std::max(*m_dragFrom, t);
        m_dragFrom.reset();
        m_selection = std::pair<std::int64_t, std::int64_t>(from, to);
        drawSelection();
        if (to > from)
            Q_EMIT rangeSelected(from, to);
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ToleranceHistoryChart::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    drawSelection();
}

} // namespace assurance::ui
