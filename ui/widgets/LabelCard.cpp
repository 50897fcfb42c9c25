#include "LabelCard.h"

#include "Presentation.h"
#include "models/LabelBreakdownModel.h"
#include "json/Timestamps.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace assurance::ui {

LabelCard::LabelCard(const QString &modelId, const QString &displayName, QWidget *parent)
    : QFrame(parent)
    , m_modelId(modelId)
    , m_title(new QLabel(this))
    , m_grade(new QLabel(QStringLiteral("–"), this))
    , m_score(new QLabel(tr("Waiting for the first window…"), this))
    , m_verdict(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_history(new QPushButton(tr("History…"), this))
    , m_table(new QTableView(this))
    , m_model(new LabelBreakdownModel(this)) {
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("labelCard"));
    setDisplayName(displayName);
    QFont gradeFont = m_grade->font();
    gradeFont.setPointSizeF(gradeFont.pointSizeF() * 3.2);
    gradeFont.setBold(true);
    m_grade->setFont(gradeFont);
    m_grade->setAlignment(Qt::AlignCenter);
    m_grade->setMinimumWidth(70);
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.2);
    m_verdict->setFont(verdictFont);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LabelBreakdownModel::Metric, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // Tall enough for the eight seed metrics, no taller: cards line up and leave room below.
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + 8 * 22 +
                            2 * m_table->frameWidth());

    m_history->setToolTip(tr("How this model's label changed, why, and whether its chain is consistent"));
    connect(m_history, &QPushButton::clicked, this, [this] { Q_EMIT historyRequested(m_modelId); });
    setDetailed(false);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_history, 0, 1, Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(m_grade, 1, 0, 2, 1);
    layout->addWidget(m_verdict, 1, 1);
    layout->addWidget(m_score, 2, 1);
    layout->addWidget(m_meta, 3, 0, 1, 2);
    layout->addWidget(m_table, 4, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(5, 1);
}

void LabelCard::setDetailed(bool detailed) {
    m_detailed = detailed;
    m_history->setVisible(!detailed);
    // Detailed: Points ("13.3 of 26.7") says what Weight says, and more.
    m_table->setColumnHidden(LabelBreakdownModel::Weight, detailed);
    m_table->setColumnHidden(LabelBreakdownModel::Points, !detailed);
    m_table->setColumnHidden(LabelBreakdownModel::Rule, !detailed);
}

void LabelCard::setDisplayName(const QString &displayName) {
    m_title->setText(QStringLiteral("<b>%1</b><br><span style='color:gray'>%2</span>")
                         .arg(displayName.toHtmlEscaped(), m_modelId.toHtmlEscaped()));
}

void LabelCard::setLabel(const AssuranceLabel &label, LabelProvenance provenance,
                         const ToleranceSet *tolerances) {
    m_grade->setText(label.grade ? QString(QLatin1Char(*label.grade)) : QStringLiteral("–"));
    QPalette p = m_grade->palette();
    p.setColor(QPalette::WindowText, gradeColor(label.grade));
    m_grade->setPalette(p);
    m_verdict->setText(assurance::ui::verdictText(label.verdict));
    QPalette vp = m_verdict->palette();
    vp.setColor(QPalette::WindowText, verdictColor(label.verdict));
    m_verdict->setPalette(vp);
    m_score->setText(label.score ? tr("Score %1 / 100").arg(*label.score, 0, 'f', 1)
                                 : tr("No metric evaluated yet"));
    const QString hash = fromStd(label.hash.substr(0, 12));
    // An unkeyed hash proves the label is consistent with itself, not who wrote it: "verified"
    // is kept for signed evidence.
    QString origin;
    switch (provenance) {
    case LabelProvenance::Stored:
        origin = tr("stored label, hash %1… consistent").arg(hash).toHtmlEscaped();
        break;
    case LabelProvenance::Altered:
        origin = QStringLiteral("<span style='color:#d63b3b'><b>%1</b></span>")
                     .arg(tr("stored label, hash %1… does not match the label: altered after it was written")
                              .arg(hash)
                              .toHtmlEscaped());
        break;
    case LabelProvenance::Computed:
        origin = tr("computed by this console — not in the record").toHtmlEscaped();
        break;
    }
    m_meta->setText(tr("Window ending %1 UTC · tolerances v%2 · %3")
                        .arg(formatTime(label.windowEndMs, true))
                        .arg(label.toleranceVersion)
                        .arg(origin));
    m_model->setLabel(label, tolerances);
    setDetailed(m_detailed); // a reset may bring hidden sections back
}

QString LabelCard::titleText() const {
    return m_title->text();
}

QString LabelCard::gradeText() const {
    return m_grade->text();
}
QString LabelCard::verdictText() const {
    return m_verdict->text();
}
QString LabelCard::metaText() const {
    return m_meta->text();
}

} // namespace assurance::ui
