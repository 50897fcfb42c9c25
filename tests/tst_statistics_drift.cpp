// Statistics and drift against numpy / scipy. tests/data/drift_reference.json is written by
// scripts/reference/make_reference_data.py, which computes every expected value independently
// (np.quantile, np.percentile, np.var, np.searchsorted, np.interp, scipy.special.kolmogorov) from the
// definitions in SPEC.md "Metrics" and "Drift, exactly". A few hand-computed cases follow, with their
// arithmetic in comments.
#include "metrics/Drift.h"
#include "metrics/ReferenceProfile.h"
#include "metrics/Statistics.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "TestData.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

using namespace assurance;

namespace {

const QJsonObject &reference() {
    static const QJsonObject root = testdata::loadObject("drift_reference.json");
    return root;
}

QJsonArray section(const char *name) {
    return reference().value(QLatin1String(name)).toArray();
}

QJsonObject findCase(const char *sectionName, const QString &name) {
    for (const QJsonValue &v : section(sectionName))
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return v.toObject();
    return {};
}

std::vector<double> doubles(const QJsonValue &v) {
    std::vector<double> out;
    for (const QJsonValue &x : v.toArray())
        out.push_back(x.toDouble());
    return out;
}

std::vector<std::uint64_t> counts(const QJsonValue &v) {
    std::vector<std::uint64_t> out;
    for (const QJsonValue &x : v.toArray())
        out.push_back(static_cast<std::uint64_t>(x.toInteger()));
    return out;
}

double number(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toDouble();
}

QByteArray show(double v) {
    return QByteArray::number(v, 'g', 17);
}

// Empty when |actual − expected| <= max(rel·|expected|, abs) for every element (rel = abs = 0: exact
// equality), else a description of the first mismatch.
QByteArray mismatch(const std::vector<double> &actual, const std::vector<double> &expected, double rel = 0.0,
                    double abs = 0.0) {
    if (actual.size() != expected.size())
        return "size " + QByteArray::number(qulonglong(actual.size())) + " != expected " +
               QByteArray::number(qulonglong(expected.size()));
    for (std::size_t i = 0; i < actual.size(); ++i) {
        const double a = actual[i], e = expected[i];
        if (a == e)
            continue;
        if (std::abs(a - e) <= std::max(rel * std::abs(e), abs))
            continue;
        return "[" + QByteArray::number(qulonglong(i)) + "] actual " + show(a) + " != expected " + show(e) +
               " (difference " + show(a - e) + ")";
    }
    return {};
}

QByteArray mismatch(double actual, double expected, double rel = 0.0, double abs = 0.0) {
    return mismatch(std::vector<double>{actual}, std::vector<double>{expected}, rel, abs);
}

#define CHECK_CLOSE(what, ...)                                                                               \
    do {                                                                                                     \
        const QByteArray why_ = mismatch(__VA_ARGS__);                                                       \
        QVERIFY2(why_.isEmpty(), QByteArray(what ": " + why_).constData());                                  \
    } while (false)

ReferenceProfile buildNumeric(const std::vector<double> &values) {
    ReferenceProfileBuilder builder("m");
    InferenceEvent e;
    for (double v : values) {
        e.clear();
        e.modelId = "m";
        FeatureValue &f = e.addFeature();
        f.name = "x";
        f.numeric = true;
        f.number = v;
        builder.add(e);
    }
    return builder.build();
}

ReferenceProfile buildCategorical(const QJsonObject &categoryCounts) {
    ReferenceProfileBuilder builder("m");
    InferenceEvent e;
    for (auto it = categoryCounts.begin(); it != categoryCounts.end(); ++it) {
        for (qint64 k = 0; k < it.value().toInteger(); ++k) {
            e.clear();
            e.modelId = "m";
            FeatureValue &f = e.addFeature();
            f.name = "soil";
            f.numeric = false;
            f.category = it.key().toStdString();
            builder.add(e);
        }
    }
    return builder.build();
}

std::vector<double> sorted(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v;
}

void addCaseRows(const char *sectionName) {
    QTest::addColumn<QString>("name");
    for (const QJsonValue &v : section(sectionName)) {
        const QString name = v.toObject().value(QLatin1String("name")).toString();
        QTest::addRow("%s", qPrintable(name)) << name;
    }
}

} // namespace

