// The console's item models and the violations proxy, each under QAbstractItemModelTester, driven
// through their real update APIs with labels, episodes and rejections produced by core.
#include "ConsoleStore.h"
#include "Presentation.h"
#include "models/AlertListModel.h"
#include "models/EpisodeTimelineModel.h"
#include "models/InferenceLogModel.h"
#include "models/LabelBreakdownModel.h"
#include "models/LabelHistoryModel.h"
#include "models/ModelListModel.h"
#include "models/RejectionTableModel.h"
#include "models/ViolationFilterProxy.h"
#include "models/ViolationTableModel.h"

#include "assurance/AssuranceLabel.h"
#include "assurance/ViolationTracker.h"
#include "telemetry/RejectionLog.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

#include <limits>
#include <memory>

using namespace assurance;
using namespace assurance::ui;

namespace {

constexpr auto kReport = QAbstractItemModelTester::FailureReportingMode::QtTest;

constexpr std::int64_t kT0 = 1'714'564'800'000; // 2024-05-01T12:00:00Z
constexpr std::int64_t kMinute = 60'000;

const std::string kFraud = "fraud-detector";
const std::string kClaims = "claims-triage";
const std::string kSoil = "soil-moisture";

// Episode ids are {model}:{metric}:{opened window}.
const QString kDrift1 = QStringLiteral("fraud-detector:feature_drift:2024-05-01T12_00_00Z");
const QString kAccuracy = QStringLiteral("fraud-detector:accuracy:2024-05-01T12_01_00Z");
const QString kDrift2 = QStringLiteral("fraud-detector:feature_drift:2024-05-01T12_03_00Z");
const QString kFailure = QStringLiteral("claims-triage:failure_rate:2024-05-01T12_00_00Z");

// One closed window of a classifier. RMSE is null (not applicable) and watts have a relative bound
// without a baseline, so both are "not evaluated" under the shipped defaults.
Snapshot makeSnapshot(const std::string &modelId, std::int64_t windowEndMs, double accuracy, double drift,
                      double failureRate = 0.01) {
    Snapshot s;
    s.modelId = modelId;
    s.windowEndMs = windowEndMs;
    s[SeedMetric::Accuracy] = MetricValue::real(accuracy);
    s[SeedMetric::FeatureDrift] = MetricValue::real(drift);
    s[SeedMetric::DomainViolationCount] = MetricValue::integer(3);
    s[SeedMetric::FailureRate] = MetricValue::real(failureRate);
    s[SeedMetric::WattsPerInference] = MetricValue::real(0.42);
    s[SeedMetric::ConfidenceFloor] = MetricValue::real(0.71);
    s[SeedMetric::ConfidenceVariance] = MetricValue::real(0.021);
    return s;
}

AssuranceLabel assess(const Snapshot &s) {
    return assessSnapshot(s, defaultTolerances(s.modelId));
}

// The scripted incident of "fraud-detector", one snapshot per minute:
//  12:00 drift 0.30 is critical (bound 0.25)                       → drift episode opens
//  12:01 drift 0.18 eases to a warning; accuracy 0.85 is a warning → accuracy episode opens
//  12:02 drift back inside; accuracy 0.75 is critical (bound 0.80)  → drift closes, accuracy escalates
//  12:03 accuracy back inside; drift 0.12 breaches again            → accuracy closes, drift reopens
//  12:04 drift back inside                                         → the second drift episode closes
Snapshot fraudWindow(int minute) {
    static const double accuracy[] = {0.93, 0.85, 0.75, 0.95, 0.95};
    static const double drift[] = {0.30, 0.18, 0.05, 0.12, 0.04};
    return makeSnapshot(kFraud, kT0 + minute * kMinute, accuracy[minute], drift[minute]);
}

// "claims-triage" fails 3 % of its requests at 12:00 (warning above 2 %) and stays that way.
Snapshot claimsWindow() {
    return makeSnapshot(kClaims, kT0, 0.95, 0.04, 0.03);
}

// A closed window as a record delta carries it: the snapshot, its label, its episode changes.
void addWindow(RecordDelta &record, ViolationTracker &tracker, const Snapshot &snapshot) {
    AssuranceLabel label = assess(snapshot);
    std::vector<EpisodeEvent> episodes = tracker.apply(label);
    record.windows.push_back(snapshot);
    record.labels.push_back({std::move(label), LabelProvenance::Computed});
    record.episodes.insert(record.episodes.end(), episodes.begin(), episodes.end());
}

// Applies the fraud windows 12:00–12:03 and the claims window to `model`: four episodes, two of
// them closed (both critical at worst), two active warnings.
void fillViolations(ViolationTableModel &model, ViolationTracker &tracker) {
    for (int minute = 0; minute < 4; ++minute)
        model.apply(tracker.apply(assess(fraudWindow(minute))));
    model.apply(tracker.apply(assess(claimsWindow())));
}

InferenceLogEntry logEntry(const std::string &modelId, int n, std::int64_t tsMs) {
    InferenceLogEntry e;
    e.arrivalMs = tsMs + 40;
    e.tsMs = tsMs;
    e.modelId = modelId;
    e.txid = "tx-" + std::to_string(n);
    e.prediction = 0.87;
    e.confidence = 0.91;
    e.latencyMs = 12.5;
    return e;
}

void setRejections(ConsoleFrame &frame, const RejectionLog &log) {
    LiveDelta &live = frame.live ? *frame.live : frame.live.emplace();
    live.recentRejections.assign(log.recent().begin(), log.recent().end());
    live.rejectedTotal = log.total();
    live.rejectedByReason = log.counts();
}

std::vector<RejectedMessage> recentOf(const RejectionLog &log) {
    return {log.recent().begin(), log.recent().end()};
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole) {
    return model.index(row, column).data(role).toString();
}

QColor foreground(const QAbstractItemModel &model, int row, int column) {
    return qvariant_cast<QBrush>(model.index(row, column).data(Qt::ForegroundRole)).color();
}

void verifyHeaders(const QAbstractItemModel &model) {
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY2(!model.headerData(column, Qt::Horizontal).toString().isEmpty(),
                 qPrintable(QString::number(column)));
}

QStringList episodeIds(const QAbstractItemModel &model) {
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << cell(model, row, 0, ViolationTableModel::EpisodeIdRole);
    return ids;
}

} // namespace

class TestItemModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelListAddsOnlyUnseenModels();
    void inferenceLogIsBoundedNewestFirst();
    void inferenceLogCells();
    void alertListShowsOpenEscalateClose();
    void alertListIsBounded();
    void violationTableUpdatesEpisodesInPlace();
    void violationTableOperatorActions();
    void violationFilterProxy_data();
    void violationFilterProxy();
    void violationFilterProxyFollowsUpdates();
    void violationTableWorkflowRoles();
    void violationFilterFields_data();
    void violationFilterFields();
    void episodeTimeline();
    void labelBreakdownShowsEveryMetric();
    void labelBreakdownExplainsWithTolerances();
    void labelHistoryNewestFirstWithChain();
    void rejectionTableNewestFirst();
    void consoleStoreFoldsFrames();
    void consoleStoreInitialFrameReplacesRejections();
};

void TestItemModels::modelListAddsOnlyUnseenModels() {
    ModelListModel model;
    QAbstractItemModelTester tester(&model, kReport);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("fraud-detector")), -1);

    const ModelInfo fraud{kFraud, "Fraud detector", TaskType::Classification};
    const ModelInfo claims{kClaims, "", TaskType::Classification};
    model.update({fraud, claims});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(cell(model, 0, 0), QStringLiteral("Fraud detector"));
    QCOMPARE(cell(model, 1, 0), QStringLiteral("claims-triage")); // no display name: the id
    QCOMPARE(cell(model, 0, 0, ModelListModel::IdRole), QStringLiteral("fraud-detector"));
    QCOMPARE(cell(model, 0, 0, Qt::ToolTipRole), QStringLiteral("fraud-detector"));
    QCOMPARE(cell(model, 1, 0, ModelListModel::TaskRole), QStringLiteral("classification"));
    QCOMPARE(model.roleNames().value(ModelListModel::IdRole), QByteArray("modelId"));
    QCOMPARE(model.roleNames().value(ModelListModel::TaskRole), QByteArray("task"));
    QCOMPARE(model.roleNames().value(Qt::DisplayRole), QByteArray("display"));

    // Every frame lists every model known so far: known ones change nothing.
    model.update({fraud, claims});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 1);

    // A new model in the middle of the list is appended after the known ones, alone.
    model.update({fraud, {kSoil, "Soil moisture", TaskType::Regression}, claims});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 2);
    QCOMPARE(inserted.at(1).at(2).toInt(), 2);
    QCOMPARE(cell(model, 2, 0), QStringLiteral("Soil moisture"));
    QCOMPARE(cell(model, 2, 0, ModelListModel::TaskRole), QStringLiteral("regression"));

    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.rowOf(model.idAt(row)), row);
        QCOMPARE(model.idAt(row), cell(model, row, 0, ModelListModel::IdRole));
    }
    QCOMPARE(model.rowOf(QStringLiteral("claims-triage")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("unknown")), -1);
    QVERIFY(model.idAt(3).isEmpty());
    QVERIFY(model.idAt(-1).isEmpty());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("fraud-detector")), -1);
    model.update({claims});
    QCOMPARE(model.idAt(0), QStringLiteral("claims-triage"));
}

