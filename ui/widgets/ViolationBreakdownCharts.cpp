#include "ViolationBreakdownCharts.h"

#include "Presentation.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace assurance::ui {

namespace {

QChart *makeChart(const QString &title) {
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.95);
    chart->setTitleFont(titleFont);
    chart->setTitle(title);
    return chart;
}

QChartView *makeView(QChart *chart, QWidget *parent) {
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(220, 210);
    return view;
}

// A count axis with whole-number ticks, from 0 to at least `max` (and at least 1).
void setCountRange(QValueAxis *axis, double max) {
    const double top = std::max(1.0, max);
    const int ticks = static_cast<int>(std::min(top, 4.0)) + 1;
    axis->setRange(0, std::ceil(top / (ticks - 1)) * (ticks - 1));
    axis->setTickCount(ticks);
}

} // namespace

ViolationBreakdownCharts::ViolationBreakdownCharts(QWidget *parent)
    : QWidget(parent)
    , m_metricSet(new QBarSet(tr("Episodes")))
    , m_metricAxis(new QBarCategoryAxis)
    , m_metricCountAxis(new QValueAxis)
    , m_severity(new QPieSeries)
    , m_overTime(new QLineSeries)
    , m_timeAxis(new QDateTimeAxis)
    , m_activeAxis(new QValueAxis) {
    QChart *metricChart = makeChart(tr("Episodes by metric"));
    metricChart->legend()->hide();
    auto *bars = new QHorizontalBarSeries;
    m_metricSet->setColor(QColor(0x2f, 0x6f, 0xd0));
    m_metricSet->setLabelColor(Qt::black);
    bars->append(m_metricSet);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    bars->setBarWidth(0.7);
    metricChart->addSeries(bars);
    m_metricCountAxis->setLabelFormat(QStringLiteral("%d"));
    // Up to eight metric names on the left: a smaller font keeps them whole in a short chart (Qt
    // Charts elides a category label that does not fit its band).
    QFont small = m_metricAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_metricAxis->setLabelsFont(small);
    metricChart->addAxis(m_metricAxis, Qt::AlignLeft);
    metricChart->addAxis(m_metricCountAxis, Qt::AlignBottom);
    bars->attachAxis(m_metricAxis);
    bars->attachAxis(m_metricCountAxis);
    m_metricView = makeView(metricChart, this);

    QChart *severityChart = makeChart(tr("Episodes by severity (worst seen)"));
    severityChart->legend()->setAlignment(Qt::AlignRight);
    m_severity->setHoleSize(0.45);
    for (Severity s : {Severity::Critical, Severity::Warning}) {
        auto *slice = new QPieSlice(severityText(s), 0);
        slice->setColor(severityColor(s));
        slice->setBorderColor(Qt::white);
        m_severity->append(slice);
    }
    severityChart->addSeries(m_severity);
    m_severityView = makeView(severityChart, this);

    QChart *timeChart = makeChart(tr("Active episodes over time"));
    timeChart->legend()->hide();
    m_overTime->setPen(QPen(statusColor(MetricStatus::Critical), 2));
    timeChart->addSeries(m_overTime);
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(5);
    m_activeAxis->setLabelFormat(QStringLiteral("%d"));
    timeChart->addAxis(m_timeAxis, Qt::AlignBottom);
    timeChart->addAxis(m_activeAxis, Qt::AlignLeft);
    m_overTime->attachAxis(m_timeAxis);
    m_overTime->attachAxis(m_activeAxis);
    m_overTimeView = makeView(timeChart, this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_metricView, 3);
    layout->addWidget(m_severityView, 2);
    layout->addWidget(m_overTimeView, 3);
    setBreakdown({});
    m_updates = 0;
}

void ViolationBreakdownCharts::setBreakdown(const EpisodeBreakdown &b) {
    if (m_updates > 0 && b == m_breakdown)
        return;
    m_breakdown = b;
    ++m_updates;

    // By metric: only metrics with episodes, in SPEC order from the top (bars grow upwards).
    QStringList categories;
    QList<qreal> counts;
    std::size_t max = 0;
    for (std::size_t i = kSeedMetricCount; i-- > 0;) {
        if (b.byMetric[i] == 0)
            continue;
        categories << metricDisplayName(static_cast<SeedMetric>(i));
        counts << static_cast<qreal>(b.byMetric[i]);
        max = std::max(max, b.byMetric[i]);
    }
    if (categories.isEmpty())
        categories << tr("(none)");
    m_metricSet->remove(0, m_metricSet->count());
    m_metricAxis->setCategories(categories);
    m_metricSet->append(counts);
    setCountRange(m_metricCountAxis, static_cast<double>(max));

    // By severity.
    const std::size_t critical = b.bySeverity[static_cast<std::size_t>(Severity::Critical)];
    const std::size_t warning = b.bySeverity[static_cast<std::size_t>(Severity::Warning)];
    const QList<QPieSlice *> slices = m_severity->slices();
    slices[0]->setValue(static_cast<qreal>(critical));
    slices[0]->setLabel(tr("%1: %2").arg(severityText(Severity::Critical)).arg(critical));
    slices[1]->setValue(static_cast<qreal>(warning));
    slices[1]->setLabel(tr("%1: %2").arg(severityText(Severity::Warning)).arg(warning));

    // Active over time: a step line, held until the latest time seen.
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(2 * b.activeOverTime.size() + 1));
    std::size_t previous = 0, peak = 0;
    for (const auto &[timeMs, active] : b.activeOverTime) {
        const auto x = static_cast<qreal>(timeMs);
        if (!points.isEmpty())
            points << QPointF(x, static_cast<qreal>(previous));
        points << QPointF(x, static_cast<qreal>(active));
        previous = active;
        peak = std::max(peak, active);
    }
    if (!points.isEmpty() && b.latestMs > b.activeOverTime.back().first)
        points << QPointF(static_cast<qreal>(b.latestMs), static_cast<qreal>(previous));
    m_overTime->replace(points);
    if (points.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_timeAxis->setRange(now.addSecs(-3600), now);
    } else {
        const qint64 from = b.activeOverTime.front().first;
        const qint64 to = std::max(b.latestMs, b.activeOverTime.back().first);
        const qint64 pad = std::max<qint64>((to - from) / 40, 30'000);
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from - pad, Qt::UTC),
                             QDateTime::fromMSecsSinceEpoch(to + pad, Qt::UTC));
        m_timeAxis->setFormat(to - from > 86'400'000 ? QStringLiteral("MM-dd HH:mm")
                                                     : QStringLiteral("HH:mm"));
    }
    setCountRange(m_activeAxis, static_cast<double>(peak));
}

QStringList ViolationBreakdownCharts::metricCategories() const {
    return m_metricAxis->categories();
}

int ViolationBreakdownCharts::overTimePointCount() const {
    return static_cast<int>(m_overTime->count());
}

} // namespace assurance::ui
