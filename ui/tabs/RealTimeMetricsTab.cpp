#include "RealTimeMetricsTab.h"

#include "ConsoleStore.h"
#include "Presentation.h"
#include "models/AlertListModel.h"
#include "models/InferenceLogModel.h"
#include "models/ModelListModel.h"
#include "models/RejectionTableModel.h"
#include "widgets/KpiTile.h"
#include "widgets/MetricChart.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace assurance::ui {

RealTimeMetricsTab::RealTimeMetricsTab(ConsoleStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_modelSelector(new QComboBox(this))
    , m_eventsTile(new KpiTile(tr("Events / s"), this))
    , m_qualityTile(new KpiTile(tr("Accuracy"), this))
    , m_driftTile(new KpiTile(tr("Feature drift (PSI)"), this))
    , m_failureTile(new KpiTile(tr("Failure rate"), this))
    , m_gradeTile(new KpiTile(tr("Assurance grade"), this))
    , m_log(new QTableView(this))
    , m_logFilter(new QSortFilterProxyModel(this))
    , m_alerts(new QListView(this))
    , m_rejected(new QLabel(this))
    , m_counters(new QLabel(this))
    , m_rejections(new QTableView(this))
    , m_chartTimer(new QTimer(this)) {
    m_modelSelector->setModel(store->models());
    m_modelSelector->setMinimumWidth(240);
    m_modelSelector->setAccessibleName(tr("Model"));

    auto *top = new QHBoxLayout;
    auto *selectorBox = new QVBoxLayout;
    selectorBox->addWidget(new QLabel(tr("Model"), this));
    selectorBox->addWidget(m_modelSelector);
    selectorBox->addStretch();
    top->addLayout(selectorBox);
    for (KpiTile *t : {m_eventsTile, m_qualityTile, m_driftTile, m_failureTile, m_gradeTile})
        top->addWidget(t);
    top->addStretch();

    auto *chartsHost = new QWidget(this);
    auto *grid = new QGridLayout(chartsHost);
    grid->setContentsMargins(0, 0, 0, 0);
    for (std::size_t k = 0; k < m_charts.size(); ++k) {
        m_charts[k] = new MetricChart(static_cast<SeedMetric>(k), chartsHost);
        grid->addWidget(m_charts[k], static_cast<int>(k / 4), static_cast<int>(k % 4));
    }
    auto *chartsScroll = new QScrollArea(this);
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setFrameShape(QFrame::NoFrame);
    chartsScroll->setWidget(chartsHost);

    m_logFilter->setSourceModel(store->inferenceLog());
    m_logFilter->setFilterRole(InferenceLogModel::ModelIdRole);
    m_log->setModel(m_logFilter);
    m_log->verticalHeader()->hide();
    m_log->verticalHeader()->setDefaultSectionSize(20);
    // Interactive, not ResizeToContents: sizing to contents walks every row on each insert.
    m_log->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_log->horizontalHeader()->setDefaultSectionSize(130);
    m_log->horizontalHeader()->setStretchLastSection(true);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setAlternatingRowColors(true);
    auto *logBox = new QGroupBox(tr("Live inference log"), this);
    (new QVBoxLayout(logBox))->addWidget(m_log);

    m_alerts->setModel(store->alerts());
    m_alerts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_alerts->setWordWrap(true);
    auto *alertsBox = new QGroupBox(tr("Alerts"), this);
    (new QVBoxLayout(alertsBox))->addWidget(m_alerts);

    m_rejections->setModel(store->rejections());
    m_rejections->verticalHeader()->hide();
    m_rejections->verticalHeader()->setDefaultSectionSize(20);
    m_rejections->horizontalHeader()->setStretchLastSection(true);
    m_rejections->setColumnHidden(RejectionTableModel::Detail, true);
    m_rejections->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rejections->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *rejectedBox = new QGroupBox(tr("Rejected messages"), this);
    auto *rejectedLayout = new QVBoxLayout(rejectedBox);
    rejectedLayout->addWidget(m_rejected);
    m_counters->setWordWrap(true);
    m_counters->setForegroundRole(QPalette::PlaceholderText);
    rejectedLayout->addWidget(m_counters);
    rejectedLayout->addWidget(m_rejections);

    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(alertsBox);
    side->addWidget(rejectedBox);
    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(chartsScroll);
    upper->addWidget(side);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 1);
    upper->setSizes({1040, 400});
    auto *main = new QSplitter(Qt::Vertical, this);
    main->addWidget(upper);
    main->addWidget(logBox);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 1);
    main->setSizes({600, 200});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(main, 1);

    m_chartTimer->setSingleShot(true);
    connect(m_chartTimer, &QTimer::timeout, this, [this] { redrawCharts(false); });
    connect(m_modelSelector, &QComboBox::currentIndexChanged, this, [this] {
        // Exactly this model: `fraud` must not show `fraud-v2`.
        const QString id = selectedModel();
        m_logFilter->setFilterRegularExpression(
            id.isEmpty()
                ? QRegularExpression()
                : QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(id) + QLatin1Char('$')));
        refresh();
    });
    connect(store->models(), &QAbstractItemModel::rowsInserted, this, &RealTimeMetricsTab::onModelsInserted);
    connect(store->models(), &QAbstractItemModel::modelReset, this, &RealTimeMetricsTab::onModelsInserted);
    connect(store, &ConsoleStore::frameApplied, this, &RealTimeMetricsTab::refresh);
}

void RealTimeMetricsTab::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    refresh();
}