void TestItemModels::inferenceLogIsBoundedNewestFirst() {
    InferenceLogModel model(5);
    QAbstractItemModelTester tester(&model, kReport);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    std::vector<InferenceLogEntry> entries;
    for (int n = 1; n <= 8; ++n)
        entries.push_back(logEntry(kFraud, n, kT0 + n * 1000));

    // Frames carry their entries oldest first; the newest goes to row 0.
    model.append({entries.begin(), entries.begin() + 3});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 0, InferenceLogModel::Transaction), QStringLiteral("tx-3"));
    QCOMPARE(cell(model, 2, InferenceLogModel::Transaction), QStringLiteral("tx-1"));
    QCOMPARE(removed.count(), 0);

    model.append({entries.begin() + 3, entries.end()});
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(cell(model, 0, InferenceLogModel::Transaction), QStringLiteral("tx-8"));
    QCOMPARE(cell(model, 4, InferenceLogModel::Transaction), QStringLiteral("tx-4"));
    // One insert at the top and one removal at the bottom per batch.
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0);
    QCOMPARE(inserted.at(1).at(2).toInt(), 4);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 5);
    QCOMPARE(removed.at(0).at(2).toInt(), 7);

    // A batch larger than the capacity keeps only its newest entries.
    InferenceLogModel fresh(5);
    QAbstractItemModelTester freshTester(&fresh, kReport);
    fresh.append(entries);
    QCOMPARE(fresh.rowCount(), 5);
    QCOMPARE(cell(fresh, 0, InferenceLogModel::Transaction), QStringLiteral("tx-8"));
    QCOMPARE(cell(fresh, 4, InferenceLogModel::Transaction), QStringLiteral("tx-4"));

    model.append({});
    QCOMPARE(inserted.count(), 2);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::inferenceLogCells() {
    InferenceLogModel model;
    QAbstractItemModelTester tester(&model, kReport);
    QCOMPARE(model.columnCount(), int(InferenceLogModel::ColumnCount));
    verifyHeaders(model);
    QCOMPARE(model.headerData(InferenceLogModel::Time, Qt::Horizontal).toString(),
             QStringLiteral("Time (UTC)"));

    InferenceLogEntry ok = logEntry(kFraud, 1001, kT0 + 1000);
    InferenceLogEntry failed = logEntry(kClaims, 1002, kT0 + 2000);
    failed.error = true;
    failed.prediction.reset();
    failed.confidence.reset();
    failed.latencyMs = 250.0;
    InferenceLogEntry duplicate = logEntry(kFraud, 1001, kT0 + 3000);
    duplicate.outcome = IngestOutcome::Duplicate;
    InferenceLogEntry late = logEntry(kFraud, 1004, kT0 - 90'000);
    late.label = 1.0;
    late.outcome = IngestOutcome::Late;
    model.append({ok, failed, duplicate, late});
    QCOMPARE(model.rowCount(), 4);

    // Row 0 is the newest (last in the batch): the late event.
    QCOMPARE(cell(model, 0, InferenceLogModel::Status), QStringLiteral("late"));
    QCOMPARE(cell(model, 0, InferenceLogModel::Time), QStringLiteral("11:58:30"));
    QCOMPARE(cell(model, 0, InferenceLogModel::Label), QStringLiteral("1.000"));
    QCOMPARE(cell(model, 1, InferenceLogModel::Status), QStringLiteral("duplicate"));
    QCOMPARE(cell(model, 2, InferenceLogModel::Status), QStringLiteral("error"));
    QCOMPARE(cell(model, 2, InferenceLogModel::Model), QStringLiteral("claims-triage"));
    QCOMPARE(cell(model, 2, InferenceLogModel::Prediction), QStringLiteral("—"));
    QCOMPARE(cell(model, 2, InferenceLogModel::Confidence), QStringLiteral("—"));
    QCOMPARE(cell(model, 2, InferenceLogModel::Latency), QStringLiteral("250.0"));
    QCOMPARE(foreground(model, 2, InferenceLogModel::Status), statusColor(MetricStatus::Critical));
    QCOMPARE(cell(model, 3, InferenceLogModel::Status), QStringLiteral("ok"));
    QVERIFY(!model.index(3, InferenceLogModel::Status).data(Qt::ForegroundRole).isValid());
    QCOMPARE(cell(model, 3, InferenceLogModel::Time), QStringLiteral("12:00:01"));
    QCOMPARE(cell(model, 3, InferenceLogModel::Model), QStringLiteral("fraud-detector"));
    QCOMPARE(cell(model, 3, InferenceLogModel::Transaction), QStringLiteral("tx-1001"));
    QCOMPARE(cell(model, 3, InferenceLogModel::Prediction), QStringLiteral("0.870"));
    QCOMPARE(cell(model, 3, InferenceLogModel::Label), QStringLiteral("—"));
    QCOMPARE(cell(model, 3, InferenceLogModel::Confidence), QStringLiteral("0.910"));
    QCOMPARE(cell(model, 3, InferenceLogModel::Latency), QStringLiteral("12.5"));

    QCOMPARE(cell(model, 2, InferenceLogModel::Time, InferenceLogModel::ModelIdRole),
             QStringLiteral("claims-triage"));
    QCOMPARE(model.index(3, InferenceLogModel::Prediction).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QVERIFY(!model.index(3, InferenceLogModel::Model).data(Qt::TextAlignmentRole).isValid());
}

void TestItemModels::alertListShowsOpenEscalateClose() {
    AlertListModel model;
    QAbstractItemModelTester tester(&model, kReport);
    ViolationTracker tracker;

    model.add(tracker.apply(assess(fraudWindow(0))));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, 0),
             QStringLiteral("12:00:00  fraud-detector — Feature drift (PSI) critical: 0.300 (bound 0.250)"));
    QCOMPARE(cell(model, 0, 0, AlertListModel::ModelIdRole), QStringLiteral("fraud-detector"));
    QCOMPARE(cell(model, 0, 0, AlertListModel::SeverityRole), QStringLiteral("critical"));
    QCOMPARE(cell(model, 0, 0, AlertListModel::EpisodeIdRole), kDrift1);
    QCOMPARE(cell(model, 0, 0, Qt::ToolTipRole), kDrift1);
    QCOMPARE(model.index(0, 0).data(AlertListModel::ChangeRole).toInt(), int(EpisodeChange::Opened));
    QCOMPARE(foreground(model, 0, 0), severityColor(Severity::Critical));

    // 12:01: accuracy opens; drift easing to a warning is an update, not an alert.
    model.add(tracker.apply(assess(fraudWindow(1))));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(model, 0, 0),
             QStringLiteral("12:01:00  fraud-detector — Accuracy warning: 0.850 (bound 0.900)"));
    QCOMPARE(cell(model, 0, 0, AlertListModel::SeverityRole), QStringLiteral("warning"));

    // 12:02: accuracy escalates to critical and drift closes; both are alerts, the last event on top.
    model.add(tracker.apply(assess(fraudWindow(2))));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(cell(model, 0, 0),
             QStringLiteral("12:02:00  fraud-detector — Feature drift (PSI) back within tolerance after 2 "
                            "window(s)"));
    QCOMPARE(model.index(0, 0).data(AlertListModel::ChangeRole).toInt(), int(EpisodeChange::Closed));
    QCOMPARE(foreground(model, 0, 0), statusColor(MetricStatus::Ok));
    QCOMPARE(
        cell(model, 1, 0),
        QStringLiteral("12:02:00  fraud-detector — Accuracy escalated to critical: 0.750 (bound 0.800)"));
    QCOMPARE(model.index(1, 0).data(AlertListModel::ChangeRole).toInt(), int(EpisodeChange::Updated));
    QCOMPARE(cell(model, 1, 0, AlertListModel::SeverityRole), QStringLiteral("critical"));
    QCOMPARE(cell(model, 3, 0, AlertListModel::EpisodeIdRole), kDrift1); // the oldest at the bottom

    // A window with nothing alert-worthy adds nothing.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.add({});
    QCOMPARE(inserted.count(), 0);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::alertListIsBounded() {
    AlertListModel model(3);
    QAbstractItemModelTester tester(&model, kReport);
    ViolationTracker tracker;
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int minute = 0; minute < 4; ++minute)
        model.add(tracker.apply(assess(fraudWindow(minute))));
    // Six alerts (drift opened, accuracy opened, escalated, drift closed, accuracy closed,
    // drift reopened); the newest three remain.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(cell(model, 0, 0, AlertListModel::EpisodeIdRole), kDrift2);
    QCOMPARE(model.index(0, 0).data(AlertListModel::ChangeRole).toInt(), int(EpisodeChange::Opened));
    QCOMPARE(cell(model, 1, 0, AlertListModel::EpisodeIdRole), kAccuracy);
    QCOMPARE(model.index(1, 0).data(AlertListModel::ChangeRole).toInt(), int(EpisodeChange::Closed));
    QCOMPARE(cell(model, 2, 0, AlertListModel::EpisodeIdRole), kDrift1);
    QCOMPARE(model.index(2, 0).data(AlertListModel::ChangeRole).toInt(), int(EpisodeChange::Closed));

    // A batch larger than the capacity keeps its newest alerts.
    AlertListModel small(1);
    QAbstractItemModelTester smallTester(&small, kReport);
    ViolationTracker other;
    small.add(other.apply(assess(makeSnapshot(kClaims, kT0, 0.70, 0.40, 0.08))));
    QCOMPARE(small.rowCount(), 1);
    QCOMPARE(cell(small, 0, 0, AlertListModel::EpisodeIdRole),
             QStringLiteral("claims-triage:failure_rate:2024-05-01T12_00_00Z"));
}

