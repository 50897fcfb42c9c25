#pragma once

#include "license/License.h"
#include "metrics/Clock.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <vector>

class QTimer;

namespace assurance::audit {
class AuditService;
}

// The console's license: status and entitlements on the GUI thread, file I/O on a pool thread.
//
// Threading contract: a LicenseService lives on the GUI thread and never blocks it. refresh(),
// activate() and deactivate() return at once; the work runs through QtConcurrent and its result is
// applied on the GUI thread (guarded, so a service destroyed meanwhile is never touched), then
// changed() is emitted. Until the first refresh completes, entitlements() is Community.
//
// Auditing: with an AuditService set, activation (`license.activate`), deactivation
// (`license.deactivate`) and every refusal (`license.refused`: an activation refused, or a gated
// feature refused through recordRefusal()) are recorded.
namespace assurance::license {

class LicenseService : public QObject {
    Q_OBJECT
public:
    // `clock` (tests) must outlive the service; nullptr: the system clock.
    explicit LicenseService(const QString &dataDir, QObject *parent = nullptr, const Clock *clock = nullptr);
    ~LicenseService() override;

    void setTrustedKeys(std::vector<VendorKey> keys) { m_trusted = std::move(keys); }
    void setAuditService(audit::AuditService *audit);

    const Status &status() const { return m_status; }
    const Entitlements &entitlements() const { return m_entitlements; }
    bool loaded() const { return m_loaded; }
    std::int64_t nowMs() const { return m_clock->nowMs(); }
    const QString &dataDirectory() const { return m_dataDir; }

    void refresh();
    void activate(const QString &text);
    // Reads `path` (on the pool) and activates its text; an unreadable file is a refusal too.
    void activateFile(const QString &path);
    void deactivate();
    // A gated feature was refused: audits `license.refused` with what and why.
    void recordRefusal(const QString &what, const QString &reason);
    // The upgrade request code for this machine (the fingerprint is read with the first refresh).
    QString requestCode() const;

Q_SIGNALS:
    void changed();
    void activationFinished(bool ok, const QString &message);
    void deactivationFinished(bool ok, const QString &message);

private:
    void apply(const Status &status);
    void audit(const std::string &action, const std::string &target, const std::string &details);

    QString m_dataDir;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    std::vector<VendorKey> m_trusted;
    QPointer<audit::AuditService> m_audit;
    Status m_status;
    Entitlements m_entitlements;
    bool m_loaded = false;
    QString m_machineFingerprint;
    QTimer *m_timer;
};

} // namespace assurance::license