class TestStatisticsDrift : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void radixSortMatchesStdSort();
    void sampleBufferSortsIncrementally();
    void sampleBufferReservoirIgnoresSorting();
    void ksSweepMatchesOneKnotAtATime();

    // against numpy / scipy (tests/data/drift_reference.json)
    void quantiles_data() { addCaseRows("numeric_cases"); }
    void quantiles();
    void percentiles_data() { addCaseRows("percentile_cases"); }
    void percentiles();
    void quantileCases_data() { addCaseRows("quantile_cases"); }
    void quantileCases();
    void referenceProfile_data() { addCaseRows("numeric_cases"); }
    void referenceProfile();
    void numericPsi_data() { addCaseRows("numeric_cases"); }
    void numericPsi();
    void ks_data() { addCaseRows("numeric_cases"); }
    void ks();
    void binSharesFromQuantiles_data() { addCaseRows("numeric_cases"); }
    void binSharesFromQuantiles();
    void categoricalPsi_data() { addCaseRows("categorical_cases"); }
    void categoricalPsi();
    void kolmogorovSurvival_data();
    void kolmogorovSurvival();

    // hand-computed
    void handQuantilesAndVariance();
    void handPsi();
    void handNumericBins();
    void handKs();
    void handKsSteepReference();
};

void TestStatisticsDrift::initTestCase() {
    QVERIFY2(!reference().isEmpty(), "tests/data/drift_reference.json is missing or not JSON: run "
                                     "scripts/reference/make_reference_data.py");
    QVERIFY(section("numeric_cases").size() >= 6);
    QVERIFY(section("categorical_cases").size() >= 2);
    QCOMPARE(number(reference(), "epsilon"), drift::kEpsilon);
}

void TestStatisticsDrift::quantiles() {
    QFETCH(QString, name);
    const QJsonObject c = findCase("numeric_cases", name);
    const std::vector<double> x = sorted(doubles(c.value(QLatin1String("reference"))));
    // np.quantile(ref, np.arange(1, 10) / 10) and np.quantile(ref, np.arange(1, 1000) / 1000): the
    // same q values as i / 10.0 and i / 1000.0 here (both correctly rounded divisions).
    std::vector<double> deciles, quantiles;
    for (int i = 1; i <= 9; ++i)
        deciles.push_back(stats::quantileSorted(x, i / 10.0).value());
    for (int i = 1; i <= 999; ++i)
        quantiles.push_back(stats::quantileSorted(x, i / 1000.0).value());
    CHECK_CLOSE("deciles", deciles, doubles(c.value(QLatin1String("deciles"))));
    CHECK_CLOSE("quantiles", quantiles, doubles(c.value(QLatin1String("quantiles"))));
    CHECK_CLOSE("q = 0 is the minimum", stats::quantileSorted(x, 0.0).value(), number(c, "min"));
    CHECK_CLOSE("q = 1 is the maximum", stats::quantileSorted(x, 1.0).value(), number(c, "max"));
}

void TestStatisticsDrift::percentiles() {
    QFETCH(QString, name);
    const QJsonObject c = findCase("percentile_cases", name);
    const std::vector<double> values = doubles(c.value(QLatin1String("values")));
    const std::vector<double> x = sorted(values);
    // np.percentile(a, p) is np.quantile(a, p / 100).
    std::vector<double> actual;
    for (double p : doubles(c.value(QLatin1String("percents"))))
        actual.push_back(stats::quantileSorted(x, p / 100.0).value());
    CHECK_CLOSE("percentiles", actual, doubles(c.value(QLatin1String("percentiles"))));
    // np.var (ddof = 0), to the bit: the same sums in numpy's order.
    CHECK_CLOSE("variance", stats::populationVariance(values).value(), number(c, "variance"));
}

