// The JSON values the agent and the console read from Redis, parsed by pure functions (STYLE.md:
// parsers are pure): every value round-trips byte for byte, and every bad value is refused with a
// message that names the key and the field.
#include "assurance/AssuranceLabel.h"
#include "assurance/ModelConfig.h"
#include "assurance/Tolerance.h"
#include "assurance/ViolationTracker.h"
#include "metrics/ReferenceProfile.h"
#include "redis/SnapshotStore.h"
#include "telemetry/TelemetryParser.h"
#include "json/Timestamps.h"

#include <QTest>

using namespace assurance;

namespace {

// A profile built from real events: two numeric features and a categorical one.
ReferenceProfile sampleProfile() {
    ReferenceProfileBuilder builder("m");
    for (int i = 0; i < 500; ++i) {
        InferenceEvent e;
        auto &a = e.addFeature();
        a.name = "amount";
        a.number = (i * 37 % 101) * 1.5;
        auto &b = e.addFeature();
        b.name = "age";
        b.number = 18 + i % 60;
        auto &c = e.addFeature();
        c.name = "region";
        c.numeric = false;
        c.category = i % 3 ? "north" : "south";
        builder.add(e);
    }
    return builder.build();
}

std::string replaced(std::string text, const std::string &from, const std::string &to) {
    const auto at = text.find(from);
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

} // namespace

class TestStoredValues : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void referenceProfileRoundTrip();
    void badReferenceProfiles_data();
    void badReferenceProfiles();
    void tolerancesRoundTrip();
    void tolerancesPartialSetKeepsDefaults();
    void badTolerances_data();
    void badTolerances();
    void modelConfig();
    void badModelConfigs_data();
    void badModelConfigs();
    void labelRoundTripAndHash();
    void badLabels_data();
    void badLabels();
    void episodeRoundTrip();
    void badEpisodes_data();
    void badEpisodes();
    void trackerContinuesSeededEpisodes();
    void storeUpdates();
};

void TestStoredValues::referenceProfileRoundTrip() {
    const ReferenceProfile p = sampleProfile();
    const std::string json = serializeReferenceProfile(p);
    std::string error;
    const auto back = parseReferenceProfile(json, &error);
    QVERIFY2(back.has_value(), error.c_str());
    QCOMPARE(serializeReferenceProfile(*back), json); // nothing lost or reordered
    QCOMPARE(back->features.size(), std::size_t(3));
    const NumericProfile &amount = back->features.at(back->indexOf("amount")).num;
    QCOMPARE(amount.quantiles.size(), std::size_t(999));
    // The derived parts are rebuilt: PSI edges and the CDF knots that drift::ks sweeps.
    QCOMPARE(amount.edges, p.features.at(p.indexOf("amount")).num.edges);
    QCOMPARE(amount.knotX.size(), std::size_t(1001));
    QCOMPARE(amount.knotX.front(), amount.min);
    QCOMPARE(amount.knotP.back(), 1.0);
    QCOMPARE(back->features.at(back->indexOf("region")).cat.indexOf("south"), 1);
}

void TestStoredValues::badReferenceProfiles_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");
    const std::string good = serializeReferenceProfile(sampleProfile());
    auto row = [](const char *name, const std::string &json, const char *error) {
        QTest::newRow(name) << QString::fromStdString(json) << QString::fromLatin1(error);
    };
    row("not JSON", "{\"features\": ", "reference profile is not JSON");
    row("not an object", "[1, 2]", "reference profile is not a JSON object");
    row("no features", "{\"model_id\": \"m\"}", "reference profile has no features object");
    row("feature not an object", "{\"features\": {\"x\": 3}}", "feature x is not an object");
    row("unknown type", "{\"features\": {\"x\": {\"type\": \"boolean\"}}}",
        "feature x: type must be numeric or categorical");
    row("ten deciles", replaced(good, "\"deciles\": [", "\"deciles\": [-1e300, "),
        "feature age: deciles must be 9 ascending numbers");
    row("descending quantiles", replaced(good, "\"quantiles\": [", "\"quantiles\": [1e300, "),
        "feature age: quantiles must be 999 ascending numbers");
    row("min not a number", replaced(good, "\"min\": ", "\"min\": \"low\", \"was\": "),
        "feature age: min and max must be numbers");
    row("min above max", replaced(good, "\"min\": ", "\"min\": 1e300, \"was\": "),
        "feature age: min is greater than max");
    row("share not a number", replaced(good, "\"north\": ", "\"north\": \"many\", \"was\": "),
        "feature region: share of north is not a number");
}

