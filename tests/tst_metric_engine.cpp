// The metric engine against hand-computed values (the arithmetic is written next to each check).
#include "metrics/MetricEngine.h"
#include "metrics/Statistics.h"

#include <QTest>

#include <chrono>
#include <cmath>

using namespace assurance;

namespace {
constexpr std::int64_t T0 = 1761580800000; // 2025-10-27T16:00:00Z, a window boundary
constexpr std::int64_t S = 1000;

InferenceEvent inference(const std::string &model, std::int64_t ts, std::optional<double> prediction,
                         std::optional<double> label = std::nullopt, const std::string &txid = {}) {
    InferenceEvent e;
    e.modelId = model;
    e.tsMs = ts;
    e.hasTs = true;
    e.prediction = prediction;
    e.label = label;
    e.txid = txid;
    return e;
}

LabelEvent labelEvent(const std::string &model, const std::string &txid, std::int64_t ts, double label) {
    LabelEvent l;
    l.modelId = model;
    l.txid = txid;
    l.tsMs = ts;
    l.hasTs = true;
    l.label = label;
    return l;
}

double num(const Snapshot &s, SeedMetric m) {
    return *s[m].number();
}
double extra(const Snapshot &s, const char *key) {
    return *s.number(key);
}
bool near(double a, double b, double tol = 1e-12) {
    return std::abs(a - b) <= tol * std::max(1.0, std::abs(b));
}

EngineConfig smallConfig() {
    EngineConfig c;
    c.minLabels = 3;
    return c;
}
} // namespace

class TestMetricEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classificationWindow();
    void regressionRmse();
    void minLabelsGivesNull();
    void autoTaskRule();
    void windowAlignmentAndTimestamp();
    void watermarkClosesWindows();
    void lateEventsAreCounted();
    void idleTimeoutClosesWindows();
    void restartedIdleClocksKeepWindowsOpen();
    void eventWithoutTsUsesArrivalTime();
    void dedupeWithinWindow();
    void labelJoin();
    void labelCacheIsBounded();
    void driftAndDomainViolations();
    void preparedWindowsCloseIdentically();
    void sidecarSnapshotPassesThrough();
    void memoryCaps();
    void modelCap();
    void sharedModelCap();
    void farFutureTimestampsAreRefused();
    void dropOpenWindowsWritesNothing();
    void provisionalDoesNotClose();
};

void TestMetricEngine::classificationWindow() {
    ManualClock clock(T0);
    MetricEngine engine(smallConfig(), clock);
    engine.setTask("m", TaskType::Classification);
    auto e1 = inference("m", T0 + 1 * S, 0.8, 1.0, "a");
    e1.confidence = 0.9, e1.latencyMs = 10, e1.watts = 40;
    auto e2 = inference("m", T0 + 2 * S, 0.3, 1.0, "b"); // predicted class 0, label 1: wrong
    e2.confidence = 0.7, e2.latencyMs = 20, e2.watts = 42;
    auto e3 = inference("m", T0 + 3 * S, 0.6, 0.0, "c"); // predicted class 1, label 0: wrong
    e3.confidence = 0.6, e3.latencyMs = 30, e3.watts = 44;
    auto e4 = inference("m", T0 + 4 * S, std::nullopt, std::nullopt, "d"); // an error without prediction
    e4.error = true, e4.confidence = 0.8, e4.latencyMs = 40, e4.watts = 46;
    for (const auto *e : {&e1, &e2, &e3, &e4})
        QCOMPARE(engine.ingest(*e), IngestOutcome::Counted);
    QVERIFY(!engine.hasClosed());
    // An event at 70 s moves the watermark to 70 − 10 = 60 s = the first window's end: it closes.
    engine.ingest(inference("m", T0 + 70 * S, 0.5));
    const auto closed = engine.takeClosed();
    QCOMPARE(closed.size(), std::size_t(1));
    const Snapshot &s = closed[0];
    QCOMPARE(s.timestamp(), std::string("2025-10-27T16_01_00Z"));
    QCOMPARE(num(s, SeedMetric::Accuracy), 1.0 / 3.0); // 1 correct of 3 labelled predictions
    QVERIFY(s[SeedMetric::Rmse].isNull());             // a classifier has no RMSE
    QVERIFY(s[SeedMetric::FeatureDrift].isNull());     // no reference profile
    QVERIFY(s[SeedMetric::DomainViolationCount].isNull());
    QCOMPARE(num(s, SeedMetric::FailureRate), 0.25);       // 1 error of 4 events
    QCOMPARE(num(s, SeedMetric::WattsPerInference), 43.0); // (40+42+44+46)/4
    // p5 of [0.6, 0.7, 0.8, 0.9]: index (4−1)·0.05 = 0.15 → 0.6 + 0.15·(0.7−0.6) = 0.615
    QVERIFY(near(num(s, SeedMetric::ConfidenceFloor), 0.615));
    // mean 0.75; squared deviations 0.0225 + 0.0025 + 0.0025 + 0.0225 = 0.05; /4 = 0.0125
    QVERIFY(near(num(s, SeedMetric::ConfidenceVariance), 0.0125));
    // latency [10,20,30,40]: p50 index 1.5 → 25; p95 index 2.85 → 38.5; p99 index 2.97 → 39.7
    QVERIFY(near(extra(s, "latency_p50_ms"), 25.0));
    QVERIFY(near(extra(s, "latency_p95_ms"), 38.5));
    QVERIFY(near(extra(s, "latency_p99_ms"), 39.7));
    QVERIFY(near(extra(s, "throughput_eps"), 4.0 / 60.0));
    QCOMPARE(*s.extra("events"), MetricValue::integer(4));
    QCOMPARE(*s.extra("late"), MetricValue::integer(0));
    QCOMPARE(*s.extra("orphan_label"), MetricValue::integer(0));
    QVERIFY(!s.hasDrift);
    const std::string json = serializeSnapshot(s);
    QVERIFY(json.starts_with(
        R"({"timestamp": "2025-10-27T16_01_00Z", "metrics": {"accuracy": 0.3333333333333333, "rmse": null, "feature_drift": null, "domain_violation_count": null, "failure_rate": 0.25, "watts_per_inference": 43.0, "confidence_floor": )"));
    QVERIFY(json.ends_with(
        R"("throughput_eps": 0.06666666666666667, "events": 4, "late": 0, "orphan_label": 0}})"));
}

