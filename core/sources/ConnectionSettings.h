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
    SourceKind kind = SourceKind::Demo;
    std::uint64_t demoSeed = 1;
    QString redisUrl; // without a password
    QString password; // in memory only
    QString brokers;  // empty: no live Kafka view
    QString topic = QStringLiteral("model-telemetry");
    // The agents' consumer group: the live view starts at its committed offsets (read, never
    // joined), so the open windows it shows are the ones the agents have not written yet.
    QString agentGroup = QStringLiteral("assurance-agents");
    // Evidence: the pack file. Never saved.
    QString evidencePath;

    // Everything but the password. An Evidence source is never saved as the one to restore at
    // start (a pack is opened on purpose); the previous kind stays.
    void save(QSettings &settings) const;
    static ConnectionSettings load(QSettings &settings);
    // True when settings were saved before (a saved connection exists).
    static bool saved(QSettings &settings);
    // The settings key of each kind ("demo", "direct", "remote", "evidence").
    static const char *kindKey(SourceKind kind);
    // Direct: a password is needed to connect and none is at hand (the URL names a user, whose
    // ACL login always has one). A URL without a user may still need one: Redis then answers
    // NOAUTH and the console asks.
    bool needsPassword() const;
};

// Which connection the console starts on: the command line's Direct (--redis) wins; --demo forces
// Demo; otherwise the saved connection (never an Evidence pack); Demo when nothing was saved.
// `askForPassword`: the chosen connection needs a password that is not at hand (it is never
// stored), so the console opens Connect… pre-filled instead of starting a source.
struct StartupChoice {
    ConnectionSettings settings;
    bool askForPassword = false;
};
struct StartupOptions {
    bool demo = false;                            // --demo
    std::uint64_t demoSeed = 1;                   // --seed
    QString redisUrl, brokers, topic, agentGroup; // --redis … (empty: not given)
    QString password;                             // from --redis-password-file
};
StartupChoice chooseStartup(QSettings &saved, const StartupOptions &options);

// A new, not yet started source for the settings; nullptr with a translated error when they do not
// make sense (e.g. a rediss:// URL) or the kind is not built yet.
std::unique_ptr<TelemetrySource> createSource(const ConnectionSettings &settings, QString *error);

} // namespace assurance
