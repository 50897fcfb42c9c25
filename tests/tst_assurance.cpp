// Tolerances, the assurance label (score, grade, verdict, hash) and violation episodes.
#include "assurance/AssuranceLabel.h"
#include "assurance/LabelChain.h"
#include "assurance/Tolerance.h"
#include "assurance/ViolationTracker.h"
#include "metrics/Clock.h"
#include "pipeline/TelemetryProcessor.h"
#include "json/Timestamps.h"

#include <QCryptographicHash>
#include <QTest>

using namespace assurance;

namespace {
constexpr std::int64_t T0 = 1761580800000; // 2025-10-27T16:00:00Z

Snapshot snapshot(std::int64_t end, std::initializer_list<std::pair<SeedMetric, double>> values) {
    Snapshot s;
    s.modelId = "m";
    s.windowEndMs = end;
    for (const auto &[metric, value] : values)
        s[metric] = MetricValue::real(value);
    return s;
}
} // namespace

class TestAssurance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void gradeBoundaries_data();
    void gradeBoundaries();
    void verdictRules();
    void toleranceDirections();
    void scoreIsWeightedOverEvaluatedMetrics();
    void noEvaluatedMetric();
    void labelHashAndSerialisation();
    void chainedLabelCarriesPrevHash();
    void oldLabelWithoutPrevHashStillVerifies();
    void labelChainShowsGapsAndEdits();
    void processorChainsLabelsWindowAfterWindow();
    void episodeLifecycle();
    void operatorTransitions();
    void episodeSerialisation();
};

void TestAssurance::gradeBoundaries_data() {
    QTest::addColumn<double>("score");
    QTest::addColumn<QChar>("grade");
    const std::pair<double, char> rows[] = {{100, 'A'},   {90, 'A'}, {89.999, 'B'}, {80, 'B'},
                                            {79.99, 'C'}, {70, 'C'}, {69.9, 'D'},   {60, 'D'},
                                            {59.99, 'F'}, {0, 'F'}};
    for (const auto &[score, grade] : rows)
        QTest::newRow(QByteArray::number(score).constData()) << score << QChar(QLatin1Char(grade));
}

void TestAssurance::gradeBoundaries() {
    QFETCH(double, score);
    QFETCH(QChar, grade);
    QCOMPARE(QChar(QLatin1Char(gradeForScore(score))), grade);
}

void TestAssurance::verdictRules() {
    QCOMPARE(verdictFor('A', false), Verdict::Assured);
    QCOMPARE(verdictFor('B', false), Verdict::Assured);
    QCOMPARE(verdictFor('A', true), Verdict::NotAssured); // any critical metric
    QCOMPARE(verdictFor('C', false), Verdict::Conditional);
    QCOMPARE(verdictFor('D', false), Verdict::Conditional);
    QCOMPARE(verdictFor('F', false), Verdict::NotAssured);
    QCOMPARE(verdictFor(std::nullopt, false), Verdict::Conditional);
}

