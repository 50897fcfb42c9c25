#include "BaselineTolerancesTab.h"

#include "ConsoleStore.h"
#include "Presentation.h"
#include "models/ModelListModel.h"
#include "models/ToleranceEditModel.h"
#include "models/ToleranceVersionTableModel.h"
#include "widgets/ToleranceHistoryChart.h"

#include <QComboBox>
#include <QCoroFuture>
#include <QCoroTask>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

namespace assurance::ui {

namespace {

// Mode and Direction are chosen from a list; the other columns use the default editors.
class ToleranceEditDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override {
        if (index.column() == ToleranceEditModel::Mode) {
            auto *box = new QComboBox(parent);
            box->addItem(ToleranceEditModel::tr("absolute"), QStringLiteral("absolute"));
            box->addItem(ToleranceEditModel::tr("relative"), QStringLiteral("relative"));
            return box;
        }
        if (index.column() == ToleranceEditModel::Direction) {
            auto *box = new QComboBox(parent);
            box->addItem(ToleranceEditModel::tr("higher is better"), QStringLiteral("higher_is_better"));
            box->addItem(ToleranceEditModel::tr("lower is better"), QStringLiteral("lower_is_better"));
            box->addItem(ToleranceEditModel::tr("band"), QStringLiteral("band"));
            return box;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override {
        if (auto *box = qobject_cast<QComboBox *>(editor)) {
            box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
            return;
        }
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            const QVariant v = index.data(Qt::EditRole);
            line->setText(v.isValid() ? QString::number(v.toDouble(), 'g', 10) : QString());
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override {
        if (auto *box = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, box->currentData(), Qt::EditRole);
            return;
        }
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            model->setData(index, line->text(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

template<typename T> QCoro::Task<T> awaitFuture(QFuture<T> future) {
    co_return co_await future;
}

QDateTime utc(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString num(double v) {
    return QString::number(v, 'g', 6);
}

std::vector<ToleranceSet> setsOf(const ToleranceRecord &record) {
    std::vector<ToleranceSet> out;
    for (const StoredToleranceVersion &v : record.versions)
        if (v.set)
            out.push_back(*v.set);
    return out;
}

QTableView *makeTable(QWidget *parent) {
    auto *t = new QTableView(parent);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    return t;
}

} // namespace

BaselineTolerancesTab::BaselineTolerancesTab(ConsoleStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_edit(new ToleranceEditModel(this))
    , m_undo(new QUndoStack(this))
    , m_versions(new ToleranceVersionTableModel(this))
    , m_diff(new ToleranceDiffModel(this))
    , m_preview(new ReferencePreviewModel(this)) {
    setObjectName(QStringLiteral("baselineTolerancesTab"));
    m_edit->setUndoStack(m_undo);

    // Top: model, version in force, read-only note.
    m_model = new QComboBox(this);
    m_model->setModel(store->models());
    m_model->setMinimumContentsLength(24);
    m_inForce = new QLabel(this);
    m_inForce->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; padding: 4px; }"));
    m_readOnlyNote->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Model:"), this));
    top->addWidget(m_model);
    top->addWidget(m_inForce, 1);

    // Editor.
    m_table = makeTable(this);
    m_table->setModel(m_edit);
    m_table->setItemDelegate(new ToleranceEditDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_undoButton = new QPushButton(tr("Undo"), this);
    m_redoButton = new QPushButton(tr("Redo"), this);
    m_revertButton = new QPushButton(tr("Revert"), this);
    m_saveButton = new QPushButton(tr("Save…"), this);
    m_saveButton->setDefault(true);
    auto *editButtons = new QHBoxLayout;
    for (QPushButton *b : {m_undoButton, m_redoButton, m_revertButton})
        editButtons->addWidget(b);
    editButtons->addStretch();
    editButtons->addWidget(m_saveButton);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *editorBox = new QGroupBox(tr("Tolerance set"), this);
    auto *editorLayout = new QVBoxLayout(editorBox);
    editorLayout->addWidget(m_table, 1);
    editorLayout->addWidget(m_problems);
    editorLayout->addLayout(editButtons);
    editorLayout->addWidget(m_result);

    // Versions, diff, restore.
    m_versionTable = makeTable(this);
    m_versionTable->setModel(m_versions);
    m_versionTable->setColumnHidden(ToleranceVersionTableModel::Model, true);
    m_versionTable->setColumnHidden(ToleranceVersionTableModel::Metrics, true);
    m_versionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versionTable->horizontalHeader()->setStretchLastSection(true);
    m_compareA = new QComboBox(this);
    m_compareB = new QComboBox(this);
    m_restoreButton = new QPushButton(tr("Restore this version…"), this);
    m_diffTable = makeTable(this);
    m_diffTable->setModel(m_diff);
    m_diffTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(new QLabel(tr("Compare"), this));
    compareRow->addWidget(m_compareA);
    compareRow->addWidget(new QLabel(tr("with"), this));
    compareRow->addWidget(m_compareB);
    compareRow->addStretch();
    compareRow->addWidget(m_restoreButton);
    auto *versionBox = new QGroupBox(tr("Versions"), this);
    auto *versionLayout = new QVBoxLayout(versionBox);
    versionLayout->addWidget(m_versionTable, 3);
    versionLayout->addLayout(compareRow);
    versionLayout->addWidget(m_diffTable, 2);

    // Chart and baseline from a range.
    m_chart = new ToleranceHistoryChart(this);
    m_chart->setMinimumHeight(220);
    m_from = new QDateTimeEdit(this);
    m_to = new QDateTimeEdit(this);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setTimeSpec(Qt::UTC);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
    }
    m_statistic = new QComboBox(this);
    m_statistic->addItem(tr("mean"), int(BaselineStatistic::Mean));
    m_statistic->addItem(tr("median"), int(BaselineStatistic::Median));
    m_proposeButton = new QPushButton(tr("Propose baseline"), this);
    m_applyButton = new QPushButton(tr("Apply as baseline"), this);
    m_proposalLabel = new QLabel(tr("Drag across the chart or type a range, then propose."), this);
    m_proposalLabel->setWordWrap(true);
    m_proposalLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(new QLabel(tr("From"), this));
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(tr("to"), this));
    rangeRow->addWidget(m_to);
    rangeRow->addWidget(m_statistic);
    rangeRow->addWidget(m_proposeButton);
    rangeRow->addWidget(m_applyButton);
    rangeRow->addStretch();
    auto *chartBox = new QGroupBox(tr("History and baseline from a range"), this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addLayout(rangeRow);
    chartLayout->addWidget(m_proposalLabel);

    // Reference for drift.
    m_loadReferenceButton = new QPushButton(tr("Load reference…"), this);
    m_saveReferenceButton = new QPushButton(tr("Save reference"), this);
    m_referenceLabel =
        new QLabel(tr("Load a JSON Lines file of inference events to preview a new drift reference."), this);
    m_referenceLabel->setWordWrap(true);
    m_previewTable = makeTable(this);
    m_previewTable->setModel(m_preview);
    m_previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_previewTable->horizontalHeader()->setStretchLastSection(true);
    m_pinned = new QLabel(this);
    m_pinned->setWordWrap(true);
    m_pinned->setStyleSheet(QStringLiteral("QLabel { background: #e8eefc; padding: 4px; }"));
    m_pinned->hide();
    auto *refButtons = new QHBoxLayout;
    refButtons->addWidget(m_loadReferenceButton);
    refButtons->addWidget(m_saveReferenceButton);
    refButtons->addWidget(m_referenceLabel, 1);
    auto *refBox = new QGroupBox(tr("Reference for drift"), this);
    auto *refLayout = new QVBoxLayout(refBox);
    refLayout->addWidget(m_pinned);
    refLayout->addLayout(refButtons);
    refLayout->addWidget(m_previewTable, 1);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(editorBox);
    left->addWidget(chartBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 3);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(versionBox);
    right->addWidget(refBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(split, 1);

    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::indexChanged, this, &BaselineTolerancesTab::updateState);
    connect(m_edit, &ToleranceEditModel::modifiedChanged, this, &BaselineTolerancesTab::updateState);
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        m_undo->clear();
        m_edit->setSet(m_edit->original());
    });
    connect(m_saveButton, &QPushButton::clicked, this, &BaselineTolerancesTab::requestSave);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this](int row) {
        setModel(row < 0 ? QString() : m_model->itemData(row, ModelListModel::IdRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { redrawChart(); });
    connect(m_compareA, &QComboBox::currentIndexChanged, this,
            [this] { compare(m_compareA->currentData().toInt(), m_compareB->currentData().toInt()); });
    connect(m_compareB, &QComboBox::currentIndexChanged, this,
            [this] { compare(m_compareA->currentData().toInt(), m_compareB->currentData().toInt()); });
    connect(m_versionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateState(); });
    connect(m_restoreButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_versionTable->currentIndex();
        if (!current.isValid())
            return;
        const int version = m_versions->setAt(current.row()).version;
        auto *dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Restore v%1").arg(version));
        dialog->setLabelText(
            tr("Why restore v%1 of %2? (required, kept in the audit log)").arg(version).arg(m_modelId));
        connect(dialog, &QInputDialog::textValueSelected, this,
                [this, version](const QString &reason) { restoreVersion(version, reason); });
        dialog->open();
    });
    connect(m_chart, &ToleranceHistoryChart::rangeSelected, this, [this](qint64 from, qint64 to) {
        m_from->setDateTime(utc(from));
        m_to->setDateTime(utc(to));
        proposeBaseline(from, to, static_cast<BaselineStatistic>(m_statistic->currentData().toInt()));
    });
    connect(m_proposeButton, &QPushButton::clicked, this, [this] {
        proposeBaseline(m_from->dateTime().toMSecsSinceEpoch(), m_to->dateTime().toMSecsSinceEpoch(),
                        static_cast<BaselineStatistic>(m_statistic->currentData().toInt()));
    });
    connect(m_statistic, &QComboBox::currentIndexChanged, this, [this] {
        if (m_proposal)
            proposeBaseline(m_proposal->fromMs, m_proposal->toMs,
                            static_cast<BaselineStatistic>(m_statistic->currentData().toInt()));
    });
    connect(m_applyButton, &QPushButton::clicked, this, &BaselineTolerancesTab::applyProposal);
    connect(m_loadReferenceButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Load reference"), QString(),
                                       tr("JSON Lines (*.jsonl *.json *.txt);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &BaselineTolerancesTab::loadReferenceFile);
        dialog->open();
    });
    connect(m_saveReferenceButton, &QPushButton::clicked, this, &BaselineTolerancesTab::saveReference);
    connect(store, &ConsoleStore::frameApplied, this, [this] {
        // The set in force changed under the editor (another console, the CLI): show it when
        // nothing is being edited; the history follows.
        if (m_modelId.isEmpty() && m_model->count() > 0)
            setModel(m_model->itemData(0, ModelListModel::IdRole).toString());
        const ToleranceSet *inForce = m_store->tolerances(m_modelId.toStdString());
        if (inForce && !m_edit->isModified() && !m_busy &&
            serializeTolerances(*inForce) != serializeTolerances(m_edit->original())) {
            showSet(*inForce);
            reload();
        }
    });
    connect(store, &ConsoleStore::cleared, this, [this] {
        m_modelId.clear();
        m_record = {};
        m_undo->clear();
        m_edit->setSet({});
        m_versions->setSets({});
        m_diff->clear();
        updateState();
    });
    updateState();
}

BaselineTolerancesTab::~BaselineTolerancesTab() {
    // The stack's clear() in its destructor would call updateState() on a half-destroyed tab.
    m_undo->disconnect(this);
    m_edit->disconnect(this);
}

void BaselineTolerancesTab::setWriter(std::shared_ptr<ToleranceWriter> writer, const QString &whyReadOnly) {
    m_writer = std::move(writer);
    m_whyReadOnly =
        m_writer ? QString() : (whyReadOnly.isEmpty() ? tr("This source cannot be changed.") : whyReadOnly);
    updateState();
    reload();
}

void BaselineTolerancesTab::setReadOnly(bool readOnly, const QString &why) {
    m_sourceReadOnly = readOnly;
    m_whySourceReadOnly = why;
    updateState();
}

QString BaselineTolerancesTab::readOnlyReason() const {
    if (m_sourceReadOnly)
        return m_whySourceReadOnly.isEmpty() ? tr("This source is read-only.") : m_whySourceReadOnly;
    if (!m_writer)
        return m_whyReadOnly.isEmpty() ? tr("No source is connected.") : m_whyReadOnly;
    return {};
}

QString BaselineTolerancesTab::resultText() const {
    return m_result->text();
}

QString BaselineTolerancesTab::pinnedText() const {
    return m_record.referencePin.empty() ? QString() : m_pinned->text();
}

QString BaselineTolerancesTab::proposalText() const {
    return m_proposalLabel->text();
}

void BaselineTolerancesTab::setModel(const QString &modelId) {
    if (modelId == m_modelId)
        return;
    m_modelId = modelId;
    const int row = m_model->findData(modelId, ModelListModel::IdRole);
    if (row >= 0 && row != m_model->currentIndex())
        m_model->setCurrentIndex(row);
    m_undo->clear();
    m_proposal.reset();
    m_reference.reset();
    m_preview->clear();
    m_diff->clear();
    m_record = {};
    m_versions->setSets({});
    const ToleranceSet *inForce = m_store->tolerances(modelId.toStdString());
    showSet(inForce ? *inForce : defaultTolerances(modelId.toStdString()));
    reload();
}

void BaselineTolerancesTab::showSet(const ToleranceSet &set) {
    m_undo->clear();
    m_edit->setSet(set);
    if (m_edit->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_edit->index(0, ToleranceEditModel::Warning));
    const auto &h = m_store->history(set.modelId);
    if (!h.empty() && !m_proposal) {
        m_from->setDateTime(utc(h.front().windowEndMs));
        m_to->setDateTime(utc(h.back().windowEndMs));
    }
    updateState();
    redrawChart();
}

void BaselineTolerancesTab::reload() {
    if (m_modelId.isEmpty() || !m_writer)
        return;
    const std::uint64_t ticket = ++m_loadTicket;
    auto writer = m_writer;
    const std::string model = m_modelId.toStdString();
    QCoro::connect(
        awaitFuture(QtConcurrent::run([writer, model] { return writer->read(model); })), this,
        [this, ticket](ToleranceRecord record) {
            if (ticket != m_loadTicket)
                return; // another model or a newer read
            m_record = std::move(record);
            m_pinned->setVisible(!m_record.referencePin.empty());
            if (!m_record.referencePin.empty()) {
                const QJsonObject pin =
                    QJsonDocument::fromJson(QByteArray::fromStdString(m_record.referencePin)).object();
                m_pinned->setText(
                    tr("Pinned: an agent on %1 uses the reference file %2 (--reference) for this "
                       "model and ignores references saved here.")
                        .arg(pin.value(QLatin1String("host")).toString(),
                             pin.value(QLatin1String("file")).toString()));
            }
            const std::vector<ToleranceSet> sets = setsOf(m_record);
            m_versions->setSets(sets);
            for (QComboBox *box : {m_compareA, m_compareB}) {
                const QSignalBlocker block(box);
                box->clear();
                for (const ToleranceSet &s : sets)
                    box->addItem(tr("v%1").arg(s.version), s.version);
            }
            if (sets.size() >= 2) {
                m_compareA->setCurrentIndex(static_cast<int>(sets.size()) - 2);
                m_compareB->setCurrentIndex(static_cast<int>(sets.size()) - 1);
                compare(sets[sets.size() - 2].version, sets.back().version);
            } else {
                m_diff->clear();
            }
            if (!sets.empty())
                m_versionTable->setCurrentIndex(m_versions->index(static_cast<int>(sets.size()) - 1, 1));
            if (!m_record.ok && !m_record.error.empty())
                showResult(tr("The tolerance history could not be read: %1").arg(fromStd(m_record.error)),
                           false);
            updateState();
            redrawChart();
            Q_EMIT versionsLoaded();
        });
}

bool BaselineTolerancesTab::compare(int v1, int v2) {
    const ToleranceSet *a = nullptr, *b = nullptr;
    for (const StoredToleranceVersion &v : m_record.versions) {
        if (v.version == v1 && v.set)
            a = &*v.set;
        if (v.version == v2 && v.set)
            b = &*v.set;
    }
    if (!a || !b) {
        m_diff->clear();
        return false;
    }
    for (auto [box, v] : {std::pair{m_compareA, v1}, std::pair{m_compareB, v2}}) {
        const QSignalBlocker block(box);
        box->setCurrentIndex(box->findData(v));
    }
    m_diff->setSets(*a, *b);
    return true;
}

SeedMetric BaselineTolerancesTab::selectedMetric() const {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return SeedMetric::Accuracy;
    return static_cast<SeedMetric>(
        m_edit->data(m_edit->index(current.row(), 0), ToleranceEditModel::MetricKeyRole).toInt());
}

void BaselineTolerancesTab::selectMetric(SeedMetric metric) {
    const int row = m_edit->rowOf(metric);
    if (row >= 0)
        m_table->setCurrentIndex(m_edit->index(row, ToleranceEditModel::Baseline));
    redrawChart();
}

void BaselineTolerancesTab::redrawChart() {
    if (m_modelId.isEmpty())
        return;
    std::vector<ToleranceSet> sets = setsOf(m_record);
    if (sets.empty()) { // no history: the set in force throughout
        sets.push_back(m_edit->original());
    } else if (std::min_element(sets.begin(), sets.end(), [](const auto &a, const auto &b) {
                   return a.version < b.version;
               })->version == 2) {
        // The history starts with the first save: before it the shipped defaults (v1) were in force.
        ToleranceSet defaults = defaultTolerances(m_modelId.toStdString());
        defaults.changedAtMs = std::numeric_limits<std::int64_t>::min();
        sets.push_back(std::move(defaults));
    }
    m_chart->setData(selectedMetric(), m_store->history(m_modelId.toStdString()), std::move(sets));
}

void BaselineTolerancesTab::proposeBaseline(std::int64_t fromMs, std::int64_t toMs,
                                            BaselineStatistic statistic) {
    const auto &h = m_store->history(m_modelId.toStdString());
    const std::vector<Snapshot> windows(h.begin(), h.end());
    const SeedMetric metric = selectedMetric();
    m_proposal = assurance::proposeBaseline(windows, metric, fromMs, toMs, statistic);
    m_chart->setSelection(std::pair{m_proposal->fromMs, m_proposal->toMs});
    // The controls show what was proposed, however it was asked (typed, dragged, a caller).
    for (auto [edit, ms] : {std::pair{m_from, m_proposal->fromMs}, std::pair{m_to, m_proposal->toMs}}) {
        const QSignalBlocker block(edit);
        edit->setDateTime(utc(ms));
    }
    {
        const QSignalBlocker block(m_statistic);
        m_statistic->setCurrentIndex(m_statistic->findData(int(statistic)));
    }
    const BaselineProposal &p = *m_proposal;
    const QString range = tr("%1 – %2").arg(formatTime(p.fromMs, true), formatTime(p.toMs, true));
    if (!p.value) {
        m_proposalLabel->setText(tr("%1: no window with a value of %2 in %3.")
                                     .arg(metricDisplayName(metric), metricDisplayName(metric), range));
    } else {
        QStringList values;
        for (std::size_t i = 0; i < p.samples.size() && i < 12; ++i)
            values << num(p.samples[i].value);
        if (p.samples.size() > 12)
            values << tr("…");
        m_proposalLabel->setText(
            tr("Proposed baseline for %1: %2 = %3, from %n window(s) in %4 (min %5, max %6; values %7)%8. "
               "Apply it to put it in the editor; it is saved only with Save.",
               nullptr, static_cast<int>(p.samples.size()))
                .arg(metricDisplayName(metric),
                     statistic == BaselineStatistic::Mean ? tr("mean") : tr("median"), num(*p.value), range,
                     num(*p.min), num(*p.max), values.join(QStringLiteral(", ")),
                     p.windowsWithout ? tr("; %n window(s) without a value left out", nullptr,
                                           static_cast<int>(p.windowsWithout))
                                      : QString()));
    }
    updateState();
}

bool BaselineTolerancesTab::applyProposal() {
    if (!m_proposal || !m_proposal->value || m_readOnly)
        return false;
    const int row = m_edit->rowOf(m_proposal->metric);
    if (row < 0)
        return false;
    m_edit->setData(m_edit->index(row, ToleranceEditModel::Baseline), *m_proposal->value, Qt::EditRole);
    m_proposal.reset();
    m_proposalLabel->setText(tr("Baseline applied to the editor; Save to store it."));
    m_chart->setSelection(std::nullopt);
    updateState();
    return true;
}

void BaselineTolerancesTab::requestSave() {
    if (m_readOnly || !m_edit->isModified())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("saveReasonDialog"));
    dialog->setWindowTitle(tr("Save tolerances of %1").arg(m_modelId));
    dialog->setLabelText(tr("Why this change? (required, kept with the version and in the audit log)"));
    connect(dialog, &QInputDialog::textValueSelected, this, &BaselineTolerancesTab::save);
    dialog->open();
}

void BaselineTolerancesTab::save(const QString &reason) {
    ToleranceSave s;
    s.modelId = m_modelId.toStdString();
    s.metrics = m_edit->edited().metrics;
    s.reason = reason.toStdString();
    // The version the edit started from: the stored one (0: none stored, the shipped defaults).
    s.expectedVersion = m_record.current ? m_record.current->version : 0;
    runSave(std::move(s));
}

void BaselineTolerancesTab::restoreVersion(int version, const QString &reason) {
    std::string error;
    auto s = ToleranceCommand::restoreOf(m_record, version, &error);
    if (!s) {
        showResult(tr("Cannot restore v%1: %2").arg(version).arg(fromStd(error)), false);
        Q_EMIT saveFinished(false);
        return;
    }
    s->reason = reason.toStdString();
    runSave(std::move(*s));
}

void BaselineTolerancesTab::runSave(ToleranceSave save) {
    if (m_readOnly) {
        showResult(tr("Not saved: %1").arg(readOnlyReason()), false);
        Q_EMIT saveFinished(false);
        return;
    }
    m_busy = true;
    updateState();
    const ToleranceSave asked = save;
    QCoro::connect(
        ToleranceCommand::runAsync(m_writer, std::move(save), m_audit), this,
        [this, asked](const ToleranceCommandResult &r) {
            m_busy = false;
            using O = ToleranceWriteResult::Outcome;
            const bool applied = r.outcome == O::Applied;
            QString text;
            switch (r.outcome) {
            case O::Applied:
                text =
                    asked.restoredFrom
                        ? tr("Saved v%1 (restored from v%2).").arg(r.after->version).arg(*asked.restoredFrom)
                        : tr("Saved v%1.").arg(r.after->version);
                if (!r.audited)
                    text += QLatin1Char(' ') +
                            tr("The audit entry could not be written: %1").arg(fromStd(r.auditError));
                showSet(*r.after);
                break;
            case O::Conflict:
                text = r.before ? tr("Not saved: the tolerances changed since you opened them — v%1 was "
                                     "saved by %2 at %3 (“%4”). "
                                     "Your edits are kept: Revert to see theirs, or save again over it.")
                                      .arg(r.before->version)
                                      .arg(fromStd(r.before->author), formatTime(r.before->changedAtMs, true),
                                           fromStd(r.before->reason))
                                : tr("Not saved: the tolerances changed since you opened them.");
                break;
            case O::Invalid:
                text = tr("Not saved: %1").arg(fromStd(r.error));
                break;
            case O::ReadOnly:
                text = tr("Not saved: %1").arg(readOnlyReason());
                break;
            case O::Failed:
                text = tr("Not saved: %1").arg(fromStd(r.error));
                break;
            }
            showResult(text, applied);
            reload(); // after a conflict too: the next save expects the version now stored
            Q_EMIT saveFinished(applied);
        });
}

void BaselineTolerancesTab::loadReferenceFile(const QString &path) {
    const std::string model = m_modelId.toStdString();
    m_referenceLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    QCoro::connect(
        awaitFuture(QtConcurrent::run([path, model] {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                ReferenceBuild b;
                b.error = f.errorString().toStdString();
                return b;
            }
            const QByteArray bytes = f.readAll();
            return buildReferenceFromJsonl(
                std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), model);
        })),
        this, [this, path, model](ReferenceBuild b) {
            if (model != m_modelId.toStdString())
                return; // another model was chosen meanwhile
            if (!b.profile) {
                m_reference.reset();
                m_preview->clear();
                m_referenceLabel->setText(tr("%1: %2").arg(QFileInfo(path).fileName(), fromStd(b.error)));
                updateState();
                Q_EMIT referenceLoaded(false);
                return;
            }
            m_reference = std::move(*b.profile);
            m_referenceSource = QFileInfo(path).fileName();
            m_preview->setProfile(*m_reference);
            m_referenceLabel->setText(tr("%1: %n event(s), %2 feature(s)%3. Not in force until saved.",
                                         nullptr, static_cast<int>(b.events))
                                          .arg(m_referenceSource)
                                          .arg(m_reference->features.size())
                                          .arg(b.skippedLines ? tr("; %n line(s) skipped", nullptr,
                                                                   static_cast<int>(b.skippedLines))
                                                              : QString()));
            updateState();
            Q_EMIT referenceLoaded(true);
        });
}

void BaselineTolerancesTab::saveReference() {
    if (!m_reference || m_readOnly) {
        if (m_readOnly)
            showResult(tr("Reference not saved: %1").arg(readOnlyReason()), false);
        Q_EMIT referenceSaved(false);
        return;
    }
    m_busy = true;
    updateState();
    QCoro::connect(
        ReferenceCommand::runAsync(m_writer, *m_reference, m_referenceSource.toStdString(), m_audit), this,
        [this](const ReferenceCommandResult &r) {
            m_busy = false;
            const bool applied = r.outcome == ReferenceWriteResult::Outcome::Applied;
            showResult(
                applied ? tr("Reference saved from %1; agents apply it to the windows they open from now on "
                             "(except agents that pinned this model with --reference).")
                              .arg(m_referenceSource)
                        : tr("Reference not saved: %1").arg(fromStd(r.error)),
                applied);
            if (applied) {
                m_reference.reset();
                m_referenceLabel->setText(tr("%1 saved as the drift reference of %2 (preview below).")
                                              .arg(m_referenceSource, m_modelId));
            }
            updateState();
            Q_EMIT referenceSaved(applied);
        });
}

void BaselineTolerancesTab::showResult(const QString &text, bool ok) {
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QStringLiteral("QLabel { color: #1b5e20; }")
                               : QStringLiteral("QLabel { color: #b00020; }"));
}

