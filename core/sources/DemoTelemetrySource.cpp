#include "DemoTelemetrySource.h"

#include "demo/DemoSimulator.h"
#include "metrics/Clock.h"

#include <QThread>
#include <QTimer>

#include <deque>

namespace assurance {

// Runs on the source's thread. Owns the simulator, the clock and the processor.
class DemoWorker : public QObject {
    Q_OBJECT
public:
    DemoWorker(DemoTelemetrySource::Options options)
        : m_options(options)
        , m_sim(options.seed)
        , m_processor(EngineConfig{}, m_clock) {
        for (const auto &m : m_sim.models()) {
            m_processor.engine().setTask(m.id, m.task);
            m_processor.engine().setReference(std::make_shared<ReferenceProfile>(m_sim.reference(m.id)));
            m_processor.setTolerances(m_sim.tolerances(m.id));
        }
    }

    void begin() {
        const std::int64_t now = SystemClock().nowMs();
        m_generatedTo = now - m_options.backfillMs;
        m_initial = true;
        pump(now);
        m_timer = new QTimer(this);
        m_timer->setInterval(m_options.frameIntervalMs);
        connect(m_timer, &QTimer::timeout, this, [this] { pump(SystemClock().nowMs()); });
        m_timer->start();
    }

Q_SIGNALS:
    void frameReady(assurance::ConsoleFramePtr frame);

private:
    void pump(std::int64_t now) {
        std::vector<DemoSimulator::Message> messages;
        m_sim.generate(m_generatedTo, now, messages);
        const std::int64_t covered = now - m_generatedTo;
        m_generatedTo = now;
        std::uint64_t inference = 0;
        for (const auto &msg : messages) {
            m_clock.setMs(msg.sendMs);
            m_processor.advance(); // idle windows close by simulated arrival time
            const MessageKind kind = m_processor.submit(msg.json);
            if (kind == MessageKind::Inference) {
                ++inference;
                const InferenceEvent &e = m_processor.lastMessage().inference;
                m_log.push_back({msg.sendMs, e.hasTs ? e.tsMs : msg.sendMs, e.modelId, e.txid, e.prediction,
                                 e.label, e.confidence, e.latencyMs, e.error, m_processor.lastOutcome()});
                if (m_log.size() > kLogPerFrame)
                    m_log.pop_front();
            }
        }
        m_clock.setMs(now);
        m_processor.advance();
        emitFrame(now, covered, inference);
    }

    void emitFrame(std::int64_t now, std::int64_t coveredMs, std::uint64_t inference) {
        auto frame = std::make_shared<ConsoleFrame>();
        frame->nowMs = now;
        frame->initial = m_initial;
        for (const auto &m : m_sim.models()) {
            frame->models.push_back({m.id, m.displayName, m.task});
            if (m_initial)
                frame->tolerances.push_back(m_processor.tolerances(m.id));
            if (auto p = m_processor.engine().provisional(m.id))
                frame->provisional.push_back(std::move(*p));
        }
        frame->closed = m_processor.takeProcessed();
        frame->log.assign(m_log.begin(), m_log.end());
        m_log.clear();
        fillCounters(*frame, m_processor);
        // events/s: inference events over the stream time the last ~2 s of pumps covered (not the
        // backfill, and not the wall time a slow pump took).
        if (!m_initial && coveredMs > 0) {
            m_rateWindow.push_back({coveredMs, inference});
            m_rateCoveredMs += coveredMs;
            m_rateEvents += inference;
            while (m_rateWindow.size() > 1 && m_rateCoveredMs - m_rateWindow.front().first >= 2000) {
                m_rateCoveredMs -= m_rateWindow.front().first;
                m_rateEvents -= m_rateWindow.front().second;
                m_rateWindow.pop_front();
            }
        }
        frame->eventsPerSecond = m_rateCoveredMs > 0 ? static_cast<double>(m_rateEvents) * 1000.0 /
                                                           static_cast<double>(m_rateCoveredMs)
                                                     : 0.0;
        m_initial = false;
        Q_EMIT frameReady(std::move(frame));
    }

    static constexpr std::size_t kLogPerFrame = 200;
    DemoTelemetrySource::Options m_options;
    DemoSimulator m_sim;
    ManualClock m_clock;
    TelemetryProcessor m_processor;
    std::int64_t m_generatedTo = 0;
    bool m_initial = true;
    std::deque<InferenceLogEntry> m_log;
    QTimer *m_timer = nullptr;
    std::deque<std::pair<std::int64_t, std::uint64_t>> m_rateWindow; // (stream ms covered, events)
    std::int64_t m_rateCoveredMs = 0;
    std::uint64_t m_rateEvents = 0;
};

DemoTelemetrySource::DemoTelemetrySource(Options options, QObject *parent)
    : TelemetrySource(parent)
    , m_options(options) {
    qRegisterMetaType<assurance::ConsoleFramePtr>();
}

DemoTelemetrySource::~DemoTelemetrySource() {
    stop();
}

void DemoTelemetrySource::start() {
    if (m_thread)
        return;
    setState(State::Starting);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("demo-source"));
    m_worker = new DemoWorker(m_options);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DemoWorker::frameReady, this, [this](assurance::ConsoleFramePtr frame) {
        setState(State::Running);
        Q_EMIT frameReady(std::move(frame));
    });
    connect(m_thread, &QThread::started, m_worker, &DemoWorker::begin);
    m_thread->start();
}

void DemoTelemetrySource::stop() {
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread; // the worker was deleted by deleteLater before the thread's loop ended
    m_thread = nullptr;
    m_worker = nullptr;
    setState(State::Stopped);
}

} // namespace assurance

#include "DemoTelemetrySource.moc"
