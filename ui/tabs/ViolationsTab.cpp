#include "ViolationsTab.h"

#include "ConsoleStore.h"
#include "Presentation.h"
#include "assurance/EpisodeExport.h"
#include "dialogs/EpisodeActionDialog.h"
#include "models/ModelListModel.h"
#include "models/ViolationTableModel.h"
#include "widgets/EpisodeDetailPane.h"
#include "widgets/ViolationBreakdownCharts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace assurance::ui {

ViolationsTab::ViolationsTab(ConsoleStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_proxy(new ViolationFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_model(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_useSince(new QCheckBox(tr("Since"), this))
    , m_since(new QDateTimeEdit(this))
    , m_useUntil(new QCheckBox(tr("Until"), this))
    , m_until(new QDateTimeEdit(this))
    , m_summary(new QLabel(this))
    , m_acknowledge(new QPushButton(tr("Acknowledge…"), this))
    , m_resolve(new QPushButton(tr("Resolve…"), this))
    , m_note(new QPushButton(tr("Add note…"), this))
    , m_explain(new QPushButton(tr("Explain"), this))
    , m_exportCsv(new QPushButton(tr("Export CSV…"), this))
    , m_exportJson(new QPushButton(tr("Export JSON…"), this))
    , m_readOnlyBanner(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new EpisodeDetailPane(this))
    , m_charts(new ViolationBreakdownCharts(this))
    , m_refresh(new QTimer(this)) {
    m_proxy->setSourceModel(store->violations());
    m_proxy->setSortRole(ViolationTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    // Filters.
    m_search->setPlaceholderText(tr("Filter by model or metric…"));
    m_search->setClearButtonEnabled(true);
    m_model->setObjectName(QStringLiteral("modelFilter"));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    rebuildModelFilter();
    m_metric->setObjectName(QStringLiteral("metricFilter"));
    m_metric->addItem(tr("Any metric"), QString());
    for (std::size_t i = 0; i < kSeedMetricCount; ++i) {
        const auto metric = static_cast<SeedMetric>(i);
        const std::string_view key = seedMetricKey(metric);
        m_metric->addItem(metricDisplayName(metric), QString::fromLatin1(key.data(), qsizetype(key.size())));
    }
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->addItem(tr("Any severity"), QString());
    m_severity->addItem(severityText(Severity::Critical),
                        QString::fromLatin1(severityKey(Severity::Critical)));
    m_severity->addItem(severityText(Severity::Warning), QString::fromLatin1(severityKey(Severity::Warning)));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), QString());
    for (EpisodeStatus s : {EpisodeStatus::Open, EpisodeStatus::Acknowledged, EpisodeStatus::Resolved})
        m_status->addItem(episodeStatusText(s), QString::fromLatin1(episodeStatusKey(s)));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("Active and closed"), static_cast<int>(ViolationFilterProxy::StateFilter::All));
    m_state->addItem(tr("Active only"), static_cast<int>(ViolationFilterProxy::StateFilter::Active));
    m_state->addItem(tr("Closed only"), static_cast<int>(ViolationFilterProxy::StateFilter::Closed));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (QDateTimeEdit *e : {m_since, m_until}) {
        e->setTimeSpec(Qt::UTC);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
        e->setEnabled(false);
    }
    m_since->setDateTime(now.addSecs(-3600));
    m_until->setDateTime(now);
    const QString rangeTip = tr("Episodes in breach at any time in the range (UTC): opened before its end "
                                "and still active or closed after its start.");
    m_useSince->setToolTip(rangeTip);
    m_useUntil->setToolTip(rangeTip);

    // Actions.
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_note->setObjectName(QStringLiteral("noteButton"));
    m_explain->setObjectName(QStringLiteral("explainButton"));
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportJson->setObjectName(QStringLiteral("exportJsonButton"));
    m_explain->setToolTip(tr("Ask the AI insight service to explain the selected episodes"));
    m_exportCsv->setToolTip(tr("Save the rows shown (every filter applied) as CSV"));
    m_exportJson->setToolTip(tr("Save the rows shown (every filter applied) as JSON, as stored"));
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0b85a; "
                                                   "border-radius: 3px; padding: 3px 6px; }"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->hide();
    m_message->setObjectName(QStringLiteral("actionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Table, detail and charts.
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ViolationTableModel::Opened, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    for (QComboBox *box : {m_model, m_metric, m_severity, m_status, m_state})
        filters->addWidget(box);
    auto *range = new QHBoxLayout;
    range->addWidget(m_useSince);
    range->addWidget(m_since);
    range->addWidget(m_useUntil);
    range->addWidget(m_until);
    range->addSpacing(12);
    range->addWidget(m_summary, 1);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_acknowledge, m_resolve, m_note, m_explain})
        actions->addWidget(b);
    actions->addWidget(m_message, 1);
    actions->addWidget(m_exportCsv);
    actions->addWidget(m_exportJson);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_table);
    top->addWidget(m_detail);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({900, 520});
    top->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 320}); // proportions until the operator drags it
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(range);
    layout->addWidget(m_readOnlyBanner);
    layout->addLayout(actions);
    layout->addWidget(split, 1);

    // Filter changes apply at once (one re-filter each); everything drawn from the rows follows on
    // the next refresh.
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto keyOf = [](QComboBox *box) { return box->currentData().toString(); };
    connect(m_model, &QComboBox::currentIndexChanged, this,
            [this, keyOf] { m_proxy->setModelId(keyOf(m_model)); });
    connect(m_metric, &QComboBox::currentIndexChanged, this,
            [this, keyOf] { m_proxy->setMetric(keyOf(m_metric)); });
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this, keyOf] { m_proxy->setSeverity(keyOf(m_severity)); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this, keyOf] { m_proxy->setStatus(keyOf(m_status)); });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setState(static_cast<ViolationFilterProxy::StateFilter>(m_state->currentData().toInt()));
    });
    for (QCheckBox *box : {m_useSince, m_useUntil})
        connect(box, &QCheckBox::toggled, this, [this](bool on) {
            if (on && !m_rangeTouched)
                startRangeAtData();
            updateTimeRange();
        });
    for (QDateTimeEdit *e : {m_since, m_until})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, [this] {
            m_rangeTouched = true;
            updateTimeRange();
        });
    ModelListModel *models = store->models();
    connect(models, &QAbstractItemModel::rowsInserted, this, &ViolationsTab::rebuildModelFilter);
    connect(models, &QAbstractItemModel::dataChanged, this, &ViolationsTab::rebuildModelFilter);
    connect(models, &QAbstractItemModel::modelReset, this, &ViolationsTab::rebuildModelFilter);

    connect(m_acknowledge, &QPushButton::clicked, this, [this] { openActionDialog(Action::Acknowledge); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { openActionDialog(Action::Resolve); });
    connect(m_note, &QPushButton::clicked, this, [this] { openActionDialog(Action::Note); });
    connect(m_explain, &QPushButton::clicked, this, [this] {
        showMessage(tr("Explain: AI insight is not built yet. For now, read the episode's timeline and "
                       "the metric's history on the Real-Time Metrics tab."),
                    palette().color(QPalette::WindowText));
    });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { openExportDialog(ExportFormat::Csv); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { openExportDialog(ExportFormat::Json); });

    // The selection acts at once (it is the operator's click); model changes wait for the refresh.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        updateDetail();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ViolationsTab::updateDetail);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &ViolationsTab::refresh);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ViolationsTab::scheduleRefresh);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ViolationsTab::scheduleRefresh);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ViolationsTab::scheduleRefresh);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ViolationsTab::scheduleRefresh);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ViolationsTab::scheduleRefresh);
    refresh();
}

