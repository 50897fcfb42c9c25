#pragma once

#include "sources/TelemetrySource.h"

#include <QString>

#include <cstdint>
#include <memory>

class QSettings;

namespace assurance {

// Where the console reads from. The password is never stored (QSettings holds the rest): it is
// asked for at each connection or read from a file given on the command line.
struct ConnectionSettings {
    enum class Kind { Demo, Direct };
    Kind kind = Kind::Demo;
    std::uint64_t demoSeed = 1;
    QString redisUrl; // without a password
    QString password; // in memory only
    QString brokers;  // empty: no live Kafka view
    QString topic = QStringLiteral("model-telemetry");
    // The agents' consumer group: the live view starts at its committed offsets (read, never
    // joined), so the open windows it shows are the ones the agents have not written yet.
    QString agentGroup = QStringLiteral("assurance-agents");

    void save(QSettings &settings) const; // everything but the password
    static ConnectionSettings load(QSettings &settings);
};

// A new, not yet started source for the settings; nullptr with a translated error when they do not
// make sense (e.g. a rediss:// URL).
std::unique_ptr<TelemetrySource> createSource(const ConnectionSettings &settings, QString *error);

} // namespace assurance
