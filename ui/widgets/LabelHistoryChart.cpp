#include "LabelHistoryChart.h"

#include "Presentation.h"
#include "widgets/SeriesDecimation.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace assurance::ui {

namespace {
constexpr double kBandEdges[] = {0.0, 60.0, 70.0, 80.0, 90.0, 100.0};
constexpr char kBandGrades[] = {'F', 'D', 'C', 'B', 'A'};

QList<QPointF> thin(const QList<QPointF> &points, int max) {
    if (points.size() <= max)
        return points;
    QList<QPointF> out;
    const double step = static_cast<double>(points.size()) / max;
    for (int i = 0; i < max; ++i)
        out.append(points[static_cast<qsizetype>(i * step)]);
    return out;
}
} // namespace

LabelHistoryChart::LabelHistoryChart(QWidget *parent)
    : QChartView(parent)
    , m_line(new QLineSeries)
    , m_notAssured(new QScatterSeries)
    , m_conditional(new QScatterSeries)
    , m_selected(new QScatterSeries)
    , m_break(new QLineSeries)
    , m_x(new QDateTimeAxis)
    , m_y(new QValueAxis)
    , m_grades(new QCategoryAxis) {
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitle(tr("Score over time"));

    for (std::size_t i = 0; i < m_bands.size(); ++i) {
        m_bandEdges[2 * i] = new QLineSeries(this);
        m_bandEdges[2 * i + 1] = new QLineSeries(this);
        m_bands[i] = new QAreaSeries(m_bandEdges[2 * i], m_bandEdges[2 * i + 1]);
        QColor fill = gradeColor(kBandGrades[i]);
        fill.setAlpha(38);
        m_bands[i]->setBrush(fill);
        m_bands[i]->setPen(Qt::NoPen);
        chart->addSeries(m_bands[i]);
    }
    m_line->setName(tr("Score"));
    m_line->setPen(QPen(QColor(0x2f, 0x6f, 0xd0), 2));
    chart->addSeries(m_line);
    m_conditional->setName(tr("Conditional"));
    m_conditional->setMarkerSize(7);
    m_conditional->setColor(verdictColor(Verdict::Conditional));
    m_conditional->setBorderColor(verdictColor(Verdict::Conditional));
    chart->addSeries(m_conditional);
    m_notAssured->setName(tr("Not assured"));
    m_notAssured->setMarkerSize(7);
    m_notAssured->setColor(verdictColor(Verdict::NotAssured));
    m_notAssured->setBorderColor(verdictColor(Verdict::NotAssured));
    chart->addSeries(m_notAssured);
    m_break->setName(tr("Chain breaks"));
    m_break->setPen(QPen(statusColor(MetricStatus::Critical), 2));
    chart->addSeries(m_break);
    m_selected->setName(tr("Selected"));
    m_selected->setMarkerSize(15);
    m_selected->setColor(Qt::transparent);
    m_selected->setBorderColor(QColor(0x20, 0x20, 0x20));
    m_selected->setPen(QPen(QColor(0x20, 0x20, 0x20), 2));
    chart->addSeries(m_selected);

    m_x->setFormat(QStringLiteral("HH:mm"));
    m_x->setTickCount(7);
    m_x->setTitleText(tr("UTC"));
    m_y->setRange(0.0, 100.0);
    m_y->setTickCount(6);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    for (std::size_t i = 0; i < m_bands.size(); ++i)
        m_grades->append(QString(QLatin1Char(kBandGrades[i])), kBandEdges[i + 1]);
    m_grades->setRange(0.0, 100.0);
    m_grades->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_grades->setGridLineVisible(false);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    chart->addAxis(m_grades, Qt::AlignRight);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    // The legend names the markers and lines, not the bands (the right axis names those).
    chart->legend()->setAlignment(Qt::AlignTop);
    for (QLegendMarker *marker : chart->legend()->markers())
        if (qobject_cast<QAreaSeries *>(marker->series()) || marker->series() == m_break)
            marker->setVisible(false);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);

    connect(m_line, &QLineSeries::clicked, this, [this](const QPointF &p) {
        Q_EMIT timeClicked(static_cast<std::int64_t>(p.x()) - m_utcOffsetMs);
    });
    for (QScatterSeries *s : {m_notAssured, m_conditional})
        connect(s, &QScatterSeries::clicked, this, [this](const QPointF &p) {
            Q_EMIT timeClicked(static_cast<std::int64_t>(p.x()) - m_utcOffsetMs);
        });
}

double LabelHistoryChart::x(std::int64_t epochMs) const {
    return static_cast<double>(epochMs + m_utcOffsetMs);
}

int LabelHistoryChart::markerCount() const {
    return static_cast<int>(m_notAssured->count() + m_conditional->count());
}

bool LabelHistoryChart::showsChainBreak() const {
    return m_break->count() > 0;
}

