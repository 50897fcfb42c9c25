#pragma once

#include "assurance/AssuranceLabel.h"
#include "record/RecordDelta.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTableView;

namespace assurance::ui {

class LabelBreakdownModel;

// One model's assurance label: grade, score, verdict, and the metric table with status. Compact (the
// overview's cards, with a "History…" button) or detailed (the history pane's selected label: the
// metric table also shows each metric's points and the tolerance rule it was held to).
class LabelCard : public QFrame {
    Q_OBJECT
public:
    explicit LabelCard(const QString &modelId, const QString &displayName, QWidget *parent = nullptr);
    // `verified`: the label's hash matches its content (ConsoleStore::labelVerified).
    // `tolerances`: the set of the label's tolerance version, when known (the Tolerance column).
    void setLabel(const AssuranceLabel &label, LabelProvenance provenance,
                  const ToleranceSet *tolerances = nullptr);
    void setDetailed(bool detailed);
    void setDisplayName(const QString &displayName);
    QString titleText() const;
    QString gradeText() const;
    QString verdictText() const;
    QString metaText() const;
    LabelBreakdownModel *breakdown() const { return m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    // "History…" was clicked (compact cards only).
    void historyRequested(const QString &modelId);

private:
    QString m_modelId;
    QLabel *m_title;
    QLabel *m_grade;
    QLabel *m_score;
    QLabel *m_verdict;
    QLabel *m_meta;
    QPushButton *m_history;
    QTableView *m_table;
    LabelBreakdownModel *m_model;
    bool m_detailed = false;
};

} // namespace assurance::ui
