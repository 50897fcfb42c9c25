// The console's audit log: AuditService on its own thread, the Audit & Evidence tab and its models,
// and the changes the console records (connection, settings, checkpoints, verifications).
#include "ConsoleCommands.h"
#include "ConsoleStore.h"
#include "EvidenceFixture.h"
#include "MainWindow.h"
#include "RedisFixture.h"
#include "audit/AuditReplicator.h"
#include "audit/AuditService.h"
#include "commands/EpisodeCommand.h"
#include "commands/RedisEpisodeWriter.h"
#include "dialogs/ConnectionDialog.h"
#include "dialogs/ExportEvidenceDialog.h"
#include "evidence/EvidenceContent.h"
#include "evidence/EvidenceExport.h"
#include "evidence/EvidenceExportJob.h"
#include "evidence/TrustedKeys.h"
#include "models/AuditEntryFeed.h"
#include "models/AuditEntryTableModel.h"
#include "models/CheckpointTableModel.h"
#include "models/ModelCatalogModel.h"
#include "models/ModelConfigTableModel.h"
#include "models/ModelListModel.h"
#include "models/ToleranceVersionTableModel.h"
#include "models/ViolationTableModel.h"
#include "signing/Sha256.h"
#include "sources/EvidenceTelemetrySource.h"
#include "sources/WorkerThread.h"
#include "tabs/AuditEvidenceTab.h"
#include "tabs/ModelConfigurationTab.h"
#include "tabs/ViolationsTab.h"
#include "widgets/EvidenceBanner.h"
#include "widgets/EvidencePackView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCoroTask>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
using namespace assurance;
using namespace assurance::audit;
using namespace assurance::ui;

namespace {

// A log of `count` entries written in one transaction (appending one by one syncs each to disk):
// the same chain AuditLog writes, hash = SHA-256(prev_hash ‖ canonical entry), so it verifies.
// Entry i: actor "alice@host" for odd i, "bob@host" for even; action "source.connect" every third
// entry, else "settings.change"; target "target-<i>"; time t0 + i minutes.
constexpr std::int64_t kT0 = 1'700'000'000'000;

bool makeLog(const QString &path, int count) {
    std::string error;
    std::string installation;
    {
        auto log = AuditLog::open(path.toStdString(), &error);
        if (!log) {
            qWarning("%s", error.c_str());
            return false;
        }
        installation = log->installationId();
    }
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk"));
        db.setDatabaseName(path);
        ok = db.open() && db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO entries(seq, time_ms, installation, actor, action, target, "
                                 "details, prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        signing::Digest prev{};
        signing::Sha256 sha;
        for (int i = 1; ok && i <= count; ++i) {
            AuditEntry e;
            e.seq = i;
            e.timeMs = kT0 + i * 60'000LL;
            e.installation = installation;
            e.actor = i % 2 ? "alice@host" : "bob@host";
            e.action = i % 3 == 0 ? "source.connect" : "settings.change";
            e.target = "target-" + std::to_string(i);
            e.details = "{\"n\":" + std::to_string(i) + "}";
            e.prevHash = signing::toHex(prev);
            prev = sha.add(prev).add(canonicalEntry(e)).finish();
            e.hash = signing::toHex(prev);
            q.addBindValue(qlonglong(e.seq));
            q.addBindValue(qlonglong(e.timeMs));
            for (const std::string *s :
                 {&e.installation, &e.actor, &e.action, &e.target, &e.details, &e.prevHash, &e.hash})
                q.addBindValue(QString::fromStdString(*s));
            ok = q.exec();
            if (!ok)
                qWarning("%s", qPrintable(q.lastError().text()));
        }
        ok = ok && db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bulk"));
    return ok;
}

bool openAndWait(AuditService &service, const QString &path) {
    service.open(path);
    return QTest::qWaitFor([&] { return service.state() != AuditService::State::Opening; }, 10000) &&
           service.state() == AuditService::State::Open;
}

std::vector<AuditEntry> readBack(const QString &path) {
    std::string error;
    auto log = AuditLog::open(path.toStdString(), &error, AuditLog::Mode::ReadOnly);
    if (!log)
        return {};
    return log->entries({}, &error).value_or(std::vector<AuditEntry>{});
}

} // namespace

class TestAuditConsole : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void recordsFromTheGuiThreadWithoutBlocking();
    void openingErrorsAreShownAndRecordsFail();
    void modelsUnderTester();
    void filters();
    void periodicAndManualCheckpoints();
    void largeLogLoadsAndVerifiesResponsively();
    void tamperedLogNamesTheFirstBrokenEntry();
    void connectionChangesAreRecordedWithoutPassword();
    void theLogIsCopiedToRedisWhileConnected();
    void evidencePacksAreReviewedReadOnly();
    void evidenceIsExportedFromTheTab();
    void operatorActionsFromTheViolationsTab();

private:
    QTemporaryDir m_data;
};

