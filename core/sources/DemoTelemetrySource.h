#pragma once

#include "sources/TelemetrySource.h"

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
class DemoTelemetrySource : public TelemetrySource {
    Q_OBJECT
public:
    struct Options {
        std::uint64_t seed = 1;
        std::int64_t backfillMs = 3600'000;
        int frameIntervalMs = 100;
    };

    explicit DemoTelemetrySource(Options options, QObject *parent = nullptr);
    ~DemoTelemetrySource() override;

    void start() override;
    void stop() override;
    QString name() const override { return tr("Demo"); }

private:
    Options m_options;
    QThread *m_thread = nullptr;
    DemoWorker *m_worker = nullptr; // lives on m_thread; deleted through deleteLater when it ends
};

} // namespace assurance