void ViolationsTab::scheduleRefresh() {
    m_chartsDirty = true;
    if (!m_refresh->isActive())
        m_refresh->start();
}

void ViolationsTab::refresh() {
    updateSummary();
    updateButtons();
    updateDetail();
    if (isVisible())
        redrawCharts();
}

void ViolationsTab::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_chartsDirty)
        redrawCharts(); // a hidden tab draws nothing; catch up now
}

void ViolationsTab::redrawCharts() {
    m_chartsDirty = false;
    m_charts->setBreakdown(breakdownEpisodes(shownEpisodes()));
}

QString ViolationsTab::summaryText() const {
    return m_summary->text();
}

QString ViolationsTab::messageText() const {
    return m_message->text();
}

QString ViolationsTab::readOnlyText() const {
    return m_readOnly ? m_readOnlyBanner->text() : QString();
}

void ViolationsTab::updateSummary() {
    const ViolationTableModel *model = m_store->violations();
    m_summary->setText(tr("%1 of %2 episodes shown · %3 active critical · %4 active warning")
                           .arg(m_proxy->rowCount())
                           .arg(model->rowCount())
                           .arg(model->activeCount(Severity::Critical))
                           .arg(model->activeCount(Severity::Warning)));
}

std::vector<const ViolationEpisode *> ViolationsTab::shownEpisodes() const {
    std::vector<const ViolationEpisode *> out;
    const int rows = m_proxy->rowCount();
    out.reserve(static_cast<std::size_t>(rows));
    for (int row = 0; row < rows; ++row)
        if (const ViolationEpisode *e =
                m_store->violations()->episodeAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()))
            out.push_back(e);
    return out;
}

