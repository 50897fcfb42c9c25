#include "DirectTelemetrySource.h"

#include "commands/RedisEpisodeWriter.h"
#include "commands/RedisModelConfigWriter.h"
#include "commands/RedisToleranceWriter.h"
#include "metrics/Clock.h"
#include "pipeline/TelemetryProcessor.h"
#include "record/RecordFollower.h"
#include "redis/RedisClient.h"
#include "redis/RetryBackoff.h"
#include "redis/SnapshotStore.h"
#include "sources/LiveFrameBuilder.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

Q_DECLARE_METATYPE(assurance::RecordFollower::LiveSettings)

namespace assurance {

namespace {
using State = TelemetrySource::State;
using Reason = TelemetrySource::Reason;
using PartStatus = TelemetrySource::PartStatus;
} // namespace

// The record part, on its own thread: a RecordFollower stepped every frame interval.
class RecordWorker : public QObject {
    Q_OBJECT
public:
    RecordWorker(const DirectTelemetrySource::Options &options, std::shared_ptr<InterruptHooks> hooks)
        : m_follower(followerOptions(options))
        , m_hooks(std::move(hooks))
        , m_interval(options.frameIntervalMs) {
        m_hook = m_hooks->add([this] { m_follower.interrupt(); });
    }
    ~RecordWorker() override { m_hooks->remove(m_hook); }

    void begin() {
        auto *timer = new QTimer(this);
        timer->setInterval(m_interval);
        connect(timer, &QTimer::timeout, this, &RecordWorker::pump);
        timer->start();
        pump();
    }

Q_SIGNALS:
    void frameReady(assurance::ConsoleFramePtr frame);
    void statusChanged(const assurance::TelemetrySource::PartStatus &status);
    void liveSettings(const assurance::RecordFollower::LiveSettings &settings);

private:
    static RecordFollower::Options followerOptions(const DirectTelemetrySource::Options &o) {
        RecordFollower::Options f;
        f.redis = o.redis;
        f.recentHistoryMs = o.recentHistoryMs;
        f.maxWindowsPerModel = o.maxWindowsPerModel;
        return f;
    }

    void pump() {
        if (QThread::currentThread()->isInterruptionRequested())
            return;
        const std::int64_t now = SystemClock().nowMs();
        m_follower.step(now);
        PartStatus status;
        const std::string &error = m_follower.error();
        const Reason failed =
            m_follower.credentialsNeeded() ? Reason::AuthenticationFailed : Reason::ConnectionFailed;
        switch (m_follower.status()) {
        case RecordFollower::Status::Connecting:
            status = {State::Starting, error.empty() ? Reason::None : failed, QString::fromStdString(error),
                      0};
            break;
        case RecordFollower::Status::Reconnecting:
            status = {State::Reconnecting, failed, QString::fromStdString(error), 0};
            break;
        case RecordFollower::Status::Connected:
            status = {State::Running,
                      m_follower.problems() ? Reason::UnreadableValues : Reason::None,
                      {},
                      m_follower.problems()};
            break;
        }
        if (!(status == m_status)) {
            m_status = status;
            Q_EMIT statusChanged(status);
        }
        RecordFollower::LiveSettings settings;
        if (m_follower.takeLiveSettings(settings))
            Q_EMIT liveSettings(settings);
        if (m_follower.hasNews()) {
            auto frame = std::make_shared<ConsoleFrame>();
            frame->nowMs = now;
            frame->record = m_follower.take();
            Q_EMIT frameReady(std::move(frame));
        }
    }

    RecordFollower m_follower;
    std::shared_ptr<InterruptHooks> m_hooks;
    int m_hook = -1;
    int m_interval;
    PartStatus m_status{State::Starting, Reason::None, {}, 0};
};

// The live part, on its own thread: Kafka → the engine → provisional windows, the log and rates.
class LiveWorker : public QObject {
    Q_OBJECT
public:
    LiveWorker(const DirectTelemetrySource::Options &options, std::shared_ptr<InterruptHooks> hooks)
        : m_kafka(*options.kafka)
        , m_hooks(std::move(hooks))
        , m_interval(options.liveFrameIntervalMs)
        , m_lagInterval(options.lagIntervalMs) {
        m_hook = m_hooks->add([this] { m_consumer.interrupt(); });
    }
    ~LiveWorker() override {
        m_consumer.close();
        m_hooks->remove(m_hook);
    }

