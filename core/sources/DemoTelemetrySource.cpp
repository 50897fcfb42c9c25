#include "DemoTelemetrySource.h"

#include "commands/EpisodeWriter.h"
#include "commands/MemoryModelConfigWriter.h"
#include "commands/ToleranceCommand.h"
#include "demo/DemoSimulator.h"
#include "metrics/Clock.h"
#include "pipeline/TelemetryProcessor.h"
#include "sources/LiveFrameBuilder.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <deque>
#include <mutex>

#include <future>
#include <mutex>

namespace assurance {

// The labels the Demo computed, per model in window order, up to a bound; written by the worker
// and read by pullLabelHistory's pool thread, each under a short lock.
class DemoLabelRecord {
public:
    explicit DemoLabelRecord(std::size_t perModel)
        : m_perModel(std::max<std::size_t>(1, perModel)) {}

    void setTolerances(const ToleranceSet &set) {
        const std::lock_guard lock(m_mutex);
        m_tolerances[set.modelId] = set;
    }
    void add(const AssuranceLabel &label) {
        const std::lock_guard lock(m_mutex);
        std::deque<AssuranceLabel> &labels = m_labels[label.modelId];
        labels.push_back(label);
        if (labels.size() > m_perModel)
            labels.pop_front();
    }
    // The labels ending in [fromMs, toMs] and the model's tolerance set.
    void read(const std::string &modelId, std::int64_t fromMs, std::int64_t toMs,
              std::vector<AssuranceLabel> &labels, std::optional<ToleranceSet> &tolerances) const {
        const std::lock_guard lock(m_mutex);
        if (const auto t = m_tolerances.find(modelId); t != m_tolerances.end())
            tolerances = t->second;
        const auto it = m_labels.find(modelId);
        if (it == m_labels.end())
            return;
        const auto from =
            std::lower_bound(it->second.begin(), it->second.end(), fromMs,
                             [](const AssuranceLabel &l, std::int64_t ms) { return l.windowEndMs < ms; });
        for (auto i = from; i != it->second.end() && i->windowEndMs <= toMs; ++i)
            labels.push_back(*i);
    }

private:
    const std::size_t m_perModel;
    mutable std::mutex m_mutex;
    std::map<std::string, std::deque<AssuranceLabel>> m_labels; // ascending: the engine closes in order
    std::map<std::string, ToleranceSet> m_tolerances;
};

class DemoWorker;

// The worker the writer may post to: set by the worker on its thread when it starts, cleared in its
// destructor; under the mutex, a worker seen here is alive while a call is posted to it.
struct DemoTelemetrySource::WorkerLink {
    std::mutex mutex;
    DemoWorker *worker = nullptr;
};

// Runs on the source's thread. Owns the simulator, the clock and the processor.
class DemoWorker : public QObject {
    Q_OBJECT
public:
    DemoWorker(DemoTelemetrySource::Options options, std::shared_ptr<DemoLabelRecord> labels,
               std::shared_ptr<DemoTelemetrySource::WorkerLink> link)
        : m_options(options)
        , m_link(std::move(link))
        , m_sim(options.seed)
        , m_processor(EngineConfig{}, m_clock)
        , m_labels(std::move(labels)) {
        // Chained like an agent's labels (docs/assurance.md "Label history"): the label history
        // then checks as the record's would.
        m_processor.setChainLabels(true);
    }
    ~DemoWorker() override {
        std::lock_guard<std::mutex> lock(m_link->mutex);
        if (m_link->worker == this)
            m_link->worker = nullptr;
    }

    // Worker thread: an operator action on the simulator's record, by the same rules as Redis.
    EpisodeWriteResult apply(const EpisodeAction &action) {
        using O = EpisodeWriteResult::Outcome;
        EpisodeWriteResult r;
        ViolationTracker &tracker = m_processor.violations();
        const ViolationEpisode *stored = tracker.find(action.episodeId);
        if (!stored) {
            r.outcome = O::NotFound;
            return r;
        }
        r.episode = *stored;
        r.statusBefore = stored->status;
        if (action.expectedActions && *action.expectedActions != stored->actions.size()) {
            r.outcome = O::Conflict;
            return r;
        }
        OperatorAction op{action.kind, action.actor, action.note, action.timeMs};
        if (!stored->actions.empty())
            op.timeMs = std::max(op.timeMs, stored->actions.back().timeMs);
        ActionRefusal refusal = ActionRefusal::None;
        auto event = tracker.act(action.episodeId, op, &refusal);
        if (!event) {
            r.outcome = O::Invalid;
            r.refusal = refusal;
            r.error = "not allowed in this status";
            return r;
        }
        r.outcome = O::Applied;
        r.episode = event->episode;
        r.json = serializeEpisode(event->episode);
        m_record.episodes.push_back(std::move(*event)); // in the next frame
        return r;
    }

