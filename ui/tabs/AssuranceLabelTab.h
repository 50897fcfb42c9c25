#pragma once

#include <QMap>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace assurance::ui {

class ConsoleStore;
class LabelCard;

// Assurance Label: one card per model with grade, score, verdict and the metric table.
class AssuranceLabelTab : public QWidget {
    Q_OBJECT
public:
    explicit AssuranceLabelTab(ConsoleStore *store, QWidget *parent = nullptr);
    LabelCard *card(const QString &modelId) const { return m_cards.value(modelId); }
    int cardCount() const { return static_cast<int>(m_cards.size()); }

private:
    void syncCards();
    void refreshLabels();
    ConsoleStore *m_store;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QMap<QString, LabelCard *> m_cards;
};

} // namespace assurance::ui
