// The Python-compatible JSON writer against Python itself: every expected text in
// tests/data/pyjson_reference.json is what CPython's json.dumps wrote (scripts/reference/
// make_reference_data.py), and the writer must reproduce it byte for byte (SPEC.md "Serialisation of
// snapshots"). The one deliberate difference: non-finite floats are written as `null`, not `NaN`.
#include "metrics/Snapshot.h"
#include "json/PyJson.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "TestData.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

using namespace assurance;

namespace {

const QJsonObject &reference() {
    static const QJsonObject root = testdata::loadObject("pyjson_reference.json");
    return root;
}

QJsonArray section(const char *name) {
    return reference().value(QLatin1String(name)).toArray();
}

// Exact double from Python's float.hex() ("0x1.8p+1", "-0x0.0p+0", "inf", "nan"): independent of
// how the JSON reader converts decimal numbers.
double fromHex(const QString &hex) {
    const QByteArray bytes = hex.toLatin1();
    return std::strtod(bytes.constData(), nullptr);
}

bool sameBits(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}

QByteArray bytes(const std::string &s) {
    return QByteArray::fromStdString(s);
}

std::int64_t msecs(const char *isoUtc) {
    return QDateTime::fromString(QLatin1String(isoUtc), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

Snapshot seedSnapshot() {
    // {"timestamp": "2025-10-27T16_22_57Z", "metrics": {"accuracy": 0.92, "rmse": 1.2, ...}} (SPEC.md)
    Snapshot s;
    s.modelId = "flood-risk-predictor";
    s.windowEndMs = msecs("2025-10-27T16:22:57Z");
    s[SeedMetric::Accuracy] = MetricValue::real(0.92);
    s[SeedMetric::Rmse] = MetricValue::real(1.2);
    s[SeedMetric::FeatureDrift] = MetricValue::real(0.03);
    s[SeedMetric::DomainViolationCount] = MetricValue::integer(2);
    s[SeedMetric::FailureRate] = MetricValue::real(0.01);
    s[SeedMetric::WattsPerInference] = MetricValue::real(42.0);
    s[SeedMetric::ConfidenceFloor] = MetricValue::real(0.9);
    s[SeedMetric::ConfidenceVariance] = MetricValue::real(0.04);
    return s;
}

Snapshot edgeSnapshot() {
    Snapshot s;
    s.modelId = "edge";
    s.windowEndMs = msecs("2025-10-27T16:23:00.999Z"); // milliseconds are dropped: 16_23_00
    s[SeedMetric::Accuracy] = MetricValue::null();
    s[SeedMetric::Rmse] = MetricValue::real(0.1 + 0.2); // 0.30000000000000004
    s[SeedMetric::FeatureDrift] = MetricValue::real(std::numeric_limits<double>::quiet_NaN()); // null
    s[SeedMetric::DomainViolationCount] = MetricValue::integer(0);
    s[SeedMetric::FailureRate] = MetricValue::real(-0.0);
    s[SeedMetric::WattsPerInference] = MetricValue::real(1e-05);
    s[SeedMetric::ConfidenceFloor] = MetricValue::real(std::numeric_limits<double>::infinity()); // null
    s[SeedMetric::ConfidenceVariance] = MetricValue::real(1e16);
    return s;
}

Snapshot extrasSnapshot() {
    Snapshot s;
    s.modelId = "extras";
    s.windowEndMs = msecs("2025-10-27T16:24:00Z");
    s[SeedMetric::Accuracy] = MetricValue::real(0.75);
    s[SeedMetric::Rmse] = MetricValue::null();
    s[SeedMetric::FeatureDrift] = MetricValue::real(0.27465307216702745);
    s[SeedMetric::DomainViolationCount] = MetricValue::integer(3);
    s[SeedMetric::FailureRate] = MetricValue::real(0.25);
    s[SeedMetric::WattsPerInference] = MetricValue::real(43.0);
    s[SeedMetric::ConfidenceFloor] = MetricValue::real(0.615);
    s[SeedMetric::ConfidenceVariance] = MetricValue::real(0.0125);
    s.extras = {{"latency_p50_ms", MetricValue::real(25.0)},
                {"latency_p95_ms", MetricValue::real(38.5)},
                {"throughput_eps", MetricValue::real(4.0 / 60.0)},
                {"events", MetricValue::integer(4)},
                {"late", MetricValue::integer(0)},
                {"orphan_label", MetricValue::integer(1)}};
    s.hasDrift = true;
    s.drift = {{"d\u00e9bit", 0.01, 0.2, 0.5},
               {"rainfall_mm", 1e-05, std::nullopt, 3e-120},
               {"soil", std::nullopt, std::nullopt, std::nullopt}};
    return s;
}

} // namespace

class TestPyJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void floatRepr_data();
    void floatRepr();
    void appendInt_data();
    void appendInt();
    void appendString_data();
    void appendString();
    void serializeSnapshot_data();
    void serializeSnapshot();
    void writerSeparators();
};

void TestPyJson::initTestCase() {
    QVERIFY2(!reference().isEmpty(), "tests/data/pyjson_reference.json is missing or not JSON: run "
                                     "scripts/reference/make_reference_data.py");
    QVERIFY(section("floats").size() > 200);
    QVERIFY(section("ints").size() >= 5);
    QVERIFY(section("strings").size() >= 10);
    QCOMPARE(section("snapshots").size(), 3);
}

void TestPyJson::floatRepr_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QJsonValue>("jsonValue");
    QTest::addColumn<QByteArray>("expected");
    const QJsonArray floats = section("floats");
    for (qsizetype i = 0; i < floats.size(); ++i) {
        const QJsonObject o = floats.at(i).toObject();
        const QByteArray repr = o.value(QLatin1String("repr")).toString().toUtf8();
        QTest::addRow("%d: %s", int(i), repr.constData())
            << fromHex(o.value(QLatin1String("hex")).toString()) << o.value(QLatin1String("value")) << repr;
    }
}