std::uint64_t RealTimeMetricsTab::chartUpdates() const {
    std::uint64_t n = 0;
    for (const MetricChart *c : m_charts)
        n += c->updates() + c->provisionalUpdates();
    return n;
}

QString RealTimeMetricsTab::countersText() const {
    return m_counters->text();
}

QString RealTimeMetricsTab::gradeText() const {
    return m_gradeTile->value();
}

QString RealTimeMetricsTab::qualityTitle() const {
    return m_qualityTile->titleText();
}

QString RealTimeMetricsTab::logFilterPattern() const {
    return m_logFilter->filterRegularExpression().pattern();
}

// Charts repaint only when shown and when what they show changed: a new closed window, a new
// tolerance set or label (the record revision) at once; a moving open window (the live revision)
// at most every kProvisionalRedrawMs.
void RealTimeMetricsTab::redrawCharts(bool force) {
    if (!isVisible())
        return;
    const std::string id = selectedModel().toStdString();
    const std::uint64_t record = m_store->recordRevision(id), live = m_store->liveRevision(id);
    const bool recordChanged = force || id != m_drawnModel || record != m_drawnRecord;
    if (!recordChanged && live == m_drawnLive)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!recordChanged && now - m_lastDrawMs < kProvisionalRedrawMs) {
        if (!m_chartTimer->isActive())
            m_chartTimer->start(static_cast<int>(kProvisionalRedrawMs - (now - m_lastDrawMs)));
        return;
    }
    m_chartTimer->stop();
    m_drawnModel = id;
    m_drawnRecord = record;
    m_drawnLive = live;
    m_lastDrawMs = now;
    const auto &history = m_store->history(id);
    const Snapshot *open = m_store->provisional(id);
    const ToleranceSet *tolerances = m_store->tolerances(id);
    for (MetricChart *chart : m_charts)
        // Only the open window moved: its point alone, unless it left the axes.
        if (recordChanged || !chart->setProvisional(open))
            chart->setData(history, open, tolerances ? tolerances->find(chart->metric()) : nullptr);
}

void RealTimeMetricsTab::onModelsInserted() {
    if (m_modelSelector->currentIndex() < 0 && m_modelSelector->count() > 0)
        m_modelSelector->setCurrentIndex(0);
}

void RealTimeMetricsTab::selectModel(const QString &modelId) {
    const int row = m_store->models()->rowOf(modelId);
    if (row >= 0)
        m_modelSelector->setCurrentIndex(row);
}

QString RealTimeMetricsTab::selectedModel() const {
    return m_store->models()->idAt(m_modelSelector->currentIndex());
}

QString RealTimeMetricsTab::rejectedText() const {
    return m_rejected->text();
}

void RealTimeMetricsTab::refresh() {
    if (!isVisible())
        return; // a hidden tab draws nothing; showEvent() catches up
    m_eventsTile->setValue(QString::number(m_store->eventsPerSecond(), 'f', 1), {},
                           tr("%1 accepted").arg(m_store->acceptedTotal()));
    const std::uint64_t rejected = m_store->rejectedTotal();
    m_rejected->setText(tr("%n message(s) rejected", nullptr,
                           static_cast<int>(std::min<std::uint64_t>(rejected, INT32_MAX))));
    QStringList reasons;
    for (std::size_t r = 0; r < kRejectReasonCount; ++r)
        if (m_store->rejectedByReason()[r] > 0)
            reasons << tr("%1: %2")
                           .arg(rejectReasonText(static_cast<RejectReason>(r)))
                           .arg(m_store->rejectedByReason()[r]);
    m_rejected->setToolTip(reasons.join(QLatin1Char('\n')));
    const EngineCounters &c = m_store->counters();
    m_counters->setText(tr("Late events %1 · duplicates %2 · orphan labels %3 · unreadable record values %4")
                            .arg(c.late)
                            .arg(c.duplicates)
                            .arg(c.orphanLabels)
                            .arg(m_store->recordProblems()));

    const std::string id = selectedModel().toStdString();
    redrawCharts(false);

    const AssuranceLabel *label = id.empty() ? nullptr : m_store->label(id);
    auto tile = [&](KpiTile *t, SeedMetric metric) {
        const MetricAssessment *a = label ? &label->breakdown[static_cast<std::size_t>(metric)] : nullptr;
        t->setValue(formatMetric(metric, a ? a->value : std::nullopt), a ? statusColor(a->status) : QColor(),
                    a ? statusText(a->status) : QString());
    };
    // The task is known from the config or the source; only when nobody said is it read off the
    // label (the metric that has a value).
    bool regression = false;
    switch (m_store->task(id)) {
    case TaskType::Regression:
        regression = true;
        break;
    case TaskType::Classification:
        break;
    case TaskType::Auto:
        regression = label && !label->breakdown[static_cast<std::size_t>(SeedMetric::Accuracy)].value &&
                     label->breakdown[static_cast<std::size_t>(SeedMetric::Rmse)].value;
        break;
    }
    m_qualityTile->setTitle(regression ? tr("RMSE") : tr("Accuracy"));
    tile(m_qualityTile, regression ? SeedMetric::Rmse : SeedMetric::Accuracy);
    tile(m_driftTile, SeedMetric::FeatureDrift);
    tile(m_failureTile, SeedMetric::FailureRate);
    if (label)
        m_gradeTile->setValue(label->grade ? QString(QLatin1Char(*label->grade)) : QStringLiteral("–"),
                              gradeColor(label->grade), assurance::ui::verdictText(label->verdict));
    else
        m_gradeTile->setValue(QStringLiteral("–"), QColor(), tr("no label yet"));
}

} // namespace assurance::ui
