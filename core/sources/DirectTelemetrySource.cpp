#include "DirectTelemetrySource.h"

#include "assurance/AssuranceLabel.h"
#include "assurance/ViolationTracker.h"
#include "metrics/Clock.h"
#include "pipeline/TelemetryProcessor.h"
#include "redis/RedisClient.h"
#include "redis/RetryBackoff.h"
#include "redis/SnapshotStore.h"
#include "json/Timestamps.h"

#include <QThread>
#include <QTimer>

#include <deque>
#include <map>
#include <set>

namespace assurance {

class DirectWorker : public QObject {
    Q_OBJECT
public:
    explicit DirectWorker(DirectTelemetrySource::Options options)
        : m_options(std::move(options))
        , m_processor(EngineConfig{}, m_clock)
        , m_redis(m_options.redis, std::chrono::milliseconds(3000))
        , m_updates(m_options.redis, std::chrono::milliseconds(3000))
        , m_store(m_redis) {}

    void begin() {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_options.frameIntervalMs);
        connect(m_timer, &QTimer::timeout, this, &DirectWorker::pump);
        m_timer->start();
        pump();
    }

Q_SIGNALS:
    void frameReady(assurance::ConsoleFramePtr frame);
    void stateChanged(assurance::TelemetrySource::State state, const QString &detail);

private:
    using State = TelemetrySource::State;

    void report(State state, const QString &detail = {}) {
        if (state == m_state && detail == m_detail)
            return;
        m_state = state;
        m_detail = detail;
        Q_EMIT stateChanged(state, detail);
    }

    ProcessedWindow evaluate(Snapshot snapshot) {
        ProcessedWindow p;
        p.label = assessSnapshot(snapshot, defaultTolerances(snapshot.modelId));
        p.episodes = m_tracker.apply(p.label);
        p.snapshot = std::move(snapshot);
        m_lastSeen[p.snapshot.modelId] = std::max(m_lastSeen[p.snapshot.modelId], p.snapshot.windowEndMs);
        return p;
    }

    // Loads every model's history newer than what was seen (all of it on the first connect).
    bool loadRecord() {
        std::vector<RedisValueProblem> problems;
        const auto ids = m_store.models(&problems);
        if (!ids)
            return false;
        for (const auto &id : *ids) {
            m_models.insert(id);
            auto seen = m_lastSeen.find(id);
            const auto since =
                seen == m_lastSeen.end() ? std::nullopt : std::optional<std::int64_t>(seen->second + 1);
            auto h = m_store.history(id, since);
            if (!h)
                return false;
            std::vector<Snapshot> snapshots;
            for (auto &s : h->snapshots)
                snapshots.push_back(std::move(s.snapshot));
            if (snapshots.empty() && !since) { // a deployment with only the latest key
                std::string bytes;
                if (m_store.latest(id, bytes) == SnapshotStore::Lookup::Found)
                    if (auto s = m_processor.parser().parseStoredSnapshot(bytes, id, nullptr))
                        snapshots.push_back(std::move(*s));
            }
            const std::size_t skip = snapshots.size() > m_options.historyPerModel
                                         ? snapshots.size() - m_options.historyPerModel
                                         : 0;
            for (std::size_t i = skip; i < snapshots.size(); ++i)
                m_closed.push_back(evaluate(std::move(snapshots[i])));
            m_problems += h->problems.size();
        }
        return true;
    }

    bool connectRedis() {
        if (!m_redis.connect() || !m_updates.connect()) {
            report(m_everConnected ? State::Reconnecting : State::Starting,
                   QString::fromStdString(m_redis.error().empty() ? m_updates.error() : m_redis.error()));
            return false;
        }
        const auto sub = m_updates.command({"SUBSCRIBE", "assurance:updates"});
        if (!sub || sub->isError() || !loadRecord()) {
            m_redis.disconnect();
            m_updates.disconnect();
            return false;
        }
        m_everConnected = true;
        m_redisRetry.succeeded();
        return true;
    }