void BaselineTolerancesTab::updateState() {
    const QString why = readOnlyReason();
    m_readOnly = !why.isEmpty();
    m_edit->setReadOnly(m_readOnly);
    m_readOnlyNote->setVisible(m_readOnly && !m_modelId.isEmpty());
    m_readOnlyNote->setText(tr("Read-only: %1").arg(why));
    const bool editable = !m_readOnly && !m_busy && !m_modelId.isEmpty();
    QStringList problems;
    const QStringList rows = m_edit->problems();
    for (int i = 0; i < rows.size(); ++i)
        if (!rows[i].isEmpty())
            problems << tr("%1: %2").arg(m_edit->data(m_edit->index(i, 0)).toString(), rows[i]);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_undoButton->setEnabled(editable && m_undo->canUndo());
    m_redoButton->setEnabled(editable && m_undo->canRedo());
    m_undoButton->setToolTip(m_undo->canUndo() ? m_undo->undoText() : QString());
    m_redoButton->setToolTip(m_undo->canRedo() ? m_undo->redoText() : QString());
    m_revertButton->setEnabled(editable && m_edit->isModified());
    m_saveButton->setEnabled(editable && m_edit->isModified() && problems.isEmpty());
    m_saveButton->setToolTip(m_readOnly            ? why
                             : !problems.isEmpty() ? tr("Fix the rows the agent would refuse first.")
                                                   : QString());
    m_restoreButton->setEnabled(editable && m_versionTable->currentIndex().isValid() && m_record.current &&
                                m_versions->setAt(m_versionTable->currentIndex().row()).version !=
                                    m_record.current->version);
    m_restoreButton->setToolTip(m_readOnly ? why : QString());
    m_applyButton->setEnabled(editable && m_proposal && m_proposal->value);
    m_proposeButton->setEnabled(!m_modelId.isEmpty());
    m_loadReferenceButton->setEnabled(editable);
    m_saveReferenceButton->setEnabled(editable && m_reference.has_value());
    for (QPushButton *b : {m_applyButton, m_loadReferenceButton, m_saveReferenceButton})
        b->setToolTip(m_readOnly ? why : QString());
    // "v4 in force · saved by … at …: reason"
    const ToleranceSet &set = m_edit->original();
    if (m_modelId.isEmpty())
        m_inForce->setText(tr("No model."));
    else if (!m_record.current && m_record.versions.empty() && set.changedAtMs == 0)
        m_inForce->setText(tr("Shipped defaults in force (no stored set)."));
    else
        m_inForce->setText(tr("v%1 in force · saved by %2 at %3: %4%5")
                               .arg(set.version)
                               .arg(fromStd(set.author), formatTime(set.changedAtMs, true),
                                    fromStd(set.reason),
                                    m_edit->isModified() ? tr(" · edited, not saved") : QString()));
}

} // namespace assurance::ui
