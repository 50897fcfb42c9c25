#include "TrustedKeys.h"

#include "audit/AuditLog.h"

#include <QDir>
#include <QFile>

namespace assurance::evidence {

QString trustedKeysDirectory() {
    return audit::defaultDataDirectory() + QStringLiteral("/trusted-keys");
}

std::vector<signing::PublicKey> loadTrustedKeys(std::vector<std::string> *problems) {
    std::vector<signing::PublicKey> keys;
    const QDir dir(trustedKeysDirectory());
    for (const QString &file : dir.entryList({QStringLiteral("*.pub")}, QDir::Files, QDir::Name)) {
        std::string error;
        if (auto key = signing::PublicKey::load(dir.filePath(file).toStdString(), &error))
            keys.push_back(*key);
        else if (problems)
            problems->push_back(error);
    }
    return keys;
}

bool trustKey(const signing::PublicKey &key, std::string *error) {
    if (!QDir().mkpath(trustedKeysDirectory())) {
        if (error)
            *error = trustedKeysDirectory().toStdString() + ": cannot create the directory";
        return false;
    }
    QFile f(trustedKeysDirectory() + QLatin1Char('/') + QString::fromStdString(key.fingerprint()) +
            QStringLiteral(".pub"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(QByteArray::fromStdString(key.pem())) < 0) {
        if (error)
            *error = f.fileName().toStdString() + ": " + f.errorString().toStdString();
        return false;
    }
    return true;
}

} // namespace assurance::evidence
