#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QListView;
class QStringListModel;
class QTableView;

namespace assurance::evidence {
struct EvidenceContent;
}

namespace assurance::ui {

class AuditEntryTableModel;
class ModelConfigTableModel;
class ToleranceVersionTableModel;

// What an evidence pack holds beyond the record the other tabs show: the verification lines (one
// per part and per failed record, as `assurancectl evidence verify` prints them), the tolerance
// versions in force during its range, the model configurations, and its audit entries. Read-only.
class EvidencePackView : public QWidget {
    Q_OBJECT
public:
    explicit EvidencePackView(QWidget *parent = nullptr);

    void showContent(const QString &packPath, std::shared_ptr<const evidence::EvidenceContent> content);
    void clear();

    QStringListModel *verdictLines() const { return m_lines; }
    ToleranceVersionTableModel *toleranceVersions() const { return m_tolerances; }
    ModelConfigTableModel *configs() const { return m_configs; }
    AuditEntryTableModel *auditEntries() const { return m_audit; }
    QString summaryText() const;

private:
    QLabel *m_summary;
    QStringListModel *m_lines;
    ToleranceVersionTableModel *m_tolerances;
    ModelConfigTableModel *m_configs;
    AuditEntryTableModel *m_audit;
    std::shared_ptr<const evidence::EvidenceContent> m_content;
};

} // namespace assurance::ui
