#include "LabelHistoryPane.h"

#include "ConsoleStore.h"
#include "Presentation.h"
#include "models/LabelBreakdownModel.h"
#include "models/LabelHistoryModel.h"
#include "models/ModelListModel.h"
#include "widgets/LabelCard.h"
#include "widgets/LabelHistoryChart.h"

#include <QComboBox>
#include <QCoroTask>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace assurance::ui {

namespace {
constexpr std::int64_t kHour = 3600'000;

void setBanner(QLabel *label, const QString &text, const QColor &color) {
    QColor background = color;
    background.setAlpha(36);
    label->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid %1; border-radius: 4px; padding: 6px 10px; "
                       "background: rgba(%2, %3, %4, %5); }")
            .arg(color.name())
            .arg(background.red())
            .arg(background.green())
            .arg(background.blue())
            .arg(background.alpha()));
    label->setText(text);
}

// What a file name may hold of a model id and a window time.
QString fileStem(const QString &modelId, std::int64_t windowEndMs) {
    QString stem =
        modelId + QLatin1Char('-') +
        QDateTime::fromMSecsSinceEpoch(windowEndMs, Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (QChar &c : stem)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    return stem;
}
} // namespace

LabelHistoryPane::LabelHistoryPane(ConsoleStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new LabelHistoryModel(this))
    , m_models(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_apply(new QPushButton(tr("Show"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_chain(new QLabel(this))
    , m_message(new QLabel(this))
    , m_chart(new LabelHistoryChart(this))
    , m_table(new QTableView(this))
    , m_card(new LabelCard(QString(), QString(), this))
    , m_explanation(new QLabel(this))
    , m_tolerance(new QLabel(this))
    , m_exportPng(new QPushButton(tr("Export card as PNG…"), this))
    , m_exportJson(new QPushButton(tr("Export label JSON…"), this))
    , m_exportState(new QLabel(this)) {
    // The bar: back, model, range, progress.
    auto *back = new QPushButton(tr("← All models"), this);
    connect(back, &QPushButton::clicked, this, &LabelHistoryPane::backRequested);
    m_models->setModel(store->models());
    m_models->setMinimumContentsLength(22);
    connect(m_models, &QComboBox::activated, this, [this](int row) {
        if (const QString id = m_store->models()->idAt(row); id != m_modelId)
            showModel(id);
    });
    m_range->addItem(tr("Last hour"), QVariant::fromValue(Range::LastHour));
    m_range->addItem(tr("Last 24 hours"), QVariant::fromValue(Range::LastDay));
    m_range->addItem(tr("Last 7 days"), QVariant::fromValue(Range::LastWeek));
    m_range->addItem(tr("Custom…"), QVariant::fromValue(Range::Custom));
    m_range->setCurrentIndex(1); // "how did it change over the day"
    connect(m_range, &QComboBox::activated, this, &LabelHistoryPane::rangeChanged);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->setVisible(false);
    }
    m_apply->setVisible(false);
    connect(m_apply, &QPushButton::clicked, this, &LabelHistoryPane::pull);
    connect(m_refresh, &QPushButton::clicked, this, &LabelHistoryPane::refresh);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(160);
    m_cancelButton->setVisible(false);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Model:"), this));
    bar->addWidget(m_models);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Range:"), this));
    bar->addWidget(m_range);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addWidget(m_apply);
    bar->addWidget(m_refresh);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancelButton);
    bar->addStretch(1);

    // The chain status first: it says whether the rest can be relied on.
    QFont bannerFont = m_chain->font();
    bannerFont.setBold(true);
    m_chain->setFont(bannerFont);
    m_chain->setWordWrap(true);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LabelHistoryPane::showSelected);
    connect(m_chart, &LabelHistoryChart::timeClicked, this,
            [this](std::int64_t ms) { selectRow(m_model->rowNearest(ms)); });

    // The selected label: the card, why, the tolerances in force, export.
    m_card->setDetailed(true);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_tolerance->setWordWrap(true);
    m_tolerance->setTextFormat(Qt::RichText);
    m_exportState->setWordWrap(true);
    m_exportState->setForegroundRole(QPalette::PlaceholderText);
    m_exportPng->setEnabled(false);
    m_exportJson->setEnabled(false);
    m_exportPng->setToolTip(tr("The card above, as shown"));
    m_exportJson->setToolTip(tr("The label exactly as the record stores it"));
    connect(m_exportPng, &QPushButton::clicked, this, &LabelHistoryPane::exportPng);
    connect(m_exportJson, &QPushButton::clicked, this, &LabelHistoryPane::exportJson);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *selectedTitle = new QLabel(tr("<b>Selected label</b>"), detail);
    detailLayout->addWidget(selectedTitle);
    detailLayout->addWidget(m_card);
    detailLayout->addWidget(m_explanation);
    detailLayout->addWidget(m_tolerance);
    auto *exports = new QHBoxLayout;
    exports->addWidget(m_exportPng);
    exports->addWidget(m_exportJson);
    exports->addStretch(1);
    detailLayout->addLayout(exports);
    detailLayout->addWidget(m_exportState);
    detailLayout->addStretch(1);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setWidget(detail);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_chart);
    left->addWidget(m_table);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(detailScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({640, 760}); // the card's metric table needs its width

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_chain);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    // Labels that arrive while a relative range is shown are pulled and added (a few at a time).
    connect(store, &ConsoleStore::labelsChanged, this, &LabelHistoryPane::pullNewer);
    connect(store, &ConsoleStore::cleared, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
        m_cancel.reset();
        ++m_pullId;
        m_model->clear();
    });
    showChain();
    showSelected();
}

