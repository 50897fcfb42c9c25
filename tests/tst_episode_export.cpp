// The Violations tab's export and breakdown (core/assurance/EpisodeExport.h), byte for byte.
#include "assurance/EpisodeExport.h"

#include <QTest>

using namespace assurance;

namespace {

constexpr std::int64_t kT0 = 1'714'564'800'000; // 2024-05-01T12:00:00Z
constexpr std::int64_t kMinute = 60'000;

ViolationEpisode closedDrift() {
    ViolationEpisode e;
    e.id = "fraud-detector:feature_drift:2024-05-01T12_00_00Z";
    e.modelId = "fraud-detector";
    e.metric = SeedMetric::FeatureDrift;
    e.severity = Severity::Critical;
    e.currentSeverity = Severity::Warning;
    e.observed = 0.18;
    e.bound = 0.1;
    e.openedMs = kT0;
    e.lastSeenMs = kT0 + kMinute;
    e.closedMs = kT0 + 2 * kMinute;
    e.count = 2;
    e.status = EpisodeStatus::Resolved;
    e.actor = "j.doe";
    e.note = "feed fixed, \"drift\" gone";
    e.actions = {{OperatorAction::Kind::Acknowledge, "bob", "looking", kT0 + kMinute},
                 {OperatorAction::Kind::Resolve, "j.doe", e.note, kT0 + 3 * kMinute}};
    return e;
}

ViolationEpisode activeAccuracy() {
    ViolationEpisode e;
    e.id = "claims,triage:accuracy:2024-05-01T12_01_00Z"; // a comma in an id is quoted too
    e.modelId = "claims,triage";
    e.metric = SeedMetric::Accuracy;
    e.severity = Severity::Warning;
    e.observed = 0.85;
    e.bound = 0.9;
    e.openedMs = kT0 + kMinute;
    e.lastSeenMs = kT0 + 4 * kMinute;
    e.count = 4;
    e.status = EpisodeStatus::Acknowledged;
    e.actor = "ana";
    e.note = "line one\nline two, with a comma\r\nand \"quotes\"";
    return e;
}

} // namespace

class TestEpisodeExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvHeaderOnlyWhenEmpty();
    void csvQuotesAndFormats();
    void jsonIsTheStoredFormInOrder();
    void breakdownCountsAndSteps();
};

void TestEpisodeExport::csvHeaderOnlyWhenEmpty() {
    QCOMPARE(episodesToCsv({}),
             std::string("id,model_id,metric,severity,status,observed,bound,opened,last_seen,closed,count,"
                         "actor,note\r\n"));
}

void TestEpisodeExport::csvQuotesAndFormats() {
    ViolationEpisode plain = closedDrift();
    plain.note = "plain";
    const std::string csv = episodesToCsv({closedDrift(), activeAccuracy(), plain});
    const std::string expected =
        "id,model_id,metric,severity,status,observed,bound,opened,last_seen,closed,count,actor,note\r\n"
        "fraud-detector:feature_drift:2024-05-01T12_00_00Z,fraud-detector,feature_drift,critical,resolved,"
        "0.18,0.1,2024-05-01T12:00:00.000Z,2024-05-01T12:01:00.000Z,2024-05-01T12:02:00.000Z,2,j.doe,"
        "\"feed fixed, \"\"drift\"\" gone\"\r\n"
        "\"claims,triage:accuracy:2024-05-01T12_01_00Z\",\"claims,triage\",accuracy,warning,acknowledged,"
        "0.85,0.9,2024-05-01T12:01:00.000Z,2024-05-01T12:04:00.000Z,,4,ana,"
        "\"line one\nline two, with a comma\r\nand \"\"quotes\"\"\"\r\n"
        "fraud-detector:feature_drift:2024-05-01T12_00_00Z,fraud-detector,feature_drift,critical,resolved,"
        "0.18,0.1,2024-05-01T12:00:00.000Z,2024-05-01T12:01:00.000Z,2024-05-01T12:02:00.000Z,2,j.doe,"
        "plain\r\n";
    QCOMPARE(csv, expected);

    // Non-finite numbers are empty, an empty actor is an empty field, UTF-8 passes through as is.
    ViolationEpisode odd = activeAccuracy();
    odd.id = "m:rmse:x";
    odd.modelId = "m";
    odd.metric = SeedMetric::Rmse;
    odd.observed = std::numeric_limits<double>::infinity();
    odd.bound = 1e-05;
    odd.actor.clear();
    odd.note = "café ✓";
    QCOMPARE(episodesToCsv({odd}).substr(episodesToCsv({}).size()),
             std::string("m:rmse:x,m,rmse,warning,acknowledged,,1e-05,2024-05-01T12:01:00.000Z,"
                         "2024-05-01T12:04:00.000Z,,4,,café ✓\r\n"));
}