void TestStoredValues::badReferenceProfiles() {
    QFETCH(QString, json);
    QFETCH(QString, error);
    std::string why;
    QVERIFY(!parseReferenceProfile(json.toStdString(), &why).has_value());
    QVERIFY2(QString::fromStdString(why).startsWith(error), why.c_str());
}

void TestStoredValues::tolerancesRoundTrip() {
    ToleranceSet set = defaultTolerances("m");
    set.version = 7;
    set.author = "alice@ops-laptop";
    set.reason = "tighter drift after the Q3 retrain";
    set.changedAtMs = 1761582177000; // 2025-10-27T16:22:57Z
    set.find(SeedMetric::FeatureDrift)->warning = 0.05;
    set.find(SeedMetric::WattsPerInference)->baseline = 42.5;
    set.find(SeedMetric::ConfidenceVariance)->enabled = false;
    const std::string json = serializeTolerances(set);
    QVERIFY(
        json.rfind("{\"model_id\": \"m\", \"version\": 7, \"author\": \"alice@ops-laptop\", \"changed_at\": "
                   "\"2025-10-27T16:22:57.000Z\", ",
                   0) == 0);
    std::string error;
    const auto back = parseTolerances(json, "m", &error);
    QVERIFY2(back.has_value(), error.c_str());
    QCOMPARE(serializeTolerances(*back), json);
    QCOMPARE(back->version, 7);
    QCOMPARE(back->find(SeedMetric::FeatureDrift)->warning, 0.05);
    QCOMPARE(*back->find(SeedMetric::WattsPerInference)->baseline, 42.5);
    QVERIFY(!back->find(SeedMetric::ConfidenceVariance)->enabled);
}

void TestStoredValues::tolerancesPartialSetKeepsDefaults() {
    std::string error;
    const auto set =
        parseTolerances(R"({"version": 2, "metrics": {"failure_rate": {"direction": "lower_is_better",
        "warning": 0.01, "critical": 0.03}}})",
                        "m", &error);
    QVERIFY2(set.has_value(), error.c_str());
    QCOMPARE(set->version, 2);
    QCOMPARE(set->author, std::string("unknown"));
    QCOMPARE(set->find(SeedMetric::FailureRate)->critical, 0.03);
    // Metrics the document leaves out keep the shipped defaults.
    QCOMPARE(set->find(SeedMetric::FeatureDrift)->warning,
             defaultTolerances("m").find(SeedMetric::FeatureDrift)->warning);
    QCOMPARE(set->metrics.size(), kSeedMetricCount);
}