void TestStatisticsDrift::quantileCases() {
    QFETCH(QString, name);
    const QJsonObject c = findCase("quantile_cases", name);
    const std::vector<double> x = sorted(doubles(c.value(QLatin1String("values"))));
    std::vector<double> actual;
    for (double q : doubles(c.value(QLatin1String("q"))))
        actual.push_back(stats::quantileSorted(x, q).value());
    // "lerp_branch" holds two values and a q >= 0.5 for which numpy's b − (b − a)(1 − t) differs in the
    // last bit from a + (b − a)t: only the exact numpy rule passes.
    CHECK_CLOSE("quantiles", actual, doubles(c.value(QLatin1String("quantiles"))));
    // np.var of the values in their given order, to the bit.
    CHECK_CLOSE("variance", stats::populationVariance(doubles(c.value(QLatin1String("values")))).value(),
                number(c, "variance"));
}

void TestStatisticsDrift::referenceProfile() {
    QFETCH(QString, name);
    const QJsonObject c = findCase("numeric_cases", name);
    const std::vector<double> ref = doubles(c.value(QLatin1String("reference")));
    const ReferenceProfile profile = buildNumeric(ref);
    QCOMPARE(profile.events, std::uint64_t(ref.size()));
    QCOMPARE(profile.features.size(), std::size_t(1));
    const FeatureProfile &f = profile.features[0];
    QCOMPARE(f.name, std::string("x"));
    QVERIFY(f.numeric);
    const NumericProfile &p = f.num;
    QCOMPARE(p.count, std::uint64_t(ref.size()));
    CHECK_CLOSE("min", p.min, number(c, "min"));
    CHECK_CLOSE("max", p.max, number(c, "max"));
    CHECK_CLOSE("deciles", p.deciles, doubles(c.value(QLatin1String("deciles"))));
    CHECK_CLOSE("quantiles", p.quantiles, doubles(c.value(QLatin1String("quantiles"))));
    // np.unique(deciles): equal neighbours merged
    CHECK_CLOSE("edges", p.edges, doubles(c.value(QLatin1String("edges"))));
    // counts per bin / n, with np.searchsorted(edges, ref, side="left") as the bin index
    CHECK_CLOSE("bin shares", p.binShares, doubles(c.value(QLatin1String("reference_bin_shares"))));
}

void TestStatisticsDrift::numericPsi() {
    QFETCH(QString, name);
    const QJsonObject c = findCase("numeric_cases", name);
    const ReferenceProfile profile = buildNumeric(doubles(c.value(QLatin1String("reference"))));
    const NumericProfile &p = profile.features.at(0).num;
    std::vector<std::uint64_t> windowCounts(p.edges.size() + 1, 0);
    for (double v : doubles(c.value(QLatin1String("window"))))
        ++windowCounts.at(drift::numericBin(p, v));
    QCOMPARE(windowCounts, counts(c.value(QLatin1String("window_bin_counts"))));
    const std::optional<double> psi = drift::numericPsi(p, windowCounts);
    QVERIFY(psi.has_value());
    CHECK_CLOSE("psi", *psi, number(c, "psi"), 1e-12);
    // The same from the script's shares directly.
    CHECK_CLOSE("psi of the shares",
                drift::psi(doubles(c.value(QLatin1String("reference_bin_shares"))),
                           doubles(c.value(QLatin1String("window_bin_shares")))),
                number(c, "psi"), 1e-12);
}

void TestStatisticsDrift::ks() {
    QFETCH(QString, name);
    const QJsonObject c = findCase("numeric_cases", name);
    if (!c.value(QLatin1String("ks")).isObject())
        QSKIP("reference with ties: the script computes KS only for strictly increasing quantiles");
    const QJsonObject expected = c.value(QLatin1String("ks")).toObject();
    const ReferenceProfile profile = buildNumeric(doubles(c.value(QLatin1String("reference"))));
    const std::vector<double> window = sorted(doubles(c.value(QLatin1String("window"))));
    const std::optional<drift::KsResult> result = drift::ks(profile.features.at(0).num, window);
    QVERIFY(result.has_value());
    CHECK_CLOSE("statistic", result->statistic, number(expected, "statistic"), 0.0, 1e-12);
    CHECK_CLOSE("p-value", result->pValue, number(expected, "pvalue"), 1e-9, 1e-300);
}

