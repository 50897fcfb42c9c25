#include "LicenseStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace assurance::license {

namespace {
std::optional<std::string> readSmallFile(const QString &path, qint64 limit) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = f.read(limit + 1);
    if (bytes.size() > limit)
        return std::nullopt;
    return bytes.toStdString();
}

bool writeAtomically(const QString &path, const std::string &bytes, std::string *error) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size()) ||
        !f.commit()) {
        if (error)
            *error = path.toStdString() + ": " + f.errorString().toStdString();
        return false;
    }
    return true;
}
} // namespace

QString licenseFilePath(const QString &dataDir) {
    return dataDir + QStringLiteral("/license.lic");
}

QString clockFilePath(const QString &dataDir) {
    return dataDir + QStringLiteral("/license-clock");
}

std::int64_t readLatestTimeSeen(const QString &dataDir) {
    const auto text = readSmallFile(clockFilePath(dataDir), 64);
    if (!text)
        return 0;
    bool ok = false;
    const qint64 ms = QByteArray::fromStdString(*text).trimmed().toLongLong(&ok);
    return ok && ms > 0 ? ms : 0;
}

bool recordLatestTimeSeen(const QString &dataDir, std::int64_t ms, std::string *error) {
    if (ms <= readLatestTimeSeen(dataDir))
        return true;
    return writeAtomically(clockFilePath(dataDir), std::to_string(ms) + "\n", error);
}

std::optional<std::string> readActivated(const QString &dataDir) {
    return readSmallFile(licenseFilePath(dataDir), 64 * 1024);
}

Status loadStatus(const QString &dataDir, std::int64_t nowMs, const std::vector<VendorKey> &trusted) {
    const std::int64_t stored = readLatestTimeSeen(dataDir);
    Status s = evaluate(readActivated(dataDir), trusted, nowMs, stored);
    if (!s.clockRolledBack && s.latestSeenMs > stored && QFileInfo::exists(dataDir))
        recordLatestTimeSeen(dataDir, s.latestSeenMs, nullptr); // best effort: read-only media still work
    return s;
}

ActivationResult activate(const QString &dataDir, const std::string &text, std::int64_t nowMs,
                          const std::vector<VendorKey> &trusted) {
    ActivationResult r;
    r.status = loadStatus(dataDir, nowMs, trusted);
    if (r.status.clockRolledBack) {
        r.error =
            "this computer's clock is more than 24 hours behind the latest time seen; set the clock right "
            "first";
        return r;
    }
    const Status candidate = evaluate(text, trusted, nowMs, r.status.latestSeenMs);
    if (candidate.state == State::Invalid) {
        r.error = candidate.invalidReason;
        return r;
    }
    if (candidate.state == State::Expired) {
        r.error = "the license expired more than 14 days ago";
        r.refusedLicense = candidate.license;
        return r;
    }
    if (!writeAtomically(licenseFilePath(dataDir), text, &r.error))
        return r;
    recordLatestTimeSeen(dataDir, candidate.latestSeenMs, nullptr);
    r.ok = true;
    r.status = candidate;
    return r;
}

bool deactivate(const QString &dataDir, std::string *error) {
    QFile f(licenseFilePath(dataDir));
    if (!f.exists())
        return false;
    if (!f.remove()) {
        if (error)
            *error = licenseFilePath(dataDir).toStdString() + ": " + f.errorString().toStdString();
        return false;
    }
    return true;
}

std::string readMachineId() {
    for (const char *path : {"/etc/machine-id", "/var/lib/dbus/machine-id"})
        if (const auto id = readSmallFile(QString::fromLatin1(path), 256))
            if (const QByteArray t = QByteArray::fromStdString(*id).trimmed(); !t.isEmpty())
                return t.toStdString();
    return {};
}

} // namespace assurance::license