void TestAssurance::toleranceDirections() {
    const ToleranceSet d = defaultTolerances("m");
    const MetricTolerance &acc = *d.find(SeedMetric::Accuracy); // higher is better, 0.90 / 0.80
    QCOMPARE(evaluate(acc, 0.95).status, MetricStatus::Ok);
    QCOMPARE(evaluate(acc, 0.90).status, MetricStatus::Ok); // on the bound is inside
    QCOMPARE(evaluate(acc, 0.85).status, MetricStatus::Warning);
    QCOMPARE(*evaluate(acc, 0.85).bound, 0.90);
    QCOMPARE(evaluate(acc, 0.80).status, MetricStatus::Warning);
    QCOMPARE(evaluate(acc, 0.79).status, MetricStatus::Critical);
    QCOMPARE(*evaluate(acc, 0.79).bound, 0.80);
    QCOMPARE(evaluate(acc, std::nullopt).status, MetricStatus::NotEvaluated); // nulls are never scored

    const MetricTolerance &psi = *d.find(SeedMetric::FeatureDrift); // lower is better, 0.1 / 0.25
    QCOMPARE(evaluate(psi, 0.1).status, MetricStatus::Ok);
    QCOMPARE(evaluate(psi, 0.25).status, MetricStatus::Warning);
    QCOMPARE(evaluate(psi, 0.2501).status, MetricStatus::Critical);

    MetricTolerance rmse = *d.find(SeedMetric::Rmse); // relative +20 % / +50 %, needs a baseline
    QCOMPARE(evaluate(rmse, 100.0).status, MetricStatus::NotEvaluated);
    rmse.baseline = 10.0; // bounds 12 and 15
    QCOMPARE(evaluate(rmse, 12.0).status, MetricStatus::Ok);
    QCOMPARE(evaluate(rmse, 12.01).status, MetricStatus::Warning);
    QCOMPARE(evaluate(rmse, 15.01).status, MetricStatus::Critical);
    const EffectiveBounds rb = effectiveBounds(rmse);
    QCOMPARE(*rb.warningHigh, 12.0);
    QCOMPARE(*rb.criticalHigh, 15.0);
    QVERIFY(!rb.warningLow);

    MetricTolerance band{
        SeedMetric::WattsPerInference, Direction::Band, BoundMode::Absolute, 50.0, 5.0, 10.0, true};
    QCOMPARE(evaluate(band, 45.0).status, MetricStatus::Ok);
    QCOMPARE(evaluate(band, 56.0).status, MetricStatus::Warning);
    QCOMPARE(evaluate(band, 39.0).status, MetricStatus::Critical);
    QCOMPARE(*evaluate(band, 39.0).bound, 40.0);
    band.mode = BoundMode::Relative; // ±10 % / ±20 % of 50 → [45, 55], [40, 60]
    band.warning = 0.1;
    band.critical = 0.2;
    QCOMPARE(evaluate(band, 55.5).status, MetricStatus::Warning);
    QCOMPARE(evaluate(band, 61.0).status, MetricStatus::Critical);
    band.enabled = false;
    QCOMPARE(evaluate(band, 1000.0).status, MetricStatus::NotEvaluated);
}

void TestAssurance::scoreIsWeightedOverEvaluatedMetrics() {
    // accuracy 0.85 → warning (50), drift 0.3 → critical (0), failure 0.01 → ok (100); rest null.
    // Weights 0.20, 0.20, 0.15: (0.2·50 + 0.2·0 + 0.15·100) / 0.55 = 25 / 0.55 = 45.4545…
    const auto s = snapshot(
        T0, {{SeedMetric::Accuracy, 0.85}, {SeedMetric::FeatureDrift, 0.3}, {SeedMetric::FailureRate, 0.01}});
    const AssuranceLabel l = assessSnapshot(s, defaultTolerances("m"));
    QVERIFY(qAbs(*l.score - 25.0 / 0.55) < 1e-9);
    QCOMPARE(*l.grade, 'F');
    QCOMPARE(l.verdict, Verdict::NotAssured);
    QCOMPARE(l.breakdown.size(), kSeedMetricCount);
    QCOMPARE(l.breakdown[0].status, MetricStatus::Warning);
    QCOMPARE(l.breakdown[2].status, MetricStatus::Critical);
    QCOMPARE(l.breakdown[1].status, MetricStatus::NotEvaluated);
    QCOMPARE(l.breakdown[1].weight, 0.0);

    // Everything inside: 100, A, Assured. One warning among all eight: 100 − 0.2·50 = 90 → A.
    const auto good = snapshot(T0, {{SeedMetric::Accuracy, 0.95},
                                    {SeedMetric::FeatureDrift, 0.01},
                                    {SeedMetric::FailureRate, 0.0},
                                    {SeedMetric::ConfidenceFloor, 0.8},
                                    {SeedMetric::ConfidenceVariance, 0.01}});
    QCOMPARE(*assessSnapshot(good, defaultTolerances("m")).score, 100.0);
    Snapshot oneWarning = good;
    oneWarning[SeedMetric::FeatureDrift] = MetricValue::real(0.2);
    // evaluated weights: 0.2 + 0.2 + 0.15 + 0.05 + 0.05 = 0.65; (0.65·100 − 0.2·50) / 0.65 = 84.615…
    const auto lw = assessSnapshot(oneWarning, defaultTolerances("m"));
    QVERIFY(qAbs(*lw.score - 55.0 / 0.65) < 1e-9);
    QCOMPARE(*lw.grade, 'B');
    QCOMPARE(lw.verdict, Verdict::Assured);
}