void TestItemModels::violationTableUpdatesEpisodesInPlace() {
    ViolationTableModel model;
    QAbstractItemModelTester tester(&model, kReport);
    ViolationTracker tracker;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.columnCount(), int(ViolationTableModel::ColumnCount));
    verifyHeaders(model);
    QCOMPARE(model.headerData(ViolationTableModel::Metric, Qt::Horizontal).toString(),
             QStringLiteral("Metric"));

    // 12:00: drift opens critical.
    model.apply(tracker.apply(assess(fraudWindow(0))));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(cell(model, 0, ViolationTableModel::Model), QStringLiteral("fraud-detector"));
    QCOMPARE(cell(model, 0, ViolationTableModel::Metric), QStringLiteral("Feature drift (PSI)"));
    QCOMPARE(cell(model, 0, ViolationTableModel::Severity), QStringLiteral("Critical"));
    QCOMPARE(cell(model, 0, ViolationTableModel::Status), QStringLiteral("Open"));
    QCOMPARE(cell(model, 0, ViolationTableModel::State), QStringLiteral("Active"));
    QCOMPARE(cell(model, 0, ViolationTableModel::Observed), QStringLiteral("0.300"));
    QCOMPARE(cell(model, 0, ViolationTableModel::Bound), QStringLiteral("0.250"));
    QCOMPARE(cell(model, 0, ViolationTableModel::Opened), QStringLiteral("2024-05-01 12:00:00"));
    QCOMPARE(cell(model, 0, ViolationTableModel::LastSeen), QStringLiteral("2024-05-01 12:00:00"));
    QCOMPARE(cell(model, 0, ViolationTableModel::Closed), QStringLiteral("—"));
    QCOMPARE(cell(model, 0, ViolationTableModel::Windows), QStringLiteral("1"));
    QCOMPARE(foreground(model, 0, ViolationTableModel::Severity), severityColor(Severity::Critical));
    QCOMPARE(model.index(0, ViolationTableModel::Observed).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);

    // Custom roles answer on every column.
    const QModelIndex last = model.index(0, ViolationTableModel::Windows);
    QCOMPARE(last.data(ViolationTableModel::ModelIdRole).toString(), QStringLiteral("fraud-detector"));
    QCOMPARE(last.data(ViolationTableModel::SeverityRole).toString(), QStringLiteral("critical"));
    QCOMPARE(last.data(ViolationTableModel::ActiveRole).toBool(), true);
    QCOMPARE(last.data(ViolationTableModel::EpisodeIdRole).toString(), kDrift1);
    QCOMPARE(last.data(Qt::ToolTipRole).toString(), kDrift1);
    QCOMPARE(model.episodeAt(0)->id, kDrift1.toStdString());
    QVERIFY(!model.episodeAt(1));
    QVERIFY(!model.episodeAt(-1));

    // SortRole gives raw values: numbers and times sort numerically, text columns by their text.
    auto sortValue = [&](int row, int column) {
        return model.index(row, column).data(ViolationTableModel::SortRole);
    };
    QCOMPARE(sortValue(0, ViolationTableModel::Severity).toInt(), int(Severity::Critical));
    QCOMPARE(sortValue(0, ViolationTableModel::Observed).toDouble(), 0.30);
    QCOMPARE(sortValue(0, ViolationTableModel::Bound).toDouble(), 0.25);
    QCOMPARE(sortValue(0, ViolationTableModel::Opened).toLongLong(), kT0);
    QCOMPARE(sortValue(0, ViolationTableModel::LastSeen).toLongLong(), kT0);
    QCOMPARE(sortValue(0, ViolationTableModel::Closed).toLongLong(), std::numeric_limits<qint64>::max());
    QCOMPARE(sortValue(0, ViolationTableModel::Windows).toULongLong(), 1ull);
    QCOMPARE(sortValue(0, ViolationTableModel::Metric).toString(), QStringLiteral("Feature drift (PSI)"));

    // 12:01: accuracy opens (a new row); drift eases to a warning (its row changes in place).
    model.apply(tracker.apply(assess(fraudWindow(1))));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(0, ViolationTableModel::ColumnCount - 1));
    QCOMPARE(cell(model, 0, ViolationTableModel::Severity), QStringLiteral("Critical")); // the worst seen
    QCOMPARE(cell(model, 0, ViolationTableModel::Observed), QStringLiteral("0.180"));
    QCOMPARE(cell(model, 0, ViolationTableModel::Bound), QStringLiteral("0.100"));
    QCOMPARE(cell(model, 0, ViolationTableModel::LastSeen), QStringLiteral("2024-05-01 12:01:00"));
    QCOMPARE(cell(model, 0, ViolationTableModel::Windows), QStringLiteral("2"));
    QCOMPARE(cell(model, 1, ViolationTableModel::Metric), QStringLiteral("Accuracy"));
    QCOMPARE(cell(model, 1, ViolationTableModel::Severity), QStringLiteral("Warning"));
    QCOMPARE(cell(model, 1, ViolationTableModel::Severity, ViolationTableModel::SeverityRole),
             QStringLiteral("warning"));
    QCOMPARE(cell(model, 1, ViolationTableModel::Observed), QStringLiteral("0.850"));
    QCOMPARE(cell(model, 1, ViolationTableModel::Bound), QStringLiteral("0.900"));
    QCOMPARE(cell(model, 1, 0, ViolationTableModel::EpisodeIdRole), kAccuracy);

    // 12:02: drift returns inside its bound and closes; accuracy escalates. No new rows.
    changed.clear();
    model.apply(tracker.apply(assess(fraudWindow(2))));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);
    // One batch, one signal: a dataChanged over the rows that changed, not one per episode.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(1, ViolationTableModel::ColumnCount - 1));
    QCOMPARE(model.activeCount(Severity::Critical), 1); // accuracy escalated; drift closed
    QCOMPARE(model.activeCount(Severity::Warning), 0);
    QCOMPARE(cell(model, 0, ViolationTableModel::State), QStringLiteral("Closed"));
    QCOMPARE(model.index(0, 0).data(ViolationTableModel::ActiveRole).toBool(), false);
    QCOMPARE(cell(model, 0, ViolationTableModel::Closed), QStringLiteral("2024-05-01 12:02:00"));
    QCOMPARE(model.index(0, ViolationTableModel::Closed).data(ViolationTableModel::SortRole).toLongLong(),
             kT0 + 2 * kMinute);
    QCOMPARE(foreground(model, 0, ViolationTableModel::State), statusColor(MetricStatus::Ok));
    QCOMPARE(cell(model, 0, ViolationTableModel::Windows), QStringLiteral("2"));
    QCOMPARE(cell(model, 1, ViolationTableModel::Severity), QStringLiteral("Critical"));
    QCOMPARE(cell(model, 1, ViolationTableModel::Severity, ViolationTableModel::SeverityRole),
             QStringLiteral("critical"));
    QCOMPARE(cell(model, 1, ViolationTableModel::Observed), QStringLiteral("0.750"));
    QCOMPARE(cell(model, 1, ViolationTableModel::Bound), QStringLiteral("0.800"));
    QCOMPARE(cell(model, 1, ViolationTableModel::State), QStringLiteral("Active"));

    // 12:03: accuracy closes; drift breaches again, which is a new episode (a new id, a new row).
    changed.clear();
    model.apply(tracker.apply(assess(fraudWindow(3))));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(cell(model, 1, ViolationTableModel::State), QStringLiteral("Closed"));
    QCOMPARE(cell(model, 2, 0, ViolationTableModel::EpisodeIdRole), kDrift2);
    QCOMPARE(cell(model, 2, ViolationTableModel::Severity), QStringLiteral("Warning"));
    QCOMPARE(cell(model, 2, ViolationTableModel::State), QStringLiteral("Active"));
    QCOMPARE(cell(model, 0, ViolationTableModel::State), QStringLiteral("Closed")); // untouched

    // The table holds exactly the tracker's episodes.
    QCOMPARE(std::size_t(model.rowCount()), tracker.allEpisodes().size());

    // clear() forgets the ids too: the same episode comes back as a new row.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.episodeAt(0));
    ViolationTracker again;
    model.apply(again.apply(assess(fraudWindow(0))));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, 0, ViolationTableModel::EpisodeIdRole), kDrift1);
}