    // Worker thread: a tolerance save on the simulator's processor, by the same rules as Redis.
    ToleranceWriteResult saveTolerances(const ToleranceSave &save) {
        using O = ToleranceWriteResult::Outcome;
        ToleranceWriteResult r;
        auto &history = m_toleranceHistory[save.modelId];
        if (history.empty() && !knows(save.modelId)) {
            r.outcome = O::Invalid;
            r.error = "the Demo has no model " + save.modelId;
            return r;
        }
        const ToleranceSet &current = m_processor.tolerances(save.modelId);
        r.before = current;
        r.beforeJson = history.empty() ? std::string() : history.back().json;
        const int storedVersion = history.empty() ? 0 : current.version;
        if (history.empty())
            r.before.reset();
        if (save.expectedVersion && *save.expectedVersion != storedVersion) {
            r.outcome = O::Conflict;
            r.before = current;
            return r;
        }
        // Never 1: the shipped defaults' labels carry version 1.
        const int version = std::max(current.version, history.empty() ? 1 : history.back().version) + 1;
        ToleranceSet after = ToleranceCommand::setOf(save, version);
        r.json = serializeTolerances(after);
        history.push_back({version, r.json, after, {}});
        m_processor.setTolerances(after);
        m_record.tolerances.push_back(after); // in the next frame
        r.after = std::move(after);
        r.outcome = O::Applied;
        return r;
    }

    bool knows(const std::string &modelId) const {
        for (const auto &m : m_sim.models())
            if (m.id == modelId)
                return true;
        return false;
    }

    ToleranceRecord readTolerances(const std::string &modelId) {
        ToleranceRecord r;
        const auto it = m_toleranceHistory.find(modelId);
        if (it == m_toleranceHistory.end() || it->second.empty())
            return r; // the shipped defaults, no history
        r.versions = it->second;
        r.current = m_processor.tolerances(modelId);
        r.currentJson = it->second.back().json;
        return r;
    }

    ReferenceWriteResult storeReference(const ReferenceProfile &profile) {
        ReferenceWriteResult r;
        if (!knows(profile.modelId)) {
            r.outcome = ReferenceWriteResult::Outcome::Invalid;
            r.error = "the Demo has no model " + profile.modelId;
            return r;
        }
        if (const auto before = m_processor.engine().reference(profile.modelId))
            r.beforeJson = serializeReferenceProfile(*before);
        r.json = serializeReferenceProfile(profile);
        m_processor.engine().setReference(std::make_shared<ReferenceProfile>(profile));
        r.outcome = ReferenceWriteResult::Outcome::Applied;
        return r;
    }

