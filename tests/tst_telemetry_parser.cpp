// Telemetry parsing: the three message kinds, every rejection reason, robustness, and agreement
// between the simdjson path we ship and the QJsonDocument path we measured it against.
#include "demo/DemoSimulator.h"
#include "metrics/Clock.h"
#include "pipeline/TelemetryProcessor.h"
#include "telemetry/TelemetryParser.h"

#include <QTest>

#include <random>

using namespace assurance;

Q_DECLARE_METATYPE(assurance::RejectReason)

class TestTelemetryParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void inferenceEvent();
    void labelEvent();
    void snapshotMessage();
    void optionalFieldsAndNulls();
    void rejections_data();
    void rejections();
    void oversizeAndTooManyFeatures();
    void rejectionsCountedAndStreamContinues();
    void mutatedMessagesNeverCrash();
    void qtJsonPathAgrees();
    void storedSnapshotReader();
};

void TestTelemetryParser::inferenceEvent() {
    TelemetryParser parser;
    TelemetryMessage m;
    const std::string spec =
        R"({"model_id":"flood-risk-predictor","txid_hash":"9f2c","ts":"2025-10-27T16:22:57.123Z","prediction":0.81,"label":1,"confidence":0.93,"latency_ms":12.4,"watts":41.7,"status":"ok","features":{"rainfall_mm":12.5,"river_level_m":3.1,"soil":"clay"}})";
    QCOMPARE(parser.parse(spec, m), MessageKind::Inference);
    const InferenceEvent &e = m.inference;
    QCOMPARE(e.modelId, std::string("flood-risk-predictor"));
    QCOMPARE(e.txid, std::string("9f2c"));
    QVERIFY(e.hasTs);
    QCOMPARE(e.tsMs, 1761582177123LL); // 2025-10-27T16:22:57.123Z
    QCOMPARE(*e.prediction, 0.81);
    QCOMPARE(*e.label, 1.0);
    QCOMPARE(*e.confidence, 0.93);
    QCOMPARE(*e.latencyMs, 12.4);
    QCOMPARE(*e.watts, 41.7);
    QVERIFY(!e.error);
    QCOMPARE(e.features().size(), std::size_t(3));
    QCOMPARE(e.features()[0].name, std::string("rainfall_mm"));
    QVERIFY(e.features()[0].numeric);
    QCOMPARE(e.features()[0].number, 12.5);
    QCOMPARE(e.features()[2].name, std::string("soil"));
    QVERIFY(!e.features()[2].numeric);
    QCOMPARE(e.features()[2].category, std::string("clay"));

    // The same slot reused for a shorter message keeps nothing from the previous one.
    QCOMPARE(parser.parse(R"({"model_id":"m","prediction":0.2,"status":"error"})", m),
             MessageKind::Inference);
    QCOMPARE(m.inference.features().size(), std::size_t(0));
    QVERIFY(!m.inference.label);
    QVERIFY(!m.inference.hasTs);
    QVERIFY(m.inference.error);
}

void TestTelemetryParser::labelEvent() {
    TelemetryParser parser;
    TelemetryMessage m;
    QCOMPARE(parser.parse(R"({"model_id":"m-1","txid_hash":"abc","ts":"2025-10-27T16:23:00Z","label":0})", m),
             MessageKind::Label);
    QCOMPARE(m.label.modelId, std::string("m-1"));
    QCOMPARE(m.label.txid, std::string("abc"));
    QCOMPARE(m.label.label, 0.0);
    QCOMPARE(m.label.tsMs, 1761582180000LL);
    // Boolean labels are read as 0/1.
    QCOMPARE(parser.parse(R"({"model_id":"m","txid_hash":"x","label":true})", m), MessageKind::Label);
    QCOMPARE(m.label.label, 1.0);
}