void TestEpisodeExport::jsonIsTheStoredFormInOrder() {
    QCOMPARE(episodesToJson({}), std::string("[]"));
    const std::string json = episodesToJson({activeAccuracy(), closedDrift()});
    // Each element is exactly the stored form of its episode.
    QCOMPARE(json, "[" + serializeEpisode(activeAccuracy()) + ", " + serializeEpisode(closedDrift()) + "]");
    // The stored form as it is today, spelt out (update with the format, on purpose).
    const std::string expected =
        "[{\"id\": \"claims,triage:accuracy:2024-05-01T12_01_00Z\", \"model_id\": \"claims,triage\", "
        "\"metric\": \"accuracy\", \"severity\": \"warning\", \"observed\": 0.85, \"bound\": 0.9, "
        "\"opened\": \"2024-05-01T12_01_00Z\", \"last_seen\": \"2024-05-01T12_04_00Z\", \"closed\": null, "
        "\"count\": 4, \"status\": \"acknowledged\", \"actor\": \"ana\", "
        "\"note\": \"line one\\nline two, with a comma\\r\\nand \\\"quotes\\\"\"}";
    QCOMPARE(json.substr(0, expected.size()), expected);
    // It reads back as the same episodes (the top-level part; actions once they are stored).
    std::string error;
    const auto back = parseEpisode(serializeEpisode(activeAccuracy()), "claims,triage", "test", &error);
    QVERIFY2(back, error.c_str());
    QCOMPARE(back->note, activeAccuracy().note);
}

void TestEpisodeExport::breakdownCountsAndSteps() {
    QVERIFY(breakdownEpisodes({}).activeOverTime.empty());
    const ViolationEpisode drift = closedDrift();       // active 12:00 – 12:02
    const ViolationEpisode accuracy = activeAccuracy(); // active from 12:01
    ViolationEpisode drift2 = closedDrift();            // active 12:02 – 12:05, warning
    drift2.severity = Severity::Warning;
    drift2.openedMs = kT0 + 2 * kMinute;
    drift2.closedMs = kT0 + 5 * kMinute;
    const EpisodeBreakdown b = breakdownEpisodes({&drift, &accuracy, &drift2});
    QCOMPARE(b.byMetric[static_cast<std::size_t>(SeedMetric::FeatureDrift)], 2u);
    QCOMPARE(b.byMetric[static_cast<std::size_t>(SeedMetric::Accuracy)], 1u);
    QCOMPARE(b.byMetric[static_cast<std::size_t>(SeedMetric::Rmse)], 0u);
    QCOMPARE(b.bySeverity[static_cast<std::size_t>(Severity::Critical)], 1u);
    QCOMPARE(b.bySeverity[static_cast<std::size_t>(Severity::Warning)], 2u);
    // 12:00 one, 12:01 two, 12:02 one closes and one opens (still two), 12:05 one.
    const std::vector<std::pair<std::int64_t, std::size_t>> expected = {
        {kT0, 1}, {kT0 + kMinute, 2}, {kT0 + 2 * kMinute, 2}, {kT0 + 5 * kMinute, 1}};
    QCOMPARE(b.activeOverTime, expected);
    QCOMPARE(b.latestMs, kT0 + 5 * kMinute);
    QCOMPARE(breakdownEpisodes({&accuracy}).latestMs, kT0 + 4 * kMinute); // active: its last window
}

QTEST_APPLESS_MAIN(TestEpisodeExport)
#include "tst_episode_export.moc"
