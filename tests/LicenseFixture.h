#pragma once

#include "license/License.h"
#include "license/LicenseStore.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <string>

// The development vendor key (tests/license/DEV-ONLY-vendor-license-key.pem, trusted by the dev and
// asan presets only) and licenses signed with it, for tests of gated features.
namespace assurance::licensefixture {

inline QString devVendorKeyPath() {
    return QStringLiteral(ASSURANCE_DEV_VENDOR_KEY);
}

// The dev vendor key, copied to `dir` with mode 0600 (git keeps 0644; SigningKey refuses that).
inline std::optional<signing::SigningKey> devVendorKey(const QString &dir, std::string *error) {
    QDir().mkpath(dir);
    const QString copy = dir + QStringLiteral("/dev-vendor.pem");
    QFile::remove(copy);
    if (!QFile::copy(devVendorKeyPath(), copy) ||
        !QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = "cannot copy the dev vendor key to " + copy.toStdString();
        return std::nullopt;
    }
    return signing::SigningKey::load(copy.toStdString(), error);
}

inline license::License sampleLicense(license::Tier tier, std::int64_t issuedMs, std::int64_t expiresMs) {
    license::License l;
    l.licenseId = "lic-test-0001";
    l.product = std::string(license::kProduct);
    l.licensee = "Example Bank plc";
    l.tier = tier;
    l.features = license::defaultFeatures(tier);
    l.maxModels = license::defaultMaxModels(tier);
    l.seats = 10;
    l.issuedMs = issuedMs;
    l.expiresMs = expiresMs;
    return l;
}

// Activates a Professional license (a year from now) in `dataDir`: gated features are entitled.
inline bool activateDevLicense(const QString &dataDir, std::int64_t nowMs, std::string *error) {
    const auto key = devVendorKey(dataDir + QStringLiteral("/.license-fixture"), error);
    if (!key)
        return false;
    const std::string text = license::issueLicense(
        sampleLicense(license::Tier::Professional, nowMs - license::kDayMs, nowMs + 365 * license::kDayMs),
        *key);
    const auto r = license::activate(dataDir, text, nowMs, license::compiledVendorKeys());
    if (!r.ok)
        *error = r.error;
    return r.ok;
}

} // namespace assurance::licensefixture