void TestTelemetryParser::snapshotMessage() {
    TelemetryParser parser;
    TelemetryMessage m;
    const std::string msg =
        R"({"model_id":"flood-risk-predictor","timestamp":"2025-10-27T16_22_57Z","metrics":{"accuracy":0.92,"rmse":1.2,"feature_drift":0.03,"domain_violation_count":2,"failure_rate":0.01,"watts_per_inference":42.0,"confidence_floor":0.9,"confidence_variance":0.04,"custom_key":7}})";
    QCOMPARE(parser.parse(msg, m), MessageKind::Snapshot);
    const Snapshot &s = m.snapshot;
    QCOMPARE(s.modelId, std::string("flood-risk-predictor"));
    QCOMPARE(s.timestamp(), std::string("2025-10-27T16_22_57Z"));
    QCOMPARE(s[SeedMetric::Accuracy], MetricValue::real(0.92));
    QCOMPARE(s[SeedMetric::DomainViolationCount], MetricValue::integer(2));
    QCOMPARE(s[SeedMetric::WattsPerInference], MetricValue::real(42.0)); // stays a float: "42.0"
    QCOMPARE(s.extras.size(), std::size_t(1));
    QCOMPARE(s.extras[0].first, std::string("custom_key"));
    // Re-serialised in SPEC order, byte-compatible with Python.
    QCOMPARE(
        serializeSnapshot(s),
        std::string(
            R"({"timestamp": "2025-10-27T16_22_57Z", "metrics": {"accuracy": 0.92, "rmse": 1.2, "feature_drift": 0.03, "domain_violation_count": 2, "failure_rate": 0.01, "watts_per_inference": 42.0, "confidence_floor": 0.9, "confidence_variance": 0.04, "custom_key": 7}})"));
}

void TestTelemetryParser::optionalFieldsAndNulls() {
    TelemetryParser parser;
    TelemetryMessage m;
    QCOMPARE(
        parser.parse(
            R"({"model_id":"m","prediction":0.4,"label":null,"confidence":null,"features":{"a":null,"b":2},"unknown":{"deep":[1,2,{"x":null}]}})",
            m),
        MessageKind::Inference);
    QVERIFY(!m.inference.label);
    QVERIFY(!m.inference.confidence);
    QCOMPARE(m.inference.features().size(), std::size_t(1)); // a null feature is a missing feature
    // An error event may come without a prediction.
    QCOMPARE(parser.parse(R"({"model_id":"m","status":"error"})", m), MessageKind::Inference);
    QVERIFY(!m.inference.prediction);
    QVERIFY(m.inference.error);
    // Offsets are honoured.
    QCOMPARE(parser.parse(R"({"model_id":"m","prediction":1,"ts":"2025-10-27T18:22:57+02:00"})", m),
             MessageKind::Inference);
    QCOMPARE(m.inference.tsMs, 1761582177000LL);
}