void TestItemModels::violationTableOperatorActions() {
    ViolationTableModel model;
    QAbstractItemModelTester tester(&model, kReport);
    ViolationTracker tracker;
    fillViolations(model, tracker);
    QCOMPARE(model.rowCount(), 4);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const auto acknowledged = tracker.acknowledge(kDrift2.toStdString(), "j.doe", "investigating the feed");
    QVERIFY(acknowledged);
    model.apply({*acknowledged});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(cell(model, 2, ViolationTableModel::Status), QStringLiteral("Acknowledged"));
    QCOMPARE(cell(model, 2, ViolationTableModel::State), QStringLiteral("Active"));

    // Resolving an active episode closes it.
    const auto resolved =
        tracker.resolve(kFailure.toStdString(), "j.doe", "retry storm fixed", kT0 + 5 * kMinute);
    QVERIFY(resolved);
    model.apply({*resolved});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(cell(model, 3, 0, ViolationTableModel::EpisodeIdRole), kFailure);
    QCOMPARE(cell(model, 3, ViolationTableModel::Status), QStringLiteral("Resolved"));
    QCOMPARE(cell(model, 3, ViolationTableModel::State), QStringLiteral("Closed"));
    QCOMPARE(cell(model, 3, ViolationTableModel::Closed), QStringLiteral("2024-05-01 12:05:00"));
}

void TestItemModels::violationFilterProxy_data() {
    using State = ViolationFilterProxy::StateFilter;
    QTest::addColumn<QString>("severity");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QString any;
    QTest::newRow("everything") << any << int(State::All) << any
                                << QStringList{kDrift1, kAccuracy, kDrift2, kFailure};
    QTest::newRow("critical") << QStringLiteral("critical") << int(State::All) << any
                              << QStringList{kDrift1, kAccuracy};
    QTest::newRow("warning") << QStringLiteral("warning") << int(State::All) << any
                             << QStringList{kDrift2, kFailure};
    QTest::newRow("active") << any << int(State::Active) << any << QStringList{kDrift2, kFailure};
    QTest::newRow("closed") << any << int(State::Closed) << any << QStringList{kDrift1, kAccuracy};
    QTest::newRow("critical and active")
        << QStringLiteral("critical") << int(State::Active) << any << QStringList{};
    QTest::newRow("warning and active")
        << QStringLiteral("warning") << int(State::Active) << any << QStringList{kDrift2, kFailure};
    QTest::newRow("model text") << any << int(State::All) << QStringLiteral("fraud")
                                << QStringList{kDrift1, kAccuracy, kDrift2};
    QTest::newRow("metric text, any case")
        << any << int(State::All) << QStringLiteral("DRIFT") << QStringList{kDrift1, kDrift2};
    QTest::newRow("metric name with a space")
        << any << int(State::All) << QStringLiteral("failure rate") << QStringList{kFailure};
    QTest::newRow("text and state") << any << int(State::Closed) << QStringLiteral("drift")
                                    << QStringList{kDrift1};
    QTest::newRow("text, state and severity") << QStringLiteral("warning") << int(State::Active)
                                              << QStringLiteral("claims") << QStringList{kFailure};
    QTest::newRow("special characters are literal")
        << any << int(State::All) << QStringLiteral("(PSI)") << QStringList{kDrift1, kDrift2};
    QTest::newRow("no match") << any << int(State::All) << QStringLiteral("latency") << QStringList{};
}

