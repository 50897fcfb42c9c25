#pragma once

#include "assurance/AssuranceLabel.h"
#include "record/RecordDelta.h"

#include <QFrame>

class QLabel;
class QTableView;

namespace assurance::ui {

class LabelBreakdownModel;

// One model's assurance label: grade, score, verdict, and the metric table with status.
class LabelCard : public QFrame {
    Q_OBJECT
public:
    explicit LabelCard(const QString &modelId, const QString &displayName, QWidget *parent = nullptr);
    // `verified`: the label's hash matches its content (ConsoleStore::labelVerified).
    void setLabel(const AssuranceLabel &label, LabelProvenance provenance);
    void setDisplayName(const QString &displayName);
    QString titleText() const;
    QString gradeText() const;
    QString verdictText() const;
    QString metaText() const;
    LabelBreakdownModel *breakdown() const { return m_model; }

private:
    QString m_modelId;
    QLabel *m_title;
    QLabel *m_grade;
    QLabel *m_score;
    QLabel *m_verdict;
    QLabel *m_meta;
    QTableView *m_table;
    LabelBreakdownModel *m_model;
};

} // namespace assurance::ui
