#include "EvidencePackView.h"

#include "evidence/EvidenceContent.h"
#include "models/AuditEntryTableModel.h"
#include "models/ModelConfigTableModel.h"
#include "models/ToleranceVersionTableModel.h"
#include "json/Timestamps.h"

#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace assurance::ui {

namespace {

QTableView *tableFor(QAbstractItemModel *model, QWidget *parent) {
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

QGroupBox *boxed(const QString &title, QWidget *content, QWidget *parent) {
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}

} // namespace

EvidencePackView::EvidencePackView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_lines(new QStringListModel(this))
    , m_tolerances(new ToleranceVersionTableModel(this))
    , m_configs(new ModelConfigTableModel(this))
    , m_audit(new AuditEntryTableModel(this)) {
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *lines = new QListView(this);
    lines->setModel(m_lines);
    lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    lines->setAlternatingRowColors(true);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(boxed(tr("Verification"), lines, left));
    left->addWidget(boxed(tr("Model configurations"), tableFor(m_configs, left), left));
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(
        boxed(tr("Tolerance versions in force during the range"), tableFor(m_tolerances, right), right));
    right->addWidget(boxed(tr("Audit entries of the range (with their boundary entries)"),
                           tableFor(m_audit, right), right));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    clear();
}

QString EvidencePackView::summaryText() const {
    return m_summary->text();
}

void EvidencePackView::clear() {
    m_content.reset();
    m_summary->setText(tr("No evidence pack is open. File → Open Evidence… reviews one offline."));
    m_lines->setStringList({});
    m_tolerances->setSets({});
    m_configs->setConfigs({});
    m_audit->setEntries({});
}

void EvidencePackView::showContent(const QString &packPath,
                                   std::shared_ptr<const evidence::EvidenceContent> content) {
    m_content = std::move(content);
    if (!m_content) {
        clear();
        return;
    }
    const evidence::PackVerdict &v = m_content->verdict;
    QStringList installations;
    for (const auto &i : v.installations)
        installations << QString::fromStdString(i);
    QString summary = tr("%1 — %2/%3 parts valid; %n audit entries from %4 installation(s)", nullptr,
                         static_cast<int>(m_content->audit.size()))
                          .arg(QFileInfo(packPath).fileName())
                          .arg(v.partsValid)
                          .arg(v.partsTotal)
                          .arg(v.installations.size());
    if (!installations.isEmpty())
        summary += QStringLiteral(" (") + installations.join(QStringLiteral("; ")) + QLatin1Char(')');
    if (!m_content->loadProblems.empty())
        summary += QLatin1Char('\n') + tr("%n line(s) verified but could not be shown here (see the list)",
                                          nullptr, static_cast<int>(m_content->loadProblems.size()));
    m_summary->setText(summary);

    QStringList lines;
    for (const auto &l : v.lines)
        lines << QString::fromStdString(l);
    for (const auto &p : m_content->loadProblems)
        lines << tr("not shown: %1").arg(QString::fromStdString(p));
    m_lines->setStringList(lines);

    std::vector<ToleranceSet> sets;
    for (const auto &[model, versions] : m_content->toleranceVersions)
        sets.insert(sets.end(), versions.begin(), versions.end());
    m_tolerances->setSets(std::move(sets));
    std::vector<ModelConfig> configs;
    for (const auto &[model, config] : m_content->configs)
        configs.push_back(config);
    m_configs->setConfigs(std::move(configs));
    std::vector<audit::AuditEntry> entries;
    entries.reserve(m_content->audit.size());
    for (const auto &e : m_content->audit)
        entries.push_back(e.entry);
    m_audit->setEntries(std::move(entries));
}

} // namespace assurance::ui