void TestItemModels::violationFilterProxy() {
    QFETCH(QString, severity);
    QFETCH(int, state);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    ViolationTableModel source;
    ViolationFilterProxy proxy;
    proxy.setSourceModel(&source);
    proxy.setSortRole(ViolationTableModel::SortRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModelTester sourceTester(&source, kReport);
    QAbstractItemModelTester proxyTester(&proxy, kReport);
    ViolationTracker tracker;
    fillViolations(source, tracker);
    QCOMPARE(source.rowCount(), 4);

    proxy.setSeverity(severity);
    proxy.setState(static_cast<ViolationFilterProxy::StateFilter>(state));
    proxy.setFilterFixedString(text);
    QCOMPARE(proxy.rowCount(), expected.size());
    QStringList ids = episodeIds(proxy);
    ids.sort();
    expected.sort();
    QCOMPARE(ids, expected);

    // Clearing every filter shows everything again.
    proxy.setSeverity({});
    proxy.setState(ViolationFilterProxy::StateFilter::All);
    proxy.setFilterFixedString({});
    QCOMPARE(proxy.rowCount(), 4);
}

void TestItemModels::violationFilterProxyFollowsUpdates() {
    ViolationTableModel source;
    ViolationFilterProxy proxy;
    proxy.setSourceModel(&source);
    proxy.setSortRole(ViolationTableModel::SortRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.sort(ViolationTableModel::Opened, Qt::DescendingOrder);
    QAbstractItemModelTester sourceTester(&source, kReport);
    QAbstractItemModelTester proxyTester(&proxy, kReport);
    ViolationTracker tracker;
    fillViolations(source, tracker);

    proxy.setState(ViolationFilterProxy::StateFilter::Active);
    QCOMPARE(episodeIds(proxy), (QStringList{kDrift2, kFailure})); // newest opened first

    // 12:04: the second drift episode closes, in place in the source: it leaves the active view.
    source.apply(tracker.apply(assess(fraudWindow(4))));
    QCOMPARE(source.rowCount(), 4);
    QCOMPARE(episodeIds(proxy), QStringList{kFailure});

    proxy.setState(ViolationFilterProxy::StateFilter::Closed);
    QCOMPARE(episodeIds(proxy), (QStringList{kDrift2, kAccuracy, kDrift1}));

    // 12:05: accuracy collapses: a new critical episode, active, so the closed view is unchanged.
    source.apply(tracker.apply(assess(makeSnapshot(kFraud, kT0 + 5 * kMinute, 0.70, 0.04))));
    QCOMPARE(source.rowCount(), 5);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setState(ViolationFilterProxy::StateFilter::Active);
    proxy.setSeverity(QStringLiteral("critical"));
    QCOMPARE(episodeIds(proxy), QStringList{QStringLiteral("fraud-detector:accuracy:2024-05-01T12_05_00Z")});

    // Sorting by the number of windows uses the raw count.
    proxy.setSeverity({});
    proxy.setState(ViolationFilterProxy::StateFilter::All);
    proxy.sort(ViolationTableModel::Windows, Qt::DescendingOrder);
    QCOMPARE(proxy.rowCount(), 5);
    QCOMPARE(proxy.index(0, ViolationTableModel::Windows).data().toString(), QStringLiteral("2"));
    QCOMPARE(proxy.index(4, ViolationTableModel::Windows).data().toString(), QStringLiteral("1"));
}

// The roles the tab's filters read, and when an episode escalated (only when the model saw it).
void TestItemModels::violationTableWorkflowRoles() {
    ViolationTableModel model;
    QAbstractItemModelTester tester(&model, kReport);
    ViolationTracker tracker;
    fillViolations(model, tracker);
    const QModelIndex accuracy = model.index(1, ViolationTableModel::Status);
    QCOMPARE(accuracy.data(ViolationTableModel::EpisodeIdRole).toString(), kAccuracy);
    QCOMPARE(accuracy.data(ViolationTableModel::MetricKeyRole).toString(), QStringLiteral("accuracy"));
    QCOMPARE(accuracy.data(ViolationTableModel::StatusRole).toString(), QStringLiteral("open"));
    QCOMPARE(accuracy.data(ViolationTableModel::OpenedMsRole).toLongLong(), kT0 + kMinute);
    QCOMPARE(accuracy.data(ViolationTableModel::ClosedMsRole).toLongLong(), kT0 + 3 * kMinute);
    QVERIFY(!model.index(2, 0).data(ViolationTableModel::ClosedMsRole).isValid()); // kDrift2 is active

    // Accuracy opened as a warning at 12:01 and became critical with the 12:02 window; drift opened
    // critical (no escalation); the others never were critical.
    QCOMPARE(model.escalatedMs(kAccuracy.toStdString()), std::optional<std::int64_t>(kT0 + 2 * kMinute));
    QCOMPARE(model.escalatedMs(kDrift1.toStdString()), std::nullopt);
    QCOMPARE(model.escalatedMs(kFailure.toStdString()), std::nullopt);
    const auto acknowledged = tracker.acknowledge(kDrift2.toStdString(), "j.doe", "looking");
    model.apply({*acknowledged});
    QCOMPARE(model.index(2, 0).data(ViolationTableModel::StatusRole).toString(),
             QStringLiteral("acknowledged"));
    model.clear();
    QCOMPARE(model.escalatedMs(kAccuracy.toStdString()), std::nullopt);
}

void TestItemModels::violationFilterFields_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("since"); // -1: unset
    QTest::addColumn<qint64>("until");
    QTest::addColumn<QStringList>("expected");
    using State = ViolationFilterProxy::StateFilter;
    const QString any;
    const QString fraud = QString::fromStdString(kFraud), claims = QString::fromStdString(kClaims);
    const int all = int(State::All);
    // kDrift1 12:00–12:02 critical · kAccuracy 12:01–12:03 critical · kDrift2 12:03– warning,
    // acknowledged · kFailure 12:00– warning. All open but kDrift2.
    QTest::newRow("nothing set") << any << any << any << any << all << -1ll << -1ll
                                 << QStringList{kDrift1, kAccuracy, kDrift2, kFailure};
    QTest::newRow("model") << fraud << any << any << any << all << -1ll << -1ll
                           << QStringList{kDrift1, kAccuracy, kDrift2};
    QTest::newRow("other model") << claims << any << any << any << all << -1ll << -1ll
                                 << QStringList{kFailure};
    QTest::newRow("model id is exact")
        << QStringLiteral("fraud") << any << any << any << all << -1ll << -1ll << QStringList{};
    QTest::newRow("metric") << any << QStringLiteral("feature_drift") << any << any << all << -1ll << -1ll
                            << QStringList{kDrift1, kDrift2};
    QTest::newRow("metric and severity") << any << QStringLiteral("accuracy") << QStringLiteral("critical")
                                         << any << all << -1ll << -1ll << QStringList{kAccuracy};
    QTest::newRow("acknowledged") << any << any << any << QStringLiteral("acknowledged") << all << -1ll
                                  << -1ll << QStringList{kDrift2};
    QTest::newRow("open") << any << any << any << QStringLiteral("open") << all << -1ll << -1ll
                          << QStringList{kDrift1, kAccuracy, kFailure};
    QTest::newRow("resolved") << any << any << any << QStringLiteral("resolved") << all << -1ll << -1ll
                              << QStringList{};
    QTest::newRow("model, open, closed")
        << fraud << any << any << QStringLiteral("open") << int(State::Closed) << -1ll << -1ll
        << QStringList{kDrift1, kAccuracy};
    QTest::newRow("since drops what closed before")
        << any << any << any << any << all << qint64(kT0) + 2 * kMinute + 30'000 << -1ll
        << QStringList{kAccuracy, kDrift2, kFailure};
    QTest::newRow("since is inclusive") << any << any << any << any << all << qint64(kT0) + 2 * kMinute
                                        << -1ll << QStringList{kDrift1, kAccuracy, kDrift2, kFailure};
    QTest::newRow("until drops what opened after")
        << any << any << any << any << all << -1ll << qint64(kT0) + 30'000 << QStringList{kDrift1, kFailure};
    QTest::newRow("until is inclusive") << any << any << any << any << all << -1ll << qint64(kT0) + kMinute
                                        << QStringList{kDrift1, kAccuracy, kFailure};
    QTest::newRow("an instant") << any << any << any << any << all << qint64(kT0) + 3 * kMinute + 30'000
                                << qint64(kT0) + 3 * kMinute + 30'000 << QStringList{kDrift2, kFailure};
    QTest::newRow("range and model") << fraud << any << any << any << all << qint64(kT0) + 3 * kMinute
                                     << qint64(kT0) + 4 * kMinute << QStringList{kAccuracy, kDrift2};
    QTest::newRow("range before everything") << any << any << any << any << all << qint64(kT0) - 2 * kMinute
                                             << qint64(kT0) - kMinute << QStringList{};
}

void TestItemModels::violationFilterFields() {
    QFETCH(QString, model);
    QFETCH(QString, metric);
    QFETCH(QString, severity);
    QFETCH(QString, status);
    QFETCH(int, state);
    QFETCH(qint64, since);
    QFETCH(qint64, until);
    QFETCH(QStringList, expected);

    ViolationTableModel source;
    ViolationFilterProxy proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester sourceTester(&source, kReport);
    QAbstractItemModelTester proxyTester(&proxy, kReport);
    ViolationTracker tracker;
    fillViolations(source, tracker);
    source.apply({*tracker.acknowledge(kDrift2.toStdString(), "j.doe", "looking")});

    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    proxy.setModelId(model);
    proxy.setMetric(metric);
    proxy.setSeverity(severity);
    proxy.setStatus(status);
    proxy.setState(static_cast<ViolationFilterProxy::StateFilter>(state));
    proxy.setTimeRange(since < 0 ? std::nullopt : std::optional<qint64>(since),
                       until < 0 ? std::nullopt : std::optional<qint64>(until));
    QStringList ids = episodeIds(proxy);
    ids.sort();
    expected.sort();
    QCOMPARE(ids, expected);

    // Setting the same filters again re-filters nothing.
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    proxy.setModelId(model);
    proxy.setMetric(metric);
    proxy.setStatus(status);
    proxy.setTimeRange(proxy.sinceMs(), proxy.untilMs());
    QCOMPARE(removed.count() + inserted.count(), 0);
}

// The timeline: opened, escalated, each action in time order, closed; equal times keep that order.
void TestItemModels::episodeTimeline() {
    EpisodeTimelineModel model;
    QAbstractItemModelTester tester(&model, kReport);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(EpisodeTimelineModel::ColumnCount));
    verifyHeaders(model);

    ViolationTracker tracker;
    ViolationTableModel table;
    fillViolations(table, tracker);
    ViolationEpisode e = *table.find(kAccuracy.toStdString()); // 12:01–12:03, critical from 12:02
    e.actions = {{OperatorAction::Kind::Acknowledge, "bob", "looking, \"now\"", kT0 + 2 * kMinute + 30'000},
                 {OperatorAction::Kind::Note, "ana", "upstream label lag", kT0 + 3 * kMinute},
                 {OperatorAction::Kind::Resolve, "ana", "labels caught up", kT0 + 4 * kMinute}};
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setEpisode(&e, table.escalatedMs(e.id));
    QCOMPARE(reset.count(), 1);
    using C = EpisodeTimelineModel::Column;
    const QStringList events = {QStringLiteral("Opened"),       QStringLiteral("Escalated to critical"),
                                QStringLiteral("Acknowledged"), QStringLiteral("Note"),
                                QStringLiteral("Closed"),       QStringLiteral("Resolved")};
    QCOMPARE(model.rowCount(), events.size());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(cell(model, row, C::Event), events.at(row));
    QCOMPARE(cell(model, 0, C::Time), QStringLiteral("2024-05-01 12:01:00"));
    QCOMPARE(cell(model, 1, C::Time), QStringLiteral("2024-05-01 12:02:00"));
    QCOMPARE(cell(model, 2, C::Time), QStringLiteral("2024-05-01 12:02:30"));
    QCOMPARE(cell(model, 2, C::Actor), QStringLiteral("bob"));
    QCOMPARE(cell(model, 2, C::Note), QStringLiteral("looking, \"now\""));
    QCOMPARE(cell(model, 3, C::Actor), QStringLiteral("ana"));
    QCOMPARE(cell(model, 4, C::Time), QStringLiteral("2024-05-01 12:03:00")); // note, then closed
    QCOMPARE(cell(model, 4, C::Actor), QString());
    QCOMPARE(model.index(5, 0).data(EpisodeTimelineModel::KindRole).toInt(),
             int(EpisodeTimelineModel::Kind::Resolved));
    QCOMPARE(model.index(5, 0).data(EpisodeTimelineModel::TimeMsRole).toLongLong(), kT0 + 4 * kMinute);

    // The same episode again (every frame re-shows it): no reset. Without the escalation time there
    // is no escalated entry; nullptr clears.
    model.setEpisode(&e, table.escalatedMs(e.id));
    QCOMPARE(reset.count(), 1);
    model.setEpisode(&e, std::nullopt);
    QCOMPARE(model.rowCount(), events.size() - 1);
    QCOMPARE(cell(model, 1, C::Event), QStringLiteral("Acknowledged"));
    model.setEpisode(nullptr, std::nullopt);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 3);
}

