#pragma once

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

class QTabWidget;

namespace assurance::audit {
class AuditService;
struct VerifyReport;
} // namespace assurance::audit
namespace assurance::evidence {
class EvidenceExportJob;
struct EvidenceContent;
} // namespace assurance::evidence

namespace assurance::ui {

class AuditEntryFeed;
class AuditEntryTableModel;
class CheckpointTableModel;
class EvidencePackView;

// Audit & Evidence: the console's audit log (filterable, growing as changes are recorded), its
// verification with progress and cancel, its signed checkpoints, and what identifies it
// (installation id, key fingerprint, file). It only invokes the AuditService; checkpoint-interval
// edits go out as checkpointIntervalRequested for ConsoleCommands to apply and record.
// Evidence: Export evidence pack… and Open evidence pack… go out as signals (MainWindow asks the
// details, ConsoleCommands runs them); an export in progress is shown with a progress bar and a
// cancel button; an open pack's verification lines, tolerance versions, configs and audit entries
// fill the "Evidence pack" page.
class AuditEvidenceTab : public QWidget {
    Q_OBJECT
public:
    explicit AuditEvidenceTab(QWidget *parent = nullptr);
    ~AuditEvidenceTab() override;

    void setService(audit::AuditService *service);  // nullptr: the console runs without audit
    void setCheckpointIntervalMinutes(int minutes); // shows the setting in force (no signal)

    AuditEntryTableModel *entries() const { return m_entries; }
    CheckpointTableModel *checkpoints() const { return m_checkpoints; }
    AuditEntryFeed *feed() const { return m_feed; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *checkpointButton() const { return m_makeCheckpoint; }
    QString verifyResultText() const;
    QStringList verifyProblems() const;
    QString stateText() const;
    bool verifying() const { return m_cancelFlag != nullptr; }

    // Export is offered only where there is a record to export (the Direct source).
    void setExportAvailable(bool available, const QString &why = {});
    // Shows this export's progress, a cancel button, and its outcome. The job must outlive the
    // tab or finish first (ConsoleCommands owns it).
    void trackExport(evidence::EvidenceExportJob *job);
    void showExportRefused(const QString &why); // the export did not start
    QPushButton *exportButton() const { return m_exportButton; }
    QPushButton *exportCancelButton() const { return m_exportCancel; }
    QString exportResultText() const;
    void showPack(const QString &path, std::shared_ptr<const evidence::EvidenceContent> content);
    void clearPack();
    EvidencePackView *packView() const { return m_packView; }
    QTabWidget *pages() const { return m_pages; }
    enum Page { LogPage, PackPage };

Q_SIGNALS:
    void checkpointIntervalRequested(int minutes);
    void verifyFinished(bool ok);
    void exportEvidenceClicked();
    void openEvidenceClicked();
    void exportFinished(bool ok);

private:
    void showState();
    void showInfo();
    void applyFilter();
    void startVerify();
    void showReport(const audit::VerifyReport &report);
    void makeCheckpoint();
    void loadCheckpoints();
    void showRecordFailure(const QString &error);

    QPointer<audit::AuditService> m_service;
    AuditEntryTableModel *m_entries;
    CheckpointTableModel *m_checkpoints;
    AuditEntryFeed *m_feed;
    QLabel *m_state;
    QLabel *m_path;
    QLabel *m_installation;
    QLabel *m_fingerprint;
    QLabel *m_count;
    QLabel *m_oldest;
    QLineEdit *m_actor;
    QLineEdit *m_action;
    QLineEdit *m_target;
    QCheckBox *m_useSince;
    QDateTimeEdit *m_since;
    QCheckBox *m_useUntil;
    QDateTimeEdit *m_until;
    QLabel *m_shown;
    QTableView *m_table;
    QPushButton *m_verify;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_result;
    QListWidget *m_problems;
    QTableView *m_checkpointTable;
    QPushButton *m_makeCheckpoint;
    QLabel *m_checkpointResult;
    QSpinBox *m_interval;
    QTimer *m_filterDelay;
    QTimer *m_intervalDelay;
    QString m_lastFailure;
    QPushButton *m_exportButton;
    QPushButton *m_openPack;
    QProgressBar *m_exportProgress;
    QPushButton *m_exportCancel;
    QLabel *m_exportResult;
    QTabWidget *m_pages;
    EvidencePackView *m_packView;
    QPointer<evidence::EvidenceExportJob> m_exportJob;
    bool m_exportAvailable = false;
    QString m_exportWhy;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag; // set while a verification runs
};

} // namespace assurance::ui