void TestMetricEngine::regressionRmse() {
    ManualClock clock(T0);
    MetricEngine engine(smallConfig(), clock);
    engine.setTask("r", TaskType::Regression);
    engine.ingest(inference("r", T0 + 1 * S, 10.0, 11.0));
    engine.ingest(inference("r", T0 + 2 * S, 12.0, 12.0));
    engine.ingest(inference("r", T0 + 3 * S, 15.0, 13.0));
    engine.closeAll();
    const auto s = engine.takeClosed().at(0);
    // squared errors 1, 0, 4 → mean 5/3 → √(5/3)
    QCOMPARE(num(s, SeedMetric::Rmse), std::sqrt(5.0 / 3.0));
    QVERIFY(s[SeedMetric::Accuracy].isNull());
    QVERIFY(s[SeedMetric::ConfidenceFloor].isNull()); // no confidence values: null, never 0
    QVERIFY(s[SeedMetric::WattsPerInference].isNull());
}

void TestMetricEngine::minLabelsGivesNull() {
    ManualClock clock(T0);
    MetricEngine engine(EngineConfig{}, clock); // min_labels = 30
    for (int i = 0; i < 29; ++i)
        engine.ingest(inference("m", T0 + i * 100, 0.9, 1.0));
    engine.closeAll();
    QVERIFY(engine.takeClosed().at(0)[SeedMetric::Accuracy].isNull());
    for (int i = 0; i < 30; ++i)
        engine.ingest(inference("m", T0 + 120 * S + i * 100, 0.9, 1.0));
    engine.closeAll();
    QCOMPARE(num(engine.takeClosed().at(0), SeedMetric::Accuracy), 1.0);
}

void TestMetricEngine::autoTaskRule() {
    ManualClock clock(T0);
    MetricEngine engine(smallConfig(), clock);
    engine.ingest(inference("m", T0, 0.7, 1.0));
    QCOMPARE(engine.task("m"), TaskType::Classification);
    engine.ingest(inference("m", T0 + S, 0.2, 0.0));
    QCOMPARE(engine.task("m"), TaskType::Classification);
    engine.ingest(inference("m", T0 + 2 * S, 3.5, 0.0)); // a prediction outside [0, 1]
    QCOMPARE(engine.task("m"), TaskType::Regression);
    engine.ingest(inference("n", T0, 0.5, 2.0)); // a label outside {0, 1}
    QCOMPARE(engine.task("n"), TaskType::Regression);
    engine.setTask("n", TaskType::Classification); // config wins over the rule
    QCOMPARE(engine.task("n"), TaskType::Classification);
    engine.closeAll();
    for (const auto &s : engine.takeClosed()) {
        if (s.modelId == "m") {
            QVERIFY(s[SeedMetric::Accuracy].isNull());
            // errors 0.3, 0.2, 3.5 → √((0.09 + 0.04 + 12.25)/3)
            QVERIFY(near(num(s, SeedMetric::Rmse), std::sqrt((0.09 + 0.04 + 12.25) / 3.0)));
        }
    }
}