void TestStoredValues::badTolerances_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");
    auto row = [](const char *name, const char *json, const char *error) {
        QTest::newRow(name) << QString::fromUtf8(json) << QString::fromUtf8(error);
    };
    row("not JSON", "{\"version\": 1,", "tolerances:m: not JSON");
    row("no version", R"({"metrics": {}})", "tolerances:m: version is missing");
    row("version zero", R"({"version": 0, "metrics": {}})", "tolerances:m: version must be at least 1");
    row("version a string", R"({"version": "3", "metrics": {}})",
        "tolerances:m: version must be a whole number");
    row("another model", R"({"model_id": "other", "version": 1, "metrics": {}})",
        "tolerances:m: model_id is other, not the key's model");
    row("no metrics", R"({"version": 1})", "tolerances:m: metrics is missing");
    row("unknown metric", R"({"version": 1, "metrics": {"acuracy": {"warning": 1, "critical": 2}}})",
        "tolerances:m: metrics.acuracy is not a metric");
    row("warning missing", R"({"version": 1, "metrics": {"rmse": {"critical": 2}}})",
        "tolerances:m: metrics.rmse: warning is missing");
    row("warning a string", R"({"version": 1, "metrics": {"rmse": {"warning": "1", "critical": 2}}})",
        "tolerances:m: metrics.rmse: warning must be a number");
    row("bad direction",
        R"({"version": 1, "metrics": {"rmse": {"direction": "up", "warning": 1, "critical": 2}}})",
        "tolerances:m: metrics.rmse: direction must be higher_is_better, lower_is_better or band");
    row("bad mode",
        R"({"version": 1, "metrics": {"rmse": {"mode": "percent", "warning": 1, "critical": 2}}})",
        "tolerances:m: metrics.rmse: mode must be absolute or relative");
    row("enabled a string",
        R"({"version": 1, "metrics": {"rmse": {"warning": 1, "critical": 2, "enabled": "no"}}})",
        "tolerances:m: metrics.rmse: enabled must be true or false");
    row("higher-is-better critical above warning",
        R"({"version": 1, "metrics": {"accuracy": {"direction": "higher_is_better", "warning": 0.8, "critical": 0.9}}})",
        "tolerances:m: metrics.accuracy: critical must not be above warning for higher_is_better");
    row("lower-is-better critical below warning",
        R"({"version": 1, "metrics": {"failure_rate": {"direction": "lower_is_better", "warning": 0.05, "critical": 0.02}}})",
        "tolerances:m: metrics.failure_rate: critical must not be below warning for lower_is_better");
    row("negative band",
        R"({"version": 1, "metrics": {"watts_per_inference": {"direction": "band", "warning": -1, "critical": 2}}})",
        "tolerances:m: metrics.watts_per_inference: warning and critical are deviations here and must not be "
        "negative");
    row("bad changed_at", R"({"version": 1, "changed_at": "yesterday", "metrics": {}})",
        "tolerances:m: changed_at must be an ISO 8601 date-time");
}

void TestStoredValues::badTolerances() {
    QFETCH(QString, json);
    QFETCH(QString, error);
    std::string why;
    QVERIFY(!parseTolerances(json.toStdString(), "m", &why).has_value());
    QVERIFY2(QString::fromStdString(why).startsWith(error), why.c_str());
}

void TestStoredValues::modelConfig() {
    ModelConfig c;
    c.modelId = "flood-risk-predictor";
    c.displayName = "Flood risk (Rhine)";
    c.endpoint = "https://models.example/flood";
    c.topic = "model-telemetry";
    c.task = TaskType::Regression;
    c.owner = "hydrology";
    c.notes = "Retrained 2025-10";
    const std::string json = serializeModelConfig(c);
    QCOMPARE(json,
             std::string(
                 "{\"display_name\": \"Flood risk (Rhine)\", \"endpoint\": \"https://models.example/flood\", "
                 "\"topic\": \"model-telemetry\", \"task\": \"regression\", \"owner\": \"hydrology\", "
                 "\"notes\": \"Retrained 2025-10\"}"));
    std::string error;
    const auto back = parseModelConfig(json, c.modelId, &error);
    QVERIFY2(back.has_value(), error.c_str());
    QCOMPARE(serializeModelConfig(*back), json);
    // Every field is optional and unknown ones are ignored.
    const auto minimal =
        parseModelConfig(R"({"task": "classification", "added_later": [1, 2]})", "m", &error);
    QVERIFY2(minimal.has_value(), error.c_str());
    QCOMPARE(minimal->task, TaskType::Classification);
    QVERIFY(minimal->displayName.empty());
}

void TestStoredValues::badModelConfigs_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not an object") << QStringLiteral("\"regression\"")
                                   << QStringLiteral("model:config:m: not");
    QTest::newRow("unknown task")
        << QStringLiteral(R"({"task": "ranking"})")
        << QStringLiteral("model:config:m: task must be classification, regression or auto, not ranking");
    QTest::newRow("task a number") << QStringLiteral(R"({"task": 1})")
                                   << QStringLiteral("model:config:m: task must be a string");
    QTest::newRow("endpoint a list") << QStringLiteral(R"({"endpoint": ["a"]})")
                                     << QStringLiteral("model:config:m: endpoint must be a string");
}

