#pragma once

#include "sources/TelemetrySource.h"
#include "sources/WorkerThread.h"

#include <QObject>
#include <QString>

#include <memory>

namespace assurance {

class DemoLabelRecord;

// The Demo source: the embedded simulator fed through the real parse → engine → assurance path on
// a worker thread owned by this object. It is its own record (labels computed here, episodes from
// its tracker) and its own live view. Threading contract: construct, start() and stop() on the
// GUI thread; stop() returns at once; frames and states arrive on the GUI thread (queued), at most
// every `frameIntervalMs` (default 250 ms: 4 Hz, see LiveFrameBuilder) however fast the simulator runs. At
// start it backfills the last hour (simulated time) so no chart is empty; after a long pause (a laptop that
// slept) it skips ahead rather than simulate more than that hour again.
class DemoTelemetrySource : public TelemetrySource {
    Q_OBJECT
public:
    struct Options {
        std::uint64_t seed = 1;
        std::int64_t backfillMs = 3600'000;
        int frameIntervalMs = 250;
        // The labels kept for pullLabelHistory, per model (the oldest go first): a week of
        // one-minute windows, ~6 MB a model.
        std::size_t labelHistoryPerModel = 7 * 24 * 60;
    };

    explicit DemoTelemetrySource(Options options, QObject *parent = nullptr);
    ~DemoTelemetrySource() override;

    void start() override;
    void stop() override;
    QString name() const override { return tr("Demo"); }
    SourceKind kind() const override { return SourceKind::Demo; }
    // The labels this source computed since start() (chained in memory like an agent's), from its
    // bounded in-memory record, copied and checked on a pool thread.
    QCoro::Task<LabelHistoryResult> pullLabelHistory(std::string modelId, std::int64_t fromMs,
                                                     std::int64_t toMs, PullOptions options) override;
    // Applies to the simulator's tracker on the Demo's worker thread, with the same rules as Redis
    // (ViolationTracker::act); the change comes back in the next frame. Answers Failed while the
    // source is stopped.
    std::shared_ptr<EpisodeWriter> episodeWriter() const override;
    // Tolerance sets and references on the simulator's processor, on the worker thread, with a
    // history kept in memory (version = stored + 1, the same concurrency check as Redis). The new
    // set comes back in the next frame. Answers Failed while the source is stopped.
    std::shared_ptr<ToleranceWriter> toleranceWriter() const override;
    // The Demo's configurations in memory (MemoryModelConfigWriter), seeded with its simulator's
    // models; kept while the source lives, used whether it runs or not.
    std::shared_ptr<ModelConfigWriter> modelConfigWriter() const override;

    struct WorkerLink; // the running worker, for the writer (shared with it)

private:
    Options m_options;
    std::shared_ptr<WorkerLink> m_link;
    std::shared_ptr<EpisodeWriter> m_episodeWriter;
    std::shared_ptr<ToleranceWriter> m_toleranceWriter;
    std::shared_ptr<ModelConfigWriter> m_configWriter;
    WorkerThread m_worker;
    std::shared_ptr<DemoLabelRecord> m_labels; // shared with the worker; a new one per start()
};

} // namespace assurance