LabelHistoryPane::~LabelHistoryPane() {
    if (m_cancel)
        m_cancel->store(true); // a pull still running ends early; its result is dropped (QCoro::connect)
}

void LabelHistoryPane::setSource(TelemetrySource *source) {
    if (m_source == source)
        return;
    m_source = source;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    ++m_pullId;
    m_model->clear();
    m_tolerances.clear();
    m_problems.clear();
    m_chart->setHistory({}, std::nullopt, m_shownRange.first, m_shownRange.second);
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_message->clear();
    showChain();
    showSelected();
}

void LabelHistoryPane::showModel(const QString &modelId) {
    m_modelId = modelId;
    const int row = m_store->models()->rowOf(modelId);
    if (row >= 0)
        m_models->setCurrentIndex(row);
    pull();
}

void LabelHistoryPane::setRange(Range range) {
    m_range->setCurrentIndex(m_range->findData(QVariant::fromValue(range)));
    rangeChanged();
}

void LabelHistoryPane::setCustomRange(std::int64_t fromMs, std::int64_t toMs) {
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC));
    m_range->setCurrentIndex(m_range->findData(QVariant::fromValue(Range::Custom)));
    for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, m_apply})
        w->setVisible(true);
    pull();
}

void LabelHistoryPane::refresh() {
    pull();
}

void LabelHistoryPane::rangeChanged() {
    const auto range = m_range->currentData().value<Range>();
    const bool custom = range == Range::Custom;
    if (custom && m_shownRange.second > m_shownRange.first) {
        // Start from what is shown: the operator narrows or moves it.
        m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(m_shownRange.first, Qt::UTC));
        m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(m_shownRange.second, Qt::UTC));
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, m_apply})
        w->setVisible(custom);
    if (!custom)
        pull();
}

std::int64_t LabelHistoryPane::nowMs() const {
    // The source's now: wall-clock time for Demo and Direct, the end of the pack for Evidence.
    std::int64_t now = m_store->lastFrameMs();
    if (const AssuranceLabel *latest = m_store->label(m_modelId.toStdString()))
        now = std::max(now, latest->windowEndMs);
    return now > 0 ? now : QDateTime::currentMSecsSinceEpoch();
}

