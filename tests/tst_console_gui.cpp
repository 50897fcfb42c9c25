// GUI smoke test under QT_QPA_PLATFORM=offscreen: the real window on the real Demo source.
#include "ConsoleStore.h"
#include "MainWindow.h"
#include "models/ViolationTableModel.h"
#include "sources/DemoTelemetrySource.h"
#include "tabs/AssuranceLabelTab.h"
#include "tabs/RealTimeMetricsTab.h"
#include "tabs/ViolationsTab.h"
#include "widgets/LabelCard.h"
#include "widgets/MetricChart.h"

#include <QDir>
#include <QTabWidget>
#include <QTest>

using namespace assurance;
using namespace assurance::ui;

class TestConsoleGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void windowShowsLiveDemo();
};

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
    LabelCard *card = window.assuranceLabels()->card(QStringLiteral("flood-risk-predictor"));
    QVERIFY(card);
    QTRY_VERIFY_WITH_TIMEOUT(
        QStringLiteral("ABCDF").contains(card->gradeText()) && card->gradeText().size() == 1, 10000);
    QVERIFY(!card->verdictText().isEmpty());

    // An hour of one-minute windows: the charts of the selected model hold ~60 closed windows.
    RealTimeMetricsTab *rt = window.realTimeMetrics();
    QCOMPARE(rt->selectedModel(), QStringLiteral("flood-risk-predictor"));
    QVERIFY2(rt->charts()[static_cast<std::size_t>(SeedMetric::Accuracy)]->pointCount() >= 55,
             qPrintable(QString::number(rt->charts()[0]->pointCount())));
    QVERIFY(window.statusText().contains(QStringLiteral("Demo")));
    QVERIFY(window.statusText().contains(QStringLiteral("Running")));

    // The claims model's scripted incident recurs every 30 minutes, so the last hour holds some.
    QTRY_VERIFY_WITH_TIMEOUT(store.violations()->rowCount() > 0, 10000);
    QVERIFY(window.violations()->summaryText().contains(QStringLiteral("episodes")));
    QVERIFY(!rt->rejectedText().isEmpty());

    QTest::qWait(600); // a few live frames
    const QString dir = QStringLiteral(ASSURANCE_TEST_ARTIFACTS);
    QDir().mkpath(dir);
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

QTEST_MAIN(TestConsoleGui)
#include "tst_console_gui.moc"