void TestPyJson::floatRepr() {
    QFETCH(double, value);
    QFETCH(QJsonValue, jsonValue);
    QFETCH(QByteArray, expected);

    if (!std::isfinite(value)) {
        // Python writes NaN / Infinity / -Infinity; the contract (SPEC.md) is null.
        QVERIFY(expected == "NaN" || expected == "Infinity" || expected == "-Infinity");
        std::string out = "[";
        pyjson::appendFloat(out, value);
        QCOMPARE(bytes(out), QByteArray("[null"));
        return;
    }
    // The JSON reader (used for the numbers in drift_reference.json) reads the decimal text exactly.
    // `==`, not sameBits: QJsonDocument reads -0.0 as 0 (it stores integral numbers as integers).
    QVERIFY(jsonValue.isDouble());
    QVERIFY2(jsonValue.toDouble() == value, "QJsonDocument did not read the number exactly");

    QCOMPARE(bytes(pyjson::floatRepr(value)), expected);
    std::string out = "[1, ";
    pyjson::appendFloat(out, value);
    QByteArray appended("[1, ");
    appended.append(expected);
    QCOMPARE(bytes(out), appended);
    // The repr round-trips.
    QVERIFY(sameBits(std::strtod(expected.constData(), nullptr), value));
}

void TestPyJson::appendInt_data() {
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QByteArray>("expected");
    const QJsonArray ints = section("ints");
    for (const QJsonValue &v : ints) {
        const QJsonObject o = v.toObject();
        // Stored as strings so that no reader rounds 2**53 + 1 through a double.
        bool ok = false;
        const qint64 value = o.value(QLatin1String("value")).toString().toLongLong(&ok);
        QVERIFY(ok);
        const QByteArray repr = o.value(QLatin1String("repr")).toString().toUtf8();
        QTest::addRow("%s", repr.constData()) << value << repr;
    }
}

void TestPyJson::appendInt() {
    QFETCH(qint64, value);
    QFETCH(QByteArray, expected);
    std::string out;
    pyjson::appendInt(out, value);
    QCOMPARE(bytes(out), expected);
    pyjson::Writer w;
    w.value(static_cast<std::int64_t>(value));
    QCOMPARE(bytes(w.text()), expected);
}

void TestPyJson::appendString_data() {
    QTest::addColumn<QByteArray>("utf8");
    QTest::addColumn<QByteArray>("expected");
    const QJsonArray strings = section("strings");
    for (qsizetype i = 0; i < strings.size(); ++i) {
        const QJsonObject o = strings.at(i).toObject();
        const QByteArray repr = o.value(QLatin1String("repr")).toString().toUtf8();
        // QString keeps embedded NULs; toUtf8() gives the exact UTF-8 bytes.
        QTest::addRow("%d: %s", int(i), repr.constData())
            << o.value(QLatin1String("value")).toString().toUtf8() << repr;
    }
}

void TestPyJson::appendString() {
    QFETCH(QByteArray, utf8);
    QFETCH(QByteArray, expected);
    std::string out;
    pyjson::appendString(out, std::string_view(utf8.constData(), std::size_t(utf8.size())));
    QCOMPARE(bytes(out), expected);
}

void TestPyJson::serializeSnapshot_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("expected");
    for (const QJsonValue &v : section("snapshots")) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        QTest::addRow("%s", qPrintable(name)) << name << o.value(QLatin1String("text")).toString().toUtf8();
    }
}

void TestPyJson::serializeSnapshot() {
    QFETCH(QString, name);
    QFETCH(QByteArray, expected);
    Snapshot s;
    if (name == QLatin1String("seed"))
        s = seedSnapshot();
    else if (name == QLatin1String("edge"))
        s = edgeSnapshot();
    else if (name == QLatin1String("extras"))
        s = extrasSnapshot();
    else
        QFAIL("unknown snapshot in pyjson_reference.json");
    QCOMPARE(bytes(assurance::serializeSnapshot(s)), expected);
}

void TestPyJson::writerSeparators() {
    // json.dumps([1.0, 2, "x", None, True, False, {"a": [], "b": {}, "c": [[1, 2], {"d": -0.5}]}])
    const QByteArray expected =
        R"([1.0, 2, "x", null, true, false, {"a": [], "b": {}, "c": [[1, 2], {"d": -0.5}]}])";
    pyjson::Writer w;
    w.beginArray();
    w.value(1.0);
    w.value(2);
    w.value("x");
    w.null();
    w.value(true);
    w.value(false);
    w.beginObject();
    w.key("a");
    w.beginArray();
    w.endArray();
    w.key("b");
    w.beginObject();
    w.endObject();
    w.key("c");
    w.beginArray();
    w.beginArray();
    w.value(std::int64_t{1});
    w.value(std::uint64_t{2});
    w.endArray();
    w.beginObject();
    w.key("d");
    w.value(-0.5);
    w.endObject();
    w.endArray();
    w.endObject();
    w.endArray();
    QCOMPARE(bytes(w.text()), expected);
}

QTEST_MAIN(TestPyJson)
#include "tst_pyjson.moc"