void TestStoredValues::badModelConfigs() {
    QFETCH(QString, json);
    QFETCH(QString, error);
    std::string why;
    QVERIFY(!parseModelConfig(json.toStdString(), "m", &why).has_value());
    QVERIFY2(QString::fromStdString(why).startsWith(error), why.c_str());
}

namespace {
AssuranceLabel sampleLabel() {
    Snapshot s;
    s.modelId = "m";
    s.windowEndMs = 1761582180000;
    s[SeedMetric::Accuracy] = MetricValue::real(0.85);
    s[SeedMetric::FailureRate] = MetricValue::real(0.001);
    s[SeedMetric::FeatureDrift] = MetricValue::real(0.3);
    return assessSnapshot(s, defaultTolerances("m"));
}
} // namespace

void TestStoredValues::labelRoundTripAndHash() {
    const AssuranceLabel label = sampleLabel();
    const std::string json = serializeLabel(label);
    std::string error;
    const auto back = parseLabel(json, "m", &error);
    QVERIFY2(back.has_value(), error.c_str());
    QCOMPARE(serializeLabel(*back), json);
    QCOMPARE(back->hash, labelHash(*back)); // as written: it verifies
    QCOMPARE(back->verdict, Verdict::NotAssured);
    // An altered label keeps its old hash, which no longer matches.
    std::string altered = json;
    altered.replace(altered.find("\"not_assured\""), 13, "\"assured\"");
    const auto tampered = parseLabel(altered, "m", &error);
    QVERIFY2(tampered.has_value(), error.c_str());
    QVERIFY(tampered->hash != labelHash(*tampered));
}

void TestStoredValues::badLabels_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");
    const QString good = QString::fromStdString(serializeLabel(sampleLabel()));
    auto row = [&](const char *name, QString json, const char *error) {
        QTest::newRow(name) << json << QString::fromUtf8(error);
    };
    row("another model",
        QString(good).replace(QStringLiteral("\"model_id\": \"m\""), QStringLiteral("\"model_id\": \"x\"")),
        "label:m: model_id is x, not the key's model");
    row("bad timestamp",
        QString(good).replace(QStringLiteral("2025-10-27T16_23_00Z"), QStringLiteral("soon")),
        "label:m: timestamp must be a window timestamp");
    row("bad grade",
        QString(good).replace(QStringLiteral("\"grade\": \"F\""), QStringLiteral("\"grade\": \"E\"")),
        "label:m: grade must be A, B, C, D or F");
    row("bad verdict", QString(good).replace(QStringLiteral("not_assured"), QStringLiteral("fine")),
        "label:m: verdict must be assured, conditional or not_assured");
    row("no hash", QString(good).replace(QStringLiteral("\"hash\""), QStringLiteral("\"hush\"")),
        "label:m: hash is missing");
    row("breakdown not a list",
        QString(good).replace(QStringLiteral("\"breakdown\": ["),
                              QStringLiteral("\"breakdown\": 3, \"x\": [")),
        "label:m: breakdown must be an array");
}

void TestStoredValues::badLabels() {
    QFETCH(QString, json);
    QFETCH(QString, error);
    std::string why;
    QVERIFY(!parseLabel(json.toStdString(), "m", &why).has_value());
    QVERIFY2(QString::fromStdString(why).startsWith(error), why.c_str());
}

namespace {
ViolationEpisode sampleEpisode() {
    ViolationEpisode e;
    e.id = "m:feature_drift:2025-10-27T16_23_00Z";
    e.modelId = "m";
    e.metric = SeedMetric::FeatureDrift;
    e.severity = e.currentSeverity = Severity::Critical;
    e.observed = 0.31;
    e.bound = 0.25;
    e.openedMs = 1761582180000;
    e.lastSeenMs = 1761582300000;
    e.count = 3;
    e.status = EpisodeStatus::Acknowledged;
    e.actor = "bob@console";
    e.note = "retraining scheduled";
    return e;
}
} // namespace