void TestItemModels::labelBreakdownShowsEveryMetric() {
    LabelBreakdownModel model;
    QAbstractItemModelTester tester(&model, kReport);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.label());
    QCOMPARE(model.columnCount(), int(LabelBreakdownModel::ColumnCount));
    verifyHeaders(model);
    QCOMPARE(model.headerData(LabelBreakdownModel::Bound, Qt::Horizontal).toString(),
             QStringLiteral("Bound crossed"));

    const AssuranceLabel first = assess(fraudWindow(0));
    QCOMPARE(first.verdict, Verdict::NotAssured);
    model.setLabel(first);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), int(kSeedMetricCount));
    QVERIFY(model.label());
    QCOMPARE(model.label()->windowEndMs, kT0);

    using C = LabelBreakdownModel::Column;
    const int accuracy = int(SeedMetric::Accuracy);
    QCOMPARE(cell(model, accuracy, C::Metric), QStringLiteral("Accuracy"));
    QCOMPARE(cell(model, accuracy, C::Value), QStringLiteral("0.930"));
    QCOMPARE(cell(model, accuracy, C::Status), QStringLiteral("Within tolerance"));
    QCOMPARE(cell(model, accuracy, C::Bound), QStringLiteral("—"));
    QCOMPARE(cell(model, accuracy, C::Score), QStringLiteral("100"));
    QCOMPARE(cell(model, accuracy, C::Weight), QStringLiteral("20 %"));
    QCOMPARE(cell(model, accuracy, C::Metric, LabelBreakdownModel::StatusRole), QStringLiteral("ok"));

    const int rmse = int(SeedMetric::Rmse); // null for a classifier
    QCOMPARE(cell(model, rmse, C::Metric), QStringLiteral("RMSE"));
    QCOMPARE(cell(model, rmse, C::Value), QStringLiteral("—"));
    QCOMPARE(cell(model, rmse, C::Status), QStringLiteral("Not evaluated"));
    QCOMPARE(cell(model, rmse, C::Score), QStringLiteral("—"));
    QCOMPARE(cell(model, rmse, C::Weight), QStringLiteral("—"));
    QCOMPARE(cell(model, rmse, C::Value, LabelBreakdownModel::StatusRole), QStringLiteral("not_evaluated"));

    const int drift = int(SeedMetric::FeatureDrift);
    QCOMPARE(cell(model, drift, C::Metric), QStringLiteral("Feature drift (PSI)"));
    QCOMPARE(cell(model, drift, C::Value), QStringLiteral("0.300"));
    QCOMPARE(cell(model, drift, C::Status), QStringLiteral("Critical"));
    QCOMPARE(cell(model, drift, C::Bound), QStringLiteral("0.250"));
    QCOMPARE(cell(model, drift, C::Score), QStringLiteral("0"));
    QCOMPARE(cell(model, drift, C::Weight), QStringLiteral("20 %"));
    QCOMPARE(cell(model, drift, C::Status, LabelBreakdownModel::StatusRole), QStringLiteral("critical"));
    QCOMPARE(foreground(model, drift, C::Status), statusColor(MetricStatus::Critical));
    QVERIFY(!model.index(drift, C::Value).data(Qt::ForegroundRole).isValid());

    QCOMPARE(cell(model, int(SeedMetric::DomainViolationCount), C::Value), QStringLiteral("3"));
    QCOMPARE(cell(model, int(SeedMetric::DomainViolationCount), C::Weight), QStringLiteral("10 %"));
    QCOMPARE(cell(model, int(SeedMetric::FailureRate), C::Value), QStringLiteral("1.00 %"));
    // Watts have a relative bound and no baseline: shown, but not evaluated.
    QCOMPARE(cell(model, int(SeedMetric::WattsPerInference), C::Value), QStringLiteral("0.4 W"));
    QCOMPARE(cell(model, int(SeedMetric::WattsPerInference), C::Status), QStringLiteral("Not evaluated"));
    QCOMPARE(cell(model, int(SeedMetric::ConfidenceFloor), C::Metric),
             QStringLiteral("Confidence floor (p5)"));
    QCOMPARE(cell(model, int(SeedMetric::ConfidenceVariance), C::Value), QStringLiteral("0.0210"));

    QCOMPARE(model.index(accuracy, C::Value).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QVERIFY(!model.index(accuracy, C::Metric).data(Qt::TextAlignmentRole).isValid());

    // The next window's label replaces the table in one reset.
    model.setLabel(assess(fraudWindow(1)));
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), int(kSeedMetricCount));
    QCOMPARE(model.label()->windowEndMs, kT0 + kMinute);
    QCOMPARE(cell(model, accuracy, C::Status), QStringLiteral("Warning"));
    QCOMPARE(cell(model, accuracy, C::Bound), QStringLiteral("0.900"));
    QCOMPARE(cell(model, accuracy, C::Score), QStringLiteral("50"));
    QCOMPARE(cell(model, drift, C::Status, LabelBreakdownModel::StatusRole), QStringLiteral("warning"));
    QCOMPARE(cell(model, drift, C::Bound), QStringLiteral("0.100"));
}

void TestItemModels::rejectionTableNewestFirst() {
    RejectionTableModel model;
    QAbstractItemModelTester tester(&model, kReport);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.columnCount(), int(RejectionTableModel::ColumnCount));
    verifyHeaders(model);
    QCOMPARE(model.headerData(RejectionTableModel::Excerpt, Qt::Horizontal).toString(),
             QStringLiteral("Message"));

    RejectionLog log;
    log.record({RejectReason::InvalidJson, "", "expected ',' or '}' after object member"},
               R"({"model_id": "fraud-detector", "prediction": 0.9)", kT0 + 1500);
    log.record({RejectReason::BadModelId, "model_id", "does not match ^[A-Za-z0-9._-]{1,128}$"},
               R"({"model_id": "fraud detector!", "prediction": 1})", kT0 + 2500);
    log.record({RejectReason::InvalidUtf8, "", "invalid UTF-8 at byte 14"}, "{\"model_id\": \"\xff\xfe\"}",
               kT0 + 3000);
    model.setRecent(recentOf(log), log.total());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 3);

    using C = RejectionTableModel::Column;
    QCOMPARE(cell(model, 0, C::Time), QStringLiteral("12:00:03"));
    QCOMPARE(cell(model, 0, C::Reason), QStringLiteral("Not valid UTF-8"));
    QCOMPARE(cell(model, 0, C::Excerpt), QStringLiteral(R"({"model_id": "\xff\xfe"})"));
    QCOMPARE(cell(model, 0, C::Detail), QStringLiteral("invalid UTF-8 at byte 14"));
    QCOMPARE(cell(model, 1, C::Reason), QStringLiteral("Invalid model_id"));
    QCOMPARE(cell(model, 1, C::Field), QStringLiteral("model_id"));
    QCOMPARE(cell(model, 1, C::Detail), QStringLiteral("does not match ^[A-Za-z0-9._-]{1,128}$"));
    QCOMPARE(cell(model, 1, C::Time, Qt::ToolTipRole),
             QStringLiteral(R"({"model_id": "fraud detector!", "prediction": 1})"));
    QCOMPARE(cell(model, 2, C::Reason), QStringLiteral("Not valid JSON"));
    QCOMPARE(cell(model, 2, C::Time), QStringLiteral("12:00:01"));
    QVERIFY(cell(model, 2, C::Field).isEmpty());

    // The source resends its whole recent list every frame: an unchanged list is not a reset.
    model.setRecent(recentOf(log), log.total());
    QCOMPARE(reset.count(), 1);

    // Long messages are cut to an excerpt.
    log.record({RejectReason::Oversize, "", "message of 2048 bytes exceeds 1024"}, std::string(2048, 'x'),
               kT0 + 4000);
    model.setRecent(recentOf(log), log.total());
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(cell(model, 0, C::Reason), QStringLiteral("Message too large"));
    QVERIFY(cell(model, 0, C::Excerpt).endsWith(QChar(0x2026)));
    QCOMPARE(cell(model, 0, C::Excerpt).size(), qsizetype(RejectionLog::kExcerptBytes + 1));

    // A bounded log keeps the same number of rows while its total grows: still a new table.
    RejectionLog bounded(2);
    RejectionTableModel recent;
    QAbstractItemModelTester recentTester(&recent, kReport);
    for (int i = 1; i <= 3; ++i)
        bounded.record({RejectReason::MissingField, "prediction", "required"},
                       "{\"n\": " + std::to_string(i) + "}", kT0 + i * 1000);
    recent.setRecent(recentOf(bounded), bounded.total());
    QCOMPARE(recent.rowCount(), 2);
    QCOMPARE(cell(recent, 0, C::Excerpt), QStringLiteral(R"({"n": 3})"));
    QCOMPARE(cell(recent, 0, C::Reason), QStringLiteral("Required field missing"));
    bounded.record({RejectReason::BadTimestamp, "ts", "not a date-time"}, R"({"n": 4})", kT0 + 4000);
    recent.setRecent(recentOf(bounded), bounded.total());
    QCOMPARE(recent.rowCount(), 2);
    QCOMPARE(cell(recent, 0, C::Excerpt), QStringLiteral(R"({"n": 4})"));
    QCOMPARE(cell(recent, 1, C::Excerpt), QStringLiteral(R"({"n": 3})"));
}