void TestStatisticsDrift::binSharesFromQuantiles() {
    QFETCH(QString, name);
    const QJsonObject c = findCase("numeric_cases", name);
    if (!c.value(QLatin1String("cdf_bin_shares")).isArray())
        QSKIP("reference with ties: no interpolated CDF in the script");
    // A stored profile without bin_shares: shares are read from the quantile CDF,
    // np.diff([0, *np.interp(edges, knots_x, knots_p), 1]).
    NumericProfile p = buildNumeric(doubles(c.value(QLatin1String("reference")))).features.at(0).num;
    p.binShares.clear();
    finalizeNumericProfile(p, nullptr);
    CHECK_CLOSE("edges", p.edges, doubles(c.value(QLatin1String("edges"))));
    CHECK_CLOSE("shares", p.binShares, doubles(c.value(QLatin1String("cdf_bin_shares"))), 0.0, 1e-12);
}

void TestStatisticsDrift::categoricalPsi() {
    QFETCH(QString, name);
    const QJsonObject c = findCase("categorical_cases", name);
    const ReferenceProfile profile = buildCategorical(c.value(QLatin1String("reference_counts")).toObject());
    QCOMPARE(profile.features.size(), std::size_t(1));
    QVERIFY(!profile.features[0].numeric);
    const CategoricalProfile &cat = profile.features[0].cat;

    // shares sorted by category
    const QJsonArray categories = c.value(QLatin1String("categories")).toArray();
    QCOMPARE(cat.shares.size(), std::size_t(categories.size()));
    std::vector<double> shares;
    for (std::size_t i = 0; i < cat.shares.size(); ++i) {
        QCOMPARE(QString::fromStdString(cat.shares[i].first), categories.at(qsizetype(i)).toString());
        shares.push_back(cat.shares[i].second);
    }
    CHECK_CLOSE("shares", shares, doubles(c.value(QLatin1String("reference_shares"))));

    // window counts: one bin per reference category, then "unseen"
    std::vector<std::uint64_t> windowCounts(cat.shares.size() + 1, 0);
    const QJsonObject window = c.value(QLatin1String("window_counts")).toObject();
    for (auto it = window.begin(); it != window.end(); ++it) {
        const int index = cat.indexOf(it.key().toStdString());
        windowCounts.at(index < 0 ? cat.shares.size() : std::size_t(index)) +=
            static_cast<std::uint64_t>(it.value().toInteger());
    }
    QCOMPARE(windowCounts, counts(c.value(QLatin1String("window_bin_counts"))));
    const std::optional<double> psi = drift::categoricalPsi(cat, windowCounts);
    QVERIFY(psi.has_value());
    CHECK_CLOSE("psi", *psi, number(c, "psi"), 1e-12);
}

void TestStatisticsDrift::kolmogorovSurvival_data() {
    QTest::addColumn<double>("lambda");
    QTest::addColumn<double>("expected");
    for (const QJsonValue &v : section("kolmogorov")) {
        const QJsonObject o = v.toObject();
        QTest::addRow("lambda=%s", show(number(o, "lambda")).constData())
            << number(o, "lambda") << number(o, "survival");
    }
}

void TestStatisticsDrift::kolmogorovSurvival() {
    QFETCH(double, lambda);
    QFETCH(double, expected);
    // scipy.special.kolmogorov(lambda)
    CHECK_CLOSE("Q(lambda)", stats::kolmogorovSurvival(lambda), expected, 1e-9, 1e-300);
}

void TestStatisticsDrift::handQuantilesAndVariance() {
    const std::vector<double> x = {1.0, 2.0, 3.0, 4.0};
    // index (4 − 1)·0.5 = 1.5 → 2 + 0.5·(3 − 2) = 2.5
    QCOMPARE(stats::quantileSorted(x, 0.5).value(), 2.5);
    // index 3·0.25 = 0.75 → 1 + 0.75·1 = 1.75
    QCOMPARE(stats::quantileSorted(x, 0.25).value(), 1.75);
    QCOMPARE(stats::quantileSorted(x, 0.0).value(), 1.0);
    QCOMPARE(stats::quantileSorted(x, 1.0).value(), 4.0);
    const std::vector<double> one = {7.5};
    QCOMPARE(stats::quantileSorted(one, 0.3).value(), 7.5);
    QVERIFY(!stats::quantileSorted({}, 0.5).has_value());
    // mean 2.5; squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5; / 4 = 1.25
    QCOMPARE(stats::populationVariance(x).value(), 1.25);
    QCOMPARE(stats::populationVariance(one).value(), 0.0);
    QVERIFY(!stats::populationVariance({}).has_value());
}