    void begin() {
        {
            std::lock_guard<std::mutex> lock(m_link->mutex);
            m_link->worker = this;
        }
        // Building the reference profiles simulates thousands of events: here, on the worker's
        // thread, never in the constructor (the GUI thread).
        for (const auto &m : m_sim.models()) {
            m_processor.engine().setTask(m.id, m.task);
            m_processor.engine().setReference(std::make_shared<ReferenceProfile>(m_sim.reference(m.id)));
            m_processor.setTolerances(m_sim.tolerances(m.id));
            m_labels->setTolerances(m_processor.tolerances(m.id));
        }
        const std::int64_t now = SystemClock().nowMs();
        m_generatedTo = now - m_options.backfillMs;
        if (!pump(now, false)) // the backfill: not traffic, so not in the rate
            return;
        auto *timer = new QTimer(this);
        timer->setInterval(m_options.frameIntervalMs);
        connect(timer, &QTimer::timeout, this, [this] { pump(SystemClock().nowMs(), true); });
        timer->start();
    }

Q_SIGNALS:
    void frameReady(assurance::ConsoleFramePtr frame);

private:
    // Simulates up to `now` in slices of a minute, so that a stop request is seen within one slice
    // (the backfill is an hour). False when interrupted.
    bool pump(std::int64_t now, bool live) {
        // A long gap (the machine slept): skip ahead instead of simulating more than the backfill.
        if (now - m_generatedTo > m_options.backfillMs)
            m_generatedTo = now - m_options.backfillMs;
        std::vector<DemoSimulator::Message> messages;
        while (m_generatedTo < now) {
            if (QThread::currentThread()->isInterruptionRequested())
                return false;
            const std::int64_t to = std::min(now, m_generatedTo + 60'000);
            messages.clear();
            m_sim.generate(m_generatedTo, to, messages);
            m_generatedTo = to;
            for (const auto &msg : messages) {
                m_clock.setMs(msg.sendMs);
                m_processor.advance(); // idle windows close by simulated arrival time
                const MessageKind kind = m_processor.submit(msg.json);
                m_builder.submitted(m_processor, kind, msg.sendMs, live);
            }
            m_clock.setMs(to);
            m_processor.advance();
            collectClosed();
        }
        emitFrame(now);
        return true;
    }

    void collectClosed() {
        std::vector<ProcessedWindow> closed = m_processor.takeProcessed();
        m_builder.closed(closed);
        for (ProcessedWindow &p : closed) {
            m_labels->add(p.label);
            m_record.labels.push_back({std::move(p.label), LabelProvenance::Computed});
            m_record.episodes.insert(m_record.episodes.end(), std::make_move_iterator(p.episodes.begin()),
                                     std::make_move_iterator(p.episodes.end()));
            m_record.windows.push_back(std::move(p.snapshot));
        }
    }

    void emitFrame(std::int64_t now) {
        const bool first = !m_started;
        if (!first && m_record.empty() && !m_builder.hasNews(m_processor, now))
            return;
        auto frame = std::make_shared<ConsoleFrame>();
        frame->nowMs = now;
        if (first || !m_record.empty()) {
            RecordDelta &record = frame->record.emplace(std::move(m_record));
            m_record = {};
            if (first) {
                record.reset = true;
                std::vector<ModelInfo> models;
                for (const auto &m : m_sim.models()) {
                    models.push_back({m.id, m.displayName, m.task});
                    record.tolerances.push_back(m_processor.tolerances(m.id));
                }
                record.models = std::move(models);
            }
            // One label per model: the newest.
            std::map<std::string, std::size_t> newest;
            for (std::size_t i = 0; i < record.labels.size(); ++i)
                newest[record.labels[i].label.modelId] = i;
            std::vector<RecordLabel> labels;
            for (const auto &[id, i] : newest)
                labels.push_back(std::move(record.labels[i]));
            record.labels = std::move(labels);
        }
        LiveDelta &live = frame->live.emplace();
        live.reset = first;
        m_builder.build(m_processor, now, live);
        m_started = true;
        Q_EMIT frameReady(std::move(frame));
    }

    DemoTelemetrySource::Options m_options;
    std::shared_ptr<DemoTelemetrySource::WorkerLink> m_link;
    DemoSimulator m_sim;
    ManualClock m_clock;
    TelemetryProcessor m_processor;
    LiveFrameBuilder m_builder;
    std::shared_ptr<DemoLabelRecord> m_labels;
    RecordDelta m_record; // closed windows, labels and episodes since the last frame
    std::int64_t m_generatedTo = 0;
    bool m_started = false;
    std::map<std::string, std::vector<StoredToleranceVersion>> m_toleranceHistory; // saved sets only
};

namespace {

// Posts the action to the Demo's worker and waits for its answer (EpisodeWriter: never on the GUI
// thread). A worker that stops before answering drops the call: Failed after the wait.
class DemoEpisodeWriter final : public EpisodeWriter {
public:
    explicit DemoEpisodeWriter(std::shared_ptr<DemoTelemetrySource::WorkerLink> link)
        : m_link(std::move(link)) {}

    EpisodeWriteResult write(const EpisodeAction &action) override {
        auto promise = std::make_shared<std::promise<EpisodeWriteResult>>();
        std::future<EpisodeWriteResult> answer = promise->get_future();
        {
            std::lock_guard<std::mutex> lock(m_link->mutex);
            if (!m_link->worker)
                return stopped();
            DemoWorker *worker = m_link->worker;
            QMetaObject::invokeMethod(
                worker, [worker, action, promise] { promise->set_value(worker->apply(action)); },
                Qt::QueuedConnection);
        }
        if (answer.wait_for(std::chrono::seconds(10)) != std::future_status::ready)
            return stopped();
        return answer.get();
    }

private:
    static EpisodeWriteResult stopped() {
        EpisodeWriteResult r;
        r.error = "the Demo source is not running";
        return r;
    }
    std::shared_ptr<DemoTelemetrySource::WorkerLink> m_link;
};

// The same for tolerance sets and references.
class DemoToleranceWriter final : public ToleranceWriter {
public:
    explicit DemoToleranceWriter(std::shared_ptr<DemoTelemetrySource::WorkerLink> link)
        : m_link(std::move(link)) {}