void TestItemModels::consoleStoreFoldsFrames() {
    ConsoleStore store(nullptr, 3); // three closed windows of history per model
    QAbstractItemModelTester modelsTester(store.models(), kReport);
    QAbstractItemModelTester logTester(store.inferenceLog(), kReport);
    QAbstractItemModelTester alertsTester(store.alerts(), kReport);
    QAbstractItemModelTester violationsTester(store.violations(), kReport);
    QAbstractItemModelTester rejectionsTester(store.rejections(), kReport);
    QSignalSpy frameApplied(&store, &ConsoleStore::frameApplied);
    QSignalSpy labelsChanged(&store, &ConsoleStore::labelsChanged);
    QSignalSpy rejectionResets(store.rejections(), &QAbstractItemModel::modelReset);

    ViolationTracker tracker;
    RejectionLog rejections;
    const ModelInfo fraud{kFraud, "Fraud detector", TaskType::Classification};
    const ModelInfo claims{kClaims, "", TaskType::Classification};

    // Frame 1, the source's first: both models' 12:00 windows, an open window, three events.
    auto first = std::make_shared<ConsoleFrame>();
    first->nowMs = kT0 + 500;
    RecordDelta &record1 = first->record.emplace();
    record1.reset = true;
    record1.models = std::vector<ModelInfo>{fraud, claims};
    record1.tolerances = {defaultTolerances(kFraud), defaultTolerances(kClaims)};
    addWindow(record1, tracker, fraudWindow(0));
    addWindow(record1, tracker, claimsWindow());
    Snapshot open = makeSnapshot(kFraud, kT0 + kMinute, 0.91, 0.20);
    open.provisional = true;
    LiveDelta &live1 = first->live.emplace();
    live1.reset = true;
    live1.provisional = {open};
    live1.log = {logEntry(kFraud, 1, kT0 + 100), logEntry(kClaims, 2, kT0 + 200),
                 logEntry(kFraud, 3, kT0 + 300)};
    rejections.record({RejectReason::InvalidJson, "", "unexpected end of input"},
                      "{\"model_id\":", kT0 + 250);
    setRejections(*first, rejections);
    live1.acceptedTotal = 3;
    live1.eventsPerSecond = 6.0;
    store.applyFrame(first);

    QCOMPARE(store.framesApplied(), 1u);
    QCOMPARE(frameApplied.count(), 1);
    QCOMPARE(labelsChanged.count(), 1);
    QCOMPARE(store.lastFrameMs(), kT0 + 500);
    QCOMPARE(store.models()->rowCount(), 2);
    QCOMPARE(store.history(kFraud).size(), 1u);
    QCOMPARE(store.history(kClaims).size(), 1u);
    QVERIFY(store.history(kSoil).empty());
    QVERIFY(store.label(kFraud));
    QCOMPARE(store.label(kFraud)->windowEndMs, kT0);
    QCOMPARE(store.label(kFraud)->verdict, Verdict::NotAssured);
    QVERIFY(store.tolerances(kClaims));
    QVERIFY(store.provisional(kFraud));
    QCOMPARE(store.provisional(kFraud)->windowEndMs, kT0 + kMinute);
    QVERIFY(!store.provisional(kClaims));
    QCOMPARE(store.displayName(kFraud), std::string("Fraud detector"));
    QCOMPARE(store.displayName(kClaims), kClaims);
    QCOMPARE(store.violations()->rowCount(), 2); // fraud drift, claims failure rate
    QCOMPARE(store.alerts()->rowCount(), 2);
    QCOMPARE(store.inferenceLog()->rowCount(), 3);
    QCOMPARE(cell(*store.inferenceLog(), 0, InferenceLogModel::Transaction), QStringLiteral("tx-3"));
    QCOMPARE(store.rejections()->rowCount(), 1);
    QCOMPARE(store.rejectedTotal(), 1u);
    QCOMPARE(store.rejectedByReason()[std::size_t(RejectReason::InvalidJson)], 1u);
    QCOMPARE(store.acceptedTotal(), 3u);

    // Frame 2: the 12:01 window closes; nothing new was rejected, no window is open.
    auto second = std::make_shared<ConsoleFrame>();
    second->nowMs = kT0 + kMinute + 500;
    RecordDelta &record2 = second->record.emplace();
    record2.models = std::vector<ModelInfo>{fraud, claims};
    addWindow(record2, tracker, fraudWindow(1));
    LiveDelta &live2 = second->live.emplace();
    live2.provisionalGone = {kFraud};
    live2.log = {logEntry(kFraud, 4, kT0 + kMinute + 100), logEntry(kFraud, 5, kT0 + kMinute + 200)};
    setRejections(*second, rejections);
    store.applyFrame(second);

    QCOMPARE(store.framesApplied(), 2u);
    QCOMPARE(labelsChanged.count(), 2);
    QCOMPARE(store.models()->rowCount(), 2);
    QCOMPARE(store.history(kFraud).size(), 2u);
    QCOMPARE(store.history(kClaims).size(), 1u);
    QCOMPARE(store.label(kFraud)->windowEndMs, kT0 + kMinute);
    QVERIFY(store.tolerances(kFraud)); // tolerances persist between frames
    QVERIFY(!store.provisional(kFraud));
    QCOMPARE(store.violations()->rowCount(), 3); // + accuracy
    QCOMPARE(store.alerts()->rowCount(), 3);
    QCOMPARE(store.inferenceLog()->rowCount(), 5);
    QCOMPARE(cell(*store.inferenceLog(), 0, InferenceLogModel::Transaction), QStringLiteral("tx-5"));
    QCOMPARE(store.rejections()->rowCount(), 1);
    QCOMPARE(rejectionResets.count(), 1);

    // Frame 3: a third model appears and two windows close at once; history keeps the last three.
    auto third = std::make_shared<ConsoleFrame>();
    third->nowMs = kT0 + 3 * kMinute + 500;
    RecordDelta &record3 = third->record.emplace();
    record3.models = std::vector<ModelInfo>{fraud, claims, {kSoil, "Soil moisture", TaskType::Regression}};
    addWindow(record3, tracker, fraudWindow(2));
    addWindow(record3, tracker, fraudWindow(3));
    third->live.emplace().log = {logEntry(kSoil, 6, kT0 + 3 * kMinute + 100)};
    rejections.record({RejectReason::MissingModelId, "model_id", "required"}, R"({"prediction": 1})",
                      kT0 + 3 * kMinute + 50);
    setRejections(*third, rejections);
    store.applyFrame(third);

    QCOMPARE(store.models()->rowCount(), 3);
    QCOMPARE(store.models()->idAt(2), QStringLiteral("soil-moisture"));
    QCOMPARE(store.history(kFraud).size(), 3u);
    QCOMPARE(store.history(kFraud).front().windowEndMs, kT0 + kMinute);
    QCOMPARE(store.history(kFraud).back().windowEndMs, kT0 + 3 * kMinute);
    QCOMPARE(store.label(kFraud)->windowEndMs, kT0 + 3 * kMinute);
    QCOMPARE(store.violations()->rowCount(), 4); // + the second drift episode
    QCOMPARE(cell(*store.violations(), 0, ViolationTableModel::State), QStringLiteral("Closed"));
    QCOMPARE(store.alerts()->rowCount(), 7);
    QCOMPARE(cell(*store.alerts(), 0, 0, AlertListModel::EpisodeIdRole), kDrift2);
    QCOMPARE(store.inferenceLog()->rowCount(), 6);
    QCOMPARE(store.rejections()->rowCount(), 2);
    QCOMPARE(cell(*store.rejections(), 0, RejectionTableModel::Reason), QStringLiteral("No model_id"));
    QCOMPARE(store.rejectedTotal(), 2u);

    // Frame 4: no window closed, so the labels did not change.
    auto fourth = std::make_shared<ConsoleFrame>();
    fourth->nowMs = kT0 + 3 * kMinute + 600;
    fourth->record.emplace().models = record3.models;
    setRejections(*fourth, rejections);
    store.applyFrame(fourth);
    QCOMPARE(frameApplied.count(), 4);
    QCOMPARE(labelsChanged.count(), 3);
    QCOMPARE(store.history(kFraud).size(), 3u);

    // Frame 5: the source restarted. Everything from before is gone.
    QSignalSpy modelsReset(store.models(), &QAbstractItemModel::modelReset);
    QSignalSpy logReset(store.inferenceLog(), &QAbstractItemModel::modelReset);
    QSignalSpy alertsReset(store.alerts(), &QAbstractItemModel::modelReset);
    QSignalSpy violationsReset(store.violations(), &QAbstractItemModel::modelReset);
    ViolationTracker restarted;
    auto fifth = std::make_shared<ConsoleFrame>();
    fifth->nowMs = kT0 + 10 * kMinute;
    RecordDelta &record5 = fifth->record.emplace();
    record5.reset = true;
    record5.models = std::vector<ModelInfo>{fraud};
    record5.tolerances = {defaultTolerances(kFraud)};
    addWindow(record5, restarted, makeSnapshot(kFraud, kT0 + 9 * kMinute, 0.96, 0.03));
    LiveDelta &live5 = fifth->live.emplace();
    live5.reset = true;
    live5.log = {logEntry(kFraud, 100, kT0 + 9 * kMinute + 100)};
    store.applyFrame(fifth);

    QCOMPARE(modelsReset.count(), 1);
    QCOMPARE(logReset.count(), 1);
    QCOMPARE(alertsReset.count(), 1);
    QCOMPARE(violationsReset.count(), 1);
    QCOMPARE(store.models()->rowCount(), 1);
    QCOMPARE(store.models()->rowOf(QStringLiteral("claims-triage")), -1);
    QCOMPARE(store.history(kFraud).size(), 1u);
    QCOMPARE(store.history(kFraud).front().windowEndMs, kT0 + 9 * kMinute);
    QVERIFY(store.history(kClaims).empty());
    QVERIFY(!store.label(kClaims));
    QVERIFY(!store.tolerances(kClaims));
    QCOMPARE(store.label(kFraud)->verdict, Verdict::Assured);
    QCOMPARE(store.violations()->rowCount(), 0);
    QCOMPARE(store.alerts()->rowCount(), 0);
    QCOMPARE(store.inferenceLog()->rowCount(), 1);
    QCOMPARE(cell(*store.inferenceLog(), 0, InferenceLogModel::Transaction), QStringLiteral("tx-100"));
    QCOMPARE(store.rejections()->rowCount(), 0);
    QCOMPARE(store.rejectedTotal(), 0u);
    QCOMPARE(store.framesApplied(), 5u);
}