namespace {

// Saves a screenshot of `w` into $ASSURANCE_SCREENSHOTS (when set) as `name`.png.
void screenshot(QWidget *w, const char *name) {
    const QString dir = qEnvironmentVariable("ASSURANCE_SCREENSHOTS");
    QTest::qWait(50); // pending layout requests first: a grab right after a change shows the old geometry
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

std::vector<AuditEntry> entriesWithAction(const QString &path, const std::string &action) {
    std::vector<AuditEntry> out;
    for (auto &e : readBack(path))
        if (e.action == action)
            out.push_back(std::move(e));
    return out;
}

} // namespace

void TestAuditConsole::initTestCase() {
    QVERIFY(m_data.isValid());
    // Nothing may reach the real home directory.
    qputenv("ASSURANCE_DATA_DIR", m_data.filePath(QStringLiteral("data")).toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
}

void TestAuditConsole::cleanup() {
    QVERIFY(WorkerThread::awaitRetired(std::chrono::seconds(5)));
}

void TestAuditConsole::recordsFromTheGuiThreadWithoutBlocking() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.db"));
    AuditService service;
    QSignalSpy recorded(&service, &AuditService::recorded);
    QSignalSpy failed(&service, &AuditService::recordFailed);
    service.open(path);
    // Records made while the log is still opening are queued, not lost; none of the calls waits for
    // the disk (each append is synced before it returns on the worker).
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 200; ++i)
        service.record({"settings.change", "settings/n", "{\"after\":" + std::to_string(i) + "}", {}});
    const qint64 spent = timer.elapsed();
    QVERIFY2(spent < 100, qPrintable(QStringLiteral("record() took %1 ms for 200 calls").arg(spent)));
    QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 200, 30000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(service.state(), AuditService::State::Open);
    QCOMPARE(service.info().entries, 200);
    QVERIFY(!service.info().installationId.isEmpty());
    QCOMPARE(service.info().keyFingerprint.size(), 64);

    // A separate connection sees them in the file, in order, with the details canonicalised.
    const auto entries = readBack(path);
    QCOMPARE(entries.size(), std::size_t(200));
    QCOMPARE(entries[41].seq, 42);
    QCOMPARE(entries[41].details, std::string("{\"after\":41}"));
    QCOMPARE(entries[41].actor, currentActor());

    // A bad record is reported, never dropped silently.
    service.record({"settings.change", "x", "[1]", {}});
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.front().front().toString().contains(QStringLiteral("settings.change")));

    // Entries come back page by page on the worker.
    AuditQuery q;
    q.filter.afterSeq = 190;
    q.filter.limit = 5;
    const auto page = QCoro::waitFor(service.entries(q));
    QVERIFY(page);
    QCOMPARE(page.value->entries.size(), std::size_t(5));
    QCOMPARE(page.value->scannedTo, 195);
    QVERIFY(!page.value->complete);

    // Records queued just before close() are still written.
    for (int i = 0; i < 20; ++i)
        service.record({"settings.change", "late", "{}", {}});
    service.close();
    QVERIFY(WorkerThread::awaitRetired(std::chrono::seconds(10)));
    QCOMPARE(readBack(path).size(), std::size_t(220));
}

void TestAuditConsole::openingErrorsAreShownAndRecordsFail() {
    QTemporaryDir dir;
    QFile notADir(dir.filePath(QStringLiteral("file")));
    QVERIFY(notADir.open(QIODevice::WriteOnly));
    notADir.close();
    QFile corrupt(dir.filePath(QStringLiteral("corrupt.db")));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write(QByteArray(4096, 'x'));
    corrupt.close();
    for (const QString &path :
         {dir.filePath(QStringLiteral("file/audit.db")), dir.filePath(QStringLiteral("corrupt.db"))}) {
        AuditService service;
        AuditEvidenceTab tab;
        tab.setService(&service);
        QVERIFY(!openAndWait(service, path));
        QCOMPARE(service.state(), AuditService::State::Failed);
        QVERIFY(!service.error().isEmpty());
        QVERIFY2(tab.stateText().contains(QStringLiteral("could not be opened")),
                 qPrintable(tab.stateText()));
        QVERIFY(!tab.verifyButton()->isEnabled());
        QSignalSpy failed(&service, &AuditService::recordFailed);
        service.record({"source.connect", "demo", "{}", {}});
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(tab.stateText().contains(QStringLiteral("Last failure")));
    }
}

