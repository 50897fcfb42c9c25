#include "EpisodeDetailPane.h"

#include "Presentation.h"
#include "models/EpisodeTimelineModel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace assurance::ui {

EpisodeDetailPane::EpisodeDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(tr("Select an episode to see its details and timeline."), this))
    , m_content(new QWidget(this))
    , m_timeline(new EpisodeTimelineModel(this))
    , m_timelineView(new QTableView(m_content)) {
    const QString labels[FieldCount] = {tr("Episode"),          tr("Model"),  tr("Metric"),    tr("Severity"),
                                        tr("Observed / bound"), tr("Opened"), tr("Last seen"), tr("Closed"),
                                        tr("Windows"),          tr("Status")};
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < FieldCount; ++i) {
        m_values[static_cast<std::size_t>(i)] = new QLabel(m_content);
        m_values[static_cast<std::size_t>(i)]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(labels[i] + QLatin1Char(':'), m_values[static_cast<std::size_t>(i)]);
    }
    m_values[Id]->setWordWrap(true);

    m_timelineView->setModel(m_timeline);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    m_timelineView->setSelectionMode(QAbstractItemView::NoSelection);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->setWordWrap(true);

    auto *title = new QLabel(tr("<b>Timeline</b>"), m_content);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addLayout(form);
    content->addWidget(title);
    content->addWidget(m_timelineView, 1);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_content, 1);
    m_content->hide();
}

void EpisodeDetailPane::showEpisode(const ViolationEpisode *e, std::optional<std::int64_t> escalatedMs) {
    m_empty = !e;
    m_placeholder->setVisible(!e);
    m_content->setVisible(e);
    m_timeline->setEpisode(e, escalatedMs);
    if (!e) {
        for (QLabel *label : m_values)
            label->clear();
        return;
    }
    auto set = [this](Field f, const QString &text) {
        QLabel *label = m_values[static_cast<std::size_t>(f)];
        if (label->text() != text)
            label->setText(text);
    };
    set(Id, fromStd(e->id));
    set(Model, fromStd(e->modelId));
    set(Metric, metricDisplayName(e->metric));
    set(Severity,
        e->severity == e->currentSeverity
            ? severityText(e->severity)
            : tr("%1 at worst, %2 now").arg(severityText(e->severity), severityText(e->currentSeverity)));
    set(ObservedBound,
        tr("%1 vs %2").arg(formatMetric(e->metric, e->observed), formatMetric(e->metric, e->bound)));
    set(Opened, formatTime(e->openedMs, true));
    set(LastSeen, formatTime(e->lastSeenMs, true));
    set(Closed, e->closedMs ? formatTime(*e->closedMs, true) : tr("— (active)"));
    set(Windows, QString::number(e->count));
    set(Status, e->actor.empty() ? episodeStatusText(e->status)
                                 : tr("%1 by %2").arg(episodeStatusText(e->status), fromStd(e->actor)));
}

QString EpisodeDetailPane::fieldText(Field field) const {
    return m_values[static_cast<std::size_t>(field)]->text();
}

} // namespace assurance::ui