void TestStatisticsDrift::handPsi() {
    // (0.25 − 0.5)·ln(0.25/0.5) + (0.75 − 0.5)·ln(0.75/0.5) = 0.25·ln 2 + 0.25·ln 1.5 = 0.25·ln 3
    const std::vector<double> r = {0.5, 0.5}, w = {0.25, 0.75};
    CHECK_CLOSE("psi", drift::psi(r, w), 0.25 * std::log(3.0), 1e-15);
    CHECK_CLOSE("psi identical", drift::psi(r, r), 0.0);
    // Shares of 0 become ε = 1e-4, without renormalising. Reference [0.5, 0.5, 0] vs window
    // [0.5, 0, 0.5]: 0 + (1e-4 − 0.5)·ln(1e-4/0.5) + (0.5 − 1e-4)·ln(0.5/1e-4) = 2·0.4999·ln 5000
    const std::vector<double> r3 = {0.5, 0.5, 0.0}, w3 = {0.5, 0.0, 0.5};
    CHECK_CLOSE("psi with epsilon", drift::psi(r3, w3), 2.0 * 0.4999 * std::log(5000.0), 1e-14);

    // Counts: numeric profile with edges {1} → bins (−∞, 1], (1, +∞); reference shares 0.5 / 0.5.
    NumericProfile p;
    p.edges = {1.0};
    p.binShares = {0.5, 0.5};
    const std::vector<std::uint64_t> c = {1, 3}; // window shares 0.25 / 0.75
    CHECK_CLOSE("numericPsi", drift::numericPsi(p, c).value(), 0.25 * std::log(3.0), 1e-15);
    const std::vector<std::uint64_t> none = {0, 0};
    QVERIFY(!drift::numericPsi(p, none).has_value()); // no window value: no PSI

    // Categorical {a: 0.5, b: 0.5} + unseen (reference 0 → ε). Window counts a 2, b 1, unseen 1:
    // shares 0.5, 0.25, 0.25 → 0 + (0.25 − 0.5)·ln 0.5 + (0.25 − 1e-4)·ln(0.25/1e-4)
    CategoricalProfile cat;
    cat.shares = {{"a", 0.5}, {"b", 0.5}};
    cat.count = 2;
    QCOMPARE(cat.indexOf("b"), 1);
    QCOMPARE(cat.indexOf("z"), -1);
    const std::vector<std::uint64_t> cc = {2, 1, 1};
    CHECK_CLOSE("categoricalPsi", drift::categoricalPsi(cat, cc).value(),
                -0.25 * std::log(0.5) + (0.25 - 1e-4) * std::log(2500.0), 1e-15);
    const std::vector<std::uint64_t> czero = {0, 0, 0};
    QVERIFY(!drift::categoricalPsi(cat, czero).has_value());
}

void TestStatisticsDrift::handNumericBins() {
    // edges {1, 2, 3}: bins (−∞, 1] (1, 2] (2, 3] (3, +∞) → 0..3; a value equal to an edge is in the
    // lower bin.
    NumericProfile p;
    p.edges = {1.0, 2.0, 3.0};
    QCOMPARE(drift::numericBin(p, -std::numeric_limits<double>::infinity()), std::size_t(0));
    QCOMPARE(drift::numericBin(p, 0.5), std::size_t(0));
    QCOMPARE(drift::numericBin(p, 1.0), std::size_t(0));
    QCOMPARE(drift::numericBin(p, std::nextafter(1.0, 2.0)), std::size_t(1));
    QCOMPARE(drift::numericBin(p, 2.0), std::size_t(1));
    QCOMPARE(drift::numericBin(p, 2.5), std::size_t(2));
    QCOMPARE(drift::numericBin(p, 3.0), std::size_t(2));
    QCOMPARE(drift::numericBin(p, 3.5), std::size_t(3));
    QCOMPARE(drift::numericBin(p, std::numeric_limits<double>::infinity()), std::size_t(3));

    // Deciles with ties merge. Data: six 0s and four 1s (sorted indexes 0–5 are 0, 6–9 are 1). Virtual
    // index 9·q: q10…q50 → 0.9…4.5, between two 0s → 0; q60 → 9·0.6 = 5.3999999999999995 → 0 + γ·(1 − 0)
    // with γ = 9·0.6 − 5; q70…q90 → 6.3…8.1, between two 1s → 1. Edges {0, γ, 1}; shares: six values
    // ≤ 0 → 0.6, none in (0, γ] → 0, four in (γ, 1] → 0.4, none above 1 → 0.
    const ReferenceProfile profile = buildNumeric({1, 0, 0, 1, 0, 1, 0, 0, 1, 0});
    const NumericProfile &q = profile.features.at(0).num;
    const double gamma = 9.0 * 0.6 - 5.0;
    QCOMPARE(q.edges, (std::vector<double>{0.0, gamma, 1.0}));
    QCOMPARE(q.binShares, (std::vector<double>{0.6, 0.0, 0.4, 0.0}));
}

