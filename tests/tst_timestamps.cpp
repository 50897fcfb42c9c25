// Date-time parsing and the window timestamp format of existing deployments.
#include "json/Timestamps.h"

#include <QTest>

using namespace assurance::timestamps;

static constexpr qint64 kRefused = std::numeric_limits<qint64>::min();

class TestTimestamps : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void iso8601_data();
    void iso8601();
    void windowTimestamps();
};

void TestTimestamps::iso8601_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // kRefused: not accepted
    QTest::newRow("spec example") << "2025-10-27T16:22:57.123Z" << qint64(1761582177123);
    QTest::newRow("no fraction") << "2025-10-27T16:22:57Z" << qint64(1761582177000);
    QTest::newRow("micro truncated") << "2025-10-27T16:22:57.123999Z" << qint64(1761582177123);
    QTest::newRow("one digit") << "2025-10-27T16:22:57.1Z" << qint64(1761582177100);
    QTest::newRow("offset") << "2025-10-27T18:22:57+02:00" << qint64(1761582177000);
    QTest::newRow("negative offset") << "2025-10-27T11:22:57-05:00" << qint64(1761582177000);
    QTest::newRow("space") << "2025-10-27 16:22:57Z" << qint64(1761582177000);
    QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << qint64(0);
    QTest::newRow("before epoch") << "1969-12-31T23:59:59.500Z" << qint64(-500);
    QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << qint64(1709164800000);
    QTest::newRow("not leap") << "2025-02-29T00:00:00Z" << kRefused;
    QTest::newRow("no zone") << "2025-10-27T16:22:57" << kRefused;
    QTest::newRow("hour 24") << "2025-10-27T24:00:00Z" << kRefused;
    QTest::newRow("second 60") << "2025-10-27T16:22:60Z" << kRefused;
    QTest::newRow("month 13") << "2025-13-01T00:00:00Z" << kRefused;
    QTest::newRow("empty fraction") << "2025-10-27T16:22:57.Z" << kRefused;
    QTest::newRow("trailing") << "2025-10-27T16:22:57Zx" << kRefused;
    QTest::newRow("underscores") << "2025-10-27T16_22_57Z" << kRefused; // only in window timestamps
    QTest::newRow("words") << "yesterday" << kRefused;
    QTest::newRow("empty") << "" << kRefused;
}

void TestTimestamps::iso8601() {
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const auto parsed = parseIso8601(text.toStdString());
    if (expected == kRefused)
        QVERIFY(!parsed);
    else
        QCOMPARE(qint64(*parsed), expected);
}

void TestTimestamps::windowTimestamps() {
    QCOMPARE(formatWindowTimestamp(1761582180000), std::string("2025-10-27T16_23_00Z"));
    QCOMPARE(formatWindowTimestamp(1761582180999), std::string("2025-10-27T16_23_00Z")); // whole seconds
    QCOMPARE(formatWindowTimestamp(0), std::string("1970-01-01T00_00_00Z"));
    QCOMPARE(formatWindowTimestamp(-1), std::string("1969-12-31T23_59_59Z"));
    QCOMPARE(formatIso8601Ms(1761582177123), std::string("2025-10-27T16:22:57.123Z"));
    QCOMPARE(*parseWindowTimestamp("2025-10-27T16_22_57Z"), std::int64_t(1761582177000));
    QCOMPARE(*parseWindowTimestamp("2025-10-27T16:22:57Z"), std::int64_t(1761582177000));
    QVERIFY(!parseWindowTimestamp("2025-10-27T16_22_57"));
    QVERIFY(!parseWindowTimestamp("2025-10-27 16_22_57Z"));
    // Round trip over several years of window ends.
    for (std::int64_t t = 946684800000; t < 4102444800000; t += 7 * 86400000LL + 13 * 60000)
        QCOMPARE(*parseWindowTimestamp(formatWindowTimestamp(t)), t - t % 1000);
}

QTEST_GUILESS_MAIN(TestTimestamps)
#include "tst_timestamps.moc"