    void followUpdates() {
        for (int i = 0; i < 1000; ++i) {
            auto r = m_updates.pollReply(0);
            if (!r)
                return;
            // ["message", "assurance:updates", "{\"type\": \"snapshot\", \"model_id\": …, \"timestamp\": …}"]
            if (r->type != RedisReply::Type::Array || r->elements.size() != 3 ||
                r->elements[0].str != "message")
                continue;
            const std::string &msg = r->elements[2].str;
            if (msg.find("\"snapshot\"") == std::string::npos)
                continue;
            const auto idAt = msg.find("\"model_id\": \"");
            const auto tsAt = msg.find("\"timestamp\": \"");
            if (idAt == std::string::npos || tsAt == std::string::npos)
                continue;
            const std::string id = msg.substr(idAt + 13, msg.find('"', idAt + 13) - idAt - 13);
            const std::string ts = msg.substr(tsAt + 14, msg.find('"', tsAt + 14) - tsAt - 14);
            if (!isValidModelId(id))
                continue;
            const auto end = timestamps::parseWindowTimestamp(ts);
            if (auto seen = m_lastSeen.find(id); end && seen != m_lastSeen.end() && *end <= seen->second)
                continue; // already loaded (written while the record was being read)
            const auto value = m_redis.command({"GET", SnapshotStore::historyKey(id, ts)});
            if (!value)
                return;
            if (value->type != RedisReply::Type::String)
                continue;
            if (auto s = m_processor.parser().parseStoredSnapshot(value->str, id, nullptr)) {
                m_models.insert(id);
                m_closed.push_back(evaluate(std::move(*s)));
            }
        }
    }

    void pollKafka() {
        if (!m_options.kafka)
            return;
        if (!m_kafkaOpen) {
            const std::int64_t now = SystemClock().nowMs();
            if (now < m_nextKafkaAttemptMs)
                return;
            m_nextKafkaAttemptMs = now + 15'000; // opening blocks up to 10 s when brokers are unreachable
            std::string error;
            KafkaSettings settings = *m_options.kafka;
            m_kafkaOpen = m_consumer.open(settings, KafkaConsumer::Mode::Assign, &error);
            if (!m_kafkaOpen) {
                m_kafkaError = QString::fromStdString(error);
                return;
            }
            m_kafkaError.clear();
        }
        const std::int64_t before = m_inference;
        m_consumer.poll(5000, 0, [this](const KafkaRecord &r) {
            m_clock.setMs(SystemClock().nowMs());
            if (m_processor.submit(r.payload) == MessageKind::Inference) {
                ++m_inference;
                const InferenceEvent &e = m_processor.lastMessage().inference;
                m_models.insert(e.modelId);
                m_log.push_back({m_clock.nowMs(), e.hasTs ? e.tsMs : m_clock.nowMs(), e.modelId, e.txid,
                                 e.prediction, e.label, e.confidence, e.latencyMs, e.error,
                                 m_processor.lastOutcome()});
                if (m_log.size() > 200)
                    m_log.pop_front();
            }
        });
        m_rateWindow.push_back({SystemClock().nowMs(), m_inference - before});
    }

    void pump() {
        const std::int64_t now = SystemClock().nowMs();
        if (!m_redis.connected() || !m_updates.connected()) {
            if (m_redisRetry.due(now) && !connectRedis())
                m_redisRetry.failed(now);
        } else {
            followUpdates();
        }
        const bool redisUp = m_redis.connected() && m_updates.connected();
        if (m_everConnected && !redisUp && m_state != State::Reconnecting)
            report(State::Reconnecting,
                   QString::fromStdString(m_redis.error().empty() ? m_updates.error() : m_redis.error()));
        pollKafka();
        m_clock.setMs(now);
        m_processor.advance();
        m_processor.takeProcessed(); // the console's own closed windows are provisional only: the record is
                                     // the agents'
        if (redisUp)
            report(State::Running, m_options.kafka && !m_kafkaOpen ? m_kafkaError : QString());
        if (m_everConnected)
            emitFrame(now);
    }

