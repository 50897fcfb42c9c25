#include "ViolationsTab.h"

#include "ConsoleStore.h"
#include "models/ViolationTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace assurance::ui {

void ViolationFilterProxy::setSeverity(const QString &severityKey) {
    m_severity = severityKey;
    invalidateFilter();
}

void ViolationFilterProxy::setState(StateFilter state) {
    m_state = state;
    invalidateFilter();
}

bool ViolationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_severity.isEmpty() && idx.data(ViolationTableModel::SeverityRole).toString() != m_severity)
        return false;
    const bool active = idx.data(ViolationTableModel::ActiveRole).toBool();
    if ((m_state == StateFilter::Active && !active) || (m_state == StateFilter::Closed && active))
        return false;
    const QRegularExpression re = filterRegularExpression();
    if (re.pattern().isEmpty())
        return true;
    for (int column : {ViolationTableModel::Model, ViolationTableModel::Metric})
        if (re.match(sourceModel()->index(sourceRow, column, sourceParent).data().toString()).hasMatch())
            return true;
    return false;
}

ViolationsTab::ViolationsTab(ConsoleStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_proxy(new ViolationFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this)) {
    m_proxy->setSourceModel(store->violations());
    m_proxy->setSortRole(ViolationTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search->setPlaceholderText(tr("Filter by model or metric…"));
    m_search->setClearButtonEnabled(true);
    m_severity->addItem(tr("Any severity"), QString());
    m_severity->addItem(tr("Critical"), QStringLiteral("critical"));
    m_severity->addItem(tr("Warning"), QStringLiteral("warning"));
    m_state->addItem(tr("Active and closed"), static_cast<int>(ViolationFilterProxy::StateFilter::All));
    m_state->addItem(tr("Active only"), static_cast<int>(ViolationFilterProxy::StateFilter::Active));
    m_state->addItem(tr("Closed only"), static_cast<int>(ViolationFilterProxy::StateFilter::Closed));

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ViolationTableModel::Opened, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_severity);
    filters->addWidget(m_state);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSeverity(m_severity->currentData().toString()); });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setState(static_cast<ViolationFilterProxy::StateFilter>(m_state->currentData().toInt()));
    });
    connect(store->violations(), &QAbstractItemModel::rowsInserted, this, &ViolationsTab::updateSummary);
    connect(store->violations(), &QAbstractItemModel::modelReset, this, &ViolationsTab::updateSummary);
    connect(store->violations(), &QAbstractItemModel::dataChanged, this, &ViolationsTab::updateSummary);
    updateSummary();
}

QString ViolationsTab::summaryText() const {
    return m_summary->text();
}

void ViolationsTab::updateSummary() {
    const ViolationTableModel *model = m_store->violations();
    m_summary->setText(tr("%1 episodes · %2 active critical · %3 active warning")
                           .arg(model->rowCount())
                           .arg(model->activeCount(assurance::Severity::Critical))
                           .arg(model->activeCount(assurance::Severity::Warning)));
}

} // namespace assurance::ui
