#pragma once

#include "sources/ConsoleFrame.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace assurance {

class DemoWorker;

// The Demo source: the embedded simulator fed through the real parse → engine → assurance path on
// a worker thread owned by this object. Threading contract: construct, start() and stop() on the
// GUI thread; frameReady and stateChanged arrive on the GUI thread (queued), at most every
// `frameIntervalMs` (default 100 ms, i.e. ≤ 10 Hz) however fast the simulator runs. At start it
// backfills the last hour (simulated time) so no chart is empty.
class DemoTelemetrySource : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running };
    Q_ENUM(State)

    struct Options {
        std::uint64_t seed = 1;
        std::int64_t backfillMs = 3600'000;
        int frameIntervalMs = 100;
    };

    explicit DemoTelemetrySource(Options options, QObject *parent = nullptr);
    ~DemoTelemetrySource() override;

    void start();
    void stop();
    State state() const { return m_state; }
    QString name() const { return tr("Demo"); }

Q_SIGNALS:
    void frameReady(assurance::ConsoleFramePtr frame);
    void stateChanged(assurance::DemoTelemetrySource::State state);

private:
    void setState(State s);
    Options m_options;
    State m_state = State::Stopped;
    QThread *m_thread = nullptr;
    DemoWorker *m_worker = nullptr; // lives on m_thread; deleted through deleteLater when it ends
};

} // namespace assurance