std::vector<ViolationEpisode> ViolationsTab::filteredEpisodes() const {
    std::vector<ViolationEpisode> out;
    for (const ViolationEpisode *e : shownEpisodes())
        out.push_back(*e);
    return out;
}

std::vector<const ViolationEpisode *> ViolationsTab::selectedEpisodes() const {
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    std::vector<const ViolationEpisode *> out;
    for (const QModelIndex &index : rows)
        if (const ViolationEpisode *e = m_store->violations()->episodeAt(m_proxy->mapToSource(index).row()))
            out.push_back(e);
    return out;
}

QStringList ViolationsTab::selectedEpisodeIds() const {
    QStringList ids;
    for (const ViolationEpisode *e : selectedEpisodes())
        ids << fromStd(e->id);
    return ids;
}

void ViolationsTab::updateButtons() {
    const auto selected = selectedEpisodes();
    auto all = [&selected](auto pred) {
        return !selected.empty() && std::all_of(selected.begin(), selected.end(), pred);
    };
    const bool canAcknowledge =
        all([](const ViolationEpisode *e) { return e->status == EpisodeStatus::Open; });
    const bool canResolve =
        all([](const ViolationEpisode *e) { return e->status != EpisodeStatus::Resolved; });
    const bool writable = !m_readOnly;
    m_acknowledge->setEnabled(writable && canAcknowledge);
    m_resolve->setEnabled(writable && canResolve);
    m_note->setEnabled(writable && !selected.empty());

    auto tip = [this, &selected](bool allowed, const QString &needs) {
        if (m_readOnly)
            return m_readOnlyBanner->text();
        if (selected.empty())
            return tr("Select one or more episodes first");
        return allowed ? QString() : needs;
    };
    m_acknowledge->setToolTip(tip(canAcknowledge, tr("Only open episodes can be acknowledged")));
    m_resolve->setToolTip(tip(canResolve, tr("Resolved episodes cannot be resolved again")));
    m_note->setToolTip(tip(true, {}));
}

void ViolationsTab::updateDetail() {
    const QItemSelectionModel *selection = m_table->selectionModel();
    QModelIndex shown = selection->currentIndex();
    if (!shown.isValid() || !selection->isRowSelected(shown.row(), shown.parent())) {
        const QModelIndexList rows = selection->selectedRows();
        shown = rows.isEmpty() ? QModelIndex() : rows.first();
    }
    const ViolationTableModel *model = m_store->violations();
    const ViolationEpisode *e =
        shown.isValid() ? model->episodeAt(m_proxy->mapToSource(shown).row()) : nullptr;
    m_detail->showEpisode(e, e ? model->escalatedMs(e->id) : std::nullopt);
}

void ViolationsTab::updateTimeRange() {
    m_since->setEnabled(m_useSince->isChecked());
    m_until->setEnabled(m_useUntil->isChecked());
    auto msOf = [](QCheckBox *use, QDateTimeEdit *edit) {
        return use->isChecked() ? std::optional<qint64>(edit->dateTime().toMSecsSinceEpoch()) : std::nullopt;
    };
    m_proxy->setTimeRange(msOf(m_useSince, m_since), msOf(m_useUntil, m_until));
}

