#include "DirectTelemetrySource.h"

#include "assurance/AssuranceLabel.h"
#include "assurance/ModelConfig.h"
#include "assurance/ViolationTracker.h"
#include "metrics/Clock.h"
#include "pipeline/TelemetryProcessor.h"
#include "redis/RedisClient.h"
#include "redis/RetryBackoff.h"
#include "redis/SnapshotStore.h"
#include "json/Timestamps.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

#include <deque>
#include <map>
#include <mutex>
#include <set>

namespace assurance {

namespace {

// What the console knows of one model from the record.
struct ModelView {
    std::string displayName;
    TaskType task = TaskType::Auto;
    ToleranceSet tolerances;
    std::shared_ptr<const ReferenceProfile> reference;
};

// The window length the agents use, read off the stored history: the most common gap between
// consecutive window ends (gaps are multiples of it); 60 s when nothing tells.
std::int64_t windowLengthOf(const std::map<std::string, std::vector<std::int64_t>> &ends) {
    std::map<std::int64_t, int> gaps;
    for (const auto &[model, list] : ends)
        for (std::size_t i = 1; i < list.size(); ++i)
            if (const std::int64_t gap = list[i] - list[i - 1]; gap > 0 && gap <= 24 * 3600'000LL)
                ++gaps[gap];
    std::int64_t best = 60'000;
    int count = 0;
    for (const auto &[gap, n] : gaps)
        if (n > count) {
            best = gap;
            count = n;
        }
    return best;
}

// Source threads that were told to stop and may still be finishing a blocking call.
std::mutex g_retiringMutex;
std::vector<QPointer<QThread>> g_retiring;

} // namespace

class DirectWorker : public QObject {
    Q_OBJECT
public:
    explicit DirectWorker(DirectTelemetrySource::Options options)
        : m_options(std::move(options))
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

    static bool interrupted() { return QThread::currentThread()->isInterruptionRequested(); }

    void report(State state, const QString &detail = {}) {
        if (state == m_state && detail == m_detail)
            return;
        m_state = state;
        m_detail = detail;
        Q_EMIT stateChanged(state, detail);
    }

    void problem(const std::string &key, const std::string &error) {
        ++m_problems;
        qWarning("Direct source: %s: %s", key.c_str(), error.c_str());
    }

    // A model's view; a model seen for the first time (in the record, or only in Kafka) gets the
    // shipped tolerance set until its own is read, and the views get it in the next frame.
    ModelView &view(const std::string &id) {
        auto [it, inserted] = m_models.try_emplace(id);
        if (inserted) {
            it->second.tolerances = defaultTolerances(id);
            m_tolerancesChanged.insert(id);
        }
        return it->second;
    }

    // A stored window for the charts, with a label computed for display against the model's
    // current tolerances (the record keeps only the latest label, which replaces it).
    ProcessedWindow displayed(Snapshot snapshot) {
        ProcessedWindow p;
        p.label = assessSnapshot(snapshot, view(snapshot.modelId).tolerances);
        p.assessed = true;
        m_lastSeen[snapshot.modelId] = std::max(m_lastSeen[snapshot.modelId], snapshot.windowEndMs);
        p.snapshot = std::move(snapshot);
        return p;
    }

    void applyTolerances(const std::string &id, const RedisReply &value) {
        ModelView &v = view(id);
        ToleranceSet next = defaultTolerances(id);
        if (value.type == RedisReply::Type::String) {
            std::string why;
            if (auto set = parseTolerances(value.str, id, &why))
                next = std::move(*set);
            else
                return problem("tolerances:" + id, why); // the set in force stays
        }
        if (serializeTolerances(next) != serializeTolerances(v.tolerances)) {
            v.tolerances = std::move(next);
            m_tolerancesChanged.insert(id);
        }
    }

    void applyConfig(const std::string &id, const RedisReply &value) {
        ModelView &v = view(id);
        if (value.type != RedisReply::Type::String)
            return;
        std::string why;
        auto config = parseModelConfig(value.str, id, &why);
        if (!config)
            return problem("model:config:" + id, why);
        v.displayName = config->displayName;
        v.task = config->task;
        if (m_processor)
            m_processor->engine().setTask(id, v.task);
    }

