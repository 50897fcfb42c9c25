// The real window under QT_QPA_PLATFORM=offscreen: the Demo source, switching sources, and what
// the Real-Time tab draws and when.
#include "ConsoleStore.h"
#include "MainWindow.h"
#include "Presentation.h"
#include "RedisFixture.h"
#include "assurance/EpisodeExport.h"
#include "commands/ToleranceCommand.h"
#include "dialogs/EpisodeActionDialog.h"
#include "models/EpisodeTimelineModel.h"
#include "models/InferenceLogModel.h"
#include "models/LabelBreakdownModel.h"
#include "models/LabelHistoryModel.h"
#include "models/ModelCatalogModel.h"
#include "models/ModelListModel.h"
#include "models/ToleranceEditModel.h"
#include "models/ToleranceVersionTableModel.h"
#include "models/ViolationTableModel.h"
#include "redis/SnapshotStore.h"
#include "sources/DemoTelemetrySource.h"
#include "sources/DirectTelemetrySource.h"
#include "sources/WorkerThread.h"
#include "tabs/AssuranceLabelTab.h"
#include "tabs/BaselineTolerancesTab.h"
#include "tabs/LabelHistoryPane.h"
#include "tabs/ModelConfigurationTab.h"
#include "tabs/RealTimeMetricsTab.h"
#include "tabs/ViolationsTab.h"
#include "widgets/EpisodeDetailPane.h"
#include "widgets/LabelCard.h"
#include "widgets/LabelHistoryChart.h"
#include "widgets/MetricChart.h"
#include "widgets/ViolationBreakdownCharts.h"
#include "json/Timestamps.h"

#include "widgets/ToleranceHistoryChart.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCoroTask>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace assurance;
using namespace assurance::ui;

namespace {
Snapshot snapshot(const std::string &model, std::int64_t endMs, double accuracy) {
    Snapshot s;
    s.modelId = model;
    s.windowEndMs = endMs;
    s[SeedMetric::Accuracy] = MetricValue::real(accuracy);
    s[SeedMetric::FeatureDrift] = MetricValue::real(0.02);
    s[SeedMetric::FailureRate] = MetricValue::real(0.0);
    return s;
}

constexpr std::int64_t kT0 = 1'714'564'800'000; // 2024-05-01T12:00:00Z
constexpr std::int64_t kMinute = 60'000;

ViolationEpisode episode(const std::string &model, SeedMetric metric, Severity severity, int openedMinute,
                         int lastMinute, std::optional<int> closedMinute, EpisodeStatus status) {
    ViolationEpisode e;
    e.modelId = model;
    e.metric = metric;
    e.id = model + ":" + std::string(seedMetricKey(metric)) + ":" +
           timestamps::formatWindowTimestamp(kT0 + openedMinute * kMinute);
    e.severity = e.currentSeverity = severity;
    switch (metric) { // plausible values, so the screenshots read true
    case SeedMetric::Accuracy:
        e.observed = 0.74, e.bound = 0.8;
        break;
    case SeedMetric::FailureRate:
        e.observed = 0.031, e.bound = 0.02;
        break;
    case SeedMetric::DomainViolationCount:
        e.observed = 14, e.bound = 5;
        break;
    case SeedMetric::WattsPerInference:
        e.observed = 0.61, e.bound = 0.5;
        break;
    case SeedMetric::ConfidenceFloor:
        e.observed = 0.42, e.bound = 0.5;
        break;
    default:
        e.observed = 0.31, e.bound = 0.25;
    }
    e.openedMs = kT0 + openedMinute * kMinute;
    e.lastSeenMs = kT0 + lastMinute * kMinute;
    if (closedMinute)
        e.closedMs = kT0 + *closedMinute * kMinute;
    e.count = static_cast<std::uint64_t>(lastMinute - openedMinute + 1);
    e.status = status;
    return e;
}

OperatorAction action(OperatorAction::Kind kind, const char *actor, const char *note, int minute) {
    return {kind, actor, note, kT0 + minute * kMinute};
}

// Six episodes of three models with every status, operator actions, and one that escalates.
struct WorkflowRecord {
    ViolationEpisode drift, accuracy, failures, confidence, watts, domain;
    WorkflowRecord() {
        using K = OperatorAction::Kind;
        drift = episode("fraud-detector", SeedMetric::FeatureDrift, Severity::Critical, 0, 5, 6,
                        EpisodeStatus::Resolved);
        drift.actions = {action(K::Acknowledge, "bob@ops", "retraining on last week's data", 2),
                         action(K::Resolve, "ana@risk", "new reference profile, drift back inside", 7)};
        drift.actor = "ana@risk";
        drift.note = drift.actions.back().note;
        accuracy = episode("fraud-detector", SeedMetric::Accuracy, Severity::Critical, 3, 20, std::nullopt,
                           EpisodeStatus::Acknowledged);
        accuracy.actions = {action(K::Acknowledge, "bob@ops", "labels delayed, watching", 5),
                            action(K::Note, "ana@risk", "customer notified, ticket OPS-42", 10)};
        accuracy.actor = "bob@ops";
        accuracy.note = accuracy.actions.front().note;
        failures = episode("claims-triage", SeedMetric::FailureRate, Severity::Warning, 5, 20, std::nullopt,
                           EpisodeStatus::Open);
        confidence = episode("claims-triage", SeedMetric::ConfidenceFloor, Severity::Warning, 8, 11, 12,
                             EpisodeStatus::Open);
        watts = episode("soil-moisture", SeedMetric::WattsPerInference, Severity::Critical, 15, 20,
                        std::nullopt, EpisodeStatus::Open);
        domain = episode("soil-moisture", SeedMetric::DomainViolationCount, Severity::Warning, 1, 3, 4,
                         EpisodeStatus::Acknowledged);
        domain.actions = {action(K::Acknowledge, "carl@field", "sensor swap, expected", 2)};
        domain.actor = "carl@field";
        domain.note = domain.actions.front().note;
    }
    // The first frame: every model and every episode, accuracy still a warning at 12:03.
    ConsoleFramePtr initial() const {
        auto frame = std::make_shared<ConsoleFrame>();
        RecordDelta &record = frame->record.emplace();
        record.reset = true;
        record.models = std::vector<ModelInfo>{{"claims-triage", "Claims triage", TaskType::Classification},
                                               {"fraud-detector", "Fraud detector", TaskType::Classification},
                                               {"soil-moisture", "Soil moisture", TaskType::Regression}};
        ViolationEpisode early = episode("fraud-detector", SeedMetric::Accuracy, Severity::Warning, 3, 3,
                                         std::nullopt, EpisodeStatus::Open);
        for (const ViolationEpisode *e :
             {&drift, &std::as_const(early), &failures, &confidence, &watts, &domain})
            record.episodes.push_back({EpisodeChange::Opened, *e, false});
        return frame;
    }
    // Accuracy becomes critical with the 12:04 window, then reaches its current state.
    ConsoleFramePtr escalation() const {
        auto frame = std::make_shared<ConsoleFrame>();
        RecordDelta &record = frame->record.emplace();
        ViolationEpisode at4 = episode("fraud-detector", SeedMetric::Accuracy, Severity::Critical, 3, 4,
                                       std::nullopt, EpisodeStatus::Open);
        record.episodes.push_back({EpisodeChange::Updated, at4, true});
        record.episodes.push_back({EpisodeChange::Acknowledged, accuracy, false});
        return frame;
    }
    static ConsoleFramePtr update(const ViolationEpisode &e) {
        auto frame = std::make_shared<ConsoleFrame>();
        frame->record.emplace().episodes.push_back({EpisodeChange::Updated, e, false});
        return frame;
    }
};

QModelIndex rowOf(ViolationsTab &tab, const ViolationEpisode &e) {
    QSortFilterProxyModel *proxy = tab.proxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
        if (proxy->index(row, 0).data(ViolationTableModel::EpisodeIdRole).toString() ==
            QString::fromStdString(e.id))
            return proxy->index(row, 0);
    return {};
}

// Clicks the rows as an operator does: a plain click on the first, Ctrl+click on the others.
bool clickRows(ViolationsTab &tab, std::initializer_list<const ViolationEpisode *> episodes) {
    bool first = true;
    for (const ViolationEpisode *e : episodes) {
        const QModelIndex index = rowOf(tab, *e);
        if (!index.isValid())
            return false;
        const QRect rect = tab.table()->visualRect(index);
        QTest::mouseClick(tab.table()->viewport(), Qt::LeftButton,
                          first ? Qt::KeyboardModifiers() : Qt::ControlModifier, rect.center());
        first = false;
    }
    return true;
}

struct Buttons {
    QPushButton *acknowledge, *resolve, *note;
    QString state() const {
        return QString::fromLatin1("%1%2%3")
            .arg(acknowledge->isEnabled() ? QLatin1Char('A') : QLatin1Char('-'))
            .arg(resolve->isEnabled() ? QLatin1Char('R') : QLatin1Char('-'))
            .arg(note->isEnabled() ? QLatin1Char('N') : QLatin1Char('-'));
    }
};

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A loopback port nobody listens on (a Redis that is down).
quint16 deadPort() {
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}
} // namespace

class TestConsoleGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void windowShowsLiveDemo();
    void switchingSourcesNeverShowsStaleData();
    void demoStopNeverWaits();
    void chartsRedrawOnlyWhenShownAndChanged();
    void longHistoryDrawsNoMarkers();
    void realTimeTabFollowsTheRecord();
    void labelHistoryOnDemo();
    void violationsTabWorkflow();
    void violationsTabFiltersExportAndCharts();
    void baselineTolerancesTab();
};

// Issue 12 item 4 on the Demo: its own record keeps the labels it computed (chained like an
// agent's, bounded), the source API answers from it, and the tab shows it.
void TestConsoleGui::labelHistoryOnDemo() {
    ConsoleStore store;
    MainWindow window(&store);
    DemoTelemetrySource::Options options;
    options.seed = 7;
    DemoTelemetrySource demo(options);
    window.attachSource(&demo);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Before start: nothing, and not an error.
    const std::string claims = "claims-triage-classifier";
    LabelHistoryResult none = QCoro::waitFor(demo.pullLabelHistory(claims, 0, 1, {}));
    QCOMPARE(int(none.outcome), int(LabelHistoryResult::Outcome::Done));
    demo.start();
    QTRY_COMPARE_WITH_TIMEOUT(store.models()->rowCount(), 3, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(store.label(claims) != nullptr, 10000);
    const std::int64_t now = store.lastFrameMs();

    std::uint64_t done = 0;
    TelemetrySource::PullOptions pull;
    pull.progress = [&](std::uint64_t d, std::uint64_t) { done = d; };
    const LabelHistoryResult result =
        QCoro::waitFor(demo.pullLabelHistory(claims, now - 2 * 3600'000LL, now, pull));
    QCOMPARE(int(result.outcome), int(LabelHistoryResult::Outcome::Done));
    QVERIFY2(result.labels.size() >= 55, qPrintable(QString::number(result.labels.size())));
    QCOMPARE(done, std::uint64_t(result.labels.size()));
    QVERIFY(!result.chainBreak);
    for (std::size_t i = 0; i < result.labels.size(); ++i) {
        const HistoryLabel &h = result.labels[i];
        QCOMPARE(h.provenance, LabelProvenance::Computed);
        QCOMPARE(h.json, serializeLabel(h.label));
        QVERIFY(h.label.prevHash);
        if (i > 0) {
            QCOMPARE(*h.label.prevHash, result.labels[i - 1].label.hash);
            QVERIFY(h.label.windowEndMs > result.labels[i - 1].label.windowEndMs);
        }
    }
    QCOMPARE(result.tolerances.size(), std::size_t(1));
    QCOMPARE(result.tolerances.begin()->first, result.labels.back().label.toleranceVersion);
    // The newest label is the one the cards show.
    QCOMPARE(result.labels.back().label.hash, store.label(claims)->hash);

    // Bounded: a source that keeps 10 labels a model answers with the newest 10.
    {
        DemoTelemetrySource::Options small = options;
        small.labelHistoryPerModel = 10;
        small.backfillMs = 20 * 60'000;
        DemoTelemetrySource bounded(small);
        QSignalSpy frames(&bounded, &TelemetrySource::frameReady);
        bounded.start();
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() > 0, 30000);
        const LabelHistoryResult kept =
            QCoro::waitFor(bounded.pullLabelHistory(claims, 0, now + 3600'000LL, {}));
        QCOMPARE(kept.labels.size(), std::size_t(10));
        QVERIFY(!kept.chainBreak); // the first label kept only has to verify itself
        bounded.stop();
    }

    // The tab: the claims model's history with its scripted incidents.
    window.tabs()->setCurrentIndex(MainWindow::AssuranceLabelPage);
    AssuranceLabelTab *tab = window.assuranceLabels();
    tab->showHistory(QString::fromStdString(claims));
    LabelHistoryPane *pane = tab->history();
    QTRY_VERIFY_WITH_TIMEOUT(!pane->pulling(), 10000);
    QVERIFY(pane->historyModel()->rowCount() >= 55);
    QVERIFY2(pane->chainText().contains(QStringLiteral("Chain consistent")), qPrintable(pane->chainText()));
    QVERIFY(pane->chainText().contains(QStringLiteral("Computed by this console")));
    QCOMPARE(pane->card()->breakdown()->rowCount(), int(kSeedMetricCount));
    QVERIFY(pane->toleranceText().contains(QStringLiteral("in force")));
    // The worst label of the hour, selected: its breakdown and explanation.
    int worst = 0;
    for (int row = 0; row < pane->historyModel()->rowCount(); ++row)
        if (pane->historyModel()->index(row, 0).data(LabelHistoryModel::ScoreRole).toDouble() <
            pane->historyModel()->index(worst, 0).data(LabelHistoryModel::ScoreRole).toDouble())
            worst = row;
    pane->selectRow(worst);
    QVERIFY(!pane->explanationText().isEmpty());
    QTest::qWait(200);
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    QVERIFY(window.grab().save(QStringLiteral("/tmp/shots/labels-demo-history.png")));

    // Export JSON: the Demo's stored form of the label.
    QTemporaryDir out;
    QSignalSpy exported(pane, &LabelHistoryPane::exported);
    pane->exportJson();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = pane->findChild<QFileDialog *>()) != nullptr && dialog->isVisible(),
                             5000);
    const QString path = out.filePath(QStringLiteral("demo-label.json"));
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Save button does
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 5000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray::fromStdString(pane->selectedLabel()->json));

    // The last hour, the other models, and back to the overview.
    pane->setRange(LabelHistoryPane::Range::LastHour);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->pulling(), 10000);
    QVERIFY(pane->historyModel()->rowCount() >= 50);
    pane->showModel(QStringLiteral("energy-load-forecaster"));
    QTRY_VERIFY_WITH_TIMEOUT(!pane->pulling(), 10000);
    QVERIFY(pane->historyModel()->rowCount() >= 50);
    QTest::qWait(200);
    QVERIFY(window.grab().save(QStringLiteral("/tmp/shots/labels-demo-energy.png")));
    tab->showOverview();
    QVERIFY(!tab->showingHistory());
    QTest::qWait(150);
    QVERIFY(window.grab().save(QStringLiteral("/tmp/shots/labels-demo-overview.png")));
    demo.stop();
}

