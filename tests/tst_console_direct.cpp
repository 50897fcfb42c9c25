// The console on the Direct source, against a real redis-server (and the mock Kafka cluster for
// the provisional view): history and the SPEC seed payload on connect, live updates over
// assurance:updates, recovery after Redis restarts. Saves a screenshot.
#include "ConsoleStore.h"
#include "KafkaFixture.h"
#include "MainWindow.h"
#include "RedisFixture.h"
#include "models/ModelListModel.h"
#include "redis/SnapshotStore.h"
#include "sources/DirectTelemetrySource.h"
#include "tabs/AssuranceLabelTab.h"
#include "tabs/RealTimeMetricsTab.h"
#include "widgets/LabelCard.h"
#include "widgets/MetricChart.h"
#include "json/Timestamps.h"

#include <QDir>
#include <QTabWidget>
#include <QTest>

using namespace assurance;
using namespace assurance::ui;

namespace {
const char *kSeed =
    R"({"timestamp": "2025-10-27T16_22_57Z", "metrics": {"accuracy": 0.92, "rmse": 1.2, "feature_drift": 0.03, "domain_violation_count": 2, "failure_rate": 0.01, "watts_per_inference": 42.0, "confidence_floor": 0.9, "confidence_variance": 0.04}})";

ProcessedWindow window(const std::string &model, std::int64_t endMs, double accuracy, double drift) {
    ProcessedWindow p;
    p.snapshot.modelId = model;
    p.snapshot.windowEndMs = endMs;
    p.snapshot[SeedMetric::Accuracy] = MetricValue::real(accuracy);
    p.snapshot[SeedMetric::FeatureDrift] = MetricValue::real(drift);
    p.snapshot[SeedMetric::FailureRate] = MetricValue::real(0.01);
    p.label = assessSnapshot(p.snapshot, defaultTolerances(model));
    return p;
}
} // namespace

class TestConsoleDirect : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsRecordAndFollowsUpdates();
};

void TestConsoleDirect::showsRecordAndFollowsUpdates() {
    RedisServer redis;
    QVERIFY(redis.start());
    // An existing deployment: the seed payload only, written by redis-cli.
    QCOMPARE(redis.cli({QStringLiteral("SET"), QStringLiteral("metrics:flood-risk-predictor"),
                        QString::fromLatin1(kSeed)}),
             QByteArray("OK"));
    // And a model written by an agent: an hour of history through the index.
    RedisClient client(redis.redisUrl());
    SnapshotStore store(client);
    const std::int64_t now = SystemClock().nowMs() / 60'000 * 60'000;
    std::string error;
    for (int i = 60; i >= 1; --i)
        QVERIFY(store.writeWindow(
            window("claims-triage", now - i * 60'000, 0.9 + (i % 7) / 100.0, i % 20 < 4 ? 0.3 : 0.04), 0,
            &error));

    MockKafkaCluster kafka;
    QVERIFY(kafka.start({QStringLiteral("model-telemetry:2")}));

    ConsoleStore consoleStore;
    MainWindow mainWindow(&consoleStore);
    DirectTelemetrySource::Options options;
    options.redis = redis.redisUrl();
    KafkaSettings settings;
    settings.brokers = kafka.bootstrap().toStdString();
    settings.start = KafkaSettings::Start::Earliest;
    options.kafka = settings;
    DirectTelemetrySource source(options);
    mainWindow.attachSource(&source);
    mainWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&mainWindow));
    source.start();

    QTRY_COMPARE_WITH_TIMEOUT(consoleStore.models()->rowCount(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(consoleStore.history("claims-triage").size(), std::size_t(60), 10000);
    QCOMPARE(consoleStore.history("flood-risk-predictor").size(), std::size_t(1)); // the latest key only
    QCOMPARE(*consoleStore.history("flood-risk-predictor").front()[SeedMetric::Accuracy].number(), 0.92);
    QVERIFY(mainWindow.statusText().contains(QStringLiteral("Running")));
    QTRY_VERIFY_WITH_TIMEOUT(
        mainWindow.assuranceLabels()->card(QStringLiteral("flood-risk-predictor")) &&
            mainWindow.assuranceLabels()->card(QStringLiteral("flood-risk-predictor"))->gradeText() ==
                QStringLiteral("A"),
        5000);

    // A live provisional view from Kafka: events produced now show in the log and the open window.
    QByteArray events;
    for (int i = 0; i < 50; ++i)
        events += "claims-triage\t{\"model_id\":\"claims-triage\",\"txid_hash\":\"k" + QByteArray::number(i) +
                  "\",\"ts\":\"" +
                  QByteArray::fromStdString(timestamps::formatIso8601Ms(SystemClock().nowMs())) +
                  "\",\"prediction\":0.7,\"label\":1,\"confidence\":0.9,\"status\":\"ok\"}\n";
    QVERIFY(kafka.produceWithKcat(QStringLiteral("model-telemetry"), events));
    QTRY_VERIFY_WITH_TIMEOUT(consoleStore.provisional("claims-triage") != nullptr, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(consoleStore.acceptedTotal() >= 50, 10000);

    // A window written by an agent now arrives through assurance:updates.
    QVERIFY(store.writeWindow(window("claims-triage", now, 0.95, 0.02), 0, &error));
    QTRY_COMPARE_WITH_TIMEOUT(consoleStore.history("claims-triage").size(), std::size_t(61), 5000);

    mainWindow.realTimeMetrics()->selectModel(QStringLiteral("claims-triage"));
    QTest::qWait(300);
    QVERIFY(mainWindow.realTimeMetrics()->charts()[0]->pointCount() >= 61);
    const QString dir = QStringLiteral(ASSURANCE_TEST_ARTIFACTS);
    QDir().mkpath(dir);
    QVERIFY(mainWindow.grab().save(dir + QStringLiteral("/console-direct-real-time.png")));
    mainWindow.tabs()->setCurrentIndex(1);
    QTest::qWait(150);
    QVERIFY(mainWindow.grab().save(dir + QStringLiteral("/console-direct-labels.png")));

    // Redis restarts (an empty one on the same port): the source says so, reconnects, and
    // follows the new record.
    redis.stop();
    QTRY_VERIFY_WITH_TIMEOUT(mainWindow.statusText().contains(QStringLiteral("reconnecting")), 10000);
    QVERIFY(redis.start());
    RedisClient again(redis.redisUrl());
    SnapshotStore store2(again);
    QVERIFY(store2.writeWindow(window("claims-triage", now + 60'000, 0.93, 0.02), 0, &error));
    QTRY_COMPARE_WITH_TIMEOUT(consoleStore.history("claims-triage").size(), std::size_t(62), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(mainWindow.statusText().contains(QStringLiteral("Running")), 10000);
    source.stop();
}

QTEST_MAIN(TestConsoleDirect)
#include "tst_console_direct.moc"