void TestAuditConsole::modelsUnderTester() {
    AuditEntryTableModel entries;
    QAbstractItemModelTester entryTester(&entries, QAbstractItemModelTester::FailureReportingMode::Fatal);
    std::vector<AuditEntry> batch;
    for (int i = 1; i <= 5; ++i) {
        AuditEntry e;
        e.seq = i;
        e.timeMs = kT0 + i;
        e.actor = "alice@host";
        e.action = "settings.change";
        e.target = "t" + std::to_string(i);
        e.details = "{\"n\":1}";
        batch.push_back(e);
    }
    entries.append(batch);
    QCOMPARE(entries.rowCount(), 5);
    entries.append(batch); // already shown: nothing inserted
    QCOMPARE(entries.rowCount(), 5);
    QCOMPARE(entries.index(2, AuditEntryTableModel::Seq).data().toLongLong(), 3);
    QCOMPARE(entries.index(2, AuditEntryTableModel::Time).data().toString(),
             QStringLiteral("2023-11-14 22:13:20"));
    QCOMPARE(entries.index(2, AuditEntryTableModel::Target).data().toString(), QStringLiteral("t3"));
    QCOMPARE(entries.rowOfSeq(4), 3);
    QCOMPARE(entries.rowOfSeq(9), -1);
    entries.setBrokenSeq(3);
    QVERIFY(entries.index(2, 0).data(Qt::BackgroundRole).isValid());
    entries.clear();
    QCOMPARE(entries.rowCount(), 0);

    CheckpointTableModel checkpoints;
    QAbstractItemModelTester checkpointTester(&checkpoints,
                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    StoredCheckpoint c;
    c.id = 1;
    c.checkpoint.size = 7;
    c.checkpoint.timeMs = kT0;
    c.checkpoint.note = "origin\n7\n…";
    checkpoints.setCheckpoints({c});
    checkpoints.append(c); // known
    c.id = 2;
    checkpoints.append(c);
    QCOMPARE(checkpoints.rowCount(), 2);
    QCOMPARE(checkpoints.index(1, CheckpointTableModel::Size).data().toULongLong(), 7u);
    QCOMPARE(checkpoints.index(1, CheckpointTableModel::Root).data().toString().size(), 64);
}

void TestAuditConsole::filters() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.db"));
    QVERIFY(makeLog(path, 30));
    AuditService service;
    QVERIFY(openAndWait(service, path));
    AuditEntryTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    AuditEntryFeed feed(&model);
    feed.setService(&service);
    QTRY_VERIFY(!feed.loading());
    QCOMPARE(model.rowCount(), 30);

    auto expect = [&](AuditQuery q, int rows) {
        feed.setQuery(q);
        QTRY_VERIFY(!feed.loading());
        QCOMPARE(model.rowCount(), rows);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(q.matches(model.entryAt(r)));
    };
    AuditQuery q;
    q.filter.actor = "alice@host";
    expect(q, 15);
    q.filter.action = "source"; // a prefix matches its dotted actions
    expect(q, 5);               // 3, 9, 15, 21, 27
    q = {};
    q.targetContains = QStringLiteral("TARGET-1"); // case-insensitive substring
    expect(q, 11);                                 // 1, 10..19
    q = {};
    q.filter.sinceMs = kT0 + 10 * 60'000LL;
    q.filter.untilMs = kT0 + 12 * 60'000LL;
    expect(q, 3);

    // Entries recorded from now on appear when they match the query in force.
    q = {};
    q.filter.action = "settings";
    expect(q, 20);
    service.record({"settings.change", "new", "{}", {}});
    service.record({"source.disconnect", "new", "{}", {}});
    QTRY_COMPARE(model.rowCount(), 21);
    QCOMPARE(model.entryAt(20).seq, 31);

    // Filtering through the tab's fields.
    AuditEvidenceTab tab;
    tab.setService(&service);
    QTRY_VERIFY(!tab.feed()->loading());
    QCOMPARE(tab.entries()->rowCount(), 32);
    auto *target = tab.findChild<QLineEdit *>(QStringLiteral("targetFilter"));
    QVERIFY(target);
    target->setText(QStringLiteral("new"));
    QTRY_COMPARE(tab.entries()->rowCount(), 2);
}

void TestAuditConsole::periodicAndManualCheckpoints() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.db"));
    AuditService service;
    service.setCheckpointInterval(std::chrono::milliseconds(150));
    QVERIFY(openAndWait(service, path));
    AuditEvidenceTab tab;
    tab.setService(&service);
    QSignalSpy made(&service, &AuditService::checkpointMade);
    QTest::qWait(400);
    QCOMPARE(made.size(), 0); // nothing to sign yet
    service.record({"settings.change", "x", "{}", {}});
    QTRY_COMPARE_WITH_TIMEOUT(made.size(), 1, 5000);
    QTest::qWait(400);
    QCOMPARE(made.size(), 1); // only its own audit.checkpoint entry since: no new one
    QTRY_COMPARE(tab.checkpoints()->rowCount(), 1);
    service.setCheckpointInterval(std::chrono::milliseconds(0));

    service.record({"settings.change", "y", "{}", {}});
    QTRY_VERIFY(tab.checkpointButton()->isEnabled());
    QTest::mouseClick(tab.checkpointButton(), Qt::LeftButton);
    QTRY_COMPARE(tab.checkpoints()->rowCount(), 2);
    QTRY_COMPARE(tab.entries()->rowCount(), 4); // x, checkpoint 1, y, checkpoint 2
    const auto entries = readBack(path);
    QCOMPARE(entries.back().action, std::string("audit.checkpoint"));
    QCOMPARE(tab.checkpoints()->index(1, CheckpointTableModel::Size).data().toLongLong(), 3);
}