    void applyLabel(const std::string &id, const RedisReply &value) {
        if (value.type != RedisReply::Type::String)
            return;
        std::string why;
        if (auto label = parseLabel(value.str, id, &why))
            m_labels.push_back(std::move(*label));
        else
            problem("label:" + id, why);
    }

    void applyEpisodes(const std::string &id, const RedisReply &hash) {
        if (hash.isError())
            return problem("violations:" + id, hash.str);
        for (std::size_t i = 0; i + 1 < hash.elements.size(); i += 2) {
            std::string why;
            const std::string context = "violations:" + id + " field " + hash.elements[i].str;
            if (auto e = parseEpisode(hash.elements[i + 1].str, id, context, &why))
                m_episodes.push_back(std::move(*e));
            else
                problem("violations:" + id, why);
        }
    }

    void applyReference(const std::string &id, const RedisReply &value) {
        if (value.type != RedisReply::Type::String)
            return;
        std::string why;
        auto profile = parseReferenceProfile(value.str, &why);
        if (!profile)
            return problem("reference:" + id, why);
        profile->modelId = id;
        view(id).reference = std::make_shared<const ReferenceProfile>(std::move(*profile));
        if (m_processor)
            m_processor->engine().setReference(view(id).reference);
    }

    // The model's record besides its snapshots, in one round trip.
    bool readModel(const std::string &id) {
        const std::string keys[] = {"label:" + id, "violations:" + id, "tolerances:" + id,
                                    "model:config:" + id, "reference:" + id};
        const auto r = m_redis.pipeline(
            {{"GET", keys[0]}, {"HGETALL", keys[1]}, {"GET", keys[2]}, {"GET", keys[3]}, {"GET", keys[4]}});
        if (!r || r->size() != 5)
            return false;
        applyTolerances(id, (*r)[2]);
        applyConfig(id, (*r)[3]);
        applyLabel(id, (*r)[0]);
        applyEpisodes(id, (*r)[1]);
        applyReference(id, (*r)[4]);
        return true;
    }

    // Every model's record, and its history newer than what was seen (all of it on the first connect).
    bool loadRecord() {
        std::vector<RedisValueProblem> problems;
        const auto ids = m_store.models(&problems);
        if (!ids)
            return false;
        for (const auto &p : problems)
            problem(p.key, p.error);
        std::map<std::string, std::vector<std::int64_t>> ends;
        for (const auto &id : *ids) {
            if (interrupted())
                return false;
            view(id);
            if (!readModel(id))
                return false;
            auto seen = m_lastSeen.find(id);
            const auto since =
                seen == m_lastSeen.end() ? std::nullopt : std::optional<std::int64_t>(seen->second + 1);
            auto h = m_store.history(id, since);
            if (!h)
                return false;
            for (const auto &p : h->problems)
                problem(p.key, p.error);
            std::vector<Snapshot> snapshots;
            for (auto &s : h->snapshots) {
                ends[id].push_back(s.snapshot.windowEndMs);
                snapshots.push_back(std::move(s.snapshot));
            }
            if (snapshots.empty() && !since) { // a deployment with only the latest key
                std::string bytes;
                if (m_store.latest(id, bytes) == SnapshotStore::Lookup::Found) {
                    std::string why;
                    if (auto s = m_parser.parseStoredSnapshot(bytes, id, &why))
                        snapshots.push_back(std::move(*s));
                    else
                        problem(SnapshotStore::latestKey(id), why);
                }
            }
            const std::size_t skip = snapshots.size() > m_options.historyPerModel
                                         ? snapshots.size() - m_options.historyPerModel
                                         : 0;
            for (std::size_t i = skip; i < snapshots.size(); ++i)
                m_closed.push_back(displayed(std::move(snapshots[i])));
        }
        if (!m_processor) // the live view computes windows as long as the agents' are
            createProcessor(windowLengthOf(ends));
        return true;
    }

    void createProcessor(std::int64_t windowMs) {
        EngineConfig config;
        config.windowMs = windowMs;
        m_processor = std::make_unique<TelemetryProcessor>(config, m_clock);
        for (const auto &[id, v] : m_models) {
            if (v.reference)
                m_processor->engine().setReference(v.reference);
            m_processor->engine().setTask(id, v.task);
        }
    }