std::pair<std::int64_t, std::int64_t> LabelHistoryPane::currentRange() const {
    const std::int64_t now = nowMs();
    switch (m_range->currentData().value<Range>()) {
    case Range::LastHour:
        return {now - kHour, now};
    case Range::LastDay:
        return {now - 24 * kHour, now};
    case Range::LastWeek:
        return {now - 7 * 24 * kHour, now};
    case Range::Custom: {
        const std::int64_t from = m_from->dateTime().toMSecsSinceEpoch();
        const std::int64_t to = m_to->dateTime().toMSecsSinceEpoch() + 59'999; // the whole minute shown
        return {std::min(from, to), std::max(from, to)};
    }
    }
    return {now - 24 * kHour, now};
}

void LabelHistoryPane::pull() {
    if (m_cancel)
        m_cancel->store(true); // the older pull's answer is dropped by its id
    m_cancel.reset();
    const std::uint64_t id = ++m_pullId;
    m_model->clear();
    m_tolerances.clear();
    m_problems.clear();
    m_shownRange = currentRange();
    m_chart->setHistory({}, std::nullopt, m_shownRange.first, m_shownRange.second);
    showSelected();
    if (!m_source || m_modelId.isEmpty()) {
        m_message->setText(m_source ? tr("Pick a model.") : tr("Not connected: there is no record to read."));
        showChain();
        return;
    }
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    TelemetrySource::PullOptions options;
    options.cancel = cancel;
    options.timeout = std::chrono::seconds(60);
    QPointer<QProgressBar> bar = m_progress;
    options.progress = [bar](std::uint64_t done, std::uint64_t total) {
        if (!bar || total == 0)
            return;
        bar->setRange(0, static_cast<int>(std::min<std::uint64_t>(total, INT32_MAX)));
        bar->setValue(static_cast<int>(std::min<std::uint64_t>(done, INT32_MAX)));
    };
    m_progress->setRange(0, 0); // busy until the first report
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_message->setText(tr("Reading the labels from %1 to %2 UTC…")
                           .arg(formatTime(m_shownRange.first, true), formatTime(m_shownRange.second, true)));
    showChain();
    QCoro::connect(m_source->pullLabelHistory(m_modelId.toStdString(), m_shownRange.first,
                                              m_shownRange.second, std::move(options)),
                   this, [this, id](LabelHistoryResult result) { finishPull(id, std::move(result), false); });
}

// A relative range follows the record: labels newer than the newest shown are pulled (usually one).
void LabelHistoryPane::pullNewer() {
    if (m_cancel || !m_source || m_modelId.isEmpty() || !isVisible() ||
        m_range->currentData().value<Range>() == Range::Custom)
        return;
    const AssuranceLabel *latest = m_store->label(m_modelId.toStdString());
    if (!latest)
        return;
    const std::int64_t newest =
        m_model->labels().empty() ? m_shownRange.first - 1 : m_model->labels().back().label.windowEndMs;
    if (latest->windowEndMs <= newest)
        return;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const std::uint64_t id = ++m_pullId;
    TelemetrySource::PullOptions options;
    options.cancel = cancel;
    options.timeout = std::chrono::seconds(30);
    QCoro::connect(m_source->pullLabelHistory(m_modelId.toStdString(), newest + 1, latest->windowEndMs,
                                              std::move(options)),
                   this, [this, id](LabelHistoryResult result) { finishPull(id, std::move(result), true); });
}