    void begin() {
        report({State::Starting, Reason::WaitingForRecord, {}, 0});
        auto *timer = new QTimer(this);
        timer->setInterval(m_interval);
        connect(timer, &QTimer::timeout, this, &LiveWorker::pump);
        timer->start();
    }

    // From the record part: the agents' window length, reference profiles and tasks.
    void configure(const assurance::RecordFollower::LiveSettings &settings) {
        if (!m_processor || settings.windowMs != m_windowMs) {
            EngineConfig config;
            config.windowMs = settings.windowMs;
            m_windowMs = settings.windowMs;
            m_processor = std::make_unique<TelemetryProcessor>(config, m_clock);
            m_builder = LiveFrameBuilder();
            m_reset = true;
        }
        for (const auto &[id, reference] : settings.references)
            m_processor->engine().setReference(reference);
        for (const auto &[id, task] : settings.tasks)
            m_processor->engine().setTask(id, task);
    }

Q_SIGNALS:
    void frameReady(assurance::ConsoleFramePtr frame);
    void statusChanged(const assurance::TelemetrySource::PartStatus &status);

private:
    void report(const PartStatus &status) {
        if (status == m_status)
            return;
        m_status = status;
        Q_EMIT statusChanged(status);
    }

    bool interrupted() const { return QThread::currentThread()->isInterruptionRequested(); }

    void pump() {
        if (interrupted() || !m_processor)
            return;
        std::int64_t now = SystemClock().nowMs();
        if (!m_open) {
            if (!m_retry.due(now))
                return;
            std::string error;
            report({m_everOpen ? State::Reconnecting : State::Starting, Reason::None, {}, 0});
            m_open = m_consumer.open(m_kafka, KafkaConsumer::Mode::Assign, &error); // blocks, interruptible
            if (interrupted())
                return;
            now = SystemClock().nowMs();
            if (!m_open) {
                m_retry.failed(now);
                report({m_everOpen ? State::Reconnecting : State::Starting, Reason::ConnectionFailed,
                        QString::fromStdString(error), 0});
                return;
            }
            m_everOpen = true;
            m_retry.succeeded();
            report({State::Running, Reason::None, {}, 0});
        }
        const int n = m_consumer.poll(5000, 0, [this](const KafkaRecord &r) {
            m_clock.setMs(SystemClock().nowMs());
            const MessageKind kind = m_processor->submit(r.payload);
            m_builder.submitted(*m_processor, kind, m_clock.nowMs());
        });
        if (n < 0) { // a fatal consumer error: open again
            m_consumer.close();
            m_open = false;
            report({State::Reconnecting, Reason::ConnectionFailed, QString::fromStdString(m_consumer.error()),
                    0});
            return;
        }
        m_clock.setMs(now);
        m_processor->advance();
        // The console's own closed windows are provisional: the record is the agents'.
        m_builder.closed(m_processor->takeProcessed());
        bool lagChanged = false;
        if (m_lagInterval > 0 && now >= m_nextLagMs) {
            m_nextLagMs = now + m_lagInterval;
            const auto lag = m_consumer.groupLag(1000);
            lagChanged = lag != m_lag;
            m_lag = lag;
        }
        if (m_reset || lagChanged || m_builder.hasNews(*m_processor, now)) {
            auto frame = std::make_shared<ConsoleFrame>();
            frame->nowMs = now;
            LiveDelta &live = frame->live.emplace();
            live.reset = m_reset;
            m_builder.build(*m_processor, now, live);
            live.consumerLag = m_lag;
            m_reset = false;
            Q_EMIT frameReady(std::move(frame));
        }
    }

