// The console on the Direct source, against a real redis-server (and the mock Kafka cluster for
// the provisional view): history and the SPEC seed payload on connect, live updates over
// assurance:updates, recovery after Redis restarts. Saves a screenshot.
#include "ConsoleStore.h"
#include "KafkaFixture.h"
#include "MainWindow.h"
#include "Presentation.h"
#include "RedisFixture.h"
#include "dialogs/ConnectionDialog.h"
#include "models/AlertListModel.h"
#include "models/LabelBreakdownModel.h"
#include "models/LabelHistoryModel.h"
#include "models/ModelListModel.h"
#include "models/ViolationTableModel.h"
#include "redis/SnapshotStore.h"
#include "sources/ConnectionSettings.h"
#include "sources/DirectTelemetrySource.h"
#include "sources/EvidenceTelemetrySource.h"
#include "sources/WorkerThread.h"
#include "tabs/AssuranceLabelTab.h"
#include "tabs/LabelHistoryPane.h"
#include "tabs/RealTimeMetricsTab.h"
#include "widgets/LabelCard.h"
#include "widgets/LabelHistoryChart.h"
#include "widgets/MetricChart.h"
#include "json/Timestamps.h"

#include <QCoroTask>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
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
    void stopNeverWaits();
    void consumerLagOfTheAgentsGroup();
    void olderHistoryIsPulledOnDemand();
    void aPasswordIsAskedForWithoutBlocking();
    void labelHistoryWithItsChain();
};

namespace {
// Accepts the save dialog the pane opened (non-blocking) with `path`.
bool acceptSaveDialog(QWidget *parent, const QString &path) {
    QFileDialog *dialog = nullptr;
    for (int i = 0; i < 100 && !dialog; ++i) {
        const auto dialogs = parent->findChildren<QFileDialog *>();
        for (QFileDialog *d : dialogs)
            if (d->isVisible())
                dialog = d;
        if (!dialog)
            QTest::qWait(20);
    }
    if (!dialog)
        return false;
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Save button does
    return true;
}
} // namespace

