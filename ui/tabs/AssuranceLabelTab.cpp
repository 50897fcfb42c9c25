#include "AssuranceLabelTab.h"

#include "ConsoleStore.h"
#include "Presentation.h"
#include "models/ModelListModel.h"
#include "tabs/LabelHistoryPane.h"
#include "widgets/LabelCard.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace assurance::ui {

AssuranceLabelTab::AssuranceLabelTab(ConsoleStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_pages(new QStackedWidget(this))
    , m_history(new LabelHistoryPane(store, this))
    , m_grid(nullptr)
    , m_empty(new QLabel(tr("No model has reported yet."), this)) {
    auto *host = new QWidget(this);
    m_grid = new QGridLayout(host);
    m_grid->setAlignment(Qt::AlignTop);
    m_grid->addWidget(m_empty, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(host);
    auto *overview = new QWidget(this);
    auto *intro =
        new QLabel(tr("Each card scores the model's latest closed window against its tolerances: "
                      "100 inside, 50 in warning, 0 in critical, weighted. Grade A ≥ 90, B ≥ 80, "
                      "C ≥ 70, D ≥ 60, else F. Assured needs A or B and no critical metric. "
                      "History… shows how a label changed, why, and whether its chain is consistent."),
                   overview);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->addWidget(intro);
    overviewLayout->addWidget(scroll, 1);
    m_pages->addWidget(overview);
    m_pages->addWidget(m_history);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    connect(m_history, &LabelHistoryPane::backRequested, this, &AssuranceLabelTab::showOverview);

    connect(store->models(), &QAbstractItemModel::rowsInserted, this, &AssuranceLabelTab::syncCards);
    connect(store->models(), &QAbstractItemModel::modelReset, this, &AssuranceLabelTab::syncCards);
    connect(store->models(), &QAbstractItemModel::dataChanged, this, &AssuranceLabelTab::syncCards);
    connect(store, &ConsoleStore::labelsChanged, this, &AssuranceLabelTab::refreshLabels);
}

void AssuranceLabelTab::syncCards() {
    ModelListModel *models = m_store->models();
    if (models->rowCount() == 0) {
        qDeleteAll(m_cards);
        m_cards.clear();
    }
    for (int row = 0; row < models->rowCount(); ++row) {
        const QString id = models->idAt(row);
        if (auto it = m_cards.constFind(id); it != m_cards.cend()) {
            (*it)->setDisplayName(models->index(row).data().toString());
            continue;
        }
        auto *card = new LabelCard(id, models->index(row).data().toString(), this);
        connect(card, &LabelCard::historyRequested, this, &AssuranceLabelTab::showHistory);
        m_grid->addWidget(card, row / 3, row % 3);
        m_cards.insert(id, card);
    }
    m_empty->setVisible(m_cards.isEmpty());
    refreshLabels();
}

void AssuranceLabelTab::setSource(TelemetrySource *source) {
    m_history->setSource(source);
    showOverview();
}

void AssuranceLabelTab::showHistory(const QString &modelId) {
    m_pages->setCurrentWidget(m_history);
    m_history->showModel(modelId);
}

void AssuranceLabelTab::showOverview() {
    m_pages->setCurrentIndex(0);
}

bool AssuranceLabelTab::showingHistory() const {
    return m_pages->currentWidget() == m_history;
}

void AssuranceLabelTab::refreshLabels() {
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it)
        if (const AssuranceLabel *label = m_store->label(it.key().toStdString()))
            it.value()->setLabel(*label, m_store->labelProvenance(it.key().toStdString()));
}

} // namespace assurance::ui
