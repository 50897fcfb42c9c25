#pragma once

#include "kafka/KafkaClient.h"
#include "redis/RedisUrl.h"
#include "sources/TelemetrySource.h"

#include <QPointer>

#include <chrono>
#include <optional>

class QThread;

namespace assurance {

class DirectWorker;

// The Direct source (SPEC.md "Processes"): the record comes from the Redis the agents write — each
// model's history (through the index, or SCAN), its latest label (label:{id}, hash checked by the
// store), its violation episodes (violations:{id}), tolerance set and config — loaded on connect
// and followed on `assurance:updates`. Optionally a live, provisional view of the open windows is
// computed from Kafka by the same engine, with the agents' window length (read off the history)
// and the stored reference profiles, reading with assign() from the agents' committed offsets so
// it never joins or commits in their group. Lost Redis: state Reconnecting, retry with backoff,
// re-SUBSCRIBE and re-read what changed meanwhile. All I/O on the source's own thread; stop()
// never waits for it.
class DirectTelemetrySource : public TelemetrySource {
    Q_OBJECT
public:
    struct Options {
        RedisUrl redis;
        std::optional<KafkaSettings> kafka; // none: Redis only
        int frameIntervalMs = 100;
        std::size_t historyPerModel = 1440; // newest windows loaded per model on connect
    };

    explicit DirectTelemetrySource(Options options, QObject *parent = nullptr);
    ~DirectTelemetrySource() override;

    void start() override;
    void stop() override; // returns at once: the worker finishes its current call on its own thread
    QString name() const override;

    // Waits (bounded) for the threads of stopped sources to finish: call once at exit.
    static bool waitForStoppedWorkers(std::chrono::milliseconds timeout);

private:
    Options m_options;
    QThread *m_thread = nullptr;
    QPointer<QObject> m_worker;
};

} // namespace assurance