void TestStatisticsDrift::handKs() {
    // The reference CDF of Uniform(0, 1): knots (0, 0), (i/1000, i/1000), (1, 1) → F(x) = x.
    NumericProfile p;
    p.min = 0.0;
    p.max = 1.0;
    for (int i = 1; i <= 999; ++i)
        p.quantiles.push_back(i / 1000.0);
    // One value 0.5: D = max(1/1 − 0.5, 0.5 − 0/1) = 0.5; p = Q(√1·0.5) = scipy kolmogorov(0.5)
    const std::vector<double> one = {0.5};
    const auto r1 = drift::ks(p, one).value();
    CHECK_CLOSE("D of {0.5}", r1.statistic, 0.5, 0.0, 1e-15);
    CHECK_CLOSE("p of {0.5}", r1.pValue, 0.9639452436648751, 1e-9);
    // {0.1, 0.2, 0.3, 0.4}: j/n − F = 0.15, 0.3, 0.45, 0.6; F − (j−1)/n = 0.1, −0.05, … → D = 0.6;
    // λ = √4·0.6 = 1.2 → scipy kolmogorov(1.2) = 0.11224966667072497
    const std::vector<double> four = {0.1, 0.2, 0.3, 0.4};
    const auto r4 = drift::ks(p, four).value();
    CHECK_CLOSE("D of four", r4.statistic, 0.6, 0.0, 1e-15);
    CHECK_CLOSE("p of four", r4.pValue, 0.11224966667072497, 1e-9);
    // Values below min / above max: F = 0 / 1. {−1, 2}: j=1: 0.5 − 0 = 0.5; j=2: 1 − 1 = 0,
    // F − (j−1)/n = 1 − 0.5 = 0.5 → D = 0.5
    const std::vector<double> outside = {-1.0, 2.0};
    CHECK_CLOSE("D outside", drift::ks(p, outside).value().statistic, 0.5, 0.0, 1e-15);
    QVERIFY(!drift::ks(p, {}).has_value());

    // Q(λ) for λ <= 0 is 1 (no evidence against the reference)
    QCOMPARE(stats::kolmogorovSurvival(0.0), 1.0);
    QCOMPARE(stats::kolmogorovSurvival(-1.0), 1.0);
    // first term of the series dominates for large λ: Q(5) ≈ 2·exp(−50)
    CHECK_CLOSE("Q(5)", stats::kolmogorovSurvival(5.0), 2.0 * std::exp(-50.0), 1e-12);
}

void TestStatisticsDrift::handKsSteepReference() {
    // A steep reference CDF far from 0: knots (10⁶ + k·2⁻²⁰, k/1000), k = 0…1000, all exact doubles, so
    // F is continuous and linear. One window value at knot 900: F(x) = 0.9 exactly; D = max(1 − 0.9,
    // 0.9 − 0) = 0.9. (The left limit of a continuous F at x is F(x); reading F one ulp to the left
    // instead would give 0.9 − 0.001·2⁻³³/2⁻²⁰ = 0.9 − 1.2e-7.)
    NumericProfile steep;
    steep.min = 1e6;
    steep.max = 1e6 + 1000 * 0x1p-20;
    for (int i = 1; i <= 999; ++i)
        steep.quantiles.push_back(1e6 + i * 0x1p-20);
    const std::vector<double> at900 = {1e6 + 900 * 0x1p-20};
    CHECK_CLOSE("D of a steep reference", drift::ks(steep, at900).value().statistic, 0.9, 0.0, 1e-12);
}