    ToleranceWriteResult save(const ToleranceSave &save) override {
        return call<ToleranceWriteResult>([save](DemoWorker *w) { return w->saveTolerances(save); });
    }
    ToleranceRecord read(const std::string &modelId) override {
        return call<ToleranceRecord>([modelId](DemoWorker *w) { return w->readTolerances(modelId); });
    }
    ReferenceWriteResult storeReference(const ReferenceProfile &profile) override {
        return call<ReferenceWriteResult>([profile](DemoWorker *w) { return w->storeReference(profile); });
    }

private:
    template<typename R, typename F> R call(F f) {
        auto promise = std::make_shared<std::promise<R>>();
        std::future<R> answer = promise->get_future();
        {
            std::lock_guard<std::mutex> lock(m_link->mutex);
            if (!m_link->worker)
                return stopped<R>();
            DemoWorker *worker = m_link->worker;
            QMetaObject::invokeMethod(
                worker, [worker, f, promise] { promise->set_value(f(worker)); }, Qt::QueuedConnection);
        }
        if (answer.wait_for(std::chrono::seconds(10)) != std::future_status::ready)
            return stopped<R>();
        return answer.get();
    }
    template<typename R> static R stopped() {
        R r;
        r.error = "the Demo source is not running";
        if constexpr (std::is_same_v<R, ToleranceRecord>)
            r.ok = false;
        return r;
    }
    std::shared_ptr<DemoTelemetrySource::WorkerLink> m_link;
};

} // namespace

DemoTelemetrySource::DemoTelemetrySource(Options options, QObject *parent)
    : TelemetrySource(parent)
    , m_options(options)
    , m_link(std::make_shared<WorkerLink>())
    , m_episodeWriter(std::make_shared<DemoEpisodeWriter>(m_link))
    , m_toleranceWriter(std::make_shared<DemoToleranceWriter>(m_link)) {
    std::vector<ModelConfig> seed;
    const DemoSimulator simulator(options.seed); // models() is a reference into it
    for (const DemoModel &m : simulator.models()) {
        ModelConfig c;
        c.modelId = m.id;
        c.displayName = m.displayName;
        c.task = m.task;
        c.topic = "model-telemetry";
        c.owner = "demo";
        seed.push_back(std::move(c));
    }
    m_configWriter = std::make_shared<MemoryModelConfigWriter>(seed);
    qRegisterMetaType<assurance::ConsoleFramePtr>();
}

std::shared_ptr<EpisodeWriter> DemoTelemetrySource::episodeWriter() const {
    return m_episodeWriter;
}

std::shared_ptr<ToleranceWriter> DemoTelemetrySource::toleranceWriter() const {
    return m_toleranceWriter;
}

std::shared_ptr<ModelConfigWriter> DemoTelemetrySource::modelConfigWriter() const {
    return m_configWriter;
}

DemoTelemetrySource::~DemoTelemetrySource() {
    stop();
}

void DemoTelemetrySource::start() {
    if (m_worker.running())
        return;
    setBothStates(State::Starting);
    m_worker.newHooks();
    m_labels = std::make_shared<DemoLabelRecord>(m_options.labelHistoryPerModel);
    auto *worker = new DemoWorker(m_options, m_labels, m_link);
    connect(worker, &DemoWorker::frameReady, this, [this](assurance::ConsoleFramePtr frame) {
        setBothStates(State::Running);
        Q_EMIT frameReady(std::move(frame));
    });
    m_worker.start(worker, &DemoWorker::begin, "demo-source");
}

void DemoTelemetrySource::stop() {
    // Never waits: a pump in progress sees the interruption within one simulated minute.
    m_worker.retire();
    setBothStates(State::Stopped);
}

QCoro::Task<LabelHistoryResult> DemoTelemetrySource::pullLabelHistory(std::string modelId,
                                                                      std::int64_t fromMs, std::int64_t toMs,
                                                                      PullOptions options) {
    using Outcome = LabelHistoryResult::Outcome;
    std::shared_ptr<DemoLabelRecord> record = m_labels;
    if (!record) {
        LabelHistoryResult none; // never started: no labels yet
        none.outcome = Outcome::Done;
        co_return none;
    }
    const auto deadline = std::chrono::steady_clock::now() + options.timeout;
    QFuture<LabelHistoryResult> future =
        QtConcurrent::run([record, modelId = std::move(modelId), fromMs, toMs, cancel = options.cancel] {
            LabelHistoryResult result;
            std::vector<AssuranceLabel> labels;
            std::optional<ToleranceSet> tolerances;
            record->read(modelId, fromMs, toMs, labels, tolerances);
            if (cancel && cancel->load()) {
                result.outcome = Outcome::Cancelled;
                return result;
            }
            result.labels.reserve(labels.size());
            for (AssuranceLabel &l : labels) {
                std::string json = serializeLabel(l);
                result.labels.push_back({std::move(l), std::move(json), LabelProvenance::Computed});
            }
            if (tolerances)
                result.tolerances.emplace(tolerances->version, std::move(*tolerances));
            checkLabelChain(result);
            result.outcome = Outcome::Done;
            return result;
        });
    LabelHistoryResult result = co_await future;
    if (result.outcome == Outcome::Done && std::chrono::steady_clock::now() > deadline) {
        result = {};
        result.outcome = Outcome::TimedOut;
    }
    if (result.outcome == Outcome::Done && options.progress)
        options.progress(result.labels.size(), result.labels.size());
    co_return result;
}

} // namespace assurance

#include "DemoTelemetrySource.moc"