    bool connectRedis() {
        if (!m_redis.connect() || !m_updates.connect()) {
            report(m_everConnected ? State::Reconnecting : State::Starting,
                   QString::fromStdString(m_redis.error().empty() ? m_updates.error() : m_redis.error()));
            return false;
        }
        const auto sub = m_updates.command({"SUBSCRIBE", kUpdatesChannel});
        if (!sub || sub->isError() || !loadRecord()) {
            m_redis.disconnect();
            m_updates.disconnect();
            return false;
        }
        m_everConnected = true;
        m_redisRetry.succeeded();
        return true;
    }

    // What an assurance:updates message announces, read again from Redis. False when Redis failed
    // (the connection is then re-established and the record re-read).
    bool handleUpdate(const StoreUpdate &update) {
        const std::string &type = update.type, &id = update.modelId, &ts = update.timestamp;
        if (type == "snapshot") {
            const auto end = timestamps::parseWindowTimestamp(ts);
            if (auto seen = m_lastSeen.find(id); end && seen != m_lastSeen.end() && *end <= seen->second)
                return true;         // already loaded (written while the record was being read)
            if (!m_models.count(id)) // a new model: its whole record first
                return readModel(id) && fetchWindow(id, ts);
            return fetchWindow(id, ts) && fetch("GET", "label:" + id, &DirectWorker::applyLabel, id);
        }
        if (type == "label")
            return fetch("GET", "label:" + id, &DirectWorker::applyLabel, id);
        if (type == "violation")
            return fetch("HGETALL", "violations:" + id, &DirectWorker::applyEpisodes, id);
        if (type == "tolerances")
            return fetch("GET", "tolerances:" + id, &DirectWorker::applyTolerances, id);
        if (type == "config")
            return fetch("GET", "model:config:" + id, &DirectWorker::applyConfig, id);
        return true; // a type this console does not know yet
    }

    // One command, its reply handed to `apply`; false when Redis failed.
    bool fetch(const char *command, const std::string &key,
               void (DirectWorker::*apply)(const std::string &, const RedisReply &), const std::string &id) {
        const auto r = m_redis.command({command, key});
        if (!r)
            return false;
        (this->*apply)(id, *r);
        return true;
    }

    bool fetchWindow(const std::string &id, const std::string &ts) {
        const auto value = m_redis.command({"GET", SnapshotStore::historyKey(id, ts)});
        if (!value)
            return false;
        if (value->type != RedisReply::Type::String)
            return true;
        std::string why;
        if (auto s = m_parser.parseStoredSnapshot(value->str, id, &why))
            m_closed.push_back(displayed(std::move(*s)));
        else
            problem(SnapshotStore::historyKey(id, ts), why);
        return true;
    }

    void followUpdates() {
        for (int i = 0; i < 1000 && !interrupted(); ++i) {
            auto r = m_updates.pollReply(0);
            if (!r)
                return;
            if (const auto update = parseStoreUpdate(*r); update && !handleUpdate(*update))
                return;
        }
    }

    void pollKafka() {
        if (!m_options.kafka || !m_processor)
            return;
        if (!m_kafkaOpen) {
            const std::int64_t now = SystemClock().nowMs();
            if (!m_kafkaRetry.due(now))
                return;
            std::string error;
            m_kafkaOpen = m_consumer.open(*m_options.kafka, KafkaConsumer::Mode::Assign, &error);
            if (!m_kafkaOpen) {
                m_kafkaRetry.failed(SystemClock().nowMs()); // opening blocks up to 10 s when unreachable
                m_kafkaError = QString::fromStdString(error);
                return;
            }
            m_kafkaRetry.succeeded();
            m_kafkaError.clear();
        }
        const std::int64_t before = m_inference;
        m_consumer.poll(5000, 0, [this](const KafkaRecord &r) {
            m_clock.setMs(SystemClock().nowMs());
            if (m_processor->submit(r.payload) == MessageKind::Inference) {
                ++m_inference;
                const InferenceEvent &e = m_processor->lastMessage().inference;
                view(e.modelId);
                m_log.push_back({m_clock.nowMs(), e.hasTs ? e.tsMs : m_clock.nowMs(), e.modelId, e.txid,
                                 e.prediction, e.label, e.confidence, e.latencyMs, e.error,
                                 m_processor->lastOutcome()});
                if (m_log.size() > 200)
                    m_log.pop_front();
            }
        });
        m_rateWindow.push_back({SystemClock().nowMs(), m_inference - before});
    }

