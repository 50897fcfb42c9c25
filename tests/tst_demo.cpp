// The Demo simulator: determinism, realistic traffic through the real parse path, and the
// scripted incident that the assurance logic must catch.
#include "cli/DemoReport.h"
#include "demo/DemoSimulator.h"
#include "metrics/Clock.h"
#include "pipeline/TelemetryProcessor.h"

#include <QTest>

#include <map>

using namespace assurance;

namespace {
constexpr std::int64_t T0 = 1761580800000; // 2025-10-27T16:00:00Z: an incident cycle starts here
}

class TestDemo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deterministicAndChunkIndependent();
    void trafficIsRealistic();
    void incidentIsDetected();
    void reportIsReproducible();
};

void TestDemo::deterministicAndChunkIndependent() {
    DemoSimulator a(5), b(5), c(6);
    std::vector<DemoSimulator::Message> whole, parts, other;
    a.generate(T0, T0 + 300'000, whole);
    for (std::int64_t t = T0; t < T0 + 300'000; t += 1'337)
        b.generate(t, std::min(t + 1'337, T0 + 300'000), parts);
    c.generate(T0, T0 + 300'000, other);
    QCOMPARE(parts.size(), whole.size());
    for (std::size_t i = 0; i < whole.size(); ++i) {
        QCOMPARE(parts[i].sendMs, whole[i].sendMs);
        QCOMPARE(parts[i].json, whole[i].json);
    }
    QVERIFY(other.size() != whole.size() || other[0].json != whole[0].json);
    for (std::size_t i = 1; i < whole.size(); ++i)
        QVERIFY(whole[i - 1].sendMs <= whole[i].sendMs);
}

void TestDemo::trafficIsRealistic() {
    DemoSimulator sim(1);
    std::vector<DemoSimulator::Message> messages;
    sim.generate(T0, T0 + 600'000, messages);
    TelemetryParser parser;
    TelemetryMessage m;
    std::map<std::string, int> inference, labels;
    int rejected = 0;
    for (const auto &msg : messages) {
        switch (parser.parse(msg.json, m)) {
        case MessageKind::Inference:
            ++inference[m.inference.modelId];
            break;
        case MessageKind::Label:
            ++labels[m.label.modelId];
            break;
        case MessageKind::Rejected:
            ++rejected;
            break;
        case MessageKind::Snapshot:
            QFAIL("the demo sends no snapshots");
            break;
        }
    }
    // 600 s at 8, 5 and 6 events/s (+0.5 % re-sent duplicates).
    QVERIFY(qAbs(inference["flood-risk-predictor"] - 4800) < 60);
    QVERIFY(qAbs(inference["energy-load-forecaster"] - 3000) < 40);
    QVERIFY(qAbs(inference["claims-triage-classifier"] - 3600) < 45);
    // Late labels: ~40 % of the classifiers' events, ~80 % of the regressor's (minus the last 50 s).
    QVERIFY(labels["flood-risk-predictor"] > 1500 && labels["flood-risk-predictor"] < 2100);
    QVERIFY(labels["energy-load-forecaster"] > 2100 && labels["energy-load-forecaster"] < 2500);
    QVERIFY(rejected >= 1); // the legacy exporter's broken messages
    QVERIFY(rejected < 30);

    // The reference profile describes the nominal traffic.
    const ReferenceProfile ref = sim.reference("flood-risk-predictor");
    QCOMPARE(ref.events, std::uint64_t(5000));
    QCOMPARE(ref.features.size(), std::size_t(4));
    QCOMPARE(ref.features[static_cast<std::size_t>(ref.indexOf("soil"))].numeric, false);
}

void TestDemo::incidentIsDetected() {
    DemoSimulator sim(1);
    ManualClock clock(T0);
    TelemetryProcessor processor(EngineConfig{}, clock);
    for (const auto &model : sim.models()) {
        processor.engine().setTask(model.id, model.task);
        processor.engine().setReference(std::make_shared<ReferenceProfile>(sim.reference(model.id)));
        processor.setTolerances(sim.tolerances(model.id));
    }
    std::vector<DemoSimulator::Message> messages;
    sim.generate(T0, T0 + 20 * 60'000, messages);
    for (const auto &msg : messages) {
        clock.setMs(msg.sendMs);
        processor.advance();
        processor.submit(msg.json);
    }
    std::map<std::string, std::map<std::int64_t, ProcessedWindow>> windows;
    for (auto &p : processor.takeProcessed())
        windows[p.snapshot.modelId][p.snapshot.windowEndMs] = p;
    auto minute = [](int m) { return T0 + m * 60'000; };
    const auto &claims = windows["claims-triage-classifier"];
    // Drift with an unseen channel from minute 2 to 10: windows ending 16:04..16:10 are critical.
    for (int m = 4; m <= 10; ++m) {
        const auto &p = claims.at(minute(m));
        QVERIFY2(*p.snapshot[SeedMetric::FeatureDrift].number() > 0.25, p.snapshot.timestamp().c_str());
        QVERIFY(*p.snapshot[SeedMetric::DomainViolationCount].number() > 50);
        QCOMPARE(p.label.verdict, Verdict::NotAssured);
    }
    // Error burst from minute 12 to 15.
    QVERIFY(*claims.at(minute(14)).snapshot[SeedMetric::FailureRate].number() > 0.05);
    // Before and after the incident the model is assured.
    QCOMPARE(claims.at(minute(1)).label.verdict, Verdict::Assured);
    QCOMPARE(claims.at(minute(19)).label.verdict, Verdict::Assured);
    // The flood model is healthy throughout; the regressor reports RMSE, not accuracy.
    int assured = 0;
    for (const auto &[end, p] : windows["flood-risk-predictor"])
        assured += p.label.verdict == Verdict::Assured ? 1 : 0;
    QVERIFY(assured >= 17);
    const auto &energy = windows["energy-load-forecaster"].at(minute(10)).snapshot;
    QVERIFY(energy[SeedMetric::Accuracy].isNull());
    QVERIFY(qAbs(*energy[SeedMetric::Rmse].number() - 19.2) < 3.0); // √(12² + 15²) ≈ 19.2
    // Episodes were opened for the incident.
    bool driftEpisode = false;
    for (const auto &e : processor.violations().episodes("claims-triage-classifier"))
        driftEpisode |= e.metric == SeedMetric::FeatureDrift && e.severity == Severity::Critical;
    QVERIFY(driftEpisode);
}

void TestDemo::reportIsReproducible() {
    DemoReportOptions options;
    options.seconds = 180;
    const auto a = runDemoReport(options);
    const auto b = runDemoReport(options);
    QCOMPARE(a.json, b.json);
    options.seed = 2;
    QVERIFY(runDemoReport(options).json != a.json);
    for (const char *key : {"\"accuracy\": ", "\"rmse\": ", "\"feature_drift\": ",
                            "\"domain_violation_count\": ", "\"failure_rate\": ", "\"watts_per_inference\": ",
                            "\"confidence_floor\": ", "\"confidence_variance\": "})
        QVERIFY2(a.json.find(key) != std::string::npos, key);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