void TestAuditConsole::largeLogLoadsAndVerifiesResponsively() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.db"));
    QVERIFY(makeLog(path, 10'000));
    AuditService service;
    ConsoleStore store;
    MainWindow window(&store);
    window.setAuditService(&service);
    window.tabs()->setCurrentIndex(MainWindow::AuditEvidence);
    window.resize(1440, 900);
    window.show();
    AuditEvidenceTab *tab = window.auditEvidence();

    // The GUI thread keeps turning: a 10 ms timer fires all along, never held up long.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, worstGap = 0;
    int ticks = 0;
    QTimer heartbeat;
    heartbeat.setInterval(10);
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        worstGap = std::max(worstGap, now - last);
        last = now;
        ++ticks;
    });
    heartbeat.start();
    service.open(path);
    QTRY_VERIFY_WITH_TIMEOUT(service.state() == AuditService::State::Open && !tab->feed()->loading() &&
                                 tab->entries()->rowCount() == 10'000,
                             30000);
    QVERIFY(ticks > 0);

    const int ticksBeforeVerify = ticks;
    QSignalSpy finished(tab, &AuditEvidenceTab::verifyFinished);
    QVERIFY(tab->verifyButton()->isEnabled());
    QTest::mouseClick(tab->verifyButton(), Qt::LeftButton);
    QVERIFY(tab->verifying());
    QVERIFY(tab->cancelButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY2(finished.front().front().toBool(), qPrintable(tab->verifyResultText()));
    QVERIFY(tab->verifyResultText().startsWith(QStringLiteral("VERIFIED")));
    QVERIFY(tab->verifyResultText().contains(QStringLiteral("10000 entries")));
    QVERIFY(ticks > ticksBeforeVerify);
    QVERIFY2(worstGap < 1000, qPrintable(QStringLiteral("the event loop stalled %1 ms").arg(worstGap)));
    // audit.verify was recorded with its result and shows up in the tab.
    QTRY_COMPARE(tab->entries()->rowCount(), 10'001);
    const AuditEntry &verify = tab->entries()->entryAt(10'000);
    QCOMPARE(verify.action, std::string("audit.verify"));
    QVERIFY(verify.details.find("\"result\":\"verified\"") != std::string::npos);

    // Cancel: the worker stops, the tab says so.
    QTest::mouseClick(tab->verifyButton(), Qt::LeftButton);
    QTest::mouseClick(tab->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QVERIFY(!tab->verifying());

    QTest::mouseClick(tab->checkpointButton(), Qt::LeftButton);
    QTRY_COMPARE(tab->checkpoints()->rowCount(), 1);
    QTRY_VERIFY(tab->entries()->rowCount() >= 10'003);
    QTest::qWait(200);
    QVERIFY(window.grab().save(QStringLiteral("/tmp/audit-tab.png")));
}

void TestAuditConsole::tamperedLogNamesTheFirstBrokenEntry() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.db"));
    QVERIFY(makeLog(path, 100));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("DROP TRIGGER entries_no_update")), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("UPDATE entries SET actor='mallory' WHERE seq=42")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

    AuditService service;
    AuditEvidenceTab tab;
    tab.setService(&service);
    QVERIFY(openAndWait(service, path));
    QTRY_VERIFY(!tab.feed()->loading() && tab.entries()->rowCount() == 100);
    QSignalSpy finished(&tab, &AuditEvidenceTab::verifyFinished);
    QTest::mouseClick(tab.verifyButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.front().front().toBool(), false);
    QVERIFY2(tab.verifyResultText().contains(QStringLiteral("First broken entry: entry 42")),
             qPrintable(tab.verifyResultText()));
    QVERIFY(tab.verifyProblems().contains(QStringLiteral("entry 42 INVALID: hash value doesn't match")));
    QVERIFY(tab.entries()->index(41, 0).data(Qt::BackgroundRole).isValid());
    QTRY_VERIFY(tab.entries()->rowCount() == 101);
    QVERIFY(tab.entries()->entryAt(100).details.find("\"first_broken_entry\":42") != std::string::npos);
}

void TestAuditConsole::connectionChangesAreRecordedWithoutPassword() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.db"));
    QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    AuditService service;
    QVERIFY(openAndWait(service, path));
    ConsoleStore store;
    MainWindow window(&store);
    window.setAuditService(&service);
    ConsoleCommands commands(&window, &service, &settings);
    QSignalSpy recorded(&service, &AuditService::recorded);

    window.openConnectDialog();
    ConnectionDialog *dialog = window.connectDialog();
    QVERIFY(dialog);
    auto *kind = dialog->findChild<QComboBox *>();
    kind->setCurrentIndex(kind->findData(int(SourceKind::Direct)));
    const auto edits = dialog->findChildren<QLineEdit *>();
    QVERIFY(edits.size() >= 3);
    edits.at(0)->setText(QStringLiteral("redis://ops:hunter2@127.0.0.1:1/2")); // the URL
    edits.at(1)->setText(QStringLiteral("s3cret-pass"));                       // the password
    edits.at(2)->setText(QStringLiteral("127.0.0.1:1"));                       // brokers
    dialog->accept();
    QTRY_COMPARE(recorded.size(), 1);
    AuditEntry e = recorded.at(0).at(0).value<AuditEntry>();
    QCOMPARE(e.action, std::string("source.connect"));
    QCOMPARE(e.target, std::string("direct redis://ops@127.0.0.1:1/2 kafka 127.0.0.1:1/model-telemetry"));
    QVERIFY(e.details.find("\"redis_url\":\"redis://ops@127.0.0.1:1/2\"") != std::string::npos);
    QVERIFY(e.details.find("\"before\":null") != std::string::npos);
    for (const auto &stored : readBack(path))
        for (const std::string *s : {&stored.target, &stored.details})
            for (const char *secret : {"hunter2", "s3cret", "***"})
                QVERIFY2(s->find(secret) == std::string::npos, s->c_str());
    QVERIFY(!settings.allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("password")));

    // Another source: a switch with both sides.
    ConnectionSettings demo;
    demo.kind = SourceKind::Demo;
    QVERIFY(commands.connectSource(demo));
    QTRY_COMPARE(recorded.size(), 2);
    e = recorded.at(1).at(0).value<AuditEntry>();
    QCOMPARE(e.action, std::string("source.switch"));
    QCOMPARE(e.target, std::string("demo"));
    QVERIFY(e.details.find("\"before\":{\"agent_group\"") != std::string::npos);

    // File → Disconnect.
    Q_EMIT window.disconnectRequested();
    QTRY_COMPARE(recorded.size(), 3);
    QCOMPARE(recorded.at(2).at(0).value<AuditEntry>().action, std::string("source.disconnect"));
    QVERIFY(!commands.source());

    // A setting changed in the Audit tab.
    Q_EMIT window.auditEvidence()->checkpointIntervalRequested(15);
    QTRY_COMPARE(recorded.size(), 4);
    e = recorded.at(3).at(0).value<AuditEntry>();
    QCOMPARE(e.action, std::string("settings.change"));
    QCOMPARE(e.details, std::string("{\"after\":{\"audit.checkpoint_interval_minutes\":15},"
                                    "\"before\":{\"audit.checkpoint_interval_minutes\":60}}"));
    QCOMPARE(settings.value(QStringLiteral("audit/checkpointIntervalMinutes")).toInt(), 15);
    QCOMPARE(service.checkpointInterval(), std::chrono::milliseconds(std::chrono::minutes(15)));
    Q_EMIT window.auditEvidence()->checkpointIntervalRequested(15); // no change, nothing recorded
    QTest::qWait(200);
    QCOMPARE(recorded.size(), 4);
    commands.stop();
}

