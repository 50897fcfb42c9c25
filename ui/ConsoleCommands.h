#pragma once

#include "assurance/ViolationTracker.h"
#include "sources/ConnectionSettings.h"

#include <QCoroFwd>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace assurance {
class TelemetrySource;
namespace evidence {
class EvidenceExportJob;
struct EvidenceContent;
} // namespace evidence
namespace audit {
class AuditService;
}
} // namespace assurance

namespace assurance::ui {

class MainWindow;

// The operator's changes to the console, each applied and recorded in the audit log in one place
// (STYLE.md "Operator actions are commands"): connecting, switching and disconnecting the source,
// and the settings the console lets a user change (today the automatic checkpoint interval).
// Owns the current source. Records never hold a password: targets and details carry the Redis
// URL without it (the dialog already moved any password out of the URL).
//
// GUI thread. `settings` (where the connection and the interval are saved) and `audit` must outlive
// it; `audit` may be nullptr (nothing recorded).
class ConsoleCommands : public QObject {
    Q_OBJECT
public:
    ConsoleCommands(MainWindow *window, audit::AuditService *audit, QSettings *settings,
                    QObject *parent = nullptr);
    ~ConsoleCommands() override; // stops the source (never waits)

    // The source main() chose at start, already created: attached, started and recorded as
    // `source.connect` (details.reason "startup"). nullptr: none (e.g. waiting for a password).
    void adoptStartupSource(std::unique_ptr<TelemetrySource> source, const ConnectionSettings &settings);
    // File → Connect…: creates the source (the reason shown on failure, nothing recorded), stops the
    // previous one, starts it, saves the settings (never the password) and records `source.connect`
    // (no source before) or `source.switch`.
    bool connectSource(const ConnectionSettings &requested);
    // File → Disconnect: stops the source and records `source.disconnect`.
    void disconnectSource();
    // File → Open Evidence… / --evidence: switches to the pack's read-only source like
    // connectSource (recorded as `source.connect`/`source.switch`, never saved as the startup
    // source) and, once verified, records `evidence.review` with the verdict.
    bool openEvidence(const QString &packPath);
    // "Trust this key…": copies the open pack's signer key into the trusted keys (off the GUI
    // thread), records `evidence.trust_key`, and verifies the pack again.
    void trustSigner();
    // Export evidence pack…: runs the export the dialog describes against the Direct source's
    // Redis (the export records its own `evidence.export` entry). False, with the reason shown in
    // the tab, when it cannot start.
    bool exportEvidence();
    evidence::EvidenceExportJob *exportJob() const { return m_export; }
    // The Violations tab's Acknowledge / Resolve / Add note: one EpisodeCommand per episode through
    // the source's writer (never blocking the GUI thread), each audited as `violation.*`. The
    // episode as this console last saw it sets the expected number of actions, so a change made
    // meanwhile by someone else is refused as a conflict, naming who did what when. The outcome
    // goes to the tab (ViolationsTab::showActionResult) and to actionsFinished.
    QCoro::Task<void> runEpisodeActions(OperatorAction::Kind kind, QStringList episodeIds, QString note);

Q_SIGNALS:
    // Every action of one request answered; `ok`: all were applied.
    void actionsFinished(bool ok, const QString &message);

public:
    // Records `settings.change` when it changes, applies it to the audit service and saves it.
    void setCheckpointIntervalMinutes(int minutes);
    int checkpointIntervalMinutes() const { return m_checkpointMinutes; }
    static int savedCheckpointIntervalMinutes(QSettings &settings); // default 60

    TelemetrySource *source() const { return m_source.get(); }
    void stop(); // at exit: stops the source without recording a disconnect

    // What a record names: "demo" or "direct redis://host:6379/0 kafka host:9092/topic".
    static QString connectionTarget(const ConnectionSettings &settings);

private:
    void replicateAuditTo(const ConnectionSettings &settings);
    void watchEvidence();
    void recordReview(const std::shared_ptr<const evidence::EvidenceContent> &content);
    void record(const char *action, const QString &target, const QByteArray &detailsJson);

    QPointer<MainWindow> m_window;
    QPointer<audit::AuditService> m_audit;
    QSettings *m_settings;
    std::unique_ptr<TelemetrySource> m_source;
    std::optional<ConnectionSettings> m_current; // without the password
    int m_checkpointMinutes = 60;
    evidence::EvidenceExportJob *m_export;
};

} // namespace assurance::ui