void TestStatisticsDrift::radixSortMatchesStdSort() {
    // Negative, positive, zero, tiny and huge values, duplicates, sizes below and above the
    // insertion threshold: the same order as std::sort (−0.0 and +0.0 compare equal there).
    std::uint64_t state = 99;
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return state;
    };
    for (std::size_t n : {0u, 1u, 7u, 63u, 64u, 255u, 256u, 600u, 1000u, 20000u}) {
        std::vector<double> v;
        for (std::size_t i = 0; i < n; ++i) {
            const double mantissa = static_cast<double>(next() >> 11) * 0x1.0p-53 - 0.5;
            const int exponent = static_cast<int>(next() % 80) - 40;
            v.push_back(i % 17 == 0 ? 0.0 : (i % 19 == 0 ? -0.0 : std::ldexp(mantissa, exponent)));
            if (i % 23 == 0 && !v.empty())
                v.push_back(v.front()); // duplicates
        }
        std::vector<double> expected = v;
        std::sort(expected.begin(), expected.end());
        assurance::stats::radixSort(v);
        QCOMPARE(v.size(), expected.size());
        for (std::size_t i = 0; i < v.size(); ++i)
            QCOMPARE(v[i], expected[i]);
    }
    // One feature's values in a window: a narrow range, so the sign and most exponent bytes are the
    // same in every key and those digit passes are skipped.
    for (double base : {10.0, -3.0, 0.001}) {
        std::vector<double> v;
        for (int i = 0; i < 600; ++i)
            v.push_back(base + static_cast<double>(next() % 100000) * 1e-6 * std::abs(base));
        std::vector<double> expected = v;
        std::sort(expected.begin(), expected.end());
        assurance::stats::radixSort(v);
        QVERIFY(v == expected);
    }
}

namespace {
bool sameBits(std::span<const double> a, std::span<const double> b) {
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}
} // namespace

void TestStatisticsDrift::sampleBufferSortsIncrementally() {
    // sorted() keeps a sorted copy; values added later are sorted on their own and merged in. The
    // result must be, bit for bit, a full radix sort of every value (so -0.0 before +0.0), and
    // values() must keep the arrival order (the variance is summed in that order).
    std::uint64_t state = 7;
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state >> 40) / 1000.0 - 8000.0; // ties and signs, 3 decimals
    };
    stats::SampleBuffer buffer(100000);
    std::vector<double> arrived;
    auto add = [&](double v) {
        buffer.add(v);
        arrived.push_back(v);
    };
    auto fullSort = [&] {
        std::vector<double> all = arrived;
        stats::radixSort(all);
        return all;
    };
    for (int i = 0; i < 700; ++i)
        add(next());
    add(0.0);
    add(-0.0);
    QVERIFY(sameBits(buffer.sorted(), fullSort()));
    QVERIFY(sameBits(buffer.values(), arrived));
    for (int round = 0; round < 3; ++round) { // a few values at a time, as late events come
        for (int i = 0; i < 40; ++i)
            add(next());
        add(-0.0);
        add(0.0);
        QVERIFY(sameBits(buffer.sorted(), fullSort()));
        QVERIFY(sameBits(buffer.values(), arrived));
    }
    QVERIFY(sameBits(buffer.sorted(), fullSort())); // nothing new: the same copy
    const std::vector<double> sorted = fullSort();
    QVERIFY(std::signbit(sorted[static_cast<std::size_t>(std::lower_bound(sorted.begin(), sorted.end(), 0.0) -
                                                         sorted.begin())])); // -0.0 comes first

    std::vector<double> merged = {-1.0, -0.0, 2.0};
    stats::mergeInto(merged, std::vector<double>{-0.0, 0.0, 0.0, 1.0, 3.0});
    std::vector<double> both = {-1.0, -0.0, 2.0, -0.0, 0.0, 0.0, 1.0, 3.0};
    stats::radixSort(both);
    QVERIFY(sameBits(merged, both));
    stats::mergeInto(merged, {});
    QVERIFY(sameBits(merged, both));
    std::vector<double> empty;
    stats::mergeInto(empty, both);
    QVERIFY(sameBits(empty, both));
}