    KafkaSettings m_kafka;
    std::shared_ptr<InterruptHooks> m_hooks;
    int m_hook = -1;
    int m_interval;
    int m_lagInterval;
    ManualClock m_clock;
    std::unique_ptr<TelemetryProcessor> m_processor; // once the record told the window length
    std::int64_t m_windowMs = 0;
    LiveFrameBuilder m_builder;
    KafkaConsumer m_consumer;
    bool m_open = false;
    bool m_everOpen = false;
    bool m_reset = true;
    RetryBackoff m_retry{2'000, 60'000};
    std::int64_t m_nextLagMs = 0;
    std::optional<std::int64_t> m_lag;
    PartStatus m_status;
};

DirectTelemetrySource::DirectTelemetrySource(Options options, QObject *parent)
    : TelemetrySource(parent)
    , m_options(std::move(options))
    , m_episodeWriter(std::make_shared<RedisEpisodeWriter>(m_options.redis))
    , m_toleranceWriter(std::make_shared<RedisToleranceWriter>(m_options.redis))
    , m_configWriter(std::make_shared<RedisModelConfigWriter>(m_options.redis)) {
    qRegisterMetaType<assurance::ConsoleFramePtr>();
    qRegisterMetaType<assurance::TelemetrySource::PartStatus>();
    qRegisterMetaType<assurance::RecordFollower::LiveSettings>();
}

DirectTelemetrySource::~DirectTelemetrySource() {
    stop();
}

QString DirectTelemetrySource::name() const {
    return tr("Direct (%1)").arg(QString::fromStdString(m_options.redis.redacted()));
}

std::shared_ptr<EpisodeWriter> DirectTelemetrySource::episodeWriter() const {
    return m_episodeWriter;
}

std::shared_ptr<ToleranceWriter> DirectTelemetrySource::toleranceWriter() const {
    return m_toleranceWriter;
}

std::shared_ptr<ModelConfigWriter> DirectTelemetrySource::modelConfigWriter() const {
    return m_configWriter;
}

void DirectTelemetrySource::start() {
    if (m_record.running())
        return;
    setStatus(Part::Record, {State::Starting, Reason::None, {}, 0});
    auto *record = new RecordWorker(m_options, m_record.newHooks());
    connect(record, &RecordWorker::frameReady, this, &TelemetrySource::frameReady);
    connect(record, &RecordWorker::statusChanged, this,
            [this](const PartStatus &status) { setStatus(Part::Record, status); });
    if (m_options.kafka) {
        setStatus(Part::Live, {State::Starting, Reason::WaitingForRecord, {}, 0});
        auto *live = new LiveWorker(m_options, m_live.newHooks());
        connect(live, &LiveWorker::frameReady, this, &TelemetrySource::frameReady);
        connect(live, &LiveWorker::statusChanged, this,
                [this](const PartStatus &status) { setStatus(Part::Live, status); });
        // Worker to worker (queued): the live view never waits for the record, nor the GUI.
        connect(record, &RecordWorker::liveSettings, live, &LiveWorker::configure);
        m_live.start(live, &LiveWorker::begin, "direct-live");
    } else {
        setStatus(Part::Live, {State::Stopped, Reason::NotConfigured, {}, 0});
    }
    m_record.start(record, &RecordWorker::begin, "direct-record");
}

void DirectTelemetrySource::stop() {
    m_record.retire();
    m_live.retire();
    setStatus(Part::Record, {State::Stopped, Reason::None, {}, 0});
    setStatus(Part::Live, {State::Stopped, m_options.kafka ? Reason::None : Reason::NotConfigured, {}, 0});
}

namespace {

// Runs on a pool thread with a connection of its own.
void pullWorker(QPromise<HistoryPullResult> &promise, RedisUrl url, std::string modelId, std::int64_t fromMs,
                std::int64_t toMs, std::chrono::milliseconds timeout,
                std::shared_ptr<std::atomic<bool>> cancel) {
    HistoryPullResult result;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    bool timedOut = false;
    RedisClient client(url, std::min<std::chrono::milliseconds>(timeout, std::chrono::milliseconds(5000)));
    SnapshotStore store(client);
    auto history = store.history(modelId, fromMs, toMs, [&](std::size_t done, std::size_t total) {
        promise.setProgressRange(0, static_cast<int>(std::min<std::size_t>(total, INT32_MAX)));
        promise.setProgressValue(static_cast<int>(std::min<std::size_t>(done, INT32_MAX)));
        timedOut = std::chrono::steady_clock::now() > deadline;
        return !timedOut && !(cancel && cancel->load());
    });
    if (history) {
        result.outcome = HistoryPullResult::Outcome::Done;
        result.windows.reserve(history->snapshots.size());
        for (auto &s : history->snapshots)
            result.windows.push_back(std::move(s.snapshot));
        result.problems = history->problems.size();
        for (const auto &p : history->problems)
            qWarning("Redis record: %s: %s", p.key.c_str(), p.error.c_str());
    } else if (cancel && cancel->load()) {
        result.outcome = HistoryPullResult::Outcome::Cancelled;
    } else if (timedOut) {
        result.outcome = HistoryPullResult::Outcome::TimedOut;
    } else {
        result.error = client.error();
    }
    promise.addResult(std::move(result));
}

// Runs on a pool thread with a connection of its own: the labels, their chain, and the tolerance
// versions they name.
void labelPullWorker(QPromise<LabelHistoryResult> &promise, RedisUrl url, std::string modelId,
                     std::int64_t fromMs, std::int64_t toMs, std::chrono::milliseconds timeout,
                     std::shared_ptr<std::atomic<bool>> cancel) {
    using Outcome = LabelHistoryResult::Outcome;
    LabelHistoryResult result;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    bool timedOut = false;
    auto stopped = [&] {
        timedOut = timedOut || std::chrono::steady_clock::now() > deadline;
        return timedOut || (cancel && cancel->load());
    };
    auto finish = [&](Outcome outcome) {
        result.outcome = outcome;
        promise.addResult(std::move(result));
    };
    RedisClient client(url, std::min<std::chrono::milliseconds>(timeout, std::chrono::milliseconds(5000)));
    SnapshotStore store(client);
    auto history = store.labelHistory(modelId, fromMs, toMs, [&](std::size_t done, std::size_t total) {
        promise.setProgressRange(0, static_cast<int>(std::min<std::size_t>(total, INT32_MAX)));
        promise.setProgressValue(static_cast<int>(std::min<std::size_t>(done, INT32_MAX)));
        return !stopped();
    });
    if (!history || stopped()) {
        if (cancel && cancel->load())
            return finish(Outcome::Cancelled);
        if (timedOut)
            return finish(Outcome::TimedOut);
        result.error = client.error();
        return finish(Outcome::Failed);
    }
    result.labels.reserve(history->labels.size());
    for (StoredLabel &s : history->labels) {
        const bool intact = labelHash(s.label) == s.label.hash;
        result.labels.push_back({std::move(s.label), std::move(s.json),
                                 intact ? LabelProvenance::Stored : LabelProvenance::Altered});
    }
    for (const RedisValueProblem &p : history->problems)
        result.problems.push_back(p.key + ": " + p.error);
    // The tolerance sets: only a failure to read them is not a reason to drop the labels.
    if (auto versions = store.toleranceHistory(modelId)) {
        for (const ToleranceVersion &v : versions->versions) {
            std::string why;
            if (auto set = parseTolerances(v.json, modelId, &why))
                result.tolerances.emplace(v.version, std::move(*set));
            else
                result.problems.push_back(SnapshotStore::toleranceHistoryKey(modelId) + " version " +
                                          std::to_string(v.version) + ": " + why);
        }
        for (const RedisValueProblem &p : versions->problems)
            result.problems.push_back(p.key + ": " + p.error);
    }
    if (stopped())
        return finish(cancel && cancel->load() ? Outcome::Cancelled : Outcome::TimedOut);
    checkLabelChain(result);
    finish(Outcome::Done);
}

// Reports a pool thread's progress to `progress` on the GUI thread while `future` runs.
template<typename T>
std::unique_ptr<QFutureWatcher<T>> watchProgress(const QFuture<T> &future,
                                                 const TelemetrySource::PullOptions &options) {
    if (!options.progress)
        return {};
    auto watcher = std::make_unique<QFutureWatcher<T>>();
    QObject::connect(watcher.get(), &QFutureWatcherBase::progressValueChanged, watcher.get(),
                     [w = watcher.get(), progress = options.progress](int value) {
                         progress(static_cast<std::uint64_t>(value),
                                  static_cast<std::uint64_t>(w->progressMaximum()));
                     });
    watcher->setFuture(future);
    return watcher;
}

} // namespace

QCoro::Task<LabelHistoryResult> DirectTelemetrySource::pullLabelHistory(std::string modelId,
                                                                        std::int64_t fromMs,
                                                                        std::int64_t toMs,
                                                                        PullOptions options) {
    QFuture<LabelHistoryResult> future = QtConcurrent::run(
        &labelPullWorker, m_options.redis, std::move(modelId), fromMs, toMs, options.timeout, options.cancel);
    const auto watcher = watchProgress(future, options);
    co_return co_await future;
}

QCoro::Task<HistoryPullResult> DirectTelemetrySource::pullHistory(std::string modelId, std::int64_t fromMs,
                                                                  std::int64_t toMs, PullOptions options) {
    QFuture<HistoryPullResult> future = QtConcurrent::run(&pullWorker, m_options.redis, std::move(modelId),
                                                          fromMs, toMs, options.timeout, options.cancel);
    const auto watcher = watchProgress(future, options);
    co_return co_await future;
}

} // namespace assurance

#include "DirectTelemetrySource.moc"