void LabelHistoryPane::finishPull(std::uint64_t id, LabelHistoryResult result, bool incremental) {
    if (id != m_pullId)
        return; // a newer pull (or a source change) replaced it
    m_cancel.reset();
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    using Outcome = LabelHistoryResult::Outcome;
    Q_EMIT pullFinished(result.outcome);
    if (result.outcome != Outcome::Done) {
        if (incremental)
            return; // what is shown stays; the next label tries again
        switch (result.outcome) {
        case Outcome::Cancelled:
            m_message->setText(tr("Cancelled: nothing is shown for this range."));
            break;
        case Outcome::TimedOut:
            m_message->setText(tr("The record did not answer in time: nothing is shown for this range."));
            break;
        case Outcome::Unsupported:
            m_message->setText(tr("This source keeps no label history."));
            break;
        case Outcome::Failed:
            m_message->setText(tr("Could not read the label history: %1").arg(fromStd(result.error)));
            break;
        case Outcome::Done:
            break;
        }
        showChain();
        return;
    }
    for (auto &[version, set] : result.tolerances)
        m_tolerances.insert_or_assign(version, std::move(set));
    m_problems.insert(m_problems.end(), result.problems.begin(), result.problems.end());
    for (const std::string &p : result.problems)
        qWarning("Label history: %s", p.c_str());
    const int selectedRow = m_table->currentIndex().row();
    const HistoryLabel *selected = m_model->labelAt(selectedRow);
    const std::int64_t selectedEnd = selected ? selected->label.windowEndMs : 0;
    if (incremental) {
        // The source checked the new labels among themselves; the link to the newest shown is
        // checked here (a few hashes).
        std::optional<LabelChainBreak> chainBreak = result.chainBreak;
        if (!m_model->labels().empty() && !result.labels.empty()) {
            std::vector<AssuranceLabel> added;
            for (const HistoryLabel &h : result.labels)
                added.push_back(h.label);
            if (auto linked = verifyLabelChain(added, m_model->labels().back().label.hash))
                chainBreak = linked;
        }
        m_model->append(std::move(result.labels), std::move(chainBreak));
    } else {
        m_model->setHistory(std::move(result.labels), std::move(result.chainBreak));
    }
    m_shownRange.second = std::max(m_shownRange.second, incremental ? nowMs() : m_shownRange.second);
    m_chart->setHistory(m_model->labels(), m_model->chainBreak(), m_shownRange.first, m_shownRange.second);
    // The chain banner counts the labels; a line only when there is nothing to count.
    m_message->setText(
        m_model->rowCount() == 0
            ? tr("No label from %1 to %2 UTC: the model wrote no window then, or the record keeps "
                 "no label history for it.")
                  .arg(formatTime(m_shownRange.first, true), formatTime(m_shownRange.second, true))
            : QString());
    m_message->setVisible(!m_message->text().isEmpty());
    showChain();
    // Keep the operator's selection when labels were added; else the newest label.
    if (incremental && selected)
        selectRow(m_model->rowNearest(selectedEnd));
    else
        selectRow(0);
}

void LabelHistoryPane::selectRow(int row) {
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->setCurrentIndex({});
        showSelected();
        return;
    }
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
    showSelected(); // also when the row was current already (a reset keeps no current index)
}

const HistoryLabel *LabelHistoryPane::selectedLabel() const {
    return m_model->labelAt(m_table->currentIndex().row());
}

const ToleranceSet *LabelHistoryPane::toleranceSet(int version) const {
    const auto it = m_tolerances.find(version);
    return it == m_tolerances.end() ? nullptr : &it->second;
}