void TestAssurance::noEvaluatedMetric() {
    const AssuranceLabel l = assessSnapshot(snapshot(T0, {}), defaultTolerances("m"));
    QVERIFY(!l.score);
    QVERIFY(!l.grade);
    QCOMPARE(l.verdict, Verdict::Conditional);
}

void TestAssurance::labelHashAndSerialisation() {
    const auto s = snapshot(T0 + 60'000, {{SeedMetric::Accuracy, 0.95}});
    ToleranceSet t = defaultTolerances("m");
    t.version = 7;
    const AssuranceLabel l = assessSnapshot(s, t);
    const QByteArray expected =
        QCryptographicHash::hash(QByteArray::fromStdString(canonicalLabelJson(l)), QCryptographicHash::Sha256)
            .toHex();
    QCOMPARE(QByteArray::fromStdString(l.hash), expected);
    const std::string json = serializeLabel(l);
    QVERIFY(json.starts_with(
        R"({"model_id": "m", "timestamp": "2025-10-27T16_01_00Z", "score": 100.0, "grade": "A", "verdict": "assured", "tolerance_version": 7, "breakdown": [{"metric": "accuracy", "value": 0.95, "status": "ok", "bound": null, "score": 100.0, "weight": 0.2}, {"metric": "rmse", "value": null, "status": "not_evaluated", "bound": null, "score": null, "weight": 0.0}, )"));
    QVERIFY(json.ends_with(R"(], "hash": ")" + l.hash + "\"}"));
    // Any change to what was assessed changes the hash.
    t.version = 8;
    QVERIFY(assessSnapshot(s, t).hash != l.hash);
    QVERIFY(
        assessSnapshot(snapshot(T0 + 60'000, {{SeedMetric::Accuracy, 0.951}}), defaultTolerances("m")).hash !=
        l.hash);
}

namespace {
// Three labels of model m for consecutive minutes, chained from a first label.
std::vector<AssuranceLabel> chainOfThree() {
    std::vector<AssuranceLabel> labels;
    std::string head;
    for (int i = 1; i <= 3; ++i) {
        AssuranceLabel l = assessSnapshot(snapshot(T0 + i * 60'000, {{SeedMetric::Accuracy, 0.8 + i / 20.0}}),
                                          defaultTolerances("m"));
        chainLabel(l, head);
        head = l.hash;
        labels.push_back(l);
    }
    return labels;
}
} // namespace

void TestAssurance::chainedLabelCarriesPrevHash() {
    const auto labels = chainOfThree();
    // prev_hash is hashed (it sits before "hash" in the canonical JSON) and written last but one.
    QVERIFY(canonicalLabelJson(labels[0]).ends_with(R"(], "prev_hash": ""})"));
    QVERIFY(serializeLabel(labels[1]).ends_with(R"(], "prev_hash": ")" + labels[0].hash + R"(", "hash": ")" +
                                                labels[1].hash + "\"}"));
    QCOMPARE(QByteArray::fromStdString(labels[1].hash),
             QCryptographicHash::hash(QByteArray::fromStdString(canonicalLabelJson(labels[1])),
                                      QCryptographicHash::Sha256)
                 .toHex());
    // Round trip: parsed back, the same bytes, the same hash, the link kept.
    std::string error;
    const auto back = parseLabel(serializeLabel(labels[2]), "m", &error);
    QVERIFY2(back, error.c_str());
    QCOMPARE(*back->prevHash, labels[1].hash);
    QCOMPARE(serializeLabel(*back), serializeLabel(labels[2]));
    QCOMPARE(labelHash(*back), back->hash);
    // A first label's "" is kept apart from no prev_hash at all.
    const auto first = parseLabel(serializeLabel(labels[0]), "m", &error);
    QVERIFY(first && first->prevHash && first->prevHash->empty());
    // prev_hash is "" or a SHA-256 in lowercase hex.
    std::string bad = serializeLabel(labels[1]);
    bad.replace(bad.find(labels[0].hash), 64, std::string(64, 'G'));
    QVERIFY(!parseLabel(bad, "m", &error));
    QCOMPARE(error, std::string("label:m: prev_hash must be \"\" or 64 lowercase hex digits"));
}

void TestAssurance::oldLabelWithoutPrevHashStillVerifies() {
    // A label as an agent wrote it before the chain: no prev_hash, hashed without it.
    const AssuranceLabel old =
        assessSnapshot(snapshot(T0, {{SeedMetric::Accuracy, 0.95}}), defaultTolerances("m"));
    const std::string json = serializeLabel(old);
    QVERIFY(json.find("prev_hash") == std::string::npos);
    std::string error;
    const auto back = parseLabel(json, "m", &error);
    QVERIFY2(back, error.c_str());
    QVERIFY(!back->prevHash);
    QCOMPARE(labelHash(*back), back->hash); // what the console's "consistent" check recomputes
    QCOMPARE(serializeLabel(*back), json);
    // The chain may start at such a label: the first chained label links to its hash.
    AssuranceLabel next =
        assessSnapshot(snapshot(T0 + 60'000, {{SeedMetric::Accuracy, 0.95}}), defaultTolerances("m"));
    chainLabel(next, back->hash);
    QVERIFY(!verifyLabelChain({*back, next}));
    // But not end at one: an unchained label after a chained one is a break.
    AssuranceLabel later =
        assessSnapshot(snapshot(T0 + 120'000, {{SeedMetric::Accuracy, 0.95}}), defaultTolerances("m"));
    const auto broken = verifyLabelChain({*back, next, later});
    QVERIFY(broken);
    QCOMPARE(broken->index, std::size_t(2));
    QCOMPARE(broken->reason,
             std::string("the label for 2025-10-27T16_02_00Z has no prev_hash after a chained label"));
}

void TestAssurance::labelChainShowsGapsAndEdits() {
    const auto labels = chainOfThree();
    QVERIFY(!verifyLabelChain(labels));
    QVERIFY(!verifyLabelChain(labels, std::string())); // linked to "": the model's first labels
    QVERIFY(!verifyLabelChain({}));
    // The run starts after label 1: it proves itself, or links to the hash it is told.
    QVERIFY(!verifyLabelChain({labels[1], labels[2]}));
    QVERIFY(!verifyLabelChain({labels[1], labels[2]}, labels[0].hash));
    auto wrongStart = verifyLabelChain({labels[1], labels[2]}, std::string());
    QVERIFY(wrongStart);
    QCOMPARE(wrongStart->index, std::size_t(0));
    // A gap: the middle label is gone.
    const auto gap = verifyLabelChain({labels[0], labels[2]});
    QVERIFY(gap);
    QCOMPARE(gap->index, std::size_t(1));
    QCOMPARE(gap->reason,
             std::string("the label for 2025-10-27T16_03_00Z has a prev_hash that is not the hash of "
                         "the label for 2025-10-27T16_01_00Z: a label is missing or was altered in "
                         "between"));
    // An edit that leaves the hash: the label itself no longer verifies.
    auto edited = labels;
    edited[1].toleranceVersion = 9;
    const auto altered = verifyLabelChain(edited);
    QVERIFY(altered);
    QCOMPARE(altered->index, std::size_t(1));
    QCOMPARE(
        altered->reason,
        std::string("the label for 2025-10-27T16_02_00Z was altered: its hash does not match its content"));
    // An edit with its hash recomputed: the next label's link shows it.
    edited[1].hash = labelHash(edited[1]);
    const auto rehashed = verifyLabelChain(edited);
    QVERIFY(rehashed);
    QCOMPARE(rehashed->index, std::size_t(2));
    // Out of order is a break too.
    const auto swapped = verifyLabelChain({labels[1], labels[0]});
    QVERIFY(swapped);
    QCOMPARE(swapped->index, std::size_t(1));
}

void TestAssurance::processorChainsLabelsWindowAfterWindow() {
    ManualClock clock(T0);
    TelemetryProcessor p(EngineConfig{}, clock);
    p.setChainLabels(true);
    p.setLabelChainHead("m", {"ab" + std::string(62, '0'), T0 + 60'000}); // the stored latest label
    auto window = [](std::int64_t end) {
        ProcessedWindow w;
        w.snapshot = snapshot(end, {{SeedMetric::Accuracy, 0.95}});
        return w;
    };
    ProcessedWindow recomputed = window(T0 + 60'000); // already written: linked, the head stays
    p.assess(recomputed);
    QCOMPARE(*recomputed.label.prevHash, "ab" + std::string(62, '0'));
    QCOMPARE(p.labelChainHead("m")->hash, "ab" + std::string(62, '0'));
    ProcessedWindow second = window(T0 + 120'000), third = window(T0 + 180'000);
    p.assess(second);
    p.assess(third);
    QCOMPARE(*second.label.prevHash, "ab" + std::string(62, '0'));
    QCOMPARE(*third.label.prevHash, second.label.hash);
    QCOMPARE(third.label.hash, labelHash(third.label));
    QCOMPARE(p.labelChainHead("m")->hash, third.label.hash);
    QCOMPARE(p.labelChainHead("m")->windowEndMs, T0 + 180'000);
    // Not chaining (the console): no prev_hash at all.
    TelemetryProcessor console(EngineConfig{}, clock);
    ProcessedWindow plain = window(T0 + 60'000);
    console.assess(plain);
    QVERIFY(!plain.label.prevHash);
}

void TestAssurance::episodeLifecycle() {
    ViolationTracker tracker;
    const ToleranceSet t = defaultTolerances("m");
    auto apply = [&](std::int64_t minute, std::optional<double> psi) {
        Snapshot s = snapshot(T0 + minute * 60'000, {});
        if (psi)
            s[SeedMetric::FeatureDrift] = MetricValue::real(*psi);
        return tracker.apply(assessSnapshot(s, t));
    };
    QVERIFY(apply(1, 0.05).empty()); // inside: nothing
    auto ev = apply(2, 0.15);        // warning: opens
    QCOMPARE(ev.size(), std::size_t(1));
    QCOMPARE(ev[0].change, EpisodeChange::Opened);
    QCOMPARE(ev[0].episode.id, std::string("m:feature_drift:2025-10-27T16_02_00Z"));
    QCOMPARE(ev[0].episode.severity, Severity::Warning);
    QCOMPARE(ev[0].episode.bound, 0.1);
    ev = apply(3, 0.4); // critical: the same episode escalates
    QCOMPARE(ev.size(), std::size_t(1));
    QCOMPARE(ev[0].change, EpisodeChange::Updated);
    QVERIFY(ev[0].escalated);
    QCOMPARE(ev[0].episode.severity, Severity::Critical);
    QCOMPARE(ev[0].episode.bound, 0.25);
    QCOMPARE(ev[0].episode.count, std::uint64_t(2));
    ev = apply(4, 0.2); // back to warning: severity keeps the worst, current follows
    QCOMPARE(ev[0].change, EpisodeChange::Updated);
    QVERIFY(!ev[0].escalated);
    QCOMPARE(ev[0].episode.severity, Severity::Critical);
    QCOMPARE(ev[0].episode.currentSeverity, Severity::Warning);
    QCOMPARE(ev[0].episode.observed, 0.2);
    QVERIFY(apply(5, std::nullopt).empty()); // no data: no change
    QVERIFY(apply(5, 0.01).empty());         // an older or equal window is ignored
    ev = apply(6, 0.01);                     // inside again: closes
    QCOMPARE(ev[0].change, EpisodeChange::Closed);
    QCOMPARE(*ev[0].episode.closedMs, T0 + 6 * 60'000);
    QCOMPARE(ev[0].episode.lastSeenMs, T0 + 4 * 60'000);
    QCOMPARE(ev[0].episode.count, std::uint64_t(3));
    ev = apply(7, 0.3); // a new breach is a new episode
    QCOMPARE(ev[0].change, EpisodeChange::Opened);
    QCOMPARE(ev[0].episode.id, std::string("m:feature_drift:2025-10-27T16_07_00Z"));
    const auto all = tracker.episodes("m");
    QCOMPARE(all.size(), std::size_t(2));
    int active = 0;
    for (const auto &e : all)
        active += e.active() ? 1 : 0;
    QCOMPARE(active, 1); // one open episode per (model, metric)
}

void TestAssurance::operatorTransitions() {
    ViolationTracker tracker;
    const ToleranceSet t = defaultTolerances("m");
    tracker.apply(assessSnapshot(snapshot(T0 + 60'000, {{SeedMetric::FailureRate, 0.1}}), t));
    const std::string id = "m:failure_rate:2025-10-27T16_01_00Z";
    QVERIFY(tracker.find(id));
    QVERIFY(!tracker.acknowledge("m:nope:x", "alice@host", "n"));
    auto ack = tracker.acknowledge(id, "alice@host", "looking into it");
    QVERIFY(ack);
    QCOMPARE(ack->episode.status, EpisodeStatus::Acknowledged);
    QCOMPARE(ack->episode.actor, std::string("alice@host"));
    QVERIFY(!tracker.acknowledge(id, "bob@host", "again")); // only an open episode can be acknowledged
    // Still breaching: the acknowledged episode keeps updating.
    auto upd = tracker.apply(assessSnapshot(snapshot(T0 + 120'000, {{SeedMetric::FailureRate, 0.2}}), t));
    QCOMPARE(upd[0].episode.status, EpisodeStatus::Acknowledged);
    auto res = tracker.resolve(id, "alice@host", "fixed upstream", T0 + 150'000);
    QVERIFY(res);
    QCOMPARE(res->episode.status, EpisodeStatus::Resolved);
    QCOMPARE(*res->episode.closedMs, T0 + 150'000);
    QVERIFY(!tracker.resolve(id, "alice@host", "twice", T0 + 160'000));
    // The next breach after a resolution opens a new episode.
    auto next = tracker.apply(assessSnapshot(snapshot(T0 + 180'000, {{SeedMetric::FailureRate, 0.2}}), t));
    QCOMPARE(next[0].change, EpisodeChange::Opened);
}

void TestAssurance::episodeSerialisation() {
    ViolationEpisode e;
    e.id = "m:accuracy:2025-10-27T16_01_00Z";
    e.modelId = "m";
    e.metric = SeedMetric::Accuracy;
    e.severity = Severity::Critical;
    e.observed = 0.75;
    e.bound = 0.8;
    e.openedMs = T0 + 60'000;
    e.lastSeenMs = T0 + 120'000;
    e.count = 2;
    QCOMPARE(
        serializeEpisode(e),
        std::string(
            R"({"id": "m:accuracy:2025-10-27T16_01_00Z", "model_id": "m", "metric": "accuracy", "severity": "critical", "observed": 0.75, "bound": 0.8, "opened": "2025-10-27T16_01_00Z", "last_seen": "2025-10-27T16_02_00Z", "closed": null, "count": 2, "status": "open", "actor": "", "note": ""})"));
}

QTEST_GUILESS_MAIN(TestAssurance)
#include "tst_assurance.moc"