void TestStoredValues::episodeRoundTrip() {
    for (const bool closed : {false, true}) {
        ViolationEpisode e = sampleEpisode();
        if (closed)
            e.closedMs = 1761582360000;
        const std::string json = serializeEpisode(e);
        std::string error;
        const auto back = parseEpisode(json, "m", "violations:m field " + e.id, &error);
        QVERIFY2(back.has_value(), error.c_str());
        QCOMPARE(serializeEpisode(*back), json);
        QCOMPARE(back->active(), !closed);
    }
}

void TestStoredValues::badEpisodes_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");
    const QString good = QString::fromStdString(serializeEpisode(sampleEpisode()));
    auto row = [&](const char *name, QString json, const char *error) {
        QTest::newRow(name) << json << QString::fromUtf8(error);
    };
    row("not JSON", QStringLiteral("{"), "violations:m field e: not JSON");
    row("unknown metric",
        QString(good).replace(QStringLiteral("\"metric\": \"feature_drift\""),
                              QStringLiteral("\"metric\": \"mood\"")),
        "violations:m field e: metric mood is not a metric");
    row("bad severity", QString(good).replace(QStringLiteral("\"critical\""), QStringLiteral("\"dire\"")),
        "violations:m field e: severity must be warning or critical");
    row("bad status", QString(good).replace(QStringLiteral("acknowledged"), QStringLiteral("ignored")),
        "violations:m field e: status must be open, acknowledged or resolved");
    row("zero count", QString(good).replace(QStringLiteral("\"count\": 3"), QStringLiteral("\"count\": 0")),
        "violations:m field e: count must be at least 1");
    row("last seen before opened",
        QString(good).replace(QStringLiteral("2025-10-27T16_25_00Z"), QStringLiteral("2025-10-27T16_20_00Z")),
        "violations:m field e: last_seen and closed must not be before opened");
    row("observed a string",
        QString(good).replace(QStringLiteral("\"observed\": 0.31"), QStringLiteral("\"observed\": \"high\"")),
        "violations:m field e: observed must be a number");
}

void TestStoredValues::badEpisodes() {
    QFETCH(QString, json);
    QFETCH(QString, error);
    std::string why;
    QVERIFY(!parseEpisode(json.toStdString(), "m", "violations:m field e", &why).has_value());
    QVERIFY2(QString::fromStdString(why).startsWith(error), why.c_str());
}

void TestStoredValues::trackerContinuesSeededEpisodes() {
    // After a restart the agent seeds its tracker from Redis: the stored active episode goes on
    // (no second one opens), labels not newer than the stored ones are ignored, and the operator's
    // acknowledgement survives.
    ViolationTracker tracker;
    ViolationEpisode stored = sampleEpisode(); // active, acknowledged, last seen 16:25
    tracker.seed("m", {stored}, stored.lastSeenMs);
    AssuranceLabel old = sampleLabel();
    old.windowEndMs = stored.lastSeenMs; // a recomputed, already written window
    QVERIFY(tracker.apply(old).empty());
    AssuranceLabel next = sampleLabel();
    next.windowEndMs = stored.lastSeenMs + 60'000;
    const auto events = tracker.apply(next);
    bool updated = false;
    for (const auto &e : events)
        if (e.episode.metric == SeedMetric::FeatureDrift) {
            QCOMPARE(e.change, EpisodeChange::Updated);
            QCOMPARE(e.episode.id, stored.id);
            QCOMPARE(e.episode.count, std::uint64_t(4));
            QCOMPARE(e.episode.status, EpisodeStatus::Acknowledged);
            updated = true;
        }
    QVERIFY(updated);
    // Two active episodes for one metric in a stored record (two owners raced): the older closes.
    ViolationEpisode older = stored;
    older.id = "m:feature_drift:2025-10-27T16_10_00Z";
    older.openedMs = stored.openedMs - 13 * 60'000;
    older.lastSeenMs = older.openedMs;
    ViolationTracker raced;
    raced.seed("m", {stored, older}, stored.lastSeenMs);
    const auto episodes = raced.episodes("m");
    QCOMPARE(episodes.size(), std::size_t(2));
    QVERIFY(!episodes.front().active());
    QCOMPARE(*episodes.front().closedMs, stored.openedMs);
    QVERIFY(episodes.back().active());
}