void LabelHistoryPane::showSelected() {
    const HistoryLabel *h = selectedLabel();
    m_exportPng->setEnabled(h != nullptr);
    m_exportJson->setEnabled(h != nullptr);
    m_card->setVisible(h != nullptr);
    m_chart->setSelected(h ? &h->label : nullptr);
    if (!h) {
        m_explanation->setText(tr("Select a label in the table or on the chart."));
        m_tolerance->clear();
        return;
    }
    const AssuranceLabel &l = h->label;
    m_card->setDisplayName(fromStd(m_store->displayName(l.modelId)));
    const ToleranceSet *set = toleranceSet(l.toleranceVersion);
    m_card->setLabel(l, h->provenance, set);

    // Why: what each metric outside its tolerance cost, and what decided the verdict.
    QStringList costs;
    QStringList critical;
    const std::vector<MetricContribution> parts = scoreContributions(l);
    for (std::size_t i = 0; i < l.breakdown.size() && i < parts.size(); ++i) {
        const MetricAssessment &a = l.breakdown[i];
        const double lost = parts[i].share * 100.0 - parts[i].points;
        if (a.status == MetricStatus::Critical)
            critical << metricDisplayName(a.metric).toHtmlEscaped();
        if (lost > 0.05)
            costs << tr("%1 %2 (%3, bound %4) costs %5 points")
                         .arg(metricDisplayName(a.metric).toHtmlEscaped(), formatMetric(a.metric, a.value),
                              statusText(a.status).toLower(), formatMetric(a.metric, a.bound))
                         .arg(lost, 0, 'f', 1);
    }
    QString why;
    if (!l.score)
        why = tr("No metric was evaluated in this window: no score, and the verdict stays Conditional.");
    else if (costs.isEmpty())
        why = tr("Every evaluated metric was within tolerance: score 100.");
    else
        why = tr("Score %1 = 100 − the points lost: %2.")
                  .arg(*l.score, 0, 'f', 1)
                  .arg(costs.join(QStringLiteral("; ")));
    QString verdict;
    switch (l.verdict) {
    case Verdict::Assured:
        verdict = tr("Assured: grade %1 and no critical metric.").arg(QLatin1Char(l.grade.value_or('-')));
        break;
    case Verdict::Conditional:
        verdict = l.grade ? tr("Conditional: grade %1 is below B, though no metric is critical.")
                                .arg(QLatin1Char(*l.grade))
                          : tr("Conditional: nothing could be assessed.");
        break;
    case Verdict::NotAssured:
        verdict = critical.isEmpty()
                      ? tr("Not assured: grade F.")
                      : tr("Not assured: %1 critical.").arg(critical.join(QStringLiteral(", ")));
        break;
    }
    m_explanation->setText(QStringLiteral("<b>%1</b><br>%2").arg(verdict.toHtmlEscaped(), why));

    // The tolerance version in force for this label, and whether it changed here.
    QString tolerance;
    if (set) {
        tolerance =
            set->changedAtMs
                ? tr("<b>Tolerances v%1 in force</b> — saved by %2 on %3 UTC: “%4”.")
                      .arg(l.toleranceVersion)
                      .arg(fromStd(set->author).toHtmlEscaped(), formatTime(set->changedAtMs, true),
                           fromStd(set->reason).toHtmlEscaped())
                : tr("<b>Tolerances v%1 in force</b> — saved by %2: “%3”.")
                      .arg(l.toleranceVersion)
                      .arg(fromStd(set->author).toHtmlEscaped(), fromStd(set->reason).toHtmlEscaped());
    } else {
        tolerance = tr("<b>Tolerances v%1 in force</b> — this version is not in the record (no tolerance "
                       "history for it), so the rules it set cannot be shown.")
                        .arg(l.toleranceVersion);
    }
    const auto &labels = m_model->labels();
    const auto it = std::find_if(labels.begin(), labels.end(),
                                 [&](const HistoryLabel &x) { return x.label.windowEndMs == l.windowEndMs; });
    if (it != labels.begin() && it != labels.end() &&
        std::prev(it)->label.toleranceVersion != l.toleranceVersion)
        tolerance += QStringLiteral("<br>") +
                     tr("Changed from v%1 at this window.").arg(std::prev(it)->label.toleranceVersion);
    m_tolerance->setText(tolerance);
}