void TestAuditConsole::theLogIsCopiedToRedisWhileConnected() {
    // Entries recorded before the connection are backfilled, later ones follow; after a Redis outage
    // the copy catches up (docs/audit.md "In Redis").
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("replicated.db"));
    AuditService service;
    QVERIFY(openAndWait(service, path));
    for (int i = 0; i < 3; ++i)
        service.record({"settings.change", "settings/x", "{\"i\":" + std::to_string(i) + "}", {}});
    QTRY_COMPARE(readBack(path).size(), std::size_t(3));
    RedisServer redis;
    QVERIFY(redis.start());
    QSignalSpy replicated(&service, &AuditService::replicated);
    QSignalSpy failed(&service, &AuditService::replicationFailed);
    std::string error;
    service.replicateTo(*parseRedisUrl(redis.url(), &error));
    const QString stream = QString::fromStdString(
        replicatedLogKey(service.info().installationId.toStdString())); // audit:{I}:log
    QTRY_COMPARE_WITH_TIMEOUT(redis.command({QStringLiteral("XLEN"), stream}).trimmed(), QByteArray("3"),
                              10000);
    service.record({"settings.change", "settings/x", "{\"i\":3}", {}});
    QTRY_COMPARE_WITH_TIMEOUT(redis.command({QStringLiteral("XLEN"), stream}).trimmed(), QByteArray("4"),
                              10000);
    // Each message holds the entry's exact canonical bytes.
    const auto entries = readBack(path);
    QVERIFY(redis.command({QStringLiteral("XRANGE"), stream, QStringLiteral("4-0"), QStringLiteral("4-0")})
                .contains(QByteArray::fromStdString(canonicalEntry(entries.back()))));
    // Stopped: nothing more is copied.
    service.replicateTo(std::nullopt);
    service.record({"settings.change", "settings/x", "{\"i\":4}", {}});
    QTRY_COMPARE(readBack(path).size(), std::size_t(5));
    QTest::qWait(300);
    QCOMPARE(redis.command({QStringLiteral("XLEN"), stream}).trimmed(), QByteArray("4"));
    QVERIFY(!replicated.isEmpty());
}