void TestTelemetryParser::rejections_data() {
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<RejectReason>("reason");
    QTest::addColumn<QString>("field");

    auto row = [](const char *name, QByteArray msg, RejectReason r, const char *field) {
        QTest::newRow(name) << msg << r << QString::fromLatin1(field);
    };
    row("utf8 in ignored field", QByteArray("{\"model_id\":\"m\",\"prediction\":0.5,\"note\":\"\xff\xfe\"}"),
        RejectReason::InvalidUtf8, "");
    row("utf8 overlong", QByteArray("{\"model_id\":\"m\",\"prediction\":0.5,\"note\":\"\xc0\xaf\"}"),
        RejectReason::InvalidUtf8, "");
    row("json lazy trap", R"({"model_id":"m","x":tru})", RejectReason::InvalidJson, "");
    row("json in ignored field", R"({"model_id":"m","prediction":0.5,"extra":{"a":[1,2,}})",
        RejectReason::InvalidJson, "");
    row("json truncated", R"({"model_id":"m","prediction":0.5)", RejectReason::InvalidJson, "");
    row("json empty", "", RejectReason::InvalidJson, "");
    row("json NaN literal", R"({"model_id":"m","prediction":NaN})", RejectReason::InvalidJson, "");
    row("json trailing garbage", R"({"model_id":"m","prediction":0.5} x)", RejectReason::InvalidJson, "");
    row("not object array", "[1,2,3]", RejectReason::NotObject, "");
    row("not object number", "42", RejectReason::NotObject, "");
    row("not object string", "\"model\"", RejectReason::NotObject, "");
    row("missing model_id", R"({"prediction":0.5})", RejectReason::MissingModelId, "model_id");
    row("null model_id", R"({"model_id":null,"prediction":0.5})", RejectReason::MissingModelId, "model_id");
    row("model_id space", R"({"model_id":"claims triage!","prediction":0.5})", RejectReason::BadModelId,
        "model_id");
    row("model_id empty", R"({"model_id":"","prediction":0.5})", RejectReason::BadModelId, "model_id");
    row("model_id too long", QByteArray("{\"model_id\":\"") + QByteArray(129, 'a') + "\",\"prediction\":1}",
        RejectReason::BadModelId, "model_id");
    row("model_id colon", R"({"model_id":"a:b","prediction":0.5})", RejectReason::BadModelId, "model_id");
    row("model_id number", R"({"model_id":42,"prediction":0.5})", RejectReason::WrongFieldType, "model_id");
    row("prediction string", R"({"model_id":"m","prediction":"high"})", RejectReason::WrongFieldType,
        "prediction");
    row("confidence string", R"({"model_id":"m","prediction":0.5,"confidence":"x"})",
        RejectReason::WrongFieldType, "confidence");
    row("latency bool", R"({"model_id":"m","prediction":0.5,"latency_ms":true})",
        RejectReason::WrongFieldType, "latency_ms");
    row("watts array", R"({"model_id":"m","prediction":0.5,"watts":[1]})", RejectReason::WrongFieldType,
        "watts");
    row("txid number", R"({"model_id":"m","prediction":0.5,"txid_hash":5})", RejectReason::WrongFieldType,
        "txid_hash");
    row("ts number", R"({"model_id":"m","prediction":0.5,"ts":1761582177})", RejectReason::WrongFieldType,
        "ts");
    row("status number", R"({"model_id":"m","prediction":0.5,"status":1})", RejectReason::WrongFieldType,
        "status");
    row("features array", R"({"model_id":"m","prediction":0.5,"features":[1,2]})",
        RejectReason::WrongFieldType, "features");
    row("feature bool", R"({"model_id":"m","prediction":0.5,"features":{"soil":true}})",
        RejectReason::WrongFieldType, "features.soil");
    row("feature object", R"({"model_id":"m","prediction":0.5,"features":{"geo":{"lat":1}}})",
        RejectReason::WrongFieldType, "features.geo");
    row("label string", R"({"model_id":"m","prediction":0.5,"label":"yes"})", RejectReason::WrongFieldType,
        "label");
    row("ts words", R"({"model_id":"m","prediction":0.5,"ts":"yesterday"})", RejectReason::BadTimestamp,
        "ts");
    row("ts impossible date", R"({"model_id":"m","prediction":0.5,"ts":"2025-02-30T00:00:00Z"})",
        RejectReason::BadTimestamp, "ts");
    row("ts without zone", R"({"model_id":"m","prediction":0.5,"ts":"2025-10-27T16:22:57"})",
        RejectReason::BadTimestamp, "ts");
    row("ts hour 24", R"({"model_id":"m","prediction":0.5,"ts":"2025-10-27T24:00:00Z"})",
        RejectReason::BadTimestamp, "ts");
    row("status unknown", R"({"model_id":"m","prediction":0.5,"status":"failed"})", RejectReason::BadStatus,
        "status");
    row("no kind", R"({"model_id":"m"})", RejectReason::MissingField, "prediction");
    row("ok without prediction", R"({"model_id":"m","status":"ok"})", RejectReason::MissingField,
        "prediction");
    row("label without txid", R"({"model_id":"m","label":1})", RejectReason::MissingField, "txid_hash");
    row("snapshot without timestamp", R"({"model_id":"m","metrics":{"accuracy":0.9}})",
        RejectReason::MissingField, "timestamp");
    row("snapshot bad timestamp", R"({"model_id":"m","timestamp":"soon","metrics":{}})",
        RejectReason::BadTimestamp, "timestamp");
    row("snapshot metrics array", R"({"model_id":"m","timestamp":"2025-10-27T16_22_57Z","metrics":[1]})",
        RejectReason::WrongFieldType, "metrics");
    row("snapshot metric string",
        R"({"model_id":"m","timestamp":"2025-10-27T16_22_57Z","metrics":{"accuracy":"high"}})",
        RejectReason::BadMetric, "metrics.accuracy");
}

void TestTelemetryParser::rejections() {
    QFETCH(QByteArray, message);
    QFETCH(RejectReason, reason);
    QFETCH(QString, field);
    TelemetryParser parser;
    TelemetryMessage m;
    QCOMPARE(parser.parse(std::string_view(message.constData(), std::size_t(message.size())), m),
             MessageKind::Rejected);
    QCOMPARE(m.rejection.reason, reason);
    QCOMPARE(QString::fromStdString(m.rejection.field), field);
    QVERIFY2(!m.rejection.detail.empty(), "every rejection explains itself");
    QVERIFY(std::string(rejectReasonKey(reason)) != "unknown");
}