void TestConsoleGui::windowShowsLiveDemo() {
    ConsoleStore store;
    MainWindow window(&store);
    DemoTelemetrySource::Options options;
    options.seed = 7;
    DemoTelemetrySource demo(options);
    window.attachSource(&demo);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    demo.start();

    QCOMPARE(window.tabs()->count(), 7);
    const QStringList expected = {
        QStringLiteral("Real-Time Metrics"),   QStringLiteral("Assurance Label"),
        QStringLiteral("Violations"),          QStringLiteral("Baseline & Tolerances"),
        QStringLiteral("Model Configuration"), QStringLiteral("License"),
        QStringLiteral("Audit & Evidence")};
    for (int i = 0; i < 7; ++i)
        QCOMPARE(window.tabs()->tabText(i).replace(QStringLiteral("&&"), QStringLiteral("&")),
                 expected.at(i));

    // The backfilled hour arrives in the first frame; then live frames follow at ≤ 10 Hz.
    QTRY_VERIFY_WITH_TIMEOUT(store.framesApplied() >= 5, 60000);
    QCOMPARE(window.assuranceLabels()->cardCount(), 3);
    // Model Configuration: the Demo's configurations (in memory), editable.
    QTRY_COMPARE_WITH_TIMEOUT(window.modelConfiguration()->catalog()->rowCount(), 3, 5000);
    QVERIFY(!window.modelConfiguration()->readOnly());
    window.tabs()->setCurrentIndex(MainWindow::ModelConfiguration);
    window.modelConfiguration()->selectModel(QStringLiteral("claims-triage-classifier"));
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    QVERIFY(window.grab().save(QStringLiteral("/tmp/shots/model-config-demo.png")));
    window.tabs()->setCurrentIndex(MainWindow::RealTimeMetrics);
    LabelCard *card = window.assuranceLabels()->card(QStringLiteral("flood-risk-predictor"));
    QVERIFY(card);
    QTRY_VERIFY_WITH_TIMEOUT(
        QStringLiteral("ABCDF").contains(card->gradeText()) && card->gradeText().size() == 1, 10000);
    QVERIFY(!card->verdictText().isEmpty());
    // The Demo computes its labels itself: the card says so, and never claims "verified".
    QVERIFY(card->metaText().contains(QStringLiteral("computed by this console")));
    QVERIFY(!card->metaText().contains(QStringLiteral("verified")));

    // An hour of one-minute windows: the charts of the selected model hold ~60 closed windows.
    RealTimeMetricsTab *rt = window.realTimeMetrics();
    QCOMPARE(rt->selectedModel(), QStringLiteral("flood-risk-predictor"));
    QVERIFY2(rt->charts()[static_cast<std::size_t>(SeedMetric::Accuracy)]->pointCount() >= 55,
             qPrintable(QString::number(rt->charts()[0]->pointCount())));
    QVERIFY(window.statusText().contains(QStringLiteral("Demo")));
    QVERIFY(window.statusText().contains(QStringLiteral("record: running")));
    QVERIFY(window.statusText().contains(QStringLiteral("live: running")));
    // The log shows exactly the selected model (not every id that contains it).
    QCOMPARE(rt->logFilterPattern(), QStringLiteral("^flood\\-risk\\-predictor$"));
    // The Demo's tasks are known: flood-risk-predictor is a classifier.
    QCOMPARE(rt->qualityTitle(), QStringLiteral("Accuracy"));

    // The claims model's scripted incident recurs every 30 minutes, so the last hour holds some.
    QTRY_VERIFY_WITH_TIMEOUT(store.violations()->rowCount() > 0, 10000);
    const ViolationTableModel *v = store.violations();
    auto summary = [v] {
        return QStringLiteral("%1 of %1 episodes shown · %2 active critical · %3 active warning")
            .arg(v->rowCount())
            .arg(v->activeCount(Severity::Critical))
            .arg(v->activeCount(Severity::Warning));
    };
    // Coalesced: the summary follows within a refresh (frames keep coming meanwhile).
    QTRY_COMPARE_WITH_TIMEOUT(window.violations()->summaryText(), summary(), 2000);
    int critical = 0, warning = 0; // the summary's counts are the table's
    for (int row = 0; row < v->rowCount(); ++row)
        if (v->episodeAt(row)->active())
            ++(v->episodeAt(row)->severity == Severity::Critical ? critical : warning);
    QCOMPARE(v->activeCount(Severity::Critical), critical);
    QCOMPARE(v->activeCount(Severity::Warning), warning);
    QTRY_COMPARE_WITH_TIMEOUT(rt->rejectedText(),
                              QStringLiteral("%1 message(s) rejected").arg(store.rejectedTotal()), 2000);
    QVERIFY(rt->countersText().startsWith(QStringLiteral("Late events ")));
    // Events/s: accepted inference events per wall-clock second over the last 10 s. The Demo sends
    // ~18 a second; the backfill does not count.
    QTRY_VERIFY_WITH_TIMEOUT(store.eventsPerSecond() > 5 && store.eventsPerSecond() < 60, 5000);

    const QString dir = QStringLiteral(ASSURANCE_TEST_ARTIFACTS);
    QDir().mkpath(dir);
    window.violations()->table()->selectRow(0); // the detail pane shows the newest episode
    const char *names[] = {"real-time-metrics", "assurance-label", "violations", "baseline-tolerances"};
    for (int i = 0; i < 4; ++i) {
        window.tabs()->setCurrentIndex(i);
        QTest::qWait(150);
        const QString path =
            dir + QStringLiteral("/console-") + QString::fromLatin1(names[i]) + QStringLiteral(".png");
        QVERIFY2(window.grab().save(path), qPrintable(path));
    }
    rt->selectModel(QStringLiteral("claims-triage-classifier"));
    window.tabs()->setCurrentIndex(0);
    QTest::qWait(300);
    QVERIFY(window.grab().save(dir + QStringLiteral("/console-real-time-claims.png")));
    demo.stop();
}