// Until the operator picks a range, it starts at the last hour of the episodes shown by the source,
// not of the wall clock: an evidence pack or a quiet record would otherwise show nothing.
void ViolationsTab::startRangeAtData() {
    const ViolationTableModel *model = m_store->violations();
    std::int64_t latest = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ViolationEpisode *e = model->episodeAt(row);
        latest = std::max({latest, e->lastSeenMs, e->closedMs.value_or(0)});
    }
    if (latest == 0)
        return;
    const QDateTime until = QDateTime::fromMSecsSinceEpoch(latest - latest % 60'000 + 60'000, Qt::UTC);
    const QSignalBlocker blockSince(m_since), blockUntil(m_until);
    m_since->setDateTime(until.addSecs(-3600));
    m_until->setDateTime(until);
}

void ViolationsTab::rebuildModelFilter() {
    const QString current = m_model->currentData().toString();
    const QSignalBlocker block(m_model);
    m_model->clear();
    m_model->addItem(tr("Any model"), QString());
    const ModelListModel *models = m_store->models();
    for (int row = 0; row < models->rowCount(); ++row) {
        const QModelIndex index = models->index(row, 0);
        m_model->addItem(index.data().toString(), index.data(ModelListModel::IdRole));
    }
    const int keep = m_model->findData(current);
    m_model->setCurrentIndex(keep < 0 ? 0 : keep);
    if (keep < 0)
        m_proxy->setModelId({}); // the model is gone (another source): show every model again
}

void ViolationsTab::openActionDialog(Action action) {
    const QStringList ids = selectedEpisodeIds();
    if (ids.isEmpty() || m_readOnly)
        return;
    const auto kind = action == Action::Acknowledge ? EpisodeActionDialog::Action::Acknowledge
                      : action == Action::Resolve   ? EpisodeActionDialog::Action::Resolve
                                                    : EpisodeActionDialog::Action::Note;
    auto *dialog = new EpisodeActionDialog(kind, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, action] {
        const QStringList episodeIds = dialog->episodeIds();
        const QString note = dialog->note();
        const int n = static_cast<int>(episodeIds.size());
        switch (action) {
        case Action::Acknowledge:
            showMessage(tr("Acknowledging %n episode(s)…", nullptr, n),
                        palette().color(QPalette::WindowText));
            Q_EMIT acknowledgeRequested(episodeIds, note);
            break;
        case Action::Resolve:
            showMessage(tr("Resolving %n episode(s)…", nullptr, n), palette().color(QPalette::WindowText));
            Q_EMIT resolveRequested(episodeIds, note);
            break;
        case Action::Note:
            showMessage(tr("Adding a note to %n episode(s)…", nullptr, n),
                        palette().color(QPalette::WindowText));
            Q_EMIT noteRequested(episodeIds, note);
            break;
        }
    });
    dialog->open();
}

void ViolationsTab::openExportDialog(ExportFormat format) {
    const bool csv = format == ExportFormat::Csv;
    auto *dialog =
        new QFileDialog(this, csv ? tr("Export violations as CSV") : tr("Export violations as JSON"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("json"));
    dialog->selectFile(csv ? QStringLiteral("violations.csv") : QStringLiteral("violations.json"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, format](const QString &path) { exportTo(path, format); });
    dialog->open();
}

bool ViolationsTab::exportTo(const QString &path, ExportFormat format) {
    const std::vector<ViolationEpisode> episodes = filteredEpisodes();
    const std::string bytes =
        format == ExportFormat::Csv ? episodesToCsv(episodes) : episodesToJson(episodes);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size()) ||
        !file.commit()) {
        showActionResult(tr("Could not export to %1: %2").arg(path, file.errorString()), false);
        return false;
    }
    showActionResult(tr("Exported %n episode(s) to %1", nullptr, static_cast<int>(episodes.size())).arg(path),
                     true);
    return true;
}

void ViolationsTab::showActionResult(const QString &message, bool ok) {
    showMessage(message, statusColor(ok ? MetricStatus::Ok : MetricStatus::Critical));
}

void ViolationsTab::showMessage(const QString &text, const QColor &color) {
    m_message->setText(text);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, color);
    m_message->setPalette(p);
}

void ViolationsTab::setReadOnly(bool readOnly, const QString &why) {
    m_readOnly = readOnly;
    m_readOnlyWhy = why;
    m_readOnlyBanner->setText(why.isEmpty() ? tr("Read-only: this source cannot record operator actions.")
                                            : tr("Read-only: %1").arg(why));
    m_readOnlyBanner->setVisible(readOnly);
    updateButtons();
}

} // namespace assurance::ui