void TestTelemetryParser::oversizeAndTooManyFeatures() {
    ParserLimits limits;
    limits.maxMessageBytes = 100;
    limits.maxFeatures = 2;
    TelemetryParser parser(limits);
    TelemetryMessage m;
    const std::string big = R"({"model_id":"m","prediction":0.5,"pad":")" + std::string(200, 'x') + "\"}";
    QCOMPARE(parser.parse(big, m), MessageKind::Rejected);
    QCOMPARE(m.rejection.reason, RejectReason::Oversize);
    QCOMPARE(parser.parse(R"({"model_id":"m","prediction":0.5,"features":{"a":1,"b":2,"c":3}})", m),
             MessageKind::Rejected);
    QCOMPARE(m.rejection.reason, RejectReason::TooManyFeatures);
    QCOMPARE(parser.parse(R"({"model_id":"m","prediction":0.5,"features":{"a":1,"b":2}})", m),
             MessageKind::Inference);
}

void TestTelemetryParser::rejectionsCountedAndStreamContinues() {
    ManualClock clock(1761580800000);
    TelemetryProcessor processor(EngineConfig{}, clock);
    const char *stream[] = {
        R"({"model_id":"m","prediction":0.5,"txid_hash":"1"})",
        R"({"model_id":"m","x":tru})",
        R"({"model_id":"m","prediction":0.6,"txid_hash":"2"})",
        R"({"model_id":"bad id","prediction":0.5})",
        R"({"model_id":"m","prediction":"x"})",
        R"({"model_id":"m","x":tru})",
        R"({"model_id":"m","prediction":0.7,"txid_hash":"3"})",
    };
    for (const char *msg : stream)
        processor.submit(msg);
    QCOMPARE(processor.accepted(), std::uint64_t(3));
    QCOMPARE(processor.rejections().total(), std::uint64_t(4));
    QCOMPARE(processor.rejections().count(RejectReason::InvalidJson), std::uint64_t(2));
    QCOMPARE(processor.rejections().count(RejectReason::BadModelId), std::uint64_t(1));
    QCOMPARE(processor.rejections().count(RejectReason::WrongFieldType), std::uint64_t(1));
    QCOMPARE(processor.rejections().recent().size(), std::size_t(4));
    QCOMPARE(processor.rejections().recent().back().excerpt, std::string(R"({"model_id":"m","x":tru})"));
    QCOMPARE(processor.engine().counters().inferenceEvents, std::uint64_t(3));

    // The kept list is bounded; counts are not.
    RejectionLog log(3);
    Rejection r{RejectReason::InvalidJson, {}, "x"};
    for (int i = 0; i < 10; ++i)
        log.record(r, "\xff\x01 bytes", i);
    QCOMPARE(log.total(), std::uint64_t(10));
    QCOMPARE(log.recent().size(), std::size_t(3));
    QCOMPARE(log.recent().front().arrivalMs, std::int64_t(7));
    QCOMPARE(log.recent().front().excerpt, std::string("\\xff\\x01 bytes")); // printable, never raw bytes
}

void TestTelemetryParser::mutatedMessagesNeverCrash() {
    // Random byte flips, truncations and insertions of a valid message: every result is either a
    // typed message or a rejection with a reason; nothing crashes (ASan/UBSan run this too).
    TelemetryParser parser;
    TelemetryMessage m;
    const std::string base =
        R"({"model_id":"flood-risk-predictor","txid_hash":"9f2c","ts":"2025-10-27T16:22:57.123Z","prediction":0.81,"label":1,"confidence":0.93,"latency_ms":12.4,"watts":41.7,"status":"ok","features":{"rainfall_mm":12.5,"river_level_m":3.1,"soil":"clay"}})";
    std::mt19937 rng(12345);
    int accepted = 0, rejected = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string s = base;
        const int edits = 1 + static_cast<int>(rng() % 4);
        for (int k = 0; k < edits; ++k) {
            const std::size_t pos = rng() % s.size();
            switch (rng() % 3) {
            case 0:
                s[pos] = static_cast<char>(rng() % 256);
                break;
            case 1:
                s.erase(pos, 1 + rng() % 8);
                break;
            default:
                s.insert(pos, 1, static_cast<char>(rng() % 256));
                break;
            }
            if (s.empty())
                s = "{";
        }
        const MessageKind kind = parser.parse(s, m);
        if (kind == MessageKind::Rejected) {
            ++rejected;
            QVERIFY(!m.rejection.detail.empty());
        } else {
            ++accepted;
        }
    }
    QVERIFY(accepted > 0);
    QVERIFY(rejected > 0);
}