void TestAuditConsole::evidencePacksAreReviewedReadOnly() {
    // One record, exported signed and unsigned, and a tampered copy: each opened in the console the
    // way File → Open Evidence… does, with its banner, the pack's own tables, the record in the
    // other tabs, and nothing that would write.
    QTemporaryDir dir;
    RedisServer redis;
    QVERIFY(redis.start());
    std::string error;
    const QString recordLog = dir.filePath(QStringLiteral("record-audit.db"));
    QVERIFY2(evidencefixture::writeReviewRecord(redis, recordLog, false, &error), error.c_str());
    const auto orgKey = signing::SigningKey::generate();
    const QString signedPack = dir.filePath(QStringLiteral("signed.tar"));
    const QString unsignedPack = dir.filePath(QStringLiteral("unsigned.tar"));
    {
        RedisClient client(*parseRedisUrl(redis.url(), &error));
        QVERIFY(client.connect());
        auto log = AuditLog::open(recordLog.toStdString(), &error);
        QVERIFY(log);
        evidence::ExportOptions o;
        o.models = {"m1", "m2"};
        o.sinceMs = evidencefixture::kT0;
        o.untilMs = evidencefixture::kT0 + 30 * evidencefixture::kMinute;
        o.recordName = "redis://127.0.0.1/0";
        o.log = log.get();
        o.outPath = unsignedPack.toStdString();
        QVERIFY2(evidence::exportPack(client, o, &error), error.c_str());
        o.key = &orgKey;
        o.outPath = signedPack.toStdString();
        QVERIFY2(evidence::exportPack(client, o, &error), error.c_str());
    }
    redis.stop(); // review happens offline: nothing may need the network from here on
    // The tampered copy: one byte of a snapshot changed, the manifest left as it was.
    auto members = evidencefixture::readPack(unsignedPack);
    for (auto &[name, bytes] : members)
        if (name == "snapshots.jsonl")
            bytes[bytes.find("0.9")] = '7';
    const QString tampered = dir.filePath(QStringLiteral("tampered.tar"));
    QVERIFY(evidencefixture::writePack(tampered, members));

    const QString consoleLog = dir.filePath(QStringLiteral("console.db"));
    AuditService audit;
    QVERIFY(openAndWait(audit, consoleLog));
    QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    ConsoleStore store;
    MainWindow window(&store);
    window.setAuditService(&audit);
    ConsoleCommands commands(&window, &audit, &settings);
    QSignalSpy readOnly(&window, &MainWindow::readOnlyChanged);
    window.show();
    EvidenceBanner *banner = window.evidenceBanner();
    AuditEvidenceTab *tab = window.auditEvidence();
    QVERIFY(!banner->isVisible());

    auto open = [&](const QString &pack, EvidenceBanner::State expected) {
        Q_EMIT window.evidenceRequested(pack); // what File → Open Evidence… sends
        QTRY_COMPARE_WITH_TIMEOUT(banner->state(), expected, 20000);
    };

    // Signed by a key nobody trusts yet: intact, but the signer is unknown.
    open(signedPack, EvidenceBanner::State::UnknownSigner);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->titleText(), QStringLiteral("Signed by an unknown key"));
    QVERIFY(banner->detailText().contains(QString::fromStdString(orgKey.publicKey().fingerprint())));
    QVERIFY(banner->trustButton()->isVisible());
    QVERIFY(window.readOnly());
    QCOMPARE(readOnly.size(), 1);
    QCOMPARE(readOnly.front().front().toBool(), true);
    QVERIFY(!tab->exportButton()->isEnabled());
    QVERIFY(!window.violations()->readOnlyText().isEmpty()); // acknowledge, resolve, note: disabled
    // Model Configuration: the pack's configurations, read-only with the window's reason.
    QVERIFY(window.modelConfiguration()->readOnly());
    QCOMPARE(window.modelConfiguration()->readOnlyReason(), readOnly.front().at(1).toString());
    QTRY_COMPARE(window.modelConfiguration()->catalog()->rowOf("m1"), 0);
    QCOMPARE(tab->pages()->currentIndex(), int(AuditEvidenceTab::PackPage));
    // The record in the other tabs, the rest on the pack page.
    QTRY_COMPARE(store.models()->rowCount(), 2);
    QVERIFY(!store.history("m1").empty());
    EvidencePackView *view = tab->packView();
    QAbstractItemModelTester t1(view->toleranceVersions(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(view->configs(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->toleranceVersions()->rowCount(), 2);
    QCOMPARE(view->toleranceVersions()->index(1, ToleranceVersionTableModel::Version).data().toString(),
             QStringLiteral("v2"));
    QCOMPARE(view->toleranceVersions()->index(1, ToleranceVersionTableModel::Author).data().toString(),
             QStringLiteral("dana@risk"));
    QCOMPARE(view->configs()->rowCount(), 1);
    QCOMPARE(view->configs()->index(0, ModelConfigTableModel::DisplayName).data().toString(),
             QStringLiteral("Credit scorer"));
    QVERIFY(view->auditEntries()->rowCount() >= 14);
    QVERIFY(view->verdictLines()->stringList().join(QLatin1Char('\n')).contains(QStringLiteral("valid")));
    window.resize(1440, 900);
    screenshot(&window, "evidence-unknown-signer");
    tab->pages()->setCurrentIndex(AuditEvidenceTab::PackPage);
    window.tabs()->setCurrentWidget(tab);
    screenshot(&window, "evidence-pack-page");
    window.tabs()->setCurrentIndex(MainWindow::RealTimeMetrics);

    // "Trust this key…", confirmed: the key joins the trusted keys and the pack is verified again.
    banner->trustButton()->click();
    QMessageBox *box = window.findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY(box->text().contains(QString::fromStdString(orgKey.publicKey().fingerprint())));
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(banner->state(), EvidenceBanner::State::Verified, 20000);
    QCOMPARE(banner->titleText(), QStringLiteral("Verified"));
    QVERIFY(!banner->trustButton()->isVisible());
    const auto trusted = evidence::loadTrustedKeys();
    QCOMPARE(trusted.size(), std::size_t(1));
    QVERIFY(trusted.front() == orgKey.publicKey());
    screenshot(&window, "evidence-verified");

    // Unsigned: integrity only, never "Verified".
    open(unsignedPack, EvidenceBanner::State::IntegrityOnly);
    QCOMPARE(banner->titleText(), QStringLiteral("Integrity only — not signed"));
    QVERIFY(!banner->trustButton()->isVisible());
    screenshot(&window, "evidence-integrity-only");

    // Tampered: NOT VERIFIED, the first broken record named on the banner.
    open(tampered, EvidenceBanner::State::NotVerified);
    QCOMPARE(banner->titleText(), QStringLiteral("NOT VERIFIED"));
    QVERIFY2(banner->detailText().contains(QStringLiteral("snapshots.jsonl")),
             qPrintable(banner->detailText()));
    QVERIFY(window.readOnly());
    screenshot(&window, "evidence-not-verified");

    // Leaving the pack: writable again, banner and pack page gone.
    Q_EMIT window.disconnectRequested();
    QVERIFY(!window.readOnly());
    QVERIFY(!banner->isVisible());
    QVERIFY(!tab->pages()->isTabEnabled(AuditEvidenceTab::PackPage));
    QVERIFY(window.violations()->readOnlyText().isEmpty());
    QVERIFY(!window.modelConfiguration()->readOnlyReason().isEmpty()); // no source: nothing to edit

    // Every review and the trust decision are in the console's audit log.
    QTRY_COMPARE(entriesWithAction(consoleLog, "evidence.review").size(), std::size_t(4));
    const auto reviews = entriesWithAction(consoleLog, "evidence.review");
    QVERIFY(reviews[0].details.find("\"verdict\":\"unknown_signer\"") != std::string::npos);
    QVERIFY(reviews[1].details.find("\"verdict\":\"verified\"") != std::string::npos);
    QVERIFY(reviews[2].details.find("\"verdict\":\"integrity_only\"") != std::string::npos);
    QVERIFY(reviews[3].details.find("\"verdict\":\"not_verified\"") != std::string::npos);
    QVERIFY(reviews[3].details.find("first_broken") != std::string::npos);
    const auto trust = entriesWithAction(consoleLog, "evidence.trust_key");
    QCOMPARE(trust.size(), std::size_t(1));
    QCOMPARE(trust[0].target, "key/" + orgKey.publicKey().fingerprint());
    commands.stop();
}

void TestAuditConsole::evidenceIsExportedFromTheTab() {
    // On Direct, Export evidence pack… asks what to export, shows progress, and writes a pack that
    // verifies; the export's own entry shows in the tab. A cancelled export leaves no file.
    QTemporaryDir dir;
    RedisServer redis;
    QVERIFY(redis.start());
    std::string error;
    const QString consoleLog = dir.filePath(QStringLiteral("console.db"));
    QVERIFY2(evidencefixture::writeReviewRecord(redis, consoleLog, false, &error), error.c_str());
    AuditService audit;
    QVERIFY(openAndWait(audit, consoleLog));
    QSettings settings(dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    ConsoleStore store;
    MainWindow window(&store);
    window.setAuditService(&audit);
    ConsoleCommands commands(&window, &audit, &settings);
    AuditEvidenceTab *tab = window.auditEvidence();
    QVERIFY(!tab->exportButton()->isEnabled()); // nothing to export from without a record
    window.show();
    ConnectionSettings direct;
    direct.kind = SourceKind::Direct;
    direct.redisUrl = QString::fromStdString(redis.url());
    QVERIFY(commands.connectSource(direct));
    QVERIFY(tab->exportButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(store.models()->rowCount(), 2, 20000);

    auto chooseAndExport = [&](const QString &out, bool cancel) {
        tab->exportButton()->click();
        ExportEvidenceDialog *dialog = window.exportDialog();
        QVERIFY(dialog);
        ExportEvidenceDialog::Choice c;
        c.models = {QStringLiteral("m1")};
        c.sinceMs = evidencefixture::kT0;
        c.untilMs = evidencefixture::kT0 + 30 * evidencefixture::kMinute;
        c.outPath = out;
        dialog->setChoice(c);
        QSignalSpy finished(tab, &AuditEvidenceTab::exportFinished);
        if (cancel) // Redis held still: the export is surely running when Cancel is pressed
            QCOMPARE(::kill(static_cast<pid_t>(redis.processId()), SIGSTOP), 0);
        dialog->accept();
        if (cancel) {
            QVERIFY(!tab->exportCancelButton()->isHidden());
            tab->exportCancelButton()->click();
            QTest::qWait(100);
            ::kill(static_cast<pid_t>(redis.processId()), SIGCONT);
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    };

    // An incomplete form is refused in the dialog, which stays open.
    tab->exportButton()->click();
    QVERIFY(window.exportDialog());
    window.exportDialog()->setChoice({{}, 0, 1, QStringLiteral("x.tar"), {}});
    window.exportDialog()->accept();
    QCOMPARE(window.exportDialog()->errorText(), QStringLiteral("Tick at least one model."));
    window.exportDialog()->reject();
    QTRY_VERIFY(!window.exportDialog());

    const QString cancelled = dir.filePath(QStringLiteral("cancelled.tar"));
    chooseAndExport(cancelled, true);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(tab->exportResultText(), QStringLiteral("Export cancelled: no file was written."));
    QVERIFY(!QFile::exists(cancelled));

    const QString out = dir.filePath(QStringLiteral("from-the-tab.tar"));
    chooseAndExport(out, false);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(tab->exportResultText().startsWith(QStringLiteral("Exported")),
             qPrintable(tab->exportResultText()));
    const auto verdict = evidence::verifyPack(out.toStdString(), {});
    QCOMPARE(verdict.trust, evidence::PackTrust::IntegrityOnly);
    QVERIFY(tab->exportResultText().contains(QString::fromStdString(verdict.rootDigest)));
    QVERIFY(tab->exportButton()->isEnabled());
    // The export's own entry, appended through its own connection, reaches the tab.
    QTRY_VERIFY_WITH_TIMEOUT(tab->entries()->rowCount() > 0 &&
                                 tab->entries()->entryAt(tab->entries()->rowCount() - 1).action ==
                                     "evidence.export",
                             10000);
    window.resize(1440, 900);
    window.tabs()->setCurrentWidget(tab);
    screenshot(&window, "evidence-exported");
    commands.stop();
}

void TestAuditConsole::operatorActionsFromTheViolationsTab() {
    // Two consoles on one Direct record: the first acknowledges an episode from its Violations tab,
    // the second sees the action live; the second, acting on what it saw before a third party
    // changed the episode, is refused with who did what, and nothing is overwritten.
    QTemporaryDir dir;
    RedisServer redis;
    QVERIFY(redis.start());
    std::string error;
    QVERIFY2(
        evidencefixture::writeReviewRecord(redis, dir.filePath(QStringLiteral("record.db")), false, &error),
        error.c_str());
    struct Console {
        AuditService audit;
        QSettings settings;
        ConsoleStore store;
        MainWindow window{&store};
        ConsoleCommands commands{&window, &audit, &settings};
        explicit Console(const QString &ini)
            : settings(ini, QSettings::IniFormat) {
            window.setAuditService(&audit);
        }
    };
    Console a(dir.filePath(QStringLiteral("a.ini"))), b(dir.filePath(QStringLiteral("b.ini")));
    QVERIFY(openAndWait(a.audit, dir.filePath(QStringLiteral("a.db"))));
    QVERIFY(openAndWait(b.audit, dir.filePath(QStringLiteral("b.db"))));
    ConnectionSettings direct;
    direct.kind = SourceKind::Direct;
    direct.redisUrl = QString::fromStdString(redis.url());
    QVERIFY(a.commands.connectSource(direct));
    QVERIFY(b.commands.connectSource(direct));
    // An open episode both consoles show.
    std::string id;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const ViolationTableModel *rows = a.store.violations();
            for (int r = 0; r < rows->rowCount(); ++r)
                if (rows->episodeAt(r)->status == EpisodeStatus::Open && rows->episodeAt(r)->actions.empty())
                    id = rows->episodeAt(r)->id;
            return !id.empty() && b.store.violations()->find(id) != nullptr;
        }(),
        20000);
    const QString qid = QString::fromStdString(id);

    QSignalSpy finishedA(&a.commands, &ConsoleCommands::actionsFinished);
    Q_EMIT a.window.violations()->acknowledgeRequested({qid}, QStringLiteral("looking into it"));
    QTRY_COMPARE_WITH_TIMEOUT(finishedA.size(), 1, 10000);
    QCOMPARE(finishedA.front().at(0).toBool(), true);
    QCOMPARE(a.window.violations()->messageText(), QStringLiteral("1 episode(s) acknowledged."));
    // The second console follows it live, with the action on the episode's timeline.
    QTRY_VERIFY_WITH_TIMEOUT(b.store.violations()->find(id)->status == EpisodeStatus::Acknowledged, 10000);
    const ViolationEpisode *seen = b.store.violations()->find(id);
    QCOMPARE(seen->actions.size(), std::size_t(1));
    QCOMPARE(seen->actions[0].note, std::string("looking into it"));
    QCOMPARE(seen->actions[0].actor, currentActor());
    // Recorded in the first console's log, with the status it changed.
    QTRY_COMPARE(entriesWithAction(dir.filePath(QStringLiteral("a.db")), "violation.acknowledge").size(),
                 std::size_t(1));
    const AuditEntry entry =
        entriesWithAction(dir.filePath(QStringLiteral("a.db")), "violation.acknowledge")[0];
    QCOMPARE(entry.target, "episode/" + id);
    QVERIFY(entry.details.find("\"status_after\":\"acknowledged\"") != std::string::npos);

    // A third party resolves it (assurancectl, another console); before the second console has
    // seen that, it acts on what it showed: refused, and told who changed it.
    {
        RedisClient client(*parseRedisUrl(redis.url(), &error));
        QVERIFY(client.connect());
        RedisEpisodeWriter writer(client);
        EpisodeAction resolve{OperatorAction::Kind::Resolve, id, "fixed upstream", "dana@risk", {}, 0};
        QCOMPARE(int(EpisodeCommand::run(&writer, resolve, {}).outcome),
                 int(EpisodeWriteResult::Outcome::Applied));
    }
    QSignalSpy finishedB(&b.commands, &ConsoleCommands::actionsFinished);
    Q_EMIT b.window.violations()->noteRequested({qid}, QStringLiteral("my note")); // b still shows 1 action
    QTRY_COMPARE_WITH_TIMEOUT(finishedB.size(), 1, 10000);
    QCOMPARE(finishedB.front().at(0).toBool(), false);
    const QString message = finishedB.front().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("changed meanwhile by dana@risk")) &&
                 message.contains(QStringLiteral("resolved: fixed upstream")),
             qPrintable(message));
    QTRY_VERIFY_WITH_TIMEOUT(b.store.violations()->find(id)->status == EpisodeStatus::Resolved, 10000);
    QCOMPARE(b.store.violations()->find(id)->actions.size(), std::size_t(2)); // the note was not written
    QCOMPARE(entriesWithAction(dir.filePath(QStringLiteral("b.db")), "violation.note").size(),
             std::size_t(0));
    a.commands.stop();
    b.commands.stop();
}

QTEST_MAIN(TestAuditConsole)
#include "tst_audit_console.moc"
