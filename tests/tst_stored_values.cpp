// The JSON values the agent and the console read from Redis, parsed by pure functions (STYLE.md:
// parsers are pure): every value round-trips byte for byte, and every bad value is refused with a
// message that names the key and the field.
#include "metrics/ReferenceProfile.h"
#include "telemetry/TelemetryParser.h"

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

QTEST_GUILESS_MAIN(TestStoredValues)
#include "tst_stored_values.moc"