void LabelHistoryChart::setHistory(const std::vector<HistoryLabel> &labels,
                                   const std::optional<LabelChainBreak> &chainBreak, std::int64_t fromMs,
                                   std::int64_t toMs) {
    // QDateTimeAxis draws local time: shift every x by the local offset so that it reads UTC.
    m_utcOffsetMs = -static_cast<std::int64_t>(QDateTime::fromMSecsSinceEpoch(toMs).offsetFromUtc()) * 1000;
    QList<QPointF> line, notAssured, conditional;
    line.reserve(static_cast<qsizetype>(labels.size()));
    std::vector<std::int64_t> versionChanges;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const AssuranceLabel &l = labels[i].label;
        if (i > 0 && l.toleranceVersion != labels[i - 1].label.toleranceVersion)
            versionChanges.push_back(l.windowEndMs);
        if (!l.score)
            continue;
        const QPointF p(x(l.windowEndMs), *l.score);
        line.append(p);
        if (l.verdict == Verdict::NotAssured)
            notAssured.append(p);
        else if (l.verdict == Verdict::Conditional)
            conditional.append(p);
    }
    m_pointCount = static_cast<int>(line.size());
    m_line->replace(decimateMinMax(line, kMaxLinePoints));
    m_notAssured->replace(thin(notAssured, kMaxMarkers));
    m_conditional->replace(thin(conditional, kMaxMarkers));

    // The axis spans the range asked for, but starts near the first label when the record begins
    // later (a Demo that ran for an hour, a deployment younger than the range): the labels are what
    // the operator came to read. The chain banner says which span they cover.
    std::int64_t start = fromMs;
    if (!labels.empty() && labels.front().label.windowEndMs > fromMs) {
        const std::int64_t first = labels.front().label.windowEndMs;
        start = std::max(fromMs, first - std::max<std::int64_t>((toMs - first) / 20, 60'000));
    }
    const double x0 = x(start), x1 = x(std::max(toMs, start + 60'000));
    for (std::size_t i = 0; i < m_bands.size(); ++i) {
        m_bandEdges[2 * i]->replace(QList<QPointF>{{x0, kBandEdges[i + 1]}, {x1, kBandEdges[i + 1]}});
        m_bandEdges[2 * i + 1]->replace(QList<QPointF>{{x0, kBandEdges[i]}, {x1, kBandEdges[i]}});
    }
    if (chainBreak && chainBreak->index < labels.size()) {
        const double bx = x(labels[chainBreak->index].label.windowEndMs);
        m_break->replace(QList<QPointF>{{bx, 0.0}, {bx, 100.0}});
    } else {
        m_break->clear();
    }
    // One series per tolerance version change (a series is one polyline); bounded so that a
    // flapping record cannot add hundreds of series.
    constexpr std::size_t kMaxVersionLines = 20;
    if (versionChanges.size() > kMaxVersionLines)
        versionChanges.erase(versionChanges.begin(), versionChanges.end() - kMaxVersionLines);
    while (m_versionSeries.size() < versionChanges.size()) {
        auto *s = new QLineSeries;
        QPen pen(QColor(0x55, 0x55, 0x66), 1.5, Qt::DashLine);
        s->setPen(pen);
        s->setName(tr("Tolerance version changed"));
        chart()->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        // One legend entry is enough.
        const auto markers = chart()->legend()->markers(s);
        for (QLegendMarker *marker : markers)
            marker->setVisible(m_versionSeries.empty());
        m_versionSeries.push_back(s);
    }
    for (std::size_t i = 0; i < m_versionSeries.size(); ++i) {
        if (i < versionChanges.size()) {
            const double vx = x(versionChanges[i]);
            m_versionSeries[i]->replace(QList<QPointF>{{vx, 0.0}, {vx, 100.0}});
        } else {
            m_versionSeries[i]->clear();
        }
    }
    m_versionLines = static_cast<int>(versionChanges.size());

    const std::int64_t span = toMs - start;
    m_x->setFormat(span > 36 * 3600'000LL ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("HH:mm"));
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x0)),
                  QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x1)));
    // The break's and the versions' legend entries only when they are drawn. The legend does not
    // lay itself out again when a marker's visibility changes: hiding and showing it does.
    bool changed = false;
    auto show = [&](QAbstractSeries *series, bool visible) {
        for (QLegendMarker *marker : chart()->legend()->markers(series))
            if (marker->isVisible() != visible) {
                marker->setVisible(visible);
                changed = true;
            }
    };
    show(m_break, m_break->count() > 0);
    if (!m_versionSeries.empty())
        show(m_versionSeries.front(), m_versionLines > 0);
    if (changed) {
        chart()->legend()->hide();
        chart()->legend()->show();
    }
    setSelected(nullptr);
}

void LabelHistoryChart::setSelected(const AssuranceLabel *label) {
    if (label && label->score)
        m_selected->replace(QList<QPointF>{{x(label->windowEndMs), *label->score}});
    else
        m_selected->clear();
}

} // namespace assurance::ui