void TestStatisticsDrift::sampleBufferReservoirIgnoresSorting() {
    // Two buffers with one seed and one stream, one of them sorted again and again on the way (as
    // a window prepared before it closes, or a provisional view): the reservoir keeps the same
    // values in the same slots, and both sort to the same sample.
    stats::SampleBuffer sorted(64, 42), untouched(64, 42);
    for (int i = 0; i < 5000; ++i) {
        const double v = std::sin(i * 0.37) * 100.0;
        sorted.add(v);
        untouched.add(v);
        if (i % 97 == 0)
            (void)sorted.sorted();
    }
    QCOMPARE(sorted.seen(), std::uint64_t(5000));
    QVERIFY(!sorted.exact());
    QVERIFY(sameBits(sorted.values(), untouched.values()));
    std::vector<double> expected(untouched.values().begin(), untouched.values().end());
    stats::radixSort(expected);
    QVERIFY(sameBits(sorted.sorted(), expected));
    QVERIFY(sameBits(untouched.sorted(), expected));
}

void TestStatisticsDrift::ksSweepMatchesOneKnotAtATime() {
    // ks() moves along the reference knots several at a time. Oracle: the same sweep one knot per
    // step. Both must agree to the bit for windows much sparser than the knots (jumps of hundreds
    // of knots), much denser, with values on knots, tied knots, and values outside [min, max].
    auto oracle = [](const NumericProfile &p, std::span<const double> x) {
        const std::vector<double> &xs = p.knotX, &ps = p.knotP, &slope = p.knotSlope;
        const std::size_t last = xs.size() - 1;
        auto lerp = [&](std::size_t k, double v) { return ps[k] + slope[k] * (v - xs[k]); };
        std::size_t right = 0, left = 0;
        const double n = static_cast<double>(x.size());
        double d = 0.0;
        for (std::size_t j = 0; j < x.size(); ++j) {
            const double v = x[j];
            double f, fLeft;
            if (v < p.min) {
                f = 0.0;
            } else if (v >= p.max) {
                f = 1.0;
            } else {
                while (right + 1 < last && xs[right + 1] <= v)
                    ++right;
                f = lerp(right, v);
            }
            if (v <= p.min) {
                fLeft = 0.0;
            } else if (v > p.max) {
                fLeft = 1.0;
            } else {
                while (left + 1 < last && xs[left + 1] < v)
                    ++left;
                fLeft = lerp(left, v);
            }
            d = std::max({d, static_cast<double>(j + 1) / n - f, fLeft - static_cast<double>(j) / n});
        }
        return d;
    };
    std::uint64_t state = 3;
    auto uniform = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state >> 11) * 0x1.0p-53;
    };
    // A continuous reference, and one of values on a coarse grid (many tied quantiles).
    std::vector<double> continuous, coarse;
    for (int i = 0; i < 4000; ++i) {
        continuous.push_back(uniform() * uniform() * 50.0);
        coarse.push_back(std::round(uniform() * 20.0) / 2.0);
    }
    for (const auto &refValues : {continuous, coarse}) {
        const ReferenceProfile profile = buildNumeric(refValues);
        const NumericProfile &p = profile.features.at(0).num;
        for (std::size_t size : {1u, 3u, 17u, 250u, 1000u, 20000u}) {
            std::vector<double> window;
            for (std::size_t i = 0; i < size; ++i) {
                const double r = uniform();
                window.push_back(r < 0.05  ? p.min - 1.0
                                 : r < 0.1 ? p.max + 1.0
                                 : r < 0.3
                                     ? p.knotX[static_cast<std::size_t>(uniform() * 1000.0)] // on a knot
                                 : r < 0.35 ? p.min
                                            : uniform() * (p.max - p.min) + p.min);
            }
            std::sort(window.begin(), window.end());
            const auto got = drift::ks(p, window);
            QVERIFY(got.has_value());
            // Bit for bit (QCOMPARE on doubles would allow a relative 1e-12).
            QCOMPARE(std::bit_cast<quint64>(got->statistic), std::bit_cast<quint64>(oracle(p, window)));
        }
    }
}

QTEST_MAIN(TestStatisticsDrift)
#include "tst_statistics_drift.moc"