    void emitFrame(std::int64_t now) {
        auto frame = std::make_shared<ConsoleFrame>();
        frame->nowMs = now;
        frame->initial = m_initial;
        for (const auto &id : m_models) {
            frame->models.push_back({id, id, TaskType::Auto});
            if (m_initial || !m_tolerancesSent.count(id)) {
                frame->tolerances.push_back(defaultTolerances(id));
                m_tolerancesSent.insert(id);
            }
            if (auto p = m_processor.engine().provisional(id))
                frame->provisional.push_back(std::move(*p));
        }
        frame->closed.assign(std::make_move_iterator(m_closed.begin()),
                             std::make_move_iterator(m_closed.end()));
        m_closed.clear();
        frame->log.assign(m_log.begin(), m_log.end());
        m_log.clear();
        fillCounters(*frame, m_processor);
        while (!m_rateWindow.empty() && now - m_rateWindow.front().first > 2000)
            m_rateWindow.pop_front();
        std::int64_t events = 0;
        for (const auto &[t, n] : m_rateWindow)
            events += n;
        frame->eventsPerSecond = m_rateWindow.empty() ? 0.0 : static_cast<double>(events) / 2.0;
        m_initial = false;
        Q_EMIT frameReady(std::move(frame));
    }

    DirectTelemetrySource::Options m_options;
    ManualClock m_clock;
    TelemetryProcessor m_processor; // provisional view from Kafka
    RedisClient m_redis;            // commands
    RedisClient m_updates;          // SUBSCRIBE assurance:updates
    SnapshotStore m_store;
    KafkaConsumer m_consumer;
    bool m_kafkaOpen = false;
    std::int64_t m_nextKafkaAttemptMs = 0;
    QString m_kafkaError;
    ViolationTracker m_tracker;
    std::set<std::string> m_models;
    std::set<std::string> m_tolerancesSent;
    std::map<std::string, std::int64_t> m_lastSeen;
    std::vector<ProcessedWindow> m_closed;
    std::deque<InferenceLogEntry> m_log;
    std::deque<std::pair<std::int64_t, std::int64_t>> m_rateWindow;
    std::int64_t m_inference = 0;
    std::size_t m_problems = 0;
    bool m_initial = true;
    bool m_everConnected = false;
    RetryBackoff m_redisRetry{250, 10'000};
    State m_state = State::Starting;
    QString m_detail;
    QTimer *m_timer = nullptr;
};

DirectTelemetrySource::DirectTelemetrySource(Options options, QObject *parent)
    : TelemetrySource(parent)
    , m_options(std::move(options)) {
    qRegisterMetaType<assurance::ConsoleFramePtr>();
    qRegisterMetaType<assurance::TelemetrySource::State>();
}

DirectTelemetrySource::~DirectTelemetrySource() {
    stop();
}

QString DirectTelemetrySource::name() const {
    return tr("Direct (%1)").arg(QString::fromStdString(m_options.redis.redacted()));
}

void DirectTelemetrySource::start() {
    if (m_thread)
        return;
    setState(State::Starting);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("direct-source"));
    auto *worker = new DirectWorker(m_options);
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &DirectWorker::frameReady, this, &TelemetrySource::frameReady);
    connect(worker, &DirectWorker::stateChanged, this,
            [this](TelemetrySource::State state, const QString &detail) { setState(state, detail); });
    connect(m_thread, &QThread::started, worker, &DirectWorker::begin);
    m_thread->start();
}

void DirectTelemetrySource::stop() {
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    setState(State::Stopped);
}

} // namespace assurance

#include "DirectTelemetrySource.moc"