// Issue 12 item 4 on Direct: the label history written by agents (label:{id}:index and
// label:{id}:{timestamp}, chained) is pulled off the GUI thread with its chain and tolerance
// versions; the tab shows it, explains a label, exports its stored bytes, follows new labels, and
// shows where a deleted label broke the chain.
void TestConsoleDirect::labelHistoryWithItsChain() {
    RedisServer redis;
    QVERIFY(redis.start());
    RedisClient client(redis.redisUrl());
    SnapshotStore writer(client);
    const std::string model = "claims-triage";
    std::string error;
    ToleranceSet v1 = defaultTolerances(model);
    ToleranceSet v2 = v1;
    v2.version = 2;
    v2.author = "alice@ops";
    v2.reason = "drift bound tightened after the model review";
    v2.changedAtMs = SystemClock().nowMs() / 60'000 * 60'000 - 8 * 3600'000LL;
    v2.find(SeedMetric::FeatureDrift)->warning = 0.06;
    QVERIFY2(writer.writeToleranceSet(model, serializeTolerances(v1), &error), error.c_str());
    QVERIFY2(writer.writeToleranceSet(model, serializeTolerances(v2), &error), error.c_str());

    // Fifteen hours of ten-minute windows: an accuracy dip, a drift incident, and the tolerance
    // change half-way.
    const std::int64_t now = SystemClock().nowMs() / 60'000 * 60'000;
    constexpr int n = 90;
    std::vector<ProcessedWindow> windows;
    std::string head;
    for (int i = 0; i < n; ++i) {
        const double accuracy = i >= 20 && i < 32 ? 0.86 : 0.95 - (i % 4) / 100.0;
        const double drift = i >= 55 && i < 63 ? 0.31 : 0.03 + (i % 5) / 100.0;
        ProcessedWindow p = window(model, now - (n - i) * 600'000LL, accuracy, drift);
        p.snapshot[SeedMetric::FailureRate] = MetricValue::real(i >= 58 && i < 61 ? 0.03 : 0.01);
        p.label = assessSnapshot(p.snapshot, i < 45 ? v1 : v2);
        chainLabel(p.label, head);
        head = p.label.hash;
        windows.push_back(std::move(p));
    }
    std::vector<const ProcessedWindow *> all;
    for (const auto &w : windows)
        all.push_back(&w);
    for (const auto &r : writer.writeWindows(all, 0))
        QCOMPARE(int(r.outcome), int(SnapshotStore::Outcome::Written));
    auto stored = [&](int i) {
        return redis.command(
            {QStringLiteral("GET"),
             QString::fromStdString(SnapshotStore::labelHistoryKey(
                 model, timestamps::formatWindowTimestamp(windows[i].snapshot.windowEndMs)))});
    };

    ConsoleStore store;
    MainWindow mainWindow(&store);
    DirectTelemetrySource::Options options;
    options.redis = redis.redisUrl();
    DirectTelemetrySource source(options);
    mainWindow.attachSource(&source);

    // The source API: ascending, the stored bytes, the chain, the tolerance versions, progress.
    std::uint64_t lastDone = 0, lastTotal = 0;
    TelemetrySource::PullOptions pull;
    pull.progress = [&](std::uint64_t done, std::uint64_t total) {
        lastDone = done;
        lastTotal = total;
    };
    LabelHistoryResult result =
        QCoro::waitFor(source.pullLabelHistory(model, now - 24 * 3600'000LL, now, pull));
    QCOMPARE(int(result.outcome), int(LabelHistoryResult::Outcome::Done));
    QCOMPARE(result.labels.size(), std::size_t(n));
    for (int i = 0; i < n; ++i)
        QCOMPARE(result.labels[std::size_t(i)].label.windowEndMs,
                 windows[std::size_t(i)].snapshot.windowEndMs);
    QCOMPARE(QByteArray::fromStdString(result.labels[7].json), stored(7));
    QCOMPARE(result.labels[7].provenance, LabelProvenance::Stored);
    QVERIFY(!result.chainBreak);
    QVERIFY(result.problems.empty());
    QCOMPARE(result.tolerances.size(), std::size_t(2));
    QCOMPARE(result.tolerances.at(2).author, std::string("alice@ops"));
    QTRY_COMPARE_WITH_TIMEOUT(lastDone, std::uint64_t(n), 2000);
    QCOMPARE(lastTotal, std::uint64_t(n));
    // A sub-range, and a range without labels.
    const std::int64_t mid = windows[40].snapshot.windowEndMs;
    result = QCoro::waitFor(source.pullLabelHistory(model, mid, mid + 9 * 600'000LL, {}));
    QCOMPARE(result.labels.size(), std::size_t(10));
    QVERIFY(!result.chainBreak); // the first label of a range only has to verify itself
    result = QCoro::waitFor(source.pullLabelHistory(model, 0, 1000, {}));
    QCOMPARE(int(result.outcome), int(LabelHistoryResult::Outcome::Done));
    QVERIFY(result.labels.empty());
    TelemetrySource::PullOptions cancelled;
    cancelled.cancel = std::make_shared<std::atomic<bool>>(true);
    QCOMPARE(int(QCoro::waitFor(source.pullLabelHistory(model, 0, now, cancelled)).outcome),
             int(LabelHistoryResult::Outcome::Cancelled));

    // The same labels from an evidence pack: the pack's bytes are the stored bytes.
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("pack.tar"));
        const std::int64_t since = windows[10].snapshot.windowEndMs, until = windows[30].snapshot.windowEndMs;
        QProcess ctl;
        ctl.start(QStringLiteral(ASSURANCE_CTL),
                  {QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--redis"),
                   QString::fromStdString(redis.url()), QStringLiteral("--models"),
                   QString::fromStdString(model), QStringLiteral("--since"),
                   QString::fromStdString(timestamps::formatIso8601Ms(since)), QStringLiteral("--until"),
                   QString::fromStdString(timestamps::formatIso8601Ms(until)), QStringLiteral("--out"), pack,
                   QStringLiteral("--audit-db"), dir.filePath(QStringLiteral("a.db"))});
        QVERIFY(ctl.waitForFinished(30000));
        QVERIFY2(ctl.exitCode() == 0, ctl.readAllStandardError().constData());
        EvidenceTelemetrySource evidence(pack, {});
        QSignalSpy loaded(&evidence, &EvidenceTelemetrySource::loaded);
        QCOMPARE(int(QCoro::waitFor(evidence.pullLabelHistory(model, since, until, {})).outcome),
                 int(LabelHistoryResult::Outcome::Failed)); // not loaded yet
        evidence.start();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        const LabelHistoryResult packed = QCoro::waitFor(evidence.pullLabelHistory(model, since, until, {}));
        QCOMPARE(int(packed.outcome), int(LabelHistoryResult::Outcome::Done));
        QCOMPARE(packed.labels.size(), std::size_t(21));
        QVERIFY(!packed.chainBreak);
        for (std::size_t i = 0; i < packed.labels.size(); ++i) {
            QCOMPARE(packed.labels[i].label.windowEndMs, windows[10 + i].snapshot.windowEndMs);
            QCOMPARE(QByteArray::fromStdString(packed.labels[i].json), stored(int(10 + i)));
        }
        QVERIFY(packed.tolerances.count(1) == 1);
        evidence.stop();
    }

    // The tab: pick the model, see the history, the chain, why the selected label is what it is.
    mainWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&mainWindow));
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(store.models()->rowCount(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(store.label(model) != nullptr, 5000);
    mainWindow.tabs()->setCurrentIndex(MainWindow::AssuranceLabelPage);
    AssuranceLabelTab *tab = mainWindow.assuranceLabels();
    QTRY_VERIFY_WITH_TIMEOUT(tab->card(QString::fromStdString(model)) != nullptr, 5000);
    QVERIFY(!tab->showingHistory());
    Q_EMIT tab->card(QString::fromStdString(model))->historyRequested(QString::fromStdString(model));
    QVERIFY(tab->showingHistory());
    LabelHistoryPane *pane = tab->history();
    QTRY_VERIFY_WITH_TIMEOUT(!pane->pulling(), 10000);
    QCOMPARE(pane->historyModel()->rowCount(), n);
    QVERIFY2(pane->chainText().contains(QStringLiteral("Chain consistent")), qPrintable(pane->chainText()));
    QVERIFY(!pane->chainText().contains(QStringLiteral("verified")));
    QCOMPARE(pane->chart()->pointCount(), n);
    QCOMPARE(pane->chart()->toleranceChanges(), 1);
    QVERIFY(pane->chart()->markerCount() > 0);
    // Row 0 is the newest label, selected.
    QCOMPARE(pane->selectedLabel()->label.windowEndMs, windows[n - 1].snapshot.windowEndMs);
    // The drift incident under v2: the breakdown says what it cost and which rule applied.
    pane->selectRow(n - 1 - 59);
    const HistoryLabel *incident = pane->selectedLabel();
    QCOMPARE(incident->label.windowEndMs, windows[59].snapshot.windowEndMs);
    QCOMPARE(incident->label.verdict, Verdict::NotAssured);
    LabelBreakdownModel *breakdown = pane->card()->breakdown();
    QCOMPARE(breakdown->rowCount(), int(kSeedMetricCount));
    const int drift = int(SeedMetric::FeatureDrift);
    QCOMPARE(breakdown->index(drift, LabelBreakdownModel::Status).data().toString(),
             QStringLiteral("Critical"));
    QCOMPARE(breakdown->index(drift, LabelBreakdownModel::Rule).data().toString(),
             QStringLiteral("> 0.060 · > 0.250"));
    QVERIFY(breakdown->index(drift, LabelBreakdownModel::Status)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("critical bound 0.250")));
    QVERIFY2(pane->explanationText().contains(QStringLiteral("Not assured: Feature drift (PSI) critical")),
             qPrintable(pane->explanationText()));
    QVERIFY(pane->toleranceText().contains(QStringLiteral("Tolerances v2 in force")));
    QVERIFY(pane->toleranceText().contains(QStringLiteral("alice@ops")));
    QVERIFY(!pane->card()->table()->isColumnHidden(LabelBreakdownModel::Points));
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    QTest::qWait(200);
    QVERIFY(mainWindow.grab().save(QStringLiteral("/tmp/shots/labels-direct-history.png")));

    // Export: the JSON is the stored bytes exactly; the PNG is the card.
    QTemporaryDir out;
    QSignalSpy exported(pane, &LabelHistoryPane::exported);
    pane->exportJson();
    QVERIFY(acceptSaveDialog(pane, out.filePath(QStringLiteral("label.json"))));
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 5000);
    QVERIFY(exported.at(0).at(1).toBool());
    QFile json(out.filePath(QStringLiteral("label.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(json.readAll(), stored(59));
    pane->exportPng();
    QVERIFY(acceptSaveDialog(pane, out.filePath(QStringLiteral("card.png"))));
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 5000);
    const QImage png(out.filePath(QStringLiteral("card.png")));
    QVERIFY(!png.isNull());
    QCOMPARE(png.size(), pane->card()->grab().size());
    QVERIFY(png.save(QStringLiteral("/tmp/shots/labels-direct-card-export.png")));

    // An agent writes the next window: the shown range follows it, the selection stays.
    ProcessedWindow next = window(model, now, 0.96, 0.03);
    next.label = assessSnapshot(next.snapshot, v2);
    chainLabel(next.label, head);
    QVERIFY2(writer.writeWindow(next, 0, &error), error.c_str());
    QTRY_COMPARE_WITH_TIMEOUT(pane->historyModel()->rowCount(), n + 1, 10000);
    QCOMPARE(pane->historyModel()->labelAt(0)->label.windowEndMs, now);
    QCOMPARE(pane->selectedLabel()->label.windowEndMs, windows[59].snapshot.windowEndMs);
    QVERIFY(pane->chainText().contains(QStringLiteral("Chain consistent")));

    // A label deleted from the middle: the chain breaks at the label after the hole, and says so.
    const std::string gone = timestamps::formatWindowTimestamp(windows[60].snapshot.windowEndMs);
    QCOMPARE(redis.command({QStringLiteral("DEL"),
                            QString::fromStdString(SnapshotStore::labelHistoryKey(model, gone))}),
             QByteArray("1"));
    result = QCoro::waitFor(source.pullLabelHistory(model, now - 24 * 3600'000LL, now, {}));
    QCOMPARE(result.labels.size(), std::size_t(n));
    QVERIFY(result.chainBreak);
    QCOMPARE(result.chainBreak->index, std::size_t(60));
    QCOMPARE(result.labels[60].label.windowEndMs, windows[61].snapshot.windowEndMs);
    QCOMPARE(result.problems.size(), std::size_t(1));
    QVERIFY(result.problems.front().find(gone) != std::string::npos);
    pane->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!pane->pulling(), 10000);
    QVERIFY2(pane->chainText().contains(QStringLiteral("gap at ") +
                                        formatTime(windows[61].snapshot.windowEndMs, true)),
             qPrintable(pane->chainText()));
    QVERIFY(pane->chainText().contains(QStringLiteral("1 value(s) of the record could not be used")));
    QVERIFY(pane->chart()->showsChainBreak());
    const int breakRow = pane->historyModel()->rowOfIndex(60);
    QVERIFY(pane->historyModel()->index(breakRow, 0).data(LabelHistoryModel::ChainBreakRole).toBool());
    pane->selectRow(breakRow);
    QTest::qWait(200);
    QVERIFY(mainWindow.grab().save(QStringLiteral("/tmp/shots/labels-direct-gap.png")));
    tab->showOverview();
    QTest::qWait(150);
    QVERIFY(mainWindow.grab().save(QStringLiteral("/tmp/shots/labels-direct-overview.png")));
    source.stop();
}

// The password is never stored: when Redis wants one, the console opens Connect… pre-filled, by
// itself and without blocking (the dialog is window-modal; the event loop goes on).
void TestConsoleDirect::aPasswordIsAskedForWithoutBlocking() {
    RedisServer redis;
    QVERIFY(redis.start({QStringLiteral("--requirepass"), QStringLiteral("s3cret")}));
    ConsoleStore store;
    MainWindow window(&store);
    ConnectionSettings settings;
    settings.kind = SourceKind::Direct;
    settings.redisUrl = QString::fromStdString(redis.url()) + QStringLiteral("/0");
    window.setConnectionSettings(settings);
    QString error;
    auto source = createSource(settings, &error);
    QVERIFY(source);
    window.attachSource(source.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    source->start();
    QTRY_VERIFY_WITH_TIMEOUT(window.connectDialog() != nullptr, 10000);
    QCOMPARE(source->status(TelemetrySource::Part::Record).reason,
             TelemetrySource::Reason::AuthenticationFailed);
    QVERIFY(window.statusText().contains(QStringLiteral("needs a password")));
    ConnectionDialog *dialog = window.connectDialog();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->settings().redisUrl, settings.redisUrl);
    QCOMPARE(dialog->settings().kind, SourceKind::Direct);
    // Asked once per source, not at every retry.
    QTest::qWait(600);
    QCOMPARE(window.findChildren<ConnectionDialog *>().size(), qsizetype(1));
    dialog->reject();
    source->stop();
}

// The status bar's lag (SPEC.md): Σ (high watermark − the agents' committed offset), read without
// joining their group.
void TestConsoleDirect::consumerLagOfTheAgentsGroup() {
    MockKafkaCluster kafka;
    QVERIFY(kafka.start({QStringLiteral("lagged:1")}));
    QByteArray lines;
    for (int i = 0; i < 30; ++i)
        lines += "m\t{\"model_id\":\"m\",\"prediction\":0.5,\"status\":\"ok\"}\n";
    QVERIFY(kafka.produceWithKcat(QStringLiteral("lagged"), lines));
    {
        // An agent of group "agents" has made 10 messages durable and committed them.
        KafkaSettings agent;
        agent.brokers = kafka.bootstrap().toStdString();
        agent.topics = {"lagged"};
        agent.groupId = "agents";
        agent.start = KafkaSettings::Start::Earliest;
        agent.properties = {{"session.timeout.ms", "6000"}};
        KafkaConsumer consumer;
        std::string error;
        QVERIFY2(consumer.open(agent, KafkaConsumer::Mode::Subscribe, &error), error.c_str());
        int seen = 0;
        QElapsedTimer t;
        t.start();
        while (seen < 10 && t.elapsed() < 20'000)
            seen += std::max(0, consumer.poll(100, 200, [](const KafkaRecord &) {}));
        QVERIFY(seen >= 10);
        QVERIFY(consumer.storeOffset({"lagged", 0}, 10));
        QVERIFY(consumer.commitSync());
        consumer.close();
    }
    KafkaSettings console;
    console.brokers = kafka.bootstrap().toStdString();
    console.topics = {"lagged"};
    console.groupId = "agents";
    console.start = KafkaSettings::Start::Committed;
    KafkaConsumer reader;
    std::string error;
    QVERIFY2(reader.open(console, KafkaConsumer::Mode::Assign, &error), error.c_str());
    QCOMPARE(reader.groupLag(2000), std::optional<std::int64_t>(20));
    reader.close();

    // The console shows it.
    RedisServer redis;
    QVERIFY(redis.start());
    ConsoleStore store;
    MainWindow window(&store);
    DirectTelemetrySource::Options options;
    options.redis = redis.redisUrl();
    options.kafka = console;
    DirectTelemetrySource source(options);
    window.attachSource(&source);
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(store.consumerLag(), std::optional<std::int64_t>(20), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains(QStringLiteral("agents' lag 20 messages")), 2000);
    QVERIFY(window.statusText().contains(QStringLiteral("live: running")));
    source.stop();
}

// Connecting reads the last 24 hours; older ranges come through pullHistory, answered
// asynchronously with progress, and cancellable.
void TestConsoleDirect::olderHistoryIsPulledOnDemand() {
    RedisServer redis;
    QVERIFY(redis.start());
    RedisClient client(redis.redisUrl());
    SnapshotStore writer(client);
    const std::int64_t t0 = 1761580800000;
    std::vector<ProcessedWindow> windows;
    for (int i = 0; i < 30 * 60; ++i)
        windows.push_back(window("m", t0 + i * 60'000LL, 0.95, 0.02));
    std::vector<const ProcessedWindow *> all;
    for (const auto &w : windows)
        all.push_back(&w);
    for (const auto &r : writer.writeWindows(all, 0))
        QCOMPARE(int(r.outcome), int(SnapshotStore::Outcome::Written));

    ConsoleStore store;
    DirectTelemetrySource::Options options;
    options.redis = redis.redisUrl();
    DirectTelemetrySource source(options);
    QObject::connect(&source, &TelemetrySource::frameReady, &store, &ConsoleStore::applyFrame);
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(store.history("m").size(), std::size_t(24 * 60 + 1), 10000);

    // The first six hours, which the connect did not read.
    std::uint64_t lastDone = 0, lastTotal = 0;
    TelemetrySource::PullOptions pull;
    pull.progress = [&](std::uint64_t done, std::uint64_t total) {
        lastDone = done;
        lastTotal = total;
    };
    const HistoryPullResult older =
        QCoro::waitFor(source.pullHistory("m", t0, t0 + 6 * 3600'000LL - 1, pull));
    QCOMPARE(int(older.outcome), int(HistoryPullResult::Outcome::Done));
    QCOMPARE(older.windows.size(), std::size_t(360));
    QCOMPARE(older.windows.front().windowEndMs, t0);
    QCOMPARE(older.windows.back().windowEndMs, t0 + 359 * 60'000LL);
    QTRY_COMPARE_WITH_TIMEOUT(lastDone, std::uint64_t(360), 2000);
    QCOMPARE(lastTotal, std::uint64_t(360));

    TelemetrySource::PullOptions cancelled;
    cancelled.cancel = std::make_shared<std::atomic<bool>>(true);
    QCOMPARE(int(QCoro::waitFor(source.pullHistory("m", t0, t0 + 24 * 3600'000LL, cancelled)).outcome),
             int(HistoryPullResult::Outcome::Cancelled));
    TelemetrySource::PullOptions hurried;
    hurried.timeout = std::chrono::milliseconds(0);
    QCOMPARE(int(QCoro::waitFor(source.pullHistory("m", t0, t0 + 24 * 3600'000LL, hurried)).outcome),
             int(HistoryPullResult::Outcome::TimedOut));
    source.stop();
}

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
    // The agents use 30 s windows here: the console's live view must use the same length.
    for (int i = 60; i >= 1; --i)
        QVERIFY(store.writeWindow(
            window("claims-triage", now - i * 30'000, 0.9 + (i % 7) / 100.0, i % 20 < 4 ? 0.3 : 0.04), 0,
            &error));
    // The rest of an agent's record: an acknowledged episode, a tolerance set, a config.
    ViolationEpisode drift;
    drift.id = "claims-triage:feature_drift:" + timestamps::formatWindowTimestamp(now - 40 * 30'000);
    drift.modelId = "claims-triage";
    drift.metric = SeedMetric::FeatureDrift;
    drift.severity = drift.currentSeverity = Severity::Critical;
    drift.observed = 0.3;
    drift.bound = 0.25;
    drift.openedMs = drift.lastSeenMs = now - 40 * 30'000;
    drift.closedMs = now - 36 * 30'000;
    drift.count = 4;
    drift.status = EpisodeStatus::Acknowledged;
    drift.actor = "alice@ops";
    drift.note = "upstream schema change, fixed";
    redis.cli({QStringLiteral("HSET"), QStringLiteral("violations:claims-triage"),
               QString::fromStdString(drift.id), QString::fromStdString(serializeEpisode(drift))});
    ToleranceSet tolerances = defaultTolerances("claims-triage");
    tolerances.version = 3;
    redis.cli({QStringLiteral("SET"), QStringLiteral("tolerances:claims-triage"),
               QString::fromStdString(serializeTolerances(tolerances))});
    redis.cli({QStringLiteral("SET"), QStringLiteral("model:config:claims-triage"),
               QStringLiteral("{\"display_name\": \"Claims triage\", \"task\": \"classification\"}")});
    // A label changed after it was written (its tolerance version): its hash no longer matches.
    std::string altered = serializeLabel(window("flood-risk-predictor", now - 60'000, 0.95, 0.02).label);
    const std::string version = "\"tolerance_version\": 1,";
    QVERIFY(altered.find(version) != std::string::npos);
    altered.replace(altered.find(version), version.size(), "\"tolerance_version\": 7,");
    redis.cli({QStringLiteral("SET"), QStringLiteral("label:flood-risk-predictor"),
               QString::fromStdString(altered)});

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
    QTRY_VERIFY_WITH_TIMEOUT(mainWindow.statusText().contains(QStringLiteral("record: running")), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        mainWindow.assuranceLabels()->card(QStringLiteral("flood-risk-predictor")) &&
            mainWindow.assuranceLabels()->card(QStringLiteral("flood-risk-predictor"))->gradeText() ==
                QStringLiteral("A"),
        5000);
    // The record as the agents wrote it, not recomputed: the stored episode with its
    // acknowledgement, the tolerance version, the display name, and each model's stored label.
    QCOMPARE(consoleStore.violations()->rowCount(), 1);
    const ViolationEpisode *shown = consoleStore.violations()->find(drift.id);
    QVERIFY(shown);
    QCOMPARE(shown->status, EpisodeStatus::Acknowledged);
    QCOMPARE(shown->note, drift.note);
    QCOMPARE(consoleStore.alerts()->rowCount(), 0); // what was there on connect is not news
    QCOMPARE(consoleStore.tolerances("claims-triage")->version, 3);
    QCOMPARE(consoleStore.displayName("claims-triage"), std::string("Claims triage"));
    QCOMPARE(consoleStore.label("claims-triage")->windowEndMs, now - 30'000);
    // An unkeyed hash proves consistency, not authorship: "consistent", never "verified".
    QCOMPARE(consoleStore.labelProvenance("claims-triage"), LabelProvenance::Stored);
    QCOMPARE(consoleStore.labelProvenance("flood-risk-predictor"), LabelProvenance::Altered);
    QVERIFY(mainWindow.assuranceLabels()
                ->card(QStringLiteral("claims-triage"))
                ->metaText()
                .contains(QStringLiteral("consistent")));
    QVERIFY(!mainWindow.assuranceLabels()
                 ->card(QStringLiteral("claims-triage"))
                 ->metaText()
                 .contains(QStringLiteral("verified")));
    QVERIFY(mainWindow.assuranceLabels()
                ->card(QStringLiteral("flood-risk-predictor"))
                ->metaText()
                .contains(QStringLiteral("does not match")));

    // A live provisional view from Kafka: events produced now show in the log and the open window.
    QByteArray events;
    for (int i = 0; i < 50; ++i)
        events += "claims-triage\t{\"model_id\":\"claims-triage\",\"txid_hash\":\"k" + QByteArray::number(i) +
                  "\",\"ts\":\"" +
                  QByteArray::fromStdString(timestamps::formatIso8601Ms(SystemClock().nowMs())) +
                  "\",\"prediction\":0.7,\"label\":1,\"confidence\":0.9,\"status\":\"ok\"}\n";
    // And a model the record does not know yet, seen only in Kafka.
    events += "kafka-only\t{\"model_id\":\"kafka-only\",\"ts\":\"" +
              QByteArray::fromStdString(timestamps::formatIso8601Ms(SystemClock().nowMs())) +
              "\",\"prediction\":0.4,\"status\":\"ok\"}\n";
    QVERIFY(kafka.produceWithKcat(QStringLiteral("model-telemetry"), events));
    QTRY_VERIFY_WITH_TIMEOUT(consoleStore.provisional("claims-triage") != nullptr, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(consoleStore.acceptedTotal() >= 50, 10000);
    // Its charts get the shipped tolerance bands until the agents write a set for it.
    QTRY_VERIFY_WITH_TIMEOUT(consoleStore.tolerances("kafka-only") != nullptr, 5000);
    QCOMPARE(consoleStore.tolerances("kafka-only")->version, 1);
    // The open window is as long as the agents' (30 s, read off the history): throughput is per second of it.
    const Snapshot *open = consoleStore.provisional("claims-triage");
    QCOMPARE(open->windowEndMs % 30'000, std::int64_t(0));
    QCOMPARE(*open->number("throughput_eps") * 30.0, *open->number("events"));

    // The agents open an episode and change a tolerance set: both arrive, the episode as an alert.
    ViolationEpisode failures = drift;
    failures.id = "claims-triage:failure_rate:" + timestamps::formatWindowTimestamp(now);
    failures.metric = SeedMetric::FailureRate;
    failures.openedMs = failures.lastSeenMs = now;
    failures.closedMs.reset();
    failures.count = 1;
    failures.status = EpisodeStatus::Open;
    failures.actor.clear();
    failures.note.clear();
    redis.cli({QStringLiteral("HSET"), QStringLiteral("violations:claims-triage"),
               QString::fromStdString(failures.id), QString::fromStdString(serializeEpisode(failures))});
    redis.cli(
        {QStringLiteral("PUBLISH"), QStringLiteral("assurance:updates"),
         QStringLiteral("{\"type\": \"violation\", \"model_id\": \"claims-triage\", \"timestamp\": \"\"}")});
    tolerances.version = 4;
    redis.cli({QStringLiteral("SET"), QStringLiteral("tolerances:claims-triage"),
               QString::fromStdString(serializeTolerances(tolerances))});
    redis.cli(
        {QStringLiteral("PUBLISH"), QStringLiteral("assurance:updates"),
         QStringLiteral("{\"type\": \"tolerances\", \"model_id\": \"claims-triage\", \"timestamp\": \"\"}")});
    QTRY_COMPARE_WITH_TIMEOUT(consoleStore.violations()->rowCount(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(consoleStore.alerts()->rowCount(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(consoleStore.tolerances("claims-triage")->version, 4, 5000);

    // A window written by an agent now arrives through assurance:updates.
    QVERIFY(store.writeWindow(window("claims-triage", now, 0.95, 0.02), 0, &error));
    QTRY_COMPARE_WITH_TIMEOUT(consoleStore.history("claims-triage").size(), std::size_t(61), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(consoleStore.label("claims-triage")->windowEndMs, now,
                              5000); // its stored label

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
    QTRY_VERIFY_WITH_TIMEOUT(
        mainWindow.statusText().contains(QStringLiteral("record: connection lost, reconnecting")), 10000);
    QVERIFY(redis.start());
    RedisClient again(redis.redisUrl());
    SnapshotStore store2(again);
    QVERIFY(store2.writeWindow(window("claims-triage", now + 30'000, 0.93, 0.02), 0, &error));
    QTRY_COMPARE_WITH_TIMEOUT(consoleStore.history("claims-triage").size(), std::size_t(62), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(mainWindow.statusText().contains(QStringLiteral("record: running")), 10000);
    source.stop();
}

void TestConsoleDirect::stopNeverWaits() {
    // Kafka unreachable: the worker sits in a metadata request (up to 10 s). Stopping (switching
    // sources, closing the window) must not wait for it on the GUI thread.
    RedisServer redis;
    QVERIFY(redis.start());
    QTcpServer silent; // accepts connections and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    DirectTelemetrySource::Options options;
    options.redis = redis.redisUrl();
    KafkaSettings settings;
    settings.brokers = "127.0.0.1:" + std::to_string(silent.serverPort());
    options.kafka = settings;
    auto source = std::make_unique<DirectTelemetrySource>(options);
    QSignalSpy frames(source.get(), &TelemetrySource::frameReady);
    source->start();
    QTRY_VERIFY_WITH_TIMEOUT(source->state() == TelemetrySource::State::Running || frames.count() > 0, 10000);
    QTest::qWait(300); // the worker is now inside the Kafka open
    QElapsedTimer t;
    t.start();
    source->stop();
    source.reset();
    QVERIFY2(t.elapsed() < 200, qPrintable(QString::number(t.elapsed())));
    // The worker was inside a Kafka open (10 s when the broker never answers): stop() interrupts it,
    // so it ends within the 2 s the console waits at exit.
    QElapsedTimer exit;
    exit.start();
    QVERIFY(WorkerThread::awaitRetired(std::chrono::seconds(2)));
    QVERIFY2(exit.elapsed() < 2000, qPrintable(QString::number(exit.elapsed())));
}

QTEST_MAIN(TestConsoleDirect)
#include "tst_console_direct.moc"