// Defect: switching left the previous source's models, charts and labels on screen until the new
// source's first frame — forever when Redis was unreachable.
void TestConsoleGui::switchingSourcesNeverShowsStaleData() {
    RedisServer redis;
    QVERIFY(redis.start());
    {
        RedisClient client(redis.redisUrl());
        SnapshotStore store(client);
        ProcessedWindow w;
        w.snapshot = snapshot("stored-model", 1761580800000, 0.97);
        w.label = assessSnapshot(w.snapshot, defaultTolerances("stored-model"));
        std::string error;
        QVERIFY2(store.writeWindow(w, 0, &error), error.c_str());
    }
    ConsoleStore store;
    MainWindow window(&store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    std::unique_ptr<TelemetrySource> source;
    QElapsedTimer switching;
    auto switchTo = [&](std::unique_ptr<TelemetrySource> next) {
        switching.start();
        if (source)
            source->stop();
        source = std::move(next);
        window.attachSource(source.get());
        source->start();
        return switching.elapsed();
    };
    auto demo = [] {
        DemoTelemetrySource::Options o;
        o.seed = 3;
        return std::make_unique<DemoTelemetrySource>(o);
    };
    auto direct = [](quint16 port) {
        DirectTelemetrySource::Options o;
        o.redis.port = port;
        return std::make_unique<DirectTelemetrySource>(o);
    };

    switchTo(demo());
    QTRY_COMPARE_WITH_TIMEOUT(store.models()->rowCount(), 3, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(window.realTimeMetrics()->charts()[0]->pointCount() > 0, 5000);

    // Demo → Direct with Redis down: cleared at once, and it stays cleared; the state says why.
    QVERIFY(switchTo(direct(deadPort())) < 200);
    QCOMPARE(store.models()->rowCount(), 0);
    QCOMPARE(window.assuranceLabels()->cardCount(), 0);
    QCOMPARE(window.realTimeMetrics()->charts()[0]->pointCount(), 0);
    QCOMPARE(store.violations()->rowCount(), 0);
    QCOMPARE(store.inferenceLog()->rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains(QStringLiteral("record: connecting…")) &&
                                 window.statusText().contains(QStringLiteral("refused")),
                             5000);
    QVERIFY(window.statusText().contains(QStringLiteral("live: stopped (no Kafka brokers given)")));
    QTest::qWait(500);
    QCOMPARE(store.models()->rowCount(), 0);
    QCOMPARE(store.framesApplied(), 0u); // nothing arrived since the switch (the Demo's frames are cut off)

    // → Direct with Redis up: its record, and nothing of the Demo's.
    switchTo(direct(redis.port()));
    QTRY_COMPARE_WITH_TIMEOUT(store.models()->rowCount(), 1, 10000);
    QCOMPARE(store.models()->idAt(0), QStringLiteral("stored-model"));
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains(QStringLiteral("record: running")), 5000);
    QCOMPARE(window.assuranceLabels()->cardCount(), 1);

    // → Demo again.
    QVERIFY(switchTo(demo()) < 200);
    QCOMPARE(store.models()->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(store.models()->rowCount(), 3, 30000);
    QCOMPARE(store.models()->rowOf(QStringLiteral("stored-model")), -1);
    source->stop();
    QVERIFY(WorkerThread::awaitRetired(std::chrono::seconds(2)));
}

// Defect: DemoTelemetrySource::stop() waited for its thread, and one pump can be a whole backfill.
void TestConsoleGui::demoStopNeverWaits() {
    DemoTelemetrySource::Options options;
    options.backfillMs = 24 * 3600'000LL; // a long first pump
    auto demo = std::make_unique<DemoTelemetrySource>(options);
    demo->start();
    QTest::qWait(100); // inside the backfill
    QElapsedTimer t;
    t.start();
    demo->stop();
    demo.reset();
    QVERIFY2(t.elapsed() < 50, qPrintable(QString::number(t.elapsed())));
    QElapsedTimer exit;
    exit.start();
    QVERIFY(
        WorkerThread::awaitRetired(std::chrono::seconds(2))); // it sees the request within a minute's slice
    QVERIFY2(exit.elapsed() < 2000, qPrintable(QString::number(exit.elapsed())));
}

// Defect: all 8 charts replaced every series 10 times a second, hidden or not.
void TestConsoleGui::chartsRedrawOnlyWhenShownAndChanged() {
    ConsoleStore store;
    MainWindow window(&store);
    DemoTelemetrySource demo(DemoTelemetrySource::Options{});
    window.attachSource(&demo);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    demo.start();
    RealTimeMetricsTab *rt = window.realTimeMetrics();
    QTRY_VERIFY_WITH_TIMEOUT(rt->charts()[0]->pointCount() >= 55, 30000);

    // Hidden: frames keep coming, the charts are not touched.
    window.tabs()->setCurrentIndex(MainWindow::Violations);
    const std::uint64_t hidden = rt->chartUpdates();
    const std::uint64_t frames = store.framesApplied();
    QTest::qWait(1500);
    QVERIFY(store.framesApplied() >= frames + 5);
    QCOMPARE(rt->chartUpdates(), hidden);

    // Shown: brought up to date at once, then the moving open window redraws at most once a second
    // (8 charts per redraw), although ~10 frames a second arrive.
    window.tabs()->setCurrentIndex(MainWindow::RealTimeMetrics);
    QCOMPARE(rt->chartUpdates(), hidden + 8);
    const std::uint64_t shown = rt->chartUpdates();
    const std::uint64_t framesShown = store.framesApplied();
    QTest::qWait(2500);
    QVERIFY(store.framesApplied() >= framesShown + 10);
    const std::uint64_t redraws = (rt->chartUpdates() - shown) / 8;
    QVERIFY2(redraws >= 1 && redraws <= 4, qPrintable(QString::number(redraws)));
    // The open windows are rebuilt at most once a second too.
    QVERIFY(store.provisionalRebuilds() > 0);
    demo.stop();
}

void TestConsoleGui::longHistoryDrawsNoMarkers() {
    MetricChart chart(SeedMetric::Accuracy);
    std::deque<Snapshot> history;
    for (int i = 0; i < 100; ++i)
        history.push_back(snapshot("m", 1761580800000 + i * 60'000LL, 0.9));
    chart.setData(history, nullptr, nullptr);
    QCOMPARE(chart.pointCount(), 100);
    QCOMPARE(chart.markerCount(), 100);
    for (int i = 100; i < 5000; ++i)
        history.push_back(snapshot("m", 1761580800000 + i * 60'000LL, 0.9 + (i % 7) / 100.0));
    chart.setData(history, nullptr, nullptr);
    QCOMPARE(chart.pointCount(), 5000);
    QCOMPARE(chart.markerCount(), 0);
    QCOMPARE(chart.updates(), 2u);
}

// Small defects of the Real-Time tab, on frames made here: the grade tile of a model without a
// label, the exact log filter, display names that change, the quality tile from the known task.
void TestConsoleGui::realTimeTabFollowsTheRecord() {
    ConsoleStore store;
    MainWindow window(&store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RealTimeMetricsTab *rt = window.realTimeMetrics();

    auto frame = std::make_shared<ConsoleFrame>();
    RecordDelta &record = frame->record.emplace();
    record.reset = true;
    record.models = std::vector<ModelInfo>{{"fraud", "Fraud", TaskType::Classification},
                                           {"fraud-v2", "", TaskType::Regression}};
    const Snapshot s = snapshot("fraud", 1761580800000, 0.95);
    record.windows = {s};
    record.labels = {{assessSnapshot(s, defaultTolerances("fraud")), LabelProvenance::Stored}};
    LiveDelta &live = frame->live.emplace();
    for (const char *id : {"fraud", "fraud-v2", "fraud", "fraud-v2", "fraud-v2"}) {
        InferenceLogEntry e;
        e.modelId = id;
        e.txid = "tx";
        live.log.push_back(e);
    }
    store.applyFrame(frame);

    rt->selectModel(QStringLiteral("fraud"));
    QCOMPARE(rt->gradeText(), QStringLiteral("A"));
    QSortFilterProxyModel *proxy = nullptr;
    for (QTableView *view : rt->findChildren<QTableView *>())
        if (auto *p = qobject_cast<QSortFilterProxyModel *>(view->model());
            p && p->sourceModel() == store.inferenceLog())
            proxy = p;
    QVERIFY(proxy);
    QCOMPARE(rt->logFilterPattern(), QStringLiteral("^fraud$"));
    QCOMPARE(proxy->rowCount(), 2); // fraud only, not fraud-v2
    QCOMPARE(rt->qualityTitle(), QStringLiteral("Accuracy"));

    // A model without a label: the grade tile says so instead of keeping the previous model's.
    rt->selectModel(QStringLiteral("fraud-v2"));
    QCOMPARE(rt->gradeText(), QStringLiteral("–"));
    QCOMPARE(proxy->rowCount(), 3);
    QCOMPARE(rt->qualityTitle(), QStringLiteral("RMSE")); // its config says regression

    // A display name that changes (a new config) shows in the selector and on the card.
    auto renamed = std::make_shared<ConsoleFrame>();
    renamed->record.emplace().models =
        std::vector<ModelInfo>{{"fraud", "Fraud detector v1", TaskType::Classification},
                               {"fraud-v2", "Fraud v2", TaskType::Regression}};
    store.applyFrame(renamed);
    QComboBox *selector = nullptr;
    for (QComboBox *box : rt->findChildren<QComboBox *>())
        if (box->model() == store.models())
            selector = box;
    QVERIFY(selector);
    QCOMPARE(selector->itemText(0), QStringLiteral("Fraud detector v1"));
    QCOMPARE(selector->itemText(1), QStringLiteral("Fraud v2"));
    QVERIFY(window.assuranceLabels()
                ->card(QStringLiteral("fraud"))
                ->titleText()
                .contains(QStringLiteral("Fraud detector v1")));
    QCOMPARE(store.models()->rowCount(), 2);
}

// The Violations tab on a record made here: selection → buttons per status, the note dialog, the
// requests it emits, read-only, results, Explain, the detail pane and its timeline.
void TestConsoleGui::violationsTabWorkflow() {
    ConsoleStore store;
    ViolationsTab tab(&store);
    tab.resize(1500, 950);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    const WorkflowRecord r;
    store.applyFrame(r.initial());
    store.applyFrame(r.escalation());
    QTRY_COMPARE_WITH_TIMEOUT(tab.summaryText(),
                              QStringLiteral("6 of 6 episodes shown · 2 active critical · 1 active warning"),
                              2000);
    const Buttons b{tab.findChild<QPushButton *>(QStringLiteral("acknowledgeButton")),
                    tab.findChild<QPushButton *>(QStringLiteral("resolveButton")),
                    tab.findChild<QPushButton *>(QStringLiteral("noteButton"))};
    QVERIFY(b.acknowledge && b.resolve && b.note);
    QCOMPARE(b.state(), QStringLiteral("---")); // nothing selected
    QVERIFY(tab.detailPane()->isEmpty());

    // Buttons follow the selected statuses: acknowledge only open ones, resolve any not resolved.
    QVERIFY(clickRows(tab, {&r.failures}));
    QCOMPARE(tab.selectedEpisodeIds(), QStringList{QString::fromStdString(r.failures.id)});
    QCOMPARE(b.state(), QStringLiteral("ARN"));
    QVERIFY(clickRows(tab, {&r.accuracy}));
    QCOMPARE(b.state(), QStringLiteral("-RN"));
    QVERIFY(clickRows(tab, {&r.drift}));
    QCOMPARE(b.state(), QStringLiteral("--N"));
    QVERIFY(clickRows(tab, {&r.failures, &r.accuracy}));
    QCOMPARE(tab.selectedEpisodeIds().size(), 2);
    QCOMPARE(b.state(), QStringLiteral("-RN"));
    QVERIFY(clickRows(tab, {&r.accuracy, &r.drift}));
    QCOMPARE(b.state(), QStringLiteral("--N"));

    // The detail pane shows the current row: accuracy, escalated at 12:04, two actions, active.
    QVERIFY(clickRows(tab, {&r.accuracy}));
    EpisodeDetailPane *detail = tab.detailPane();
    QVERIFY(!detail->isEmpty());
    QCOMPARE(detail->fieldText(EpisodeDetailPane::Id), QString::fromStdString(r.accuracy.id));
    QCOMPARE(detail->fieldText(EpisodeDetailPane::Model), QStringLiteral("fraud-detector"));
    QCOMPARE(detail->fieldText(EpisodeDetailPane::Metric), QStringLiteral("Accuracy"));
    QCOMPARE(detail->fieldText(EpisodeDetailPane::Severity), QStringLiteral("Critical"));
    QCOMPARE(detail->fieldText(EpisodeDetailPane::ObservedBound), QStringLiteral("0.740 vs 0.800"));
    QCOMPARE(detail->fieldText(EpisodeDetailPane::Opened), QStringLiteral("2024-05-01 12:03:00"));
    QCOMPARE(detail->fieldText(EpisodeDetailPane::LastSeen), QStringLiteral("2024-05-01 12:20:00"));
    QCOMPARE(detail->fieldText(EpisodeDetailPane::Closed), QStringLiteral("— (active)"));
    QCOMPARE(detail->fieldText(EpisodeDetailPane::Windows), QStringLiteral("18"));
    QCOMPARE(detail->fieldText(EpisodeDetailPane::Status), QStringLiteral("Acknowledged by bob@ops"));
    const EpisodeTimelineModel *timeline = detail->timeline();
    QStringList events;
    for (int row = 0; row < timeline->rowCount(); ++row)
        events << timeline->index(row, EpisodeTimelineModel::Time).data().toString() + QLatin1Char(' ') +
                      timeline->index(row, EpisodeTimelineModel::Event).data().toString() + QLatin1Char(' ') +
                      timeline->index(row, EpisodeTimelineModel::Actor).data().toString();
    QCOMPARE(events, (QStringList{QStringLiteral("2024-05-01 12:03:00 Opened "),
                                  QStringLiteral("2024-05-01 12:04:00 Escalated to critical "),
                                  QStringLiteral("2024-05-01 12:05:00 Acknowledged bob@ops"),
                                  QStringLiteral("2024-05-01 12:10:00 Note ana@risk")}));
    // A later action arrives through the store: the pane follows on the next refresh.
    ViolationEpisode later = r.accuracy;
    later.actions.push_back(action(OperatorAction::Kind::Note, "dan@ops", "vendor confirmed the fix", 21));
    store.applyFrame(WorkflowRecord::update(later));
    QTRY_COMPARE_WITH_TIMEOUT(timeline->rowCount(), 5, 2000);
    const QString dir = QStringLiteral(ASSURANCE_TEST_ARTIFACTS);
    QVERIFY(tab.grab().save(dir + QStringLiteral("/violations-detail.png")));

    // Acknowledge two open episodes: the dialog lists them and needs a note; the request carries
    // the ids in view order (newest opened first) and the trimmed note. Nothing else happens here.
    QSignalSpy acknowledged(&tab, &ViolationsTab::acknowledgeRequested);
    QSignalSpy resolved(&tab, &ViolationsTab::resolveRequested);
    QSignalSpy noted(&tab, &ViolationsTab::noteRequested);
    QVERIFY(clickRows(tab, {&r.failures, &r.watts}));
    QCOMPARE(b.state(), QStringLiteral("ARN"));
    QTest::mouseClick(b.acknowledge, Qt::LeftButton);
    auto *dialog = tab.findChild<EpisodeActionDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->episodeIds(), (QStringList{QString::fromStdString(r.watts.id), // 12:15
                                                QString::fromStdString(r.failures.id)}));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *note = dialog->findChild<QPlainTextEdit *>();
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(note, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled()); // blank is not a note
    QTest::keyClicks(note, QStringLiteral("retry storm, scaling out  "));
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/violations-dialog.png")));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(acknowledged.count(), 1);
    QCOMPARE(acknowledged.at(0).at(0).toStringList(),
             (QStringList{QString::fromStdString(r.watts.id), QString::fromStdString(r.failures.id)}));
    QCOMPARE(acknowledged.at(0).at(1).toString(), QStringLiteral("retry storm, scaling out"));
    QCOMPARE(resolved.count() + noted.count(), 0);
    QTRY_VERIFY(!tab.findChild<EpisodeActionDialog *>()); // closed and deleted
    QCOMPARE(tab.messageText(), QStringLiteral("Acknowledging 2 episode(s)…"));

    // Cancel sends nothing; Resolve and Add note send their own request.
    QTest::mouseClick(b.resolve, Qt::LeftButton);
    dialog = tab.findChild<EpisodeActionDialog *>();
    QVERIFY(dialog);
    dialog->setNote(QStringLiteral("never sent"));
    dialog->reject();
    QTRY_VERIFY(!tab.findChild<EpisodeActionDialog *>());
    QCOMPARE(resolved.count(), 0);
    QTest::mouseClick(b.note, Qt::LeftButton);
    dialog = tab.findChild<EpisodeActionDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->action(), EpisodeActionDialog::Action::Note);
    dialog->setNote(QStringLiteral("line one\nline two"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(noted.count(), 1);
    QCOMPARE(noted.at(0).at(1).toString(), QStringLiteral("line one\nline two"));

    // The outcome, as the caller words it (a conflict here).
    tab.showActionResult(QStringLiteral("changed by bob at 14:02: acknowledged"), false);
    QCOMPARE(tab.messageText(), QStringLiteral("changed by bob at 14:02: acknowledged"));

    // Read-only (an evidence pack): every write action off whatever is selected, and why.
    tab.setReadOnly(true, QStringLiteral("an evidence pack is a record of the past"));
    QVERIFY(tab.isReadOnly());
    QCOMPARE(b.state(), QStringLiteral("---"));
    QCOMPARE(tab.readOnlyText(), QStringLiteral("Read-only: an evidence pack is a record of the past"));
    QVERIFY(tab.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
    QVERIFY(clickRows(tab, {&r.failures}));
    QCOMPARE(b.state(), QStringLiteral("---"));
    QVERIFY(tab.grab().save(dir + QStringLiteral("/violations-readonly.png")));
    tab.setReadOnly(false);
    QCOMPARE(b.state(), QStringLiteral("ARN"));
    QVERIFY(tab.readOnlyText().isEmpty());

    // Explain says what is missing.
    QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("explainButton")), Qt::LeftButton);
    QVERIFY(tab.messageText().contains(QStringLiteral("AI insight is not built yet")));

    // Another source: the selection and the pane empty at once.
    store.reset();
    QTRY_VERIFY(tab.detailPane()->isEmpty());
    QCOMPARE(b.state(), QStringLiteral("---"));
}

// Filters through the widgets, the export of exactly the rows shown (through the file dialog), and
// charts that count those rows, redrawn at most once per refresh and not while hidden.
void TestConsoleGui::violationsTabFiltersExportAndCharts() {
    ConsoleStore store;
    ViolationsTab tab(&store);
    tab.resize(1500, 950);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    const WorkflowRecord r;
    store.applyFrame(r.initial());
    store.applyFrame(r.escalation());
    QTRY_COMPARE_WITH_TIMEOUT(tab.proxy()->rowCount(), 6, 2000);

    auto combo = [&tab](const char *name) { return tab.findChild<QComboBox *>(QLatin1String(name)); };
    QComboBox *model = combo("modelFilter");
    QCOMPARE(model->count(), 4); // any + three models, by display name
    QCOMPARE(model->itemText(2), QStringLiteral("Fraud detector"));
    model->setCurrentIndex(2);
    QCOMPARE(tab.proxy()->rowCount(), 2);
    model->setCurrentIndex(0);
    QComboBox *status = combo("statusFilter");
    status->setCurrentIndex(status->findData(QStringLiteral("open")));
    QCOMPARE(tab.proxy()->rowCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(tab.summaryText(),
                              QStringLiteral("3 of 6 episodes shown · 2 active critical · 1 active warning"),
                              2000);

    // The charts count the rows shown.
    std::vector<const ViolationEpisode *> shown = {&r.watts, &r.confidence, &r.failures};
    QTRY_COMPARE_WITH_TIMEOUT(tab.charts()->breakdown(), breakdownEpisodes(shown), 2000);
    QCOMPARE(tab.charts()->metricCategories(),
             (QStringList{QStringLiteral("Confidence floor (p5)"), QStringLiteral("Watts per inference"),
                          QStringLiteral("Failure rate")}));
    QVERIFY(tab.charts()->overTimePointCount() > 0);

    // Export through the file dialog (non-blocking): exactly the rows shown, in view order.
    const QString dir = QStringLiteral(ASSURANCE_TEST_ARTIFACTS);
    const QString csvPath = dir + QStringLiteral("/violations-open.csv");
    QFile::remove(csvPath);
    QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("exportCsvButton")), Qt::LeftButton);
    auto *files = tab.findChild<QFileDialog *>(QStringLiteral("exportDialog"));
    QVERIFY(files);
    QCOMPARE(files->acceptMode(), QFileDialog::AcceptSave);
    files->selectFile(csvPath);
    static_cast<QDialog *>(files)->accept(); // QFileDialog::accept, as the Save button does
    const std::string csv = episodesToCsv({r.watts, r.confidence, r.failures});
    QCOMPARE(readAll(csvPath), QByteArray::fromStdString(csv));
    QVERIFY(tab.messageText().startsWith(QStringLiteral("Exported 3 episode(s) to ")));
    QTRY_VERIFY(!tab.findChild<QFileDialog *>());

    status->setCurrentIndex(status->findData(QStringLiteral("acknowledged")));
    const QString jsonPath = dir + QStringLiteral("/violations-acknowledged.json");
    QVERIFY(tab.exportTo(jsonPath, ViolationsTab::ExportFormat::Json));
    QCOMPARE(readAll(jsonPath), QByteArray::fromStdString(episodesToJson({r.accuracy, r.domain})));
    QVERIFY(!tab.exportTo(dir + QStringLiteral("/no/such/dir/x.csv"), ViolationsTab::ExportFormat::Csv));
    QVERIFY(tab.messageText().startsWith(QStringLiteral("Could not export to ")));
    status->setCurrentIndex(0);

    // The time range (UTC). Checked before any was picked, it starts at the data's last hour (the
    // latest window seen is 12:20, so 11:21–12:21): the closed drift (12:00–12:06) is in it.
    const QList<QCheckBox *> useRange = tab.findChildren<QCheckBox *>();
    QCOMPARE(useRange.size(), 2);
    useRange[0]->setChecked(true);
    QCOMPARE(tab.proxy()->sinceMs(), std::optional<qint64>(kT0 - 39 * kMinute));
    QCOMPARE(tab.proxy()->rowCount(), 6);
    useRange[0]->setChecked(false);
    // Episodes in breach at any time between 12:13 and 12:14.
    const QList<QDateTimeEdit *> edits = tab.findChildren<QDateTimeEdit *>();
    QCOMPARE(edits.size(), 2);
    edits[0]->setDateTime(QDateTime::fromMSecsSinceEpoch(kT0 + 13 * kMinute, Qt::UTC));
    edits[1]->setDateTime(QDateTime::fromMSecsSinceEpoch(kT0 + 14 * kMinute, Qt::UTC));
    for (QCheckBox *box : tab.findChildren<QCheckBox *>())
        box->setChecked(true);
    QCOMPARE(tab.proxy()->sinceMs(), std::optional<qint64>(kT0 + 13 * kMinute));
    QCOMPARE(tab.proxy()->untilMs(), std::optional<qint64>(kT0 + 14 * kMinute));
    QStringList ids;
    for (const ViolationEpisode &e : tab.filteredEpisodes())
        ids << QString::fromStdString(e.id);
    QCOMPARE(ids,
             (QStringList{QString::fromStdString(r.failures.id), QString::fromStdString(r.accuracy.id)}));
    for (QCheckBox *box : tab.findChildren<QCheckBox *>())
        box->setChecked(false);
    QCOMPARE(tab.proxy()->rowCount(), 6);
    QTRY_COMPARE_WITH_TIMEOUT(tab.charts()->breakdown().byMetric[std::size_t(SeedMetric::Accuracy)], 1u,
                              2000);

    // Coalesced: 30 frames in a burst are one redraw; a hidden tab draws nothing until shown.
    QTest::qWait(2 * ViolationsTab::kRefreshMs);
    const std::uint64_t before = tab.charts()->updates();
    ViolationEpisode moving = r.failures;
    for (int i = 0; i < 30; ++i) {
        moving.lastSeenMs += kMinute;
        store.applyFrame(WorkflowRecord::update(moving));
    }
    QTRY_COMPARE_WITH_TIMEOUT(tab.charts()->updates(), before + 1, 2000);
    QTest::qWait(3 * ViolationsTab::kRefreshMs);
    QCOMPARE(tab.charts()->updates(), before + 1);
    QCOMPARE(tab.charts()->breakdown().latestMs, moving.lastSeenMs);
    tab.hide();
    moving.lastSeenMs += kMinute;
    store.applyFrame(WorkflowRecord::update(moving));
    QTest::qWait(3 * ViolationsTab::kRefreshMs);
    QCOMPARE(tab.charts()->updates(), before + 1);
    tab.show();
    QCOMPARE(tab.charts()->updates(), before + 2);
    QCOMPARE(tab.charts()->breakdown().latestMs, moving.lastSeenMs);
}

// Issue #13: the Baseline & Tolerances tab on the Demo source (its writer keeps the same rules as
// Redis): edits with undo/redo, refused edits, save with a reason, versions, diff, restore, a
// conflict, baseline from a range, a reference file; read-only; screenshots.
void TestConsoleGui::baselineTolerancesTab() {
    ConsoleStore store;
    MainWindow window(&store);
    DemoTelemetrySource::Options options;
    options.seed = 3;
    options.frameIntervalMs = 100;
    options.backfillMs = 3 * 3600'000;
    DemoTelemetrySource demo(options);
    window.attachSource(&demo);
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    std::vector<audit::AuditRecord> audited;
    BaselineTolerancesTab *tab = window.tolerances();
    tab->setAuditAppend([&](const audit::AuditRecord &r, std::string *) {
        audited.push_back(r);
        return true;
    });
    QAbstractItemModelTester editTester(tab->editModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester versionTester(tab->versionsModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester diffTester(tab->diffModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester previewTester(tab->referencePreview(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.tabs()->setCurrentIndex(MainWindow::BaselineTolerances);
    demo.start();
    const std::string model = "flood-risk-predictor";
    QTRY_VERIFY_WITH_TIMEOUT(store.history(model).size() > 30, 60000);
    tab->setModel(QString::fromStdString(model));
    QCOMPARE(tab->editModel()->rowCount(), 8);
    QVERIFY(!tab->isReadOnly());

    ToleranceEditModel *edit = tab->editModel();
    const int failure = edit->rowOf(SeedMetric::FailureRate);
    const QModelIndex critical = edit->index(failure, ToleranceEditModel::Critical);
    const QModelIndex warning = edit->index(failure, ToleranceEditModel::Warning);
    // Undo / redo.
    QVERIFY(edit->setData(critical, 0.04));
    QVERIFY(edit->setData(warning, QStringLiteral("0.015")));
    QCOMPARE(tab->undoStack()->count(), 2);
    QVERIFY(edit->isModified());
    tab->undoStack()->undo();
    QCOMPARE(edit->fieldValue(failure, ToleranceEditModel::Warning).toDouble(), 0.02);
    tab->undoStack()->undo();
    QCOMPARE(edit->fieldValue(failure, ToleranceEditModel::Critical).toDouble(), 0.05);
    QVERIFY(!edit->isModified());
    tab->undoStack()->redo();
    QCOMPARE(edit->fieldValue(failure, ToleranceEditModel::Critical).toDouble(), 0.04);
    // Not a number: refused, nothing on the stack.
    QVERIFY(!edit->setData(warning, QStringLiteral("abc")));
    QCOMPARE(tab->undoStack()->index(), 1);
    QCOMPARE(tab->undoStack()->count(), 2); // the undone warning edit can still be redone
    // A bound the agent would refuse: shown on the row, Save impossible, nothing stored.
    QVERIFY(edit->setData(warning, 0.06)); // lower is better: warning above critical 0.04
    QVERIFY2(
        edit->data(warning, ToleranceEditModel::ProblemRole).toString().contains(QStringLiteral("critical")),
        qPrintable(edit->data(warning, ToleranceEditModel::ProblemRole).toString()));
    QSignalSpy saved(tab, &BaselineTolerancesTab::saveFinished);
    tab->save(QStringLiteral("refused"));
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.takeFirst().at(0).toBool(), false);
    QVERIFY2(tab->resultText().contains(QStringLiteral("Not saved")), qPrintable(tab->resultText()));
    QVERIFY(demo.toleranceWriter()->read(model).versions.empty());
    QVERIFY(audited.empty());
    tab->undoStack()->undo();
    // A blank reason: refused.
    tab->save(QStringLiteral("  "));
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.takeFirst().at(0).toBool(), false);
    QVERIFY(tab->resultText().contains(QStringLiteral("reason is required")));

    // Save v1, then v2.
    tab->save(QStringLiteral("critical failure rate 4 %"));
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.takeFirst().at(0).toBool(), true);
    QCOMPARE(tab->resultText(), QStringLiteral("Saved v2."));
    QTRY_COMPARE(tab->versionsModel()->rowCount(), 1);
    QCOMPARE(audited.back().action, std::string("tolerances.save"));
    QVERIFY(!edit->isModified());
    QVERIFY(edit->setData(edit->index(edit->rowOf(SeedMetric::Accuracy), ToleranceEditModel::Warning), 0.92));
    tab->save(QStringLiteral("tighter accuracy"));
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.takeFirst().at(0).toBool(), true);
    QTRY_COMPARE(tab->versionsModel()->rowCount(), 2);
    QCOMPARE(tab->versionsModel()
                 ->data(tab->versionsModel()->index(1, ToleranceVersionTableModel::Version))
                 .toString(),
             QStringLiteral("v3"));
    // Diff of v1 and v2 (shown after the load), side by side.
    QVERIFY(tab->compare(2, 3));
    QCOMPARE(tab->diffModel()->rowCount(), 1);
    QCOMPARE(tab->diffModel()->data(tab->diffModel()->index(0, ToleranceDiffModel::Before)).toString(),
             QStringLiteral("0.9"));
    QCOMPARE(tab->diffModel()->data(tab->diffModel()->index(0, ToleranceDiffModel::After)).toString(),
             QStringLiteral("0.92"));
    QCOMPARE(tab->diffModel()->headerData(ToleranceDiffModel::After, Qt::Horizontal).toString(),
             QStringLiteral("v3"));

    // Another console saves v3 while this one edits: the save is refused and says who.
    ToleranceSave other;
    other.modelId = model;
    other.metrics = edit->original().metrics;
    other.metrics[0].critical = 0.7;
    other.reason = "someone else's change";
    other.author = "bob@elsewhere";
    other.expectedVersion = 3;
    QCOMPARE(int(ToleranceCommand::run(demo.toleranceWriter().get(), other, {}).outcome),
             int(ToleranceWriteResult::Outcome::Applied));
    QVERIFY(edit->setData(critical, 0.045));
    tab->save(QStringLiteral("mine"));
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.takeFirst().at(0).toBool(), false);
    QVERIFY2(tab->resultText().contains(QStringLiteral("v4 was saved by bob@elsewhere")) &&
                 tab->resultText().contains(QStringLiteral("someone else's change")),
             qPrintable(tab->resultText()));
    QCOMPARE(demo.toleranceWriter()->read(model).versions.size(), std::size_t(3));
    QTRY_COMPARE(tab->versionsModel()->rowCount(), 3);

    // Restore v1: v4 with v1's metrics.
    tab->restoreVersion(2, QStringLiteral("back to the first"));
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.takeFirst().at(0).toBool(), true);
    QCOMPARE(tab->resultText(), QStringLiteral("Saved v5 (restored from v2)."));
    QCOMPARE(audited.back().action, std::string("tolerances.restore"));
    QTRY_COMPARE(tab->versionsModel()->rowCount(), 4);
    QVERIFY(tab->compare(2, 5));
    QCOMPARE(tab->diffModel()->rowCount(), 0);
    QVERIFY(tab->compare(4, 5));

    // Baseline from a range: the numbers the core computes from the windows the store holds.
    tab->selectMetric(SeedMetric::Accuracy);
    QVERIFY(tab->chart()->pointCount() > 30);
    QVERIFY(tab->chart()->boundPointCount() > 0);
    const auto &history = store.history(model);
    const std::int64_t from = history[history.size() - 30].windowEndMs,
                       to = history[history.size() - 10].windowEndMs;
    tab->proposeBaseline(from, to, BaselineStatistic::Median);
    const std::vector<Snapshot> windows(history.begin(), history.end());
    const auto expected = proposeBaseline(windows, SeedMetric::Accuracy, from, to, BaselineStatistic::Median);
    QVERIFY(expected.value);
    QCOMPARE(*tab->proposal()->value, *expected.value);
    QVERIFY2(tab->proposalText().contains(QString::number(*expected.value, 'g', 6)),
             qPrintable(tab->proposalText()));
    const int before = tab->undoStack()->count();
    QTest::qWait(100);
    const QString shotDir = QStringLiteral("/tmp/shots");
    QDir().mkpath(shotDir);
    QVERIFY(window.grab().save(shotDir + QStringLiteral("/tolerances-edit-and-baseline.png")));
    QVERIFY(tab->applyProposal());
    QCOMPARE(tab->undoStack()->count(), before + 1);
    QCOMPARE(edit->fieldValue(edit->rowOf(SeedMetric::Accuracy), ToleranceEditModel::Baseline).toDouble(),
             *expected.value);
    tab->undoStack()->undo();
    QVERIFY(!edit->fieldValue(edit->rowOf(SeedMetric::Accuracy), ToleranceEditModel::Baseline).isValid());

    // A reference from a file, previewed, then saved.
    QTemporaryDir dir;
    const QString events = dir.filePath(QStringLiteral("events.jsonl"));
    {
        QFile f(events);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 50; ++i)
            f.write(
                QStringLiteral(
                    R"({"model_id":"%1","txid_hash":"t%2","ts":"2025-10-27T16:00:00Z","prediction":0.5,"status":"ok","features":{"rainfall_mm":%3,"river_level_m":%4,"soil":"%5"}})"
                    "\n")
                    .arg(QString::fromStdString(model))
                    .arg(i)
                    .arg(i * 0.5)
                    .arg(2.0 + i * 0.01)
                    .arg(i % 3 ? QStringLiteral("clay") : QStringLiteral("sand"))
                    .toUtf8());
    }
    QSignalSpy loaded(tab, &BaselineTolerancesTab::referenceLoaded);
    tab->loadReferenceFile(events);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(loaded.takeFirst().at(0).toBool(), true);
    QCOMPARE(tab->referencePreview()->rowCount(), 3);
    QVERIFY(tab->referencePreview()
                ->data(tab->referencePreview()->index(1, ReferencePreviewModel::Distribution))
                .toString()
                .contains(QStringLiteral("median")));
    QTest::qWait(100);
    QVERIFY(window.grab().save(shotDir + QStringLiteral("/tolerances-versions-and-reference.png")));
    QSignalSpy refSaved(tab, &BaselineTolerancesTab::referenceSaved);
    tab->saveReference();
    QTRY_COMPARE(refSaved.size(), 1);
    QCOMPARE(refSaved.takeFirst().at(0).toBool(), true);
    QCOMPARE(audited.back().action, std::string("reference.set"));

    // Read-only (an evidence pack): every edit disabled with the reason, nothing stored.
    tab->setReadOnly(true, QStringLiteral("An evidence pack is a record for review."));
    QVERIFY(tab->isReadOnly());
    QCOMPARE(tab->readOnlyReason(), QStringLiteral("An evidence pack is a record for review."));
    QVERIFY(!(edit->flags(critical) & Qt::ItemIsEditable));
    QVERIFY(!edit->setData(critical, 0.03));
    const std::size_t auditedBefore = audited.size();
    tab->restoreVersion(3, QStringLiteral("no"));
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.takeFirst().at(0).toBool(), false);
    QVERIFY(tab->resultText().contains(QStringLiteral("evidence pack")));
    QCOMPARE(demo.toleranceWriter()->read(model).versions.size(), std::size_t(4));
    QCOMPARE(audited.size(), auditedBefore);
    QTest::qWait(100);
    QVERIFY(window.grab().save(shotDir + QStringLiteral("/tolerances-read-only.png")));
    tab->setReadOnly(false, {});
    // No writer (Evidence): read-only too.
    tab->setWriter(nullptr, QStringLiteral("Evidence cannot be changed from the console."));
    QVERIFY(tab->isReadOnly());
    demo.stop();
}

QTEST_MAIN(TestConsoleGui)
#include "tst_console_gui.moc"