void TestStoredValues::storeUpdates() {
    auto pushed = [](std::string channel, std::string payload) {
        RedisReply r;
        r.type = RedisReply::Type::Array;
        for (std::string part : {std::string("message"), std::move(channel), std::move(payload)}) {
            RedisReply e;
            e.type = RedisReply::Type::String;
            e.str = std::move(part);
            r.elements.push_back(std::move(e));
        }
        return r;
    };
    const auto u = parseStoreUpdate(
        pushed("assurance:updates",
               R"({"type": "tolerances", "model_id": "m-1", "timestamp": "2025-10-27T16_23_00Z"})"));
    QVERIFY(u.has_value());
    QCOMPARE(u->type, std::string("tolerances"));
    QCOMPARE(u->modelId, std::string("m-1"));
    QCOMPARE(u->timestamp, std::string("2025-10-27T16_23_00Z"));
    QVERIFY(
        parseStoreUpdate(pushed("assurance:updates", R"({"type": "config", "model_id": "m"})")).has_value());
    // Not updates: another channel, no JSON object, a bad model id, a missing type, a subscribe
    // confirmation (["subscribe", channel, 1]).
    QVERIFY(!parseStoreUpdate(pushed("other", R"({"type": "config", "model_id": "m"})")));
    QVERIFY(!parseStoreUpdate(pushed("assurance:updates", "tolerances m")));
    QVERIFY(!parseStoreUpdate(pushed("assurance:updates", R"({"type": "config", "model_id": "no spaces"})")));
    QVERIFY(!parseStoreUpdate(pushed("assurance:updates", R"({"model_id": "m"})")));
    RedisReply confirmation = pushed("assurance:updates", "");
    confirmation.elements[0].str = "subscribe";
    QVERIFY(!parseStoreUpdate(confirmation));

    // A window's violation message names the episodes it wrote (the bytes the window script
    // publishes, checked against a real Redis in tst_redis_store).
    const auto violation = parseStoreUpdate(pushed(
        "assurance:updates",
        R"({"type": "violation", "model_id": "m-1", "timestamp": "2025-10-27T16_23_00Z", "episode_ids": )"
        R"(["m-1:accuracy:2025-10-27T16_20_00Z", "m-1:failure_rate:2025-10-27T16_21_00Z"]})"));
    QVERIFY(violation.has_value());
    QCOMPARE(violation->type, std::string("violation"));
    QCOMPARE(violation->timestamp, std::string("2025-10-27T16_23_00Z"));
    QCOMPARE(violation->episodeIds, (std::vector<std::string>{"m-1:accuracy:2025-10-27T16_20_00Z",
                                                              "m-1:failure_rate:2025-10-27T16_21_00Z"}));
    QVERIFY(u->episodeIds.empty()); // absent: an older writer
    // A wrongly typed field is ignored whole (the reader re-reads), the message still counts.
    for (const char *ids :
         {R"("m-1:accuracy:2025-10-27T16_20_00Z")", R"(["m-1:accuracy:x", 7])", "null", R"({"a": "b"})"}) {
        const auto odd = parseStoreUpdate(pushed(
            "assurance:updates",
            std::string(R"({"type": "violation", "model_id": "m-1", "timestamp": "", "episode_ids": )") +
                ids + "}"));
        QVERIFY2(odd.has_value(), ids);
        QVERIFY2(odd->episodeIds.empty(), ids);
    }
}

QTEST_GUILESS_MAIN(TestStoredValues)
#include "tst_stored_values.moc"
