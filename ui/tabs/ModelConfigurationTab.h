#pragma once

#include "audit/AuditService.h" // QPointer needs the whole type
#include "commands/ModelConfigCommand.h"

#include <QPointer>
#include <QWidget>

#include <chrono>
#include <cstdint>
#include <memory>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace assurance {
class TelemetrySource;
struct HealthResult;
} // namespace assurance

namespace assurance::ui {

class ConsoleStore;
class ModelCatalogModel;

// Model Configuration (SPEC.md tab 5): the models of the record with their configurations
// (ModelCatalogModel), a form to add and edit one, retire / restore with a confirmation, "show
// retired", and Test connection (GET {endpoint}/health, checkHealth). Every change is a
// ModelConfigCommand run with runAsync through the source's ModelConfigWriter and audited through
// the AuditService; the GUI thread never waits on Redis or the network. A source without a writer
// (an evidence pack) or no source makes the tab read-only and says why.
// GUI thread.
class ModelConfigurationTab : public QWidget {
    Q_OBJECT
public:
    explicit ModelConfigurationTab(ConsoleStore *store, QWidget *parent = nullptr);
    ~ModelConfigurationTab() override;

    // The source whose configurations are shown (nullptr: none). Reads them at once.
    void setSource(TelemetrySource *source);
    void setAuditService(audit::AuditService *service) { m_audit = service; }
    void setHealthTimeout(std::chrono::milliseconds timeout) { m_healthTimeout = timeout; }

    ModelCatalogModel *catalog() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool readOnly() const { return m_writer == nullptr || m_windowReadOnly; }
    // MainWindow::readOnlyChanged: the whole window is read-only (an evidence pack), with why.
    // Without a writer the tab is read-only whatever this says.
    void setReadOnly(bool readOnly, const QString &why);
    QString readOnlyReason() const;
    QString saveMessage() const;
    QString healthMessage() const;

    // The actions behind the buttons (tests drive them directly too).
    void reload();
    void startAdding(); // "New model…": an empty form with an editable id
    void selectModel(const QString &modelId);
    void save();           // Add or Edit, as the form stands
    void retireSelected(); // asks first (window-modal); retires or restores on Yes
    void testConnection();

Q_SIGNALS:
    void catalogLoaded(); // a read finished (the table shows it)
    void saveFinished(bool applied);
    void healthFinished();

private:
    void showCatalog(const ModelCatalog &catalog);
    void fillForm();
    // Selects the model's row again after a reset without touching the form.
    void reselect(const std::string &modelId);
    void updateButtons();
    void applyRetire(bool restore);
    void showResult(const ModelConfigCommandResult &result, const ModelConfigEdit &edit);
    void showHealth(const HealthResult &result);
    ModelConfig formConfig() const;
    AuditAppend auditAppend();
    int selectedRow() const;

    ConsoleStore *m_store;
    ModelCatalogModel *m_model;
    QTableView *m_table;
    QLabel *m_notice;
    QCheckBox *m_showRetired;
    QPushButton *m_reload;
    QPushButton *m_add;
    QLineEdit *m_id;
    QLineEdit *m_displayName;
    QLineEdit *m_endpoint;
    QLineEdit *m_topic;
    QComboBox *m_task;
    QLineEdit *m_owner;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
    QPushButton *m_retire;
    QPushButton *m_test;
    QLabel *m_saveResult;
    QLabel *m_health;
    QGroupBox *m_formBox = nullptr;
    QNetworkAccessManager *m_nam;
    QPointer<TelemetrySource> m_source;
    std::shared_ptr<ModelConfigWriter> m_writer;
    QPointer<audit::AuditService> m_audit;
    std::chrono::milliseconds m_healthTimeout{5000};
    bool m_adding = false;
    std::string m_editingId;   // the model the form shows ("" none)
    std::string m_editingJson; // its stored bytes when it was read (optimistic concurrency)
    bool m_editingHasConfig = false;
    bool m_editingRetired = false;
    std::uint64_t m_generation = 0; // reads: only the newest is shown
    bool m_busy = false;
    bool m_windowReadOnly = false;
    QString m_windowReadOnlyWhy;
    bool m_reselecting = false;
    std::uint64_t m_changes = 0; // saves and retires started
};

} // namespace assurance::ui
