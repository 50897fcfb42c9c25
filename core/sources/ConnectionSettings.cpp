#include "ConnectionSettings.h"

#include "sources/DemoTelemetrySource.h"
#include "sources/DirectTelemetrySource.h"
#include "sources/EvidenceTelemetrySource.h"

#include <QCoreApplication>
#include <QSettings>

namespace assurance {

namespace {
constexpr SourceKind kKinds[] = {SourceKind::Demo, SourceKind::Direct, SourceKind::Remote,
                                 SourceKind::Evidence};
}

const char *ConnectionSettings::kindKey(SourceKind kind) {
    switch (kind) {
    case SourceKind::Demo:
        return "demo";
    case SourceKind::Direct:
        return "direct";
    case SourceKind::Remote:
        return "remote";
    case SourceKind::Evidence:
        return "evidence";
    }
    return "demo";
}

void ConnectionSettings::save(QSettings &settings) const {
    settings.beginGroup(QStringLiteral("connection"));
    if (kind != SourceKind::Evidence)
        settings.setValue(QStringLiteral("kind"), QString::fromLatin1(kindKey(kind)));
    settings.setValue(QStringLiteral("redisUrl"), redisUrl);
    settings.setValue(QStringLiteral("brokers"), brokers);
    settings.setValue(QStringLiteral("topic"), topic);
    settings.setValue(QStringLiteral("agentGroup"), agentGroup);
    settings.endGroup();
}

bool ConnectionSettings::saved(QSettings &settings) {
    return settings.contains(QStringLiteral("connection/kind"));
}

ConnectionSettings ConnectionSettings::load(QSettings &settings) {
    ConnectionSettings c;
    settings.beginGroup(QStringLiteral("connection"));
    const QString kind = settings.value(QStringLiteral("kind")).toString();
    for (SourceKind k : kKinds)
        if (kind == QLatin1String(kindKey(k)) && k != SourceKind::Evidence)
            c.kind = k;
    c.redisUrl = settings.value(QStringLiteral("redisUrl")).toString();
    c.brokers = settings.value(QStringLiteral("brokers")).toString();
    c.topic = settings.value(QStringLiteral("topic"), QStringLiteral("model-telemetry")).toString();
    c.agentGroup =
        settings.value(QStringLiteral("agentGroup"), QStringLiteral("assurance-agents")).toString();
    settings.endGroup();
    return c;
}

bool ConnectionSettings::needsPassword() const {
    if (kind != SourceKind::Direct || !password.isEmpty())
        return false;
    const auto url = parseRedisUrl(redisUrl.trimmed().toStdString(), nullptr);
    return url && !url->user.empty() && url->password.empty();
}

StartupChoice chooseStartup(QSettings &saved, const StartupOptions &options) {
    StartupChoice choice;
    ConnectionSettings &c = choice.settings;
    c = ConnectionSettings::load(saved);
    if (options.demo || (options.redisUrl.isEmpty() && !ConnectionSettings::saved(saved)))
        c.kind = SourceKind::Demo;
    c.demoSeed = options.demoSeed;
    if (!options.redisUrl.isEmpty() && !options.demo) {
        c.kind = SourceKind::Direct;
        c.redisUrl = options.redisUrl;
        c.brokers = options.brokers;
        if (!options.topic.isEmpty())
            c.topic = options.topic;
        if (!options.agentGroup.isEmpty())
            c.agentGroup = options.agentGroup;
    }
    c.password = options.password;
    choice.askForPassword = c.needsPassword();
    return choice;
}

std::unique_ptr<TelemetrySource> createSource(const ConnectionSettings &settings, QString *error) {
    switch (settings.kind) {
    case SourceKind::Demo: {
        DemoTelemetrySource::Options options;
        options.seed = settings.demoSeed;
        return std::make_unique<DemoTelemetrySource>(options);
    }
    case SourceKind::Remote:
        *error = QCoreApplication::translate(
            "ConnectionSettings", "The Remote source (an agent's WebSocket gateway) is not built yet.");
        return nullptr;
    case SourceKind::Evidence:
        if (settings.evidencePath.isEmpty()) {
            *error = QCoreApplication::translate("ConnectionSettings", "No evidence pack was chosen.");
            return nullptr;
        }
        return std::make_unique<EvidenceTelemetrySource>(settings.evidencePath);
    case SourceKind::Direct:
        break;
    }
    std::string why;
    auto url = parseRedisUrl(settings.redisUrl.trimmed().toStdString(), &why);
    if (!url) {
        *error = QCoreApplication::translate("ConnectionSettings", "Redis URL: %1")
                     .arg(QString::fromStdString(why));
        return nullptr;
    }
    if (!settings.password.isEmpty())
        url->password = settings.password.toStdString();
    DirectTelemetrySource::Options options;
    options.redis = *url;
    if (!settings.brokers.trimmed().isEmpty()) {
        KafkaSettings kafka;
        kafka.brokers = settings.brokers.trimmed().toStdString();
        kafka.topics = {settings.topic.trimmed().isEmpty() ? std::string("model-telemetry")
                                                           : settings.topic.trimmed().toStdString()};
        // Where the agents' group stands (read without joining it), else the end of each partition.
        kafka.start = KafkaSettings::Start::Committed;
        kafka.groupId = settings.agentGroup.trimmed().toStdString();
        options.kafka = kafka;
    }
    return std::make_unique<DirectTelemetrySource>(options);
}

} // namespace assurance
