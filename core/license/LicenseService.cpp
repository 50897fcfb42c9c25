#include "LicenseService.h"

#include "audit/AuditService.h"
#include "license/LicenseStore.h"
#include "json/PyJson.h"

#include <QFile>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace assurance::license {

namespace {
// Runs `work` on the pool and `done(result)` on `context`'s thread, unless `context` is gone.
template<class Work, class Done> void runThen(QObject *context, Work work, Done done) {
    using T = decltype(work());
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

std::string licenseDetails(const License &l, const std::string &extraKey = {},
                           const std::string &extra = {}) {
    pyjson::Writer w;
    w.beginObject();
    w.key("expires");
    w.value(l.expiresMs);
    w.key("key_id");
    w.value(l.keyId);
    w.key("license_id");
    w.value(l.licenseId);
    w.key("licensee");
    w.value(l.licensee);
    if (!extraKey.empty()) {
        w.key(extraKey);
        w.value(extra);
    }
    w.key("tier");
    w.value(tierName(l.tier));
    w.endObject();
    return w.take();
}

std::string reasonDetails(const std::string &what, const std::string &reason) {
    pyjson::Writer w;
    w.beginObject();
    w.key("reason");
    w.value(reason);
    w.key("what");
    w.value(what);
    w.endObject();
    return w.take();
}
} // namespace

LicenseService::LicenseService(const QString &dataDir, QObject *parent, const Clock *clock)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_ownClock.get())
    , m_trusted(compiledVendorKeys())
    , m_timer(new QTimer(this)) {
    // States change with time (expiring, grace, expired): look again every ten minutes.
    m_timer->setInterval(std::chrono::minutes(10));
    connect(m_timer, &QTimer::timeout, this, &LicenseService::refresh);
    m_timer->start();
}

LicenseService::~LicenseService() = default;

void LicenseService::setAuditService(audit::AuditService *audit) {
    m_audit = audit;
}

void LicenseService::refresh() {
    runThen(
        this,
        [dir = m_dataDir, now = m_clock->nowMs(), keys = m_trusted,
         needFingerprint = m_machineFingerprint.isEmpty()] {
            return std::pair{loadStatus(dir, now, keys),
                             needFingerprint ? machineFingerprint(readMachineId()) : std::string()};
        },
        [this](const std::pair<Status, std::string> &r) {
            if (!r.second.empty())
                m_machineFingerprint = QString::fromStdString(r.second);
            apply(r.first);
        });
}

void LicenseService::activate(const QString &text) {
    runThen(
        this,
        [dir = m_dataDir, now = m_clock->nowMs(), keys = m_trusted, t = text.toStdString()] {
            return license::activate(dir, t, now, keys);
        },
        [this](const ActivationResult &r) {
            if (r.ok) {
                audit("license.activate", "license/" + r.status.license->licenseId,
                      licenseDetails(*r.status.license, "state", std::string(stateName(r.status.state))));
                apply(r.status);
                Q_EMIT activationFinished(true, tr("License %1 activated for %2.")
                                                    .arg(QString::fromStdString(r.status.license->licenseId),
                                                         QString::fromStdString(r.status.license->licensee)));
                return;
            }
            audit("license.refused", r.refusedLicense ? "license/" + r.refusedLicense->licenseId : "license",
                  reasonDetails("activation", r.error));
            Q_EMIT activationFinished(false,
                                      tr("The license was refused: %1").arg(QString::fromStdString(r.error)));
        });
}

void LicenseService::activateFile(const QString &path) {
    runThen(
        this,
        [path] {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return std::pair{false, QString(path + QStringLiteral(": ") + f.errorString())};
            return std::pair{true, QString::fromUtf8(f.read(64 * 1024 + 1))};
        },
        [this](const std::pair<bool, QString> &r) {
            if (r.first) {
                activate(r.second);
                return;
            }
            audit("license.refused", "license", reasonDetails("activation", r.second.toStdString()));
            Q_EMIT activationFinished(false, tr("The license was refused: %1").arg(r.second));
        });
}

void LicenseService::deactivate() {
    const std::optional<License> previous = m_status.license;
    runThen(
        this,
        [dir = m_dataDir] {
            std::string error;
            const bool removed = license::deactivate(dir, &error);
            return std::pair{removed, error};
        },
        [this, previous](const std::pair<bool, std::string> &r) {
            if (!r.second.empty()) {
                Q_EMIT deactivationFinished(
                    false, tr("Could not deactivate: %1").arg(QString::fromStdString(r.second)));
                return;
            }
            if (r.first)
                audit("license.deactivate", previous ? "license/" + previous->licenseId : "license",
                      previous ? licenseDetails(*previous) : "{}");
            Q_EMIT deactivationFinished(
                true, tr("The license was deactivated: this installation is Community now."));
            refresh();
        });
}

void LicenseService::recordRefusal(const QString &what, const QString &reason) {
    audit("license.refused", "license", reasonDetails(what.toStdString(), reason.toStdString()));
}

QString LicenseService::requestCode() const {
    return QString::fromStdString(
        license::requestCode(m_status.license ? m_status.license->licenseId : "none",
                             m_machineFingerprint.toStdString(), m_entitlements.tier()));
}

void LicenseService::apply(const Status &status) {
    m_status = status;
    m_entitlements = Entitlements::of(status);
    m_loaded = true;
    Q_EMIT changed();
}

void LicenseService::audit(const std::string &action, const std::string &target, const std::string &details) {
    if (m_audit)
        m_audit->record({action, target, details, {}});
}

} // namespace assurance::license