void TestMetricEngine::windowAlignmentAndTimestamp() {
    ManualClock clock(T0);
    MetricEngine engine(smallConfig(), clock);
    engine.ingest(inference("m", T0 + 59'999, 0.5)); // the last millisecond of [16:00, 16:01)
    engine.ingest(inference("m", T0 + 60'000, 0.5)); // the first of the next window
    engine.closeAll();
    const auto closed = engine.takeClosed();
    QCOMPARE(closed.size(), std::size_t(2));
    QCOMPARE(closed[0].timestamp(), std::string("2025-10-27T16_01_00Z"));
    QCOMPARE(closed[1].timestamp(), std::string("2025-10-27T16_02_00Z"));
    QCOMPARE(*closed[0].extra("events"), MetricValue::integer(1));

    EngineConfig five = smallConfig();
    five.windowMs = 300'000;
    MetricEngine e5(five, clock);
    e5.ingest(inference("m", T0 + 7 * 60'000 + 1, 0.5)); // 16:07:00.001 → window [16:05, 16:10)
    e5.closeAll();
    QCOMPARE(e5.takeClosed().at(0).timestamp(), std::string("2025-10-27T16_10_00Z"));
}

void TestMetricEngine::watermarkClosesWindows() {
    ManualClock clock(T0);
    MetricEngine engine(smallConfig(), clock);
    engine.ingest(inference("m", T0 + 5 * S, 0.5));
    engine.ingest(inference("m", T0 + 65 * S, 0.5)); // watermark 55 s < 60 s: still open
    QVERIFY(!engine.hasClosed());
    QCOMPARE(engine.openWindows(), std::size_t(2));
    engine.ingest(inference("m", T0 + 55 * S, 0.5)); // within the allowed lateness: counted
    engine.ingest(inference("m", T0 + 70 * S, 0.5)); // watermark 60 s: the first window closes
    auto closed = engine.takeClosed();
    QCOMPARE(closed.size(), std::size_t(1));
    QCOMPARE(*closed[0].extra("events"), MetricValue::integer(2));
    // Another model's watermark is its own.
    engine.ingest(inference("other", T0 + 1 * S, 0.5));
    engine.ingest(inference("m", T0 + 200 * S, 0.5));
    closed = engine.takeClosed();
    QCOMPARE(closed.size(), std::size_t(1)); // m's [60,120) closed; other's window is untouched
    QCOMPARE(closed[0].modelId, std::string("m"));
}

void TestMetricEngine::lateEventsAreCounted() {
    ManualClock clock(T0);
    MetricEngine engine(smallConfig(), clock);
    engine.ingest(inference("m", T0 + 5 * S, 0.5));
    engine.ingest(inference("m", T0 + 75 * S, 0.5)); // closes [0, 60)
    QCOMPARE(engine.takeClosed().size(), std::size_t(1));
    QCOMPARE(engine.ingest(inference("m", T0 + 30 * S, 0.5)), IngestOutcome::Late);
    QCOMPARE(engine.ingest(labelEvent("m", "zzz", T0 + 31 * S, 1.0)), IngestOutcome::Late);
    QCOMPARE(engine.counters().late, std::uint64_t(2));
    engine.closeAll();
    const auto s = engine.takeClosed().at(0);
    QCOMPARE(s.timestamp(), std::string("2025-10-27T16_02_00Z"));
    QCOMPARE(*s.extra("late"), MetricValue::integer(2)); // reported with the next window written
    QCOMPARE(*s.extra("events"), MetricValue::integer(1));
}

void TestMetricEngine::idleTimeoutClosesWindows() {
    ManualClock clock(T0 + 5 * S);
    MetricEngine engine(smallConfig(), clock);
    engine.ingest(inference("m", T0 + 5 * S, 0.5));
    clock.advanceMs(59'999);
    engine.advanceTime();
    QVERIFY(!engine.hasClosed());
    clock.advanceMs(1); // 60 s (the window length) without an event for m
    engine.advanceTime();
    QCOMPARE(engine.takeClosed().size(), std::size_t(1));
    QCOMPARE(engine.openWindows(), std::size_t(0));
    // An event for the closed window after an idle close is late.
    QCOMPARE(engine.ingest(inference("m", T0 + 6 * S, 0.5)), IngestOutcome::Late);
}

void TestMetricEngine::restartedIdleClocksKeepWindowsOpen() {
    // Paused partitions: nothing arrived for two idle timeouts, but the stream was held back, not
    // silent. After restartIdleClocks() the open window gets a whole idle timeout again.
    ManualClock clock(T0 + 5 * S);
    MetricEngine engine(smallConfig(), clock);
    engine.ingest(inference("m", T0 + 5 * S, 0.5));
    clock.advanceMs(120'000);
    engine.restartIdleClocks();
    engine.advanceTime();
    QVERIFY(!engine.hasClosed());
    QCOMPARE(engine.ingest(inference("m", T0 + 6 * S, 0.5)), IngestOutcome::Counted); // still open
    clock.advanceMs(60'000);
    engine.advanceTime();
    QCOMPARE(engine.takeClosed().size(), std::size_t(1));
}

void TestMetricEngine::eventWithoutTsUsesArrivalTime() {
    ManualClock clock(T0 + 125 * S);
    MetricEngine engine(smallConfig(), clock);
    InferenceEvent e = inference("m", 0, 0.5);
    e.hasTs = false;
    engine.ingest(e);
    engine.closeAll();
    QCOMPARE(engine.takeClosed().at(0).timestamp(), std::string("2025-10-27T16_03_00Z"));
}

void TestMetricEngine::dedupeWithinWindow() {
    ManualClock clock(T0);
    MetricEngine engine(smallConfig(), clock);
    QCOMPARE(engine.ingest(inference("m", T0 + 1 * S, 0.9, 1.0, "tx1")), IngestOutcome::Counted);
    QCOMPARE(engine.ingest(inference("m", T0 + 2 * S, 0.9, 1.0, "tx1")), IngestOutcome::Duplicate);
    QCOMPARE(engine.ingest(inference("m", T0 + 3 * S, 0.1, 1.0, "tx2")), IngestOutcome::Counted);
    QCOMPARE(engine.ingest(inference("m", T0 + 4 * S, 0.1, 1.0)),
             IngestOutcome::Counted); // no txid: never deduped
    QCOMPARE(engine.ingest(inference("m", T0 + 5 * S, 0.1, 1.0)), IngestOutcome::Counted);
    QCOMPARE(engine.ingest(inference("m", T0 + 61 * S, 0.9, 1.0, "tx1")),
             IngestOutcome::Counted); // another window
    engine.closeAll();
    const auto closed = engine.takeClosed();
    QCOMPARE(*closed[0].extra("events"), MetricValue::integer(4));
    QCOMPARE(num(closed[0], SeedMetric::Accuracy), 0.25); // the duplicate is not counted twice: 1 of 4
    QCOMPARE(engine.counters().duplicates, std::uint64_t(1));
}

void TestMetricEngine::labelJoin() {
    EngineConfig config = smallConfig();
    config.minLabels = 1;
    ManualClock clock(T0);
    MetricEngine engine(config, clock);
    engine.setTask("m", TaskType::Classification);
    engine.ingest(inference("m", T0 + 5 * S, 0.9, std::nullopt, "A"));
    engine.ingest(inference("m", T0 + 6 * S, 0.2, std::nullopt, "B"));
    // Labels arrive in the next window: they count where the label event's ts falls.
    QCOMPARE(engine.ingest(labelEvent("m", "A", T0 + 65 * S, 1.0)), IngestOutcome::LabelJoined);
    QCOMPARE(engine.ingest(labelEvent("m", "B", T0 + 66 * S, 1.0)), IngestOutcome::LabelJoined);
    QCOMPARE(engine.ingest(labelEvent("m", "A", T0 + 67 * S, 0.0)), IngestOutcome::DuplicateLabel);
    QCOMPARE(engine.ingest(labelEvent("m", "nope", T0 + 68 * S, 1.0)), IngestOutcome::OrphanLabel);
    QCOMPARE(engine.ingest(labelEvent("other-model", "A", T0 + 68 * S, 1.0)), IngestOutcome::OrphanLabel);
    engine.closeAll();
    const auto closed = engine.takeClosed();
    const Snapshot *w0 = nullptr, *w1 = nullptr;
    for (const auto &s : closed)
        if (s.modelId == "m")
            (s.windowEndMs == T0 + 60 * S ? w0 : w1) = &s;
    QVERIFY(w0 && w1);
    QVERIFY((*w0)[SeedMetric::Accuracy].isNull()); // no label in the inference window
    QCOMPARE(num(*w1, SeedMetric::Accuracy), 0.5); // A correct (0.9→1 = 1), B wrong (0.2→0 ≠ 1)
    QCOMPARE(*w1->extra("events"), MetricValue::integer(0));
    QCOMPARE(*w1->extra("orphan_label"), MetricValue::integer(1));
    QVERIFY((*w1)[SeedMetric::FailureRate].isNull()); // no inference events in that window
    QCOMPARE(engine.counters().orphanLabels, std::uint64_t(2));
    QCOMPARE(engine.counters().duplicateLabels, std::uint64_t(1));

    // Predictions older than the cache's TTL are forgotten.
    config.labelCacheTtlMs = 30 * S;
    MetricEngine ttl(config, clock);
    ttl.ingest(inference("m", T0, 0.9, std::nullopt, "X"));
    QCOMPARE(ttl.ingest(labelEvent("m", "X", T0 + 31 * S, 1.0)), IngestOutcome::OrphanLabel);
}

void TestMetricEngine::labelCacheIsBounded() {
    EngineConfig config = smallConfig();
    config.labelCacheEntries = 2;
    ManualClock clock(T0);
    MetricEngine engine(config, clock);
    engine.ingest(inference("m", T0 + 1 * S, 0.9, std::nullopt, "A"));
    engine.ingest(inference("m", T0 + 2 * S, 0.9, std::nullopt, "B"));
    engine.ingest(inference("m", T0 + 3 * S, 0.9, std::nullopt, "C")); // evicts A, the oldest
    QCOMPARE(engine.labelCacheSize(), std::size_t(2));
    QCOMPARE(engine.ingest(labelEvent("m", "A", T0 + 4 * S, 1.0)), IngestOutcome::OrphanLabel);
    QCOMPARE(engine.ingest(labelEvent("m", "C", T0 + 5 * S, 1.0)), IngestOutcome::LabelJoined);
    QCOMPARE(engine.ingest(labelEvent("m", "B", T0 + 6 * S, 1.0)), IngestOutcome::LabelJoined);
    // Heavy churn through a small cache keeps lookups right (backward-shift deletion).
    config.labelCacheEntries = 1000;
    MetricEngine churn(config, clock);
    for (int i = 0; i < 20000; ++i)
        churn.ingest(inference("m", T0 + 1 * S, 0.9, std::nullopt, "tx" + std::to_string(i)));
    QCOMPARE(churn.labelCacheSize(), std::size_t(1000));
    // The last 1000 predictions (tx19000..tx19999) are kept, every older one is gone.
    int joined = 0, orphans = 0;
    for (int i = 18000; i < 20000; ++i) {
        const auto outcome = churn.ingest(labelEvent("m", "tx" + std::to_string(i), T0 + 2 * S, 1.0));
        QCOMPARE(outcome, i >= 19000 ? IngestOutcome::LabelJoined : IngestOutcome::OrphanLabel);
        ++(outcome == IngestOutcome::LabelJoined ? joined : orphans);
    }
    QCOMPARE(joined, 1000);
    QCOMPARE(churn.ingest(labelEvent("m", "tx19999", T0 + 2 * S, 1.0)), IngestOutcome::DuplicateLabel);
}

void TestMetricEngine::driftAndDomainViolations() {
    // Reference: x = 1..10, c = a×5, b×5. numpy deciles of 1..10: index 9q → 1.9, 2.8, …, 9.1, so
    // every decile bin holds exactly one reference value: shares 0.1 each.
    ReferenceProfileBuilder builder("m");
    for (int i = 1; i <= 10; ++i) {
        InferenceEvent e;
        auto &x = e.addFeature();
        x.name = "x";
        x.number = i;
        auto &c = e.addFeature();
        c.name = "c";
        c.numeric = false;
        c.category = i <= 5 ? "a" : "b";
        builder.add(e);
    }
    auto profile = std::make_shared<ReferenceProfile>(builder.build());
    const auto &xp = profile->features[static_cast<std::size_t>(profile->indexOf("x"))].num;
    QCOMPARE(xp.edges.size(), std::size_t(9));
    QVERIFY(near(xp.edges[0], 1.9));
    QVERIFY(near(xp.edges[8], 9.1));
    for (double share : xp.binShares)
        QCOMPARE(share, 0.1);

    ManualClock clock(T0);
    MetricEngine engine(smallConfig(), clock);
    engine.setReference(profile);
    auto add = [&](std::optional<double> x, std::optional<std::string> c) {
        InferenceEvent e = inference("m", T0 + S, 0.5);
        if (x) {
            auto &f = e.addFeature();
            f.name = "x";
            f.number = *x;
        }
        if (c) {
            auto &f = e.addFeature();
            f.name = "c";
            f.numeric = false;
            f.category = *c;
        }
        engine.ingest(e);
    };
    add(1, "a");
    add(1, "a");
    add(10, "a");
    add(11, "z");           // x above the reference max and an unseen category: one violating event
    add(std::nullopt, "b"); // x missing: a violation
    engine.closeAll();
    const Snapshot s = engine.takeClosed().at(0);
    QCOMPARE(s[SeedMetric::DomainViolationCount], MetricValue::integer(2));

    const double eps = 1e-4;
    // x window shares (4 values): bin 0 holds 1, 1 → 0.5; bin 9 holds 10, 11 → 0.5; eight bins 0 → ε.
    const double psiX = 2 * (0.5 - 0.1) * std::log(0.5 / 0.1) + 8 * (eps - 0.1) * std::log(eps / 0.1);
    // c window shares (5 values): a 3/5, b 1/5, unseen 1/5; reference a 0.5, b 0.5, unseen 0 → ε.
    const double psiC = (0.6 - 0.5) * std::log(0.6 / 0.5) + (0.2 - 0.5) * std::log(0.2 / 0.5) +
                        (0.2 - eps) * std::log(0.2 / eps);
    QVERIFY(s.hasDrift);
    QCOMPARE(s.drift.size(), std::size_t(2)); // sorted by name: c, x
    QCOMPARE(s.drift[0].feature, std::string("c"));
    QVERIFY(near(*s.drift[0].psi, psiC));
    QVERIFY(!s.drift[0].ks);
    QCOMPARE(s.drift[1].feature, std::string("x"));
    QVERIFY(near(*s.drift[1].psi, psiX));
    QVERIFY(*s.drift[1].ks > 0.0 && *s.drift[1].ks <= 1.0);
    QVERIFY(*s.drift[1].ksPValue >= 0.0 && *s.drift[1].ksPValue <= 1.0);
    QVERIFY(near(num(s, SeedMetric::FeatureDrift), std::max(psiX, psiC)));
    const std::string json = serializeSnapshot(s);
    QVERIFY(json.find(R"("drift": {"c": {"psi": )") != std::string::npos);
    QVERIFY(json.find(R"(, "x": {"psi": )") != std::string::npos);
}

void TestMetricEngine::sidecarSnapshotPassesThrough() {
    ManualClock clock(T0);
    MetricEngine engine(smallConfig(), clock);
    Snapshot s;
    s.modelId = "sidecar";
    s.windowEndMs = T0;
    s[SeedMetric::Accuracy] = MetricValue::real(0.92);
    engine.ingest(s);
    const auto out = engine.takeClosed();
    QCOMPARE(out.size(), std::size_t(1));
    QCOMPARE(out[0], s);
    QCOMPARE(engine.counters().snapshotMessages, std::uint64_t(1));
    // Dated more than an hour ahead of the clock: refused like an event, or it would stay the
    // model's latest snapshot (nothing computed is newer) and stop its episodes.
    Snapshot ahead = s;
    ahead.windowEndMs = T0 + 3600'000 + 1000;
    QCOMPARE(engine.ingest(ahead), IngestOutcome::FutureTimestamp);
    QVERIFY(!engine.hasClosed());
    QCOMPARE(engine.counters().futureTimestamps, std::uint64_t(1));
    ahead.windowEndMs = T0 + 3600'000;
    QCOMPARE(engine.ingest(ahead), IngestOutcome::Counted);
    QCOMPARE(engine.takeClosed().size(), std::size_t(1));
}

void TestMetricEngine::memoryCaps() {
    EngineConfig config = smallConfig();
    config.dedupeEntriesPerWindow = 2;
    config.samplesPerWindow = 10;
    ManualClock clock(T0);
    MetricEngine engine(config, clock);
    engine.ingest(inference("m", T0 + S, 0.5, std::nullopt, "a"));
    engine.ingest(inference("m", T0 + S, 0.5, std::nullopt, "b"));
    QCOMPARE(engine.ingest(inference("m", T0 + S, 0.5, std::nullopt, "c")), IngestOutcome::Counted);
    QCOMPARE(engine.ingest(inference("m", T0 + S, 0.5, std::nullopt, "c")),
             IngestOutcome::Counted); // past the cap
    QCOMPARE(engine.ingest(inference("m", T0 + S, 0.5, std::nullopt, "a")), IngestOutcome::Duplicate);
    // 100 confidence values through a 10-value sample: the variance stays exact (Welford on all).
    std::vector<double> all;
    for (int i = 0; i < 100; ++i) {
        InferenceEvent e = inference("n", T0 + S, 0.5);
        e.confidence = 0.5 + 0.004 * i;
        all.push_back(*e.confidence);
        engine.ingest(e);
    }
    engine.closeAll();
    for (const auto &s : engine.takeClosed())
        if (s.modelId == "n") {
            QVERIFY(near(num(s, SeedMetric::ConfidenceVariance), *stats::populationVariance(all), 1e-10));
            const double floor = num(s, SeedMetric::ConfidenceFloor); // from the reservoir: a value seen
            QVERIFY(floor >= 0.5 && floor <= 0.5 + 0.004 * 99);
        }
}

void TestMetricEngine::preparedWindowsCloseIdentically() {
    // The agent prepares windows whose end has passed (prepareDue) and consoles ask for
    // provisional views: neither may change what a window closes with. Two engines get one stream:
    // one prepares after every event and asks for a provisional view now and then, the other
    // never. Late events, label events and reservoir sampling (small caps) arrive after windows
    // were prepared, so a cache that is not refreshed shows as different bytes.
    ReferenceProfileBuilder builder("m");
    for (int i = 0; i < 400; ++i) {
        InferenceEvent e;
        auto &x = e.addFeature();
        x.name = "x";
        x.number = std::sin(i * 1.3) * 10.0;
        auto &c = e.addFeature();
        c.name = "c";
        c.numeric = false;
        c.category = i % 3 ? "a" : "b";
        builder.add(e);
    }
    auto profile = std::make_shared<ReferenceProfile>(builder.build());
    EngineConfig config = smallConfig();
    config.windowMs = 10 * S;
    config.allowedLatenessMs = 5 * S;
    config.samplesPerWindow = 60;     // ~200 events a window: confidence and latency are sampled,
    config.ksSamplesPerFeature = 190; // feature values kept whole in some windows (late ones merged
                                      // into the sort), sampled in others
    EngineConfig ahead = config;
    ahead.prepareAhead = true;
    ManualClock clockA(T0), clockB(T0);
    MetricEngine prepared(ahead, clockA), plain(config, clockB);
    prepared.setReference(profile);
    plain.setReference(profile);

    std::uint64_t seed = 11;
    auto uniform = [&] {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(seed >> 11) * 0x1.0p-53;
    };
    std::size_t preparedCount = 0;
    auto both = [&](const auto &event) {
        QCOMPARE(prepared.ingest(event), plain.ingest(event));
        if (prepared.hasDue()) {
            ++preparedCount;
            QCOMPARE(prepared.prepareDue(std::chrono::seconds(1)), std::size_t(0));
        }
        if (uniform() < 0.05)
            (void)prepared.provisional("m");
        QVERIFY(!plain.hasDue()); // nothing queues up for an owner that never prepares
    };
    for (int i = 0; i < 3000; ++i) {
        // Mostly in order at 20 events per second, one in eight up to 7 s old (late, or within the
        // allowed lateness of a window that waits to close), a few label events.
        const std::int64_t now = T0 + i * 50;
        const std::int64_t ts = uniform() < 0.125 ? now - static_cast<std::int64_t>(uniform() * 7000) : now;
        const std::string txid = "t" + std::to_string(i);
        InferenceEvent e = inference("m", ts, uniform(), std::nullopt, txid);
        e.confidence = std::round(uniform() * 1000.0) / 1000.0;
        e.latencyMs = std::round(uniform() * 500.0) / 10.0;
        auto &x = e.addFeature();
        x.name = "x";
        x.number = std::round((uniform() * 24.0 - 12.0) * 100.0) / 100.0;
        auto &c = e.addFeature();
        c.name = "c";
        c.numeric = false;
        c.category = uniform() < 0.5 ? "a" : "z";
        both(e);
        if (i > 10 && uniform() < 0.3)
            both(labelEvent("m", "t" + std::to_string(i - 10), ts, uniform() < 0.5 ? 0.0 : 1.0));
    }
    prepared.closeAll();
    plain.closeAll();
    const auto a = prepared.takeClosed(), b = plain.takeClosed();
    // All but the last window and the one before T0 (opened by a late event after a newer one).
    const std::uint64_t done = prepared.counters().windowsPrepared;
    QVERIFY2(done + 2 >= a.size() && done == preparedCount,
             qPrintable(QStringLiteral("%1 (%2 calls) of %3").arg(done).arg(preparedCount).arg(a.size())));
    QCOMPARE(plain.counters().windowsPrepared, std::uint64_t(0));
    QCOMPARE(a.size(), b.size());
    QVERIFY(a.size() >= 14);
    for (std::size_t i = 0; i < a.size(); ++i)
        QCOMPARE(serializeSnapshot(a[i]), serializeSnapshot(b[i]));
}

void TestMetricEngine::modelCap() {
    EngineConfig config = smallConfig();
    config.maxModels = 2;
    ManualClock clock(T0);
    MetricEngine engine(config, clock);
    QCOMPARE(engine.ingest(inference("a", T0, 0.5)), IngestOutcome::Counted);
    QCOMPARE(engine.ingest(inference("b", T0, 0.5)), IngestOutcome::Counted);
    QCOMPARE(engine.ingest(inference("c", T0, 0.5)), IngestOutcome::TooManyModels);
    QCOMPARE(engine.counters().droppedModels, std::uint64_t(1));
    QCOMPARE(engine.models().size(), std::size_t(2));
}

void TestMetricEngine::sharedModelCap() {
    // The agent's shards share one cap: a busy shard may hold most of the models.
    EngineConfig config = smallConfig();
    config.maxModels = 3;
    config.sharedModelCount = std::make_shared<std::atomic<std::size_t>>(0);
    ManualClock clock(T0);
    MetricEngine busy(config, clock);
    {
        MetricEngine quiet(config, clock);
        QCOMPARE(busy.ingest(inference("a", T0, 0.5)), IngestOutcome::Counted);
        QCOMPARE(busy.ingest(inference("b", T0, 0.5)), IngestOutcome::Counted);
        QCOMPARE(quiet.ingest(inference("c", T0, 0.5)), IngestOutcome::Counted);
        QCOMPARE(busy.ingest(inference("d", T0, 0.5)), IngestOutcome::TooManyModels);
        QCOMPARE(quiet.ingest(inference("e", T0, 0.5)), IngestOutcome::TooManyModels);
        QCOMPARE(config.sharedModelCount->load(), std::size_t(3));
        // A revoke forgets a shard's models, and frees their places.
        busy.dropOpenWindows();
        busy.forgetModels();
        QCOMPARE(busy.models().size(), std::size_t(0));
        QCOMPARE(quiet.ingest(inference("e", T0, 0.5)), IngestOutcome::Counted);
        QCOMPARE(busy.ingest(inference("a", T0, 0.5)), IngestOutcome::Counted);
        QCOMPARE(config.sharedModelCount->load(), std::size_t(3));
    }
    QCOMPARE(config.sharedModelCount->load(), std::size_t(1)); // an engine gone frees its places
}

void TestMetricEngine::farFutureTimestampsAreRefused() {
    ManualClock clock(T0);
    MetricEngine engine(smallConfig(), clock);
    engine.ingest(inference("m", T0 + 5 * S, 0.5));
    // A producer whose clock is a day ahead: refused, and the watermark does not move.
    QCOMPARE(engine.ingest(inference("m", T0 + 86'400 * S, 0.5)), IngestOutcome::FutureTimestamp);
    QCOMPARE(engine.ingest(labelEvent("m", "x", T0 + 86'400 * S, 1.0)), IngestOutcome::FutureTimestamp);
    QCOMPARE(engine.counters().futureTimestamps, std::uint64_t(2));
    QVERIFY(!engine.hasClosed());
    QCOMPARE(engine.ingest(inference("m", T0 + 6 * S, 0.5)), IngestOutcome::Counted); // not late
    // Within the allowed skew (1 h): accepted.
    QCOMPARE(engine.ingest(inference("m", T0 + 3000 * S, 0.5)), IngestOutcome::Counted);
}

void TestMetricEngine::dropOpenWindowsWritesNothing() {
    ManualClock clock(T0);
    MetricEngine engine(smallConfig(), clock);
    engine.ingest(inference("m", T0 + S, 0.5));
    engine.ingest(inference("m", T0 + 61 * S, 0.5));
    engine.dropOpenWindows();
    QVERIFY(!engine.hasClosed());
    QCOMPARE(engine.counters().windowsDropped, std::uint64_t(2));
    engine.closeAll();
    QVERIFY(!engine.hasClosed());
}

void TestMetricEngine::provisionalDoesNotClose() {
    ManualClock clock(T0);
    MetricEngine engine(smallConfig(), clock);
    engine.ingest(inference("m", T0 + S, 0.5, 1.0));
    auto p = engine.provisional("m");
    QVERIFY(p && p->provisional);
    QCOMPARE(*p->extra("events"), MetricValue::integer(1));
    engine.ingest(inference("m", T0 + 2 * S, 0.5, 1.0));
    QCOMPARE(*engine.provisional("m")->extra("events"), MetricValue::integer(2));
    QVERIFY(!engine.hasClosed());
    QVERIFY(!engine.provisional("unknown"));
}

QTEST_GUILESS_MAIN(TestMetricEngine)
#include "tst_metric_engine.moc"
