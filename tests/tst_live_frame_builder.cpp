// LiveFrameBuilder: open windows are recomputed only for models that changed and at most once per
// interval; events/s is accepted inference events per wall-clock second; backfills do not count.
#include "pipeline/TelemetryProcessor.h"
#include "sources/LiveFrameBuilder.h"
#include "json/Timestamps.h"

#include <QTest>

using namespace assurance;

namespace {
constexpr std::int64_t kT0 = 1761580800000;

std::string telemetry(const std::string &model, int n, std::int64_t tsMs) {
    return R"({"model_id":")" + model + R"(","txid_hash":"t)" + std::to_string(n) + R"(","ts":")" +
           timestamps::formatIso8601Ms(tsMs) + R"(","prediction":0.7,"status":"ok"})";
}
} // namespace

class TestLiveFrameBuilder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rebuildsOnlyChangedModels();
    void rateIsPerWallClockSecond();
};

void TestLiveFrameBuilder::rebuildsOnlyChangedModels() {
    ManualClock clock(kT0);
    TelemetryProcessor processor(EngineConfig{}, clock);
    LiveFrameBuilder::Options options;
    options.provisionalIntervalMs = 1000;
    LiveFrameBuilder builder(options);
    auto submit = [&](const std::string &model, int n) {
        builder.submitted(processor, processor.submit(telemetry(model, n, kT0 + n)), kT0 + n);
    };
    submit("a", 1);
    submit("b", 2);
    LiveDelta first;
    builder.build(processor, kT0, first);
    QCOMPARE(first.provisional.size(), std::size_t(2));
    QCOMPARE(first.provisionalRebuilds, 2u);
    QCOMPARE(first.newModels.size(), std::size_t(2));
    QCOMPARE(first.newModelTolerances.size(), std::size_t(2));
    QCOMPARE(first.log.size(), std::size_t(2));

    // Only `a` receives an event: only `a` is rebuilt, and not before the interval has passed.
    submit("a", 3);
    LiveDelta early;
    builder.build(processor, kT0 + 500, early);
    QVERIFY(early.provisional.empty());
    QCOMPARE(early.provisionalRebuilds, 2u);
    QCOMPARE(early.log.size(), std::size_t(1));
    QVERIFY(early.newModels.empty());
    LiveDelta due;
    builder.build(processor, kT0 + 1000, due);
    QCOMPARE(due.provisional.size(), std::size_t(1));
    QCOMPARE(due.provisional.front().modelId, std::string("a"));
    QCOMPARE(due.provisionalRebuilds, 3u);

    // Nothing happens: nothing to rebuild, and no news once the rate has fallen to zero.
    LiveDelta idle;
    builder.build(processor, kT0 + 20'000, idle);
    QVERIFY(idle.provisional.empty());
    QCOMPARE(idle.provisionalRebuilds, 3u);
    LiveDelta later;
    builder.build(processor, kT0 + 40'000, later);
    QCOMPARE(later.eventsPerSecond, 0.0);
    QVERIFY(!builder.hasNews(processor, kT0 + 41'000));

    // Its window closes: the model's open window is gone.
    clock.setMs(kT0 + 3 * 60'000);
    processor.advance();
    builder.closed(processor.takeProcessed());
    LiveDelta gone;
    builder.build(processor, kT0 + 3 * 60'000, gone);
    QCOMPARE(gone.provisionalGone.size(), std::size_t(2));
}

void TestLiveFrameBuilder::rateIsPerWallClockSecond() {
    ManualClock clock(kT0);
    TelemetryProcessor processor(EngineConfig{}, clock);
    LiveFrameBuilder builder;
    int n = 0;
    // A backfill of 1,000 events: not traffic.
    for (; n < 1000; ++n)
        builder.submitted(processor, processor.submit(telemetry("m", n, kT0 + n)), kT0, false);
    LiveDelta d;
    builder.build(processor, kT0, d);
    QCOMPARE(d.eventsPerSecond, 0.0);
    // Then 20 events in each of the next 10 wall-clock seconds, one build per second.
    for (int second = 1; second <= 10; ++second) {
        for (int i = 0; i < 20; ++i, ++n)
            builder.submitted(processor, processor.submit(telemetry("m", n, kT0 + n)), kT0 + second * 1000);
        LiveDelta s;
        builder.build(processor, kT0 + second * 1000, s);
        QCOMPARE(s.eventsPerSecond, 20.0);
    }
    // A rejected message is not an accepted event.
    builder.submitted(processor, processor.submit("{not json"), kT0 + 10'500);
    LiveDelta r;
    builder.build(processor, kT0 + 11'000, r);
    QCOMPARE(r.eventsPerSecond, 18.0); // 180 events over the last 10 s
    QCOMPARE(r.rejectedTotal, 1u);
}

QTEST_GUILESS_MAIN(TestLiveFrameBuilder)
#include "tst_live_frame_builder.moc"