void LabelHistoryPane::showChain() {
    m_message->setVisible(!m_message->text().isEmpty());
    if (m_cancel) {
        setBanner(m_chain, tr("Chain status: reading…"), statusColor(MetricStatus::NotEvaluated));
        return;
    }
    const auto &labels = m_model->labels();
    if (labels.empty()) {
        setBanner(m_chain, tr("Chain status: no labels to check."), statusColor(MetricStatus::NotEvaluated));
        return;
    }
    const bool computed = std::all_of(labels.begin(), labels.end(), [](const HistoryLabel &h) {
        return h.provenance == LabelProvenance::Computed;
    });
    QString problems;
    if (!m_problems.empty())
        problems = QLatin1Char(' ') + tr("%n value(s) of the record could not be used, first: %1.", nullptr,
                                         static_cast<int>(m_problems.size()))
                                          .arg(fromStd(m_problems.front()));
    if (const auto &b = m_model->chainBreak()) {
        const std::int64_t at = b->index < labels.size() ? labels[b->index].label.windowEndMs : 0;
        setBanner(m_chain,
                  tr("✖ Chain broken — gap at %1 UTC: %2.").arg(formatTime(at, true), fromStd(b->reason)) +
                      problems,
                  statusColor(MetricStatus::Critical));
        return;
    }
    // An unkeyed hash proves consistency, not authorship: "consistent", never "verified".
    QString text =
        tr("✔ Chain consistent — %n label(s) from %1 to %2 UTC each match their hash and link to the "
           "one before.",
           nullptr, static_cast<int>(labels.size()))
            .arg(formatTime(labels.front().label.windowEndMs, true),
                 formatTime(labels.back().label.windowEndMs, true));
    if (computed)
        text += QLatin1Char(' ') + tr("Computed by this console, not a stored record.");
    setBanner(m_chain, text + problems,
              problems.isEmpty() ? statusColor(MetricStatus::Ok) : statusColor(MetricStatus::Warning));
}

QString LabelHistoryPane::chainText() const {
    return m_chain->text();
}
QString LabelHistoryPane::toleranceText() const {
    return m_tolerance->text();
}
QString LabelHistoryPane::explanationText() const {
    return m_explanation->text();
}
QString LabelHistoryPane::messageText() const {
    return m_message->text();
}

void LabelHistoryPane::saveFile(const QString &path, std::function<bool(const QString &)> write) {
    m_exportState->setText(tr("Saving %1…").arg(path));
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const bool ok = watcher->result();
        m_exportState->setText(ok ? tr("Saved %1").arg(path) : tr("Could not save %1").arg(path));
        Q_EMIT exported(path, ok);
    });
    watcher->setFuture(QtConcurrent::run([write = std::move(write), path] { return write(path); }));
}

void LabelHistoryPane::exportJson() {
    const HistoryLabel *h = selectedLabel();
    if (!h)
        return;
    // The stored bytes as the source read them (core), not a re-serialisation.
    const QByteArray bytes = QByteArray::fromStdString(h->json);
    auto *dialog =
        new QFileDialog(this, tr("Export label JSON"), QString(), tr("JSON (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->selectFile(fileStem(m_modelId, h->label.windowEndMs) + QStringLiteral(".json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, bytes](const QString &path) {
        saveFile(path, [bytes](const QString &p) {
            QSaveFile file(p);
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
        });
    });
    dialog->open(); // window-modal, returns at once
}

void LabelHistoryPane::exportPng() {
    const HistoryLabel *h = selectedLabel();
    if (!h)
        return;
    const QImage image = m_card->grab().toImage(); // on the GUI thread (widgets); encoded off it
    auto *dialog = new QFileDialog(this, tr("Export label card"), QString(), tr("PNG image (*.png)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->selectFile(fileStem(m_modelId, h->label.windowEndMs) + QStringLiteral(".png"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, image](const QString &path) {
        saveFile(path, [image](const QString &p) { return image.save(p, "PNG"); });
    });
    dialog->open();
}

} // namespace assurance::ui
