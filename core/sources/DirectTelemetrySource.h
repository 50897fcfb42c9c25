#pragma once

#include "kafka/KafkaClient.h"
#include "redis/RedisUrl.h"
#include "sources/TelemetrySource.h"
#include "sources/WorkerThread.h"

#include <optional>

namespace assurance {

// The Direct source (SPEC.md "Processes"), in two parts with a thread each:
//  - the record: a RecordFollower reads what the agents wrote to Redis (the last 24 hours of each
//    model's history, labels with their hashes checked, episodes, tolerance sets, configs,
//    reference profiles) and follows `assurance:updates`;
//  - the live view (when brokers are given): the same engine as the agents, with their window
//    length and reference profiles (handed over by the record part), computes the open windows
//    from Kafka, reading with assign() from the agents' committed offsets, so it never joins or
//    commits in their group. It also reports the agents' consumer lag.
// A Kafka open that hangs never freezes the record, and the other way round. Older history is
// pulled on demand (pullHistory) on a connection of its own.
class DirectTelemetrySource : public TelemetrySource {
    Q_OBJECT
public:
    struct Options {
        RedisUrl redis;
        std::optional<KafkaSettings> kafka; // none: Redis only
        int frameIntervalMs = 100;          // the record: a closed window shows within 0.1 s
        int liveFrameIntervalMs = 250; // the live view's log and rates: 4 Hz is live to a reader, and costs
                                       // the GUI a third of what 10 Hz does (bench_console idle)
        std::int64_t recentHistoryMs = 24 * 3600'000LL; // history read on connect, per model
        std::size_t maxWindowsPerModel = 10'000;
        int lagIntervalMs = 5000; // how often the agents' consumer lag is asked
    };

    explicit DirectTelemetrySource(Options options, QObject *parent = nullptr);
    ~DirectTelemetrySource() override;

    void start() override;
    void stop() override; // returns at once: each worker finishes its current call on its own thread
    QString name() const override;
    SourceKind kind() const override { return SourceKind::Direct; }
    // The record's Redis, with its password (in memory only): what an evidence export reads.
    const RedisUrl &redisUrl() const { return m_options.redis; }
    QCoro::Task<HistoryPullResult> pullHistory(std::string modelId, std::int64_t fromMs, std::int64_t toMs,
                                               PullOptions options) override;
    // label:{id}:index and label:{id}:{timestamp}, then tolerances:{id}:history, on a pool thread
    // with a connection of its own (never the record's).
    QCoro::Task<LabelHistoryResult> pullLabelHistory(std::string modelId, std::int64_t fromMs,
                                                     std::int64_t toMs, PullOptions options) override;
    // Writes to the agents' Redis (RedisEpisodeWriter, a connection per action on a pool thread).
    std::shared_ptr<EpisodeWriter> episodeWriter() const override;
    std::shared_ptr<ToleranceWriter> toleranceWriter() const override; // RedisToleranceWriter
    // RedisModelConfigWriter on the same Redis (a connection per call on a pool thread).
    std::shared_ptr<ModelConfigWriter> modelConfigWriter() const override;

private:
    Options m_options;
    std::shared_ptr<EpisodeWriter> m_episodeWriter;
    std::shared_ptr<ToleranceWriter> m_toleranceWriter;
    std::shared_ptr<ModelConfigWriter> m_configWriter;
    WorkerThread m_record;
    WorkerThread m_live;
};

} // namespace assurance