void TestTelemetryParser::qtJsonPathAgrees() {
    // Every Demo message plus the rejection corpus: both parsers reach the same verdict.
    DemoSimulator sim(3);
    std::vector<DemoSimulator::Message> messages;
    sim.generate(1761580800000, 1761580800000 + 600'000, messages);
    QVERIFY(messages.size() > 10000);
    std::vector<std::string> corpus;
    for (const auto &m : messages)
        corpus.push_back(m.json);
    for (const char *extra :
         {R"({"model_id":"m","prediction":"x"})", R"({"model_id":"a b","prediction":1})",
          R"({"prediction":1})", R"({"model_id":"m","status":"bad","prediction":1})",
          R"({"model_id":"m","timestamp":"2025-10-27T16_22_57Z","metrics":{"events":3,"accuracy":0.5}})",
          "{\"model_id\":\"m\",\"prediction\":1,\"n\":\"\xff\"}"})
        corpus.push_back(extra);
    TelemetryParser fast, slow;
    TelemetryMessage a, b;
    int checked = 0;
    for (const auto &msg : corpus) {
        const MessageKind ka = fast.parse(msg, a);
        const MessageKind kb = slow.parseWithQtJson(msg, b);
        QCOMPARE(ka, kb);
        if (ka == MessageKind::Rejected) {
            QCOMPARE(a.rejection.reason, b.rejection.reason);
        } else if (ka == MessageKind::Inference) {
            QCOMPARE(a.inference.modelId, b.inference.modelId);
            QCOMPARE(a.inference.txid, b.inference.txid);
            QCOMPARE(a.inference.tsMs, b.inference.tsMs);
            QCOMPARE(a.inference.prediction, b.inference.prediction);
            QCOMPARE(a.inference.features().size(), b.inference.features().size());
            for (std::size_t i = 0; i < a.inference.features().size(); ++i) {
                const auto &fa = a.inference.features()[i];
                const auto it = std::find_if(b.inference.features().begin(), b.inference.features().end(),
                                             [&](const FeatureValue &f) { return f.name == fa.name; });
                QVERIFY(it != b.inference.features().end());
                QCOMPARE(it->number, fa.number);
                QCOMPARE(it->category, fa.category);
            }
        } else if (ka == MessageKind::Snapshot) {
            QCOMPARE(serializeSnapshot(a.snapshot), serializeSnapshot(b.snapshot));
        }
        ++checked;
    }
    QCOMPARE(checked, static_cast<int>(corpus.size()));
}

void TestTelemetryParser::storedSnapshotReader() {
    TelemetryParser parser;
    std::string error;
    // Any key order, Python's NaN, missing keys.
    auto s = parser.parseStoredSnapshot(
        R"({"metrics": {"rmse": NaN, "accuracy": 0.92, "failure_rate": -Infinity}, "timestamp": "2025-10-27T16_22_57Z"})",
        "m", &error);
    QVERIFY2(s, error.c_str());
    QCOMPARE((*s)[SeedMetric::Accuracy], MetricValue::real(0.92));
    QVERIFY((*s)[SeedMetric::Rmse].isNull());
    QVERIFY((*s)[SeedMetric::FailureRate].isNull());
    QVERIFY((*s)[SeedMetric::FeatureDrift].isNull());
    QCOMPARE(s->timestamp(), std::string("2025-10-27T16_22_57Z"));
    // "NaN" inside a string stays a string (and is then the wrong type for a metric).
    QVERIFY(!parser.parseStoredSnapshot(
        R"({"timestamp": "2025-10-27T16_22_57Z", "metrics": {"accuracy": "NaN"}})", "m", &error));
    QVERIFY(error.find("metrics.accuracy") != std::string::npos);
    QVERIFY(!parser.parseStoredSnapshot("not json", "m", &error));
    QVERIFY(!parser.parseStoredSnapshot(R"({"timestamp": "2025-10-27T16_22_57Z"})", "m", &error));
    QVERIFY(!parser.parseStoredSnapshot(R"([1])", "m", &error));
}

QTEST_GUILESS_MAIN(TestTelemetryParser)
#include "tst_telemetry_parser.moc"