void TestItemModels::consoleStoreInitialFrameReplacesRejections() {
    ConsoleStore store;
    QAbstractItemModelTester rejectionsTester(store.rejections(), kReport);

    RejectionLog before;
    before.record({RejectReason::InvalidJson, "", "unexpected end of input"}, "{\"model_id\":", kT0);
    before.record({RejectReason::MissingModelId, "model_id", "required"}, R"({"prediction": 1})", kT0 + 1000);
    auto first = std::make_shared<ConsoleFrame>();
    first->live.emplace().reset = true;
    setRejections(*first, before);
    store.applyFrame(first);
    QCOMPARE(cell(*store.rejections(), 0, RejectionTableModel::Reason), QStringLiteral("No model_id"));

    // Another source (or the same one restarted) has also rejected two messages, different ones.
    // Its first frame must replace the table, even though the count and total happen to match.
    RejectionLog after;
    after.record({RejectReason::Oversize, "", "message of 2048 bytes exceeds 1024"}, std::string(2048, 'x'),
                 kT0 + 60'000);
    after.record({RejectReason::BadTimestamp, "ts", "not a date-time"}, R"({"ts": "yesterday"})",
                 kT0 + 61'000);
    auto restarted = std::make_shared<ConsoleFrame>();
    restarted->live.emplace().reset = true;
    setRejections(*restarted, after);
    store.applyFrame(restarted);
    QCOMPARE(store.rejectedTotal(), 2u);
    QCOMPARE(store.rejections()->rowCount(), 2);
    QCOMPARE(cell(*store.rejections(), 0, RejectionTableModel::Reason), QStringLiteral("Invalid timestamp"));
    QCOMPARE(cell(*store.rejections(), 1, RejectionTableModel::Reason), QStringLiteral("Message too large"));
}

// Points and the tolerance rule: what each metric adds, and the rule it was held to.
void TestItemModels::labelBreakdownExplainsWithTolerances() {
    LabelBreakdownModel model;
    QAbstractItemModelTester tester(&model, kReport);
    verifyHeaders(model);
    using C = LabelBreakdownModel::Column;
    // 12:01: drift 0.18 and accuracy 0.85 are warnings; RMSE and watts not evaluated.
    const ToleranceSet tolerances = defaultTolerances(kFraud);
    const AssuranceLabel label = assessSnapshot(fraudWindow(1), tolerances);
    model.setLabel(label);
    QCOMPARE(cell(model, int(SeedMetric::Accuracy), C::Rule), QStringLiteral("v1 not in the record"));
    model.setLabel(label, &tolerances);
    QCOMPARE(model.rowCount(), int(kSeedMetricCount));
    QCOMPARE(model.tolerances()->version, 1);

    // The points sum to the score; each is score × the renormalised weight.
    const auto parts = scoreContributions(label);
    double sum = 0.0, shares = 0.0;
    for (const auto &p : parts) {
        sum += p.points;
        shares += p.share;
    }
    QVERIFY(qFuzzyCompare(sum, *label.score));
    QVERIFY(qFuzzyCompare(shares, 1.0));
    // Evaluated weights: 0.20 + 0.20 + 0.10 + 0.15 + 0.05 + 0.05 = 0.75; accuracy is 0.20 / 0.75.
    const int accuracy = int(SeedMetric::Accuracy);
    QCOMPARE(cell(model, accuracy, C::Points), QStringLiteral("13.3 of 26.7"));
    QCOMPARE(cell(model, accuracy, C::Rule), QStringLiteral("< 0.900 · < 0.800"));
    QVERIFY(
        cell(model, accuracy, C::Status, Qt::ToolTipRole).contains(QStringLiteral("warning bound 0.900")));
    QVERIFY(cell(model, accuracy, C::Points, Qt::ToolTipRole).contains(QStringLiteral("13.3")));
    const int rmse = int(SeedMetric::Rmse);
    QCOMPARE(cell(model, rmse, C::Points), QStringLiteral("—"));
    QVERIFY(cell(model, rmse, C::Status, Qt::ToolTipRole).contains(QStringLiteral("no value")));
    // Watts: relative bounds without a baseline.
    const int watts = int(SeedMetric::WattsPerInference);
    QCOMPARE(cell(model, watts, C::Rule), QStringLiteral("needs a baseline"));
    QVERIFY(cell(model, watts, C::Status, Qt::ToolTipRole).contains(QStringLiteral("no baseline")));
    QCOMPARE(cell(model, int(SeedMetric::FeatureDrift), C::Rule), QStringLiteral("> 0.100 · > 0.250"));
    QVERIFY(cell(model, int(SeedMetric::FeatureDrift), C::Status, Qt::ToolTipRole)
                .contains(QStringLiteral("0.180")));
}

// The history table: newest first, one reset per pull, new labels inserted at the top, the chain
// break on its row.
void TestItemModels::labelHistoryNewestFirstWithChain() {
    LabelHistoryModel model;
    QAbstractItemModelTester tester(&model, kReport);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(LabelHistoryModel::ColumnCount));
    QCOMPARE(model.rowNearest(kT0), -1);
    QVERIFY(!model.labelAt(0));
    verifyHeaders(model);

    std::vector<HistoryLabel> labels;
    std::string head;
    for (int minute = 0; minute < 5; ++minute) {
        AssuranceLabel l = assess(fraudWindow(minute));
        chainLabel(l, head);
        head = l.hash;
        labels.push_back({l, serializeLabel(l), LabelProvenance::Stored});
    }
    model.setHistory(labels, std::nullopt);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    using C = LabelHistoryModel::Column;
    // Newest first: 12:04 on top.
    QCOMPARE(cell(model, 0, C::Time), QStringLiteral("2024-05-01 12:04:00"));
    QCOMPARE(cell(model, 4, C::Time), QStringLiteral("2024-05-01 12:00:00"));
    QCOMPARE(model.index(4, 0).data(LabelHistoryModel::WindowEndRole).toLongLong(), kT0);
    QCOMPARE(model.labelAt(0)->label.windowEndMs, kT0 + 4 * kMinute);
    QCOMPARE(model.rowOfIndex(0), 4);
    QCOMPARE(model.rowOfIndex(9), -1);
    QCOMPARE(model.rowNearest(kT0 + 2 * kMinute + 20'000), 2);
    QCOMPARE(model.rowNearest(kT0 - 5 * kMinute), 4);
    QCOMPARE(model.rowNearest(kT0 + 50 * kMinute), 0);
    // 12:00: drift critical → not assured, grade F.
    QCOMPARE(cell(model, 4, C::Verdict), QStringLiteral("Not assured"));
    QCOMPARE(cell(model, 4, C::Verdict, LabelHistoryModel::VerdictRole), QStringLiteral("not_assured"));
    QCOMPARE(foreground(model, 4, C::Verdict), verdictColor(Verdict::NotAssured));
    QCOMPARE(cell(model, 4, C::Grade), QString(QLatin1Char(*labels[0].label.grade)));
    QCOMPARE(cell(model, 4, C::Score), QString::number(*labels[0].label.score, 'f', 1));
    QCOMPARE(model.index(4, C::Score).data(LabelHistoryModel::ScoreRole).toDouble(), *labels[0].label.score);
    QCOMPARE(cell(model, 0, C::ToleranceVersion), QStringLiteral("v1"));
    QCOMPARE(cell(model, 0, C::Hash), QString::fromStdString(labels[4].label.hash.substr(0, 12)));
    QCOMPARE(cell(model, 0, C::Hash, LabelHistoryModel::HashRole),
             QString::fromStdString(labels[4].label.hash));
    QVERIFY(cell(model, 0, C::Hash, Qt::ToolTipRole).contains(QString::fromStdString(labels[3].label.hash)));
    QCOMPARE(cell(model, 0, C::Chain), QString());
    QVERIFY(!model.index(0, 0).data(LabelHistoryModel::ChainBreakRole).toBool());

    // A break at the third label, and an altered one.
    LabelChainBreak b{2, "the label for 2024-05-01T12_02_00Z has a prev_hash that is not …"};
    labels[1].provenance = LabelProvenance::Altered;
    model.setHistory(labels, b);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.chainBreak()->index, std::size_t(2));
    QCOMPARE(cell(model, 2, C::Chain), QStringLiteral("chain breaks here"));
    QVERIFY(model.index(2, 0).data(LabelHistoryModel::ChainBreakRole).toBool());
    QCOMPARE(cell(model, 2, C::Chain, Qt::ToolTipRole), QString::fromStdString(b.reason));
    QCOMPARE(foreground(model, 2, C::Chain), statusColor(MetricStatus::Critical));
    QCOMPARE(cell(model, 3, C::Chain), QStringLiteral("hash does not match"));

    // Newer labels go on top in one insert; a break among them is indexed into the whole history.
    model.setHistory({labels.begin(), labels.begin() + 3}, std::nullopt);
    model.append({labels.begin() + 3, labels.end()}, LabelChainBreak{1, "x"});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.labelAt(0)->label.windowEndMs, kT0 + 4 * kMinute);
    QCOMPARE(model.chainBreak()->index, std::size_t(4));
    model.append({}, std::nullopt);
    QCOMPARE(inserted.count(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.chainBreak());
}

QTEST_MAIN(TestItemModels)
#include "tst_item_models.moc"
