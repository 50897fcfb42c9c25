#pragma once

#include <QMap>
#include <QWidget>

class QGridLayout;
class QLabel;
class QStackedWidget;

namespace assurance {
class TelemetrySource;
}

namespace assurance::ui {

class ConsoleStore;
class LabelCard;
class LabelHistoryPane;

// Assurance Label, two pages: the overview (one card per model with grade, score, verdict and the
// metric table) and, from a card's "History…", one model's label history (LabelHistoryPane).
class AssuranceLabelTab : public QWidget {
    Q_OBJECT
public:
    explicit AssuranceLabelTab(ConsoleStore *store, QWidget *parent = nullptr);
    LabelCard *card(const QString &modelId) const { return m_cards.value(modelId); }
    int cardCount() const { return static_cast<int>(m_cards.size()); }

    // Where the history is pulled from (MainWindow::attachSource); nullptr: none.
    void setSource(TelemetrySource *source);
    void showHistory(const QString &modelId);
    void showOverview();
    bool showingHistory() const;
    LabelHistoryPane *history() const { return m_history; }

private:
    void syncCards();
    void refreshLabels();
    ConsoleStore *m_store;
    QStackedWidget *m_pages;
    LabelHistoryPane *m_history;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QMap<QString, LabelCard *> m_cards;
};

} // namespace assurance::ui
