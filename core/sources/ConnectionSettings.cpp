#include "ConnectionSettings.h"

#include "sources/DemoTelemetrySource.h"
#include "sources/DirectTelemetrySource.h"

#include <QCoreApplication>
#include <QSettings>

namespace assurance {

void ConnectionSettings::save(QSettings &settings) const {
    settings.beginGroup(QStringLiteral("connection"));
    settings.setValue(QStringLiteral("kind"),
                      kind == Kind::Direct ? QStringLiteral("direct") : QStringLiteral("demo"));
    settings.setValue(QStringLiteral("redisUrl"), redisUrl);
    settings.setValue(QStringLiteral("brokers"), brokers);
    settings.setValue(QStringLiteral("topic"), topic);
    settings.setValue(QStringLiteral("agentGroup"), agentGroup);
    settings.endGroup();
}

ConnectionSettings ConnectionSettings::load(QSettings &settings) {
    ConnectionSettings c;
    settings.beginGroup(QStringLiteral("connection"));
    c.kind = settings.value(QStringLiteral("kind")).toString() == QLatin1String("direct") ? Kind::Direct
                                                                                          : Kind::Demo;
    c.redisUrl = settings.value(QStringLiteral("redisUrl")).toString();
    c.brokers = settings.value(QStringLiteral("brokers")).toString();
    c.topic = settings.value(QStringLiteral("topic"), QStringLiteral("model-telemetry")).toString();
    c.agentGroup =
        settings.value(QStringLiteral("agentGroup"), QStringLiteral("assurance-agents")).toString();
    settings.endGroup();
    return c;
}

std::unique_ptr<TelemetrySource> createSource(const ConnectionSettings &settings, QString *error) {
    if (settings.kind == ConnectionSettings::Kind::Demo) {
        DemoTelemetrySource::Options options;
        options.seed = settings.demoSeed;
        return std::make_unique<DemoTelemetrySource>(options);
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
