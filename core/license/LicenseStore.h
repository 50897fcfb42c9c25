#pragma once

#include "license/License.h"

#include <QString>

#include <optional>
#include <string>

// The installation's activated license and its latest time seen, in the data directory
// (audit::defaultDataDirectory(), docs/license.md "Files"): `license.lic` holds the activated file
// byte for byte, `license-clock` the latest time seen in decimal UTC milliseconds. Blocking file
// I/O: assurancectl calls these directly, the console through LicenseService on a pool thread.
namespace assurance::license {

QString licenseFilePath(const QString &dataDir);
QString clockFilePath(const QString &dataDir);

// The stored latest time seen; 0 when there is none or it is unreadable.
std::int64_t readLatestTimeSeen(const QString &dataDir);
// Moves the stored latest time seen forward to `ms` (never back). False with the reason.
bool recordLatestTimeSeen(const QString &dataDir, std::int64_t ms, std::string *error);
// The activated file's text; nullopt when none is activated.
std::optional<std::string> readActivated(const QString &dataDir);

// The status now: reads both files, evaluates, and keeps the latest time seen moving forward.
Status loadStatus(const QString &dataDir, std::int64_t nowMs, const std::vector<VendorKey> &trusted);

struct ActivationResult {
    bool ok = false;
    Status status;     // the new status when ok, else the current one
    std::string error; // why refused: the license's own reason, or the clock, or an I/O error
    std::optional<License> refusedLicense; // a verified license refused (expired), for the audit entry
};
// Verifies `text` at `nowMs`; refuses an invalid or already expired-past-grace license and any
// activation while the clock is rolled back; otherwise writes `license.lic` (replacing the previous
// one atomically).
ActivationResult activate(const QString &dataDir, const std::string &text, std::int64_t nowMs,
                          const std::vector<VendorKey> &trusted);
// Removes `license.lic`; the installation is Community again. True when there was one to remove;
// `error` set on an I/O failure.
bool deactivate(const QString &dataDir, std::string *error);

// /etc/machine-id (else /var/lib/dbus/machine-id), trimmed; empty when neither is readable.
std::string readMachineId();

} // namespace assurance::license