    void pump() {
        if (interrupted())
            return;
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
        if (m_processor) {
            m_processor->advance();
            m_processor->takeProcessed(); // the console's own closed windows are provisional: the record is
                                          // the agents'
        }
        if (redisUp) {
            QString detail = m_options.kafka && !m_kafkaOpen ? m_kafkaError : QString();
            if (m_problems > 0)
                detail = (detail.isEmpty() ? QString() : detail + QStringLiteral("; ")) +
                         tr("%n value(s) in Redis could not be read (see the log)", nullptr,
                            static_cast<int>(std::min<std::uint64_t>(m_problems, 1'000'000)));
            report(State::Running, detail);
        }
        if (m_everConnected)
            emitFrame(now);
    }

    void emitFrame(std::int64_t now) {
        auto frame = std::make_shared<ConsoleFrame>();
        frame->nowMs = now;
        frame->initial = m_initial;
        for (const auto &[id, v] : m_models) {
            frame->models.push_back({id, v.displayName.empty() ? id : v.displayName, v.task});
            if (m_processor)
                if (auto p = m_processor->engine().provisional(id))
                    frame->provisional.push_back(std::move(*p));
        }
        for (const auto &id : m_tolerancesChanged)
            frame->tolerances.push_back(view(id).tolerances);
        m_tolerancesChanged.clear();
        frame->closed.assign(std::make_move_iterator(m_closed.begin()),
                             std::make_move_iterator(m_closed.end()));
        m_closed.clear();
        frame->labels.swap(m_labels);
        frame->episodes.swap(m_episodes);
        frame->recordProblems = m_problems;
        frame->log.assign(m_log.begin(), m_log.end());
        m_log.clear();
        if (m_processor)
            fillCounters(*frame, *m_processor);
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
    std::unique_ptr<TelemetryProcessor>
        m_processor;          // provisional view; created once the record tells the window length
    TelemetryParser m_parser; // stored snapshots
    RedisClient m_redis;      // commands
    RedisClient m_updates;    // SUBSCRIBE assurance:updates
    SnapshotStore m_store;
    KafkaConsumer m_consumer;
    bool m_kafkaOpen = false;
    RetryBackoff m_kafkaRetry{15'000, 60'000};
    QString m_kafkaError;
    std::map<std::string, ModelView> m_models;
    std::set<std::string> m_tolerancesChanged;
    std::map<std::string, std::int64_t> m_lastSeen;
    std::vector<ProcessedWindow> m_closed;
    std::vector<AssuranceLabel> m_labels;
    std::vector<ViolationEpisode> m_episodes;
    std::deque<InferenceLogEntry> m_log;
    std::deque<std::pair<std::int64_t, std::int64_t>> m_rateWindow;
    std::int64_t m_inference = 0;
    std::uint64_t m_problems = 0;
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
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("direct-source"));
    auto *worker = new DirectWorker(m_options);
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(worker, &DirectWorker::frameReady, this, &TelemetrySource::frameReady);
    connect(worker, &DirectWorker::stateChanged, this,
            [this](TelemetrySource::State state, const QString &detail) { setState(state, detail); });
    connect(m_thread, &QThread::started, worker, &DirectWorker::begin);
    m_thread->start();
}

void DirectTelemetrySource::stop() {
    if (!m_thread)
        return;
    // Never wait here (the GUI thread): the worker may be inside a blocking Redis or Kafka call
    // (bounded by their timeouts). Nothing it sends reaches this source any more; the thread and
    // the worker delete themselves when it has finished.
    if (m_worker)
        m_worker->disconnect(this);
    m_thread->requestInterruption();
    m_thread->quit();
    {
        std::lock_guard<std::mutex> lock(g_retiringMutex);
        g_retiring.emplace_back(m_thread);
    }
    m_thread = nullptr;
    m_worker = nullptr;
    setState(State::Stopped);
}

bool DirectTelemetrySource::waitForStoppedWorkers(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::vector<QPointer<QThread>> threads;
    {
        std::lock_guard<std::mutex> lock(g_retiringMutex);
        threads.swap(g_retiring);
    }
    bool all = true;
    for (const auto &t : threads) {
        if (!t)
            continue;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        all &= t->wait(QDeadlineTimer(std::max<std::int64_t>(0, left.count())));
    }
    return all;
}

} // namespace assurance

#include "DirectTelemetrySource.moc"
