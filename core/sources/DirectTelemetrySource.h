#pragma once

#include "kafka/KafkaClient.h"
#include "redis/RedisUrl.h"
#include "sources/TelemetrySource.h"

#include <optional>

class QThread;

namespace assurance {

class DirectWorker;

// The Direct source (SPEC.md "Processes"): the record — snapshots, history, labels and violation
// episodes — comes from the Redis the agents write (loaded on connect, through the index or SCAN,
// then followed on `assurance:updates`); optionally a live, provisional view of the open windows is
// computed from Kafka with the same engine, reading with assign() so it never joins or commits in
// the agents' group. Lost Redis: state Reconnecting, retry with backoff, re-SUBSCRIBE and fetch the
// windows missed meanwhile through the index. All I/O on the source's own thread.
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
    void stop() override;
    QString name() const override;

private:
    Options m_options;
    QThread *m_thread = nullptr;
};

} // namespace assurance
