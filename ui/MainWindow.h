#pragma once

#include "license/LicenseService.h"
#include "sources/ConnectionSettings.h"

#include <QDialog>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QTabWidget;

class QAction;

namespace assurance {
class TelemetrySource;
namespace audit {
class AuditService;
}
} // namespace assurance

namespace assurance::ui {

class AssuranceLabelTab;
class AuditEvidenceTab;
class ModelConfigurationTab;
class ConnectionDialog;
class EvidenceBanner;
class ExportEvidenceDialog;
class LicenseTab;
class ConsoleStore;
class RealTimeMetricsTab;
class ViolationsTab;
class BaselineTolerancesTab;

// The console's window: the seven tabs of SPEC.md and a status bar (source, the record's and the
// live view's states, events/s, the agents' consumer lag). Holds no logic: tabs read the
// ConsoleStore, sources feed it.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Tab {
        RealTimeMetrics,
        AssuranceLabelPage,
        Violations,
        BaselineTolerances,
        ModelConfiguration,
        License,
        AuditEvidence,
        TabCount
    };

    explicit MainWindow(ConsoleStore *store, QWidget *parent = nullptr);

    // Clears what the previous source showed, at once, then feeds the store from this source and
    // shows its states. nullptr: no source (e.g. waiting for a password).
    void attachSource(TelemetrySource *source);
    // A message instead of a source's state (e.g. why settings were refused).
    void setSourceState(const QString &source, const QString &state);

    QTabWidget *tabs() const { return m_tabs; }
    ConsoleStore *store() const { return m_store; }
    RealTimeMetricsTab *realTimeMetrics() const { return m_realTime; }
    AssuranceLabelTab *assuranceLabels() const { return m_labels; }
    ViolationsTab *violations() const { return m_violations; }
    BaselineTolerancesTab *tolerances() const { return m_tolerances; }
    AuditEvidenceTab *auditEvidence() const { return m_audit; }
    ModelConfigurationTab *modelConfiguration() const { return m_modelConfig; }
    LicenseTab *licenseTab() const { return m_licenseTab; }
    // The installation's license: shown in the License tab, its entitlements applied to the store
    // (the model limit, with a notice naming what is hidden) whenever they change. nullptr until
    // set: Community.
    void setLicenseService(license::LicenseService *service);
    license::LicenseService *licenseService() const { return m_license; }
    QLabel *modelLimitNotice() const { return m_modelLimitNotice; }
    // Above every tab while the license needs attention: expiring, in grace, read-only (expired or
    // the clock rolled back), invalid.
    QLabel *licenseNotice() const { return m_licenseNotice; }
    // The console's audit log, shown in Audit & Evidence; its failures also in the status bar.
    void setAuditService(audit::AuditService *service);
    QString statusText() const;
    // What "Connect…" offers first (the current connection, without its password).
    void setConnectionSettings(const ConnectionSettings &settings) { m_connection = settings; }
    // Opens File → Connect… pre-filled, without blocking (the dialog is window-modal; its answer
    // arrives as connectionRequested). `reason` is shown above the form.
    void openConnectDialog(const QString &reason = {});
    ConnectionDialog *connectDialog() const; // the open one, if any
    // File → Open Evidence…: a non-blocking file dialog; the choice arrives as evidenceRequested.
    void openEvidenceDialog();
    // Audit & Evidence → Export evidence pack…: asks models, range, file and key without blocking;
    // the answer arrives as exportEvidenceRequested.
    void openExportDialog();
    ExportEvidenceDialog *exportDialog() const; // the open one, if any
    EvidenceBanner *evidenceBanner() const { return m_banner; }
    // True while the source cannot be written through (an evidence pack) or the license makes the
    // console read-only (expired past grace, the clock rolled back): every action that would change
    // the record is disabled, and says why.
    bool readOnly() const { return m_readOnly; }

Q_SIGNALS:
    // The operator chose another source in File → Connect…
    void connectionRequested(const assurance::ConnectionSettings &settings);
    // The operator chose File → Disconnect.
    void disconnectRequested();
    // The operator chose a pack in File → Open Evidence…
    void evidenceRequested(const QString &path);
    // The operator chose what to export in Export evidence pack… (ExportEvidenceDialog::Choice).
    void exportEvidenceRequested();
    // "Trust this key…" on the banner, confirmed.
    void trustSignerRequested();
    // The source became read-only (an evidence pack) or writable again.
    void readOnlyChanged(bool readOnly, const QString &why);

private:
    void showStatus();
    void updateRate();
    void showAuditState();
    void showEvidence();
    void confirmTrust();
    void setReadOnly(bool readOnly, const QString &why); // the source's
    void updateReadOnly();
    ConsoleStore *m_store;
    EvidenceBanner *m_banner;
    QPointer<QDialog> m_exportDialog;
    bool m_readOnly = false;
    QString m_readOnlyWhy;
    bool m_sourceReadOnly = false;
    QString m_sourceReadOnlyWhy;
    QTabWidget *m_tabs;
    RealTimeMetricsTab *m_realTime;
    AssuranceLabelTab *m_labels;
    ViolationsTab *m_violations;
    BaselineTolerancesTab *m_tolerances;
    AuditEvidenceTab *m_audit;
    ModelConfigurationTab *m_modelConfig;
    LicenseTab *m_licenseTab;
    QPointer<license::LicenseService> m_license;
    QLabel *m_modelLimitNotice;
    QLabel *m_licenseNotice;
    void showModelLimit();
    void showLicenseNotice();
    QPointer<audit::AuditService> m_auditService;
    QLabel *m_auditState;
    QAction *m_disconnect = nullptr;
    QLabel *m_source;
    QLabel *m_state;
    QLabel *m_rate;
    ConnectionSettings m_connection;
    QPointer<TelemetrySource> m_current;
    QPointer<QDialog> m_dialog;
    bool m_askedForPassword = false;
};

} // namespace assurance::ui
