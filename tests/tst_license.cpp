// Licenses (docs/license.md): the file format and its verification, states, clock rollback, the
// gates, assurancectl license, and the License tab in each state (screenshots in /tmp/shots).
#include "ConsoleStore.h"
#include "LicenseFixture.h"
#include "MainWindow.h"
#include "audit/AuditLog.h"
#include "audit/AuditService.h"
#include "license/License.h"
#include "license/LicenseService.h"
#include "license/LicenseStore.h"
#include "models/ModelListModel.h"
#include "sources/WorkerThread.h"
#include "tabs/LicenseTab.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace assurance;
using namespace assurance::license;

namespace {
// 2027-03-01T00:00:00Z: the tests' "now".
constexpr std::int64_t kNow = 1803945600000;

struct Run {
    int exitCode = -1;
    QString out, err;
};
} // namespace

class TestLicense : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void roundTripAndPastedText();
    void states_data();
    void states();
    void anySingleByteFlippedIsInvalid();
    void unknownKeyIdAndForeignKey();
    void wrongProductAndIssuedInTheFuture();
    void clockRollback();
    void checkpointsCarryTheLatestTimeSeen();
    void entitlementsPerGate();
    void modelLimitInCoreAndInTheConsoleStore();
    void fuzzedInputsNeverCrash();
    void fingerprintAndRequestCode();
    void ctlLicenseCommands();
    void ctlRefusesSignedEvidenceOnCommunity();
    void ctlRefusesOperatorCommandsWhenReadOnly();
    void licenseTabInEachState();
    void licenseTabActivatesPastedTextAndRefusesTampered();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::string issue(std::int64_t issuedMs, std::int64_t expiresMs, Tier tier = Tier::Professional) const {
        return issueLicense(licensefixture::sampleLicense(tier, issuedMs, expiresMs), *m_key);
    }
    Run ctl(const QStringList &args, const QString &dataDir) const;

    QTemporaryDir m_dir;
    std::optional<signing::SigningKey> m_key;
    std::vector<VendorKey> m_trusted;
};

void TestLicense::initTestCase() {
    QVERIFY(m_dir.isValid());
    qputenv("ASSURANCE_DATA_DIR", path(QStringLiteral("data")).toLocal8Bit()); // never the real home
    std::string error;
    m_key = licensefixture::devVendorKey(path(QStringLiteral("keys")), &error);
    QVERIFY2(m_key, error.c_str());
    // The dev and asan presets compile the dev key in; the test needs it (docs/license.md).
    m_trusted = compiledVendorKeys();
    QCOMPARE(m_trusted.size(), 1u);
    QCOMPARE(m_trusted.front().keyId, keyIdOf(m_key->publicKey()));
    QDir().mkpath(QStringLiteral("/tmp/shots"));
}

void TestLicense::cleanup() {
    QVERIFY(WorkerThread::awaitRetired(std::chrono::seconds(5)));
}

void TestLicense::roundTripAndPastedText() {
    const std::string text = issue(kNow - kDayMs, kNow + 200 * kDayMs);
    const Verification v = verifyLicense(text, m_trusted, kNow);
    QVERIFY2(v.ok(), v.error.c_str());
    QCOMPARE(v.license->licensee, std::string("Example Bank plc"));
    QCOMPARE(v.license->tier, Tier::Professional);
    QCOMPARE(v.license->maxModels, std::optional<std::int64_t>(50));
    QCOMPARE(v.license->seats, std::optional<std::int64_t>(10));
    QVERIFY(v.license->hasFeature(feature::SignedEvidence));
    QCOMPARE(v.license->payload, payloadJson(*v.license));
    // Pasted from an email: CRLF, indentation, text around it, lines re-wrapped.
    QString pasted = QString::fromStdString(text);
    pasted.replace(QStringLiteral("\n"), QStringLiteral("\r\n    "));
    pasted = QStringLiteral("Dear customer, here it is:\r\n\r\n") + pasted + QStringLiteral("\r\nRegards");
    const Verification p = verifyLicense(pasted.toStdString(), m_trusted, kNow);
    QVERIFY2(p.ok(), p.error.c_str());
}

void TestLicense::states_data() {
    QTest::addColumn<qint64>("expiresInMs");
    QTest::addColumn<QString>("state");
    QTest::newRow("valid") << qint64(31 * kDayMs) << QStringLiteral("valid");
    QTest::newRow("expiring at 30 days") << qint64(30 * kDayMs) << QStringLiteral("expiring");
    QTest::newRow("expiring tomorrow") << qint64(kDayMs) << QStringLiteral("expiring");
    QTest::newRow("expired just now") << qint64(0) << QStringLiteral("expired-in-grace");
    QTest::newRow("in grace, day 13") << qint64(-13 * kDayMs) << QStringLiteral("expired-in-grace");
    QTest::newRow("past grace") << qint64(-14 * kDayMs) << QStringLiteral("expired");
}

void TestLicense::states() {
    QFETCH(qint64, expiresInMs);
    QFETCH(QString, state);
    const std::string text = issue(kNow - 400 * kDayMs, kNow + expiresInMs);
    const Status s = evaluate(text, m_trusted, kNow, 0);
    QCOMPARE(QString::fromLatin1(stateName(s.state).data()), state);
    const Entitlements e = Entitlements::of(s);
    QCOMPARE(e.tier(), Tier::Professional);
    // Past grace: read-only (operator commands refused), the rest still works.
    QCOMPARE(e.allowsOperatorCommands(), state != QLatin1String("expired"));
    QCOMPARE(e.refusalReason("operator-commands").empty(), state != QLatin1String("expired"));
    QVERIFY(e.allowsSignedEvidence());
    QCOMPARE(evaluate(std::nullopt, m_trusted, kNow, 0).state, State::None);
}

void TestLicense::anySingleByteFlippedIsInvalid() {
    const std::string text = issue(kNow - kDayMs, kNow + 100 * kDayMs);
    std::string error;
    const auto parts = unarmour(text, &error);
    QVERIFY(parts);
    for (std::size_t i = 0; i < parts->payload.size(); ++i) {
        std::string payload = parts->payload;
        payload[i] = static_cast<char>(payload[i] ^ 0x01);
        const Verification v = verifyLicense(armour(payload, parts->signature), m_trusted, kNow);
        QVERIFY2(!v.ok(), qPrintable(QStringLiteral("payload byte %1").arg(i)));
        QVERIFY(!v.error.empty());
    }
    for (std::size_t i = 0; i < parts->signature.size(); ++i) {
        std::string signature = parts->signature;
        signature[i] = static_cast<char>(signature[i] ^ 0x80);
        const Verification v = verifyLicense(armour(parts->payload, signature), m_trusted, kNow);
        QVERIFY(!v.ok());
        QVERIFY2(v.error.starts_with("the signature does not match"), v.error.c_str());
    }
    // The payload's meaning changed but still JSON: the signature names it.
    std::string more = parts->payload;
    more.replace(more.find("\"max_models\": 50"), 16, "\"max_models\": 90");
    const Verification v = verifyLicense(armour(more, parts->signature), m_trusted, kNow);
    QVERIFY2(v.error.starts_with("the signature does not match"), v.error.c_str());
}

void TestLicense::unknownKeyIdAndForeignKey() {
    // Signed by a key that is not compiled in: its key id is unknown.
    const auto foreign = signing::SigningKey::generate();
    const std::string other = issueLicense(
        licensefixture::sampleLicense(Tier::Enterprise, kNow - kDayMs, kNow + 90 * kDayMs), foreign);
    Verification v = verifyLicense(other, m_trusted, kNow);
    QVERIFY(!v.ok());
    QVERIFY2(v.error.find("which this build does not trust") != std::string::npos, v.error.c_str());
    // A foreign key claiming the vendor's key id: the signature does not match.
    License l = licensefixture::sampleLicense(Tier::Enterprise, kNow - kDayMs, kNow + 90 * kDayMs);
    l.keyId = keyIdOf(m_key->publicKey());
    l.payload = payloadJson(l);
    v = verifyLicense(armour(l.payload, foreign.signBytes(l.payload)), m_trusted, kNow);
    QVERIFY2(v.error.starts_with("the signature does not match"), v.error.c_str());
    // A key carried nowhere in the file is trusted: with no compiled-in keys nothing verifies.
    v = verifyLicense(issue(kNow - kDayMs, kNow + 90 * kDayMs), {}, kNow);
    QVERIFY(v.error.find("does not trust") != std::string::npos);
}

void TestLicense::wrongProductAndIssuedInTheFuture() {
    License l = licensefixture::sampleLicense(Tier::Professional, kNow - kDayMs, kNow + 90 * kDayMs);
    l.product = "another-product";
    Verification v = verifyLicense(issueLicense(l, *m_key), m_trusted, kNow);
    QVERIFY2(v.error.find("another product") != std::string::npos, v.error.c_str());
    const std::int64_t minute = 60 * 1000;
    v = verifyLicense(issue(kNow + 6 * minute, kNow + 90 * kDayMs), m_trusted, kNow);
    QVERIFY2(v.error.starts_with("issued in the future"), v.error.c_str());
    v = verifyLicense(issue(kNow + 4 * minute, kNow + 90 * kDayMs), m_trusted, kNow);
    QVERIFY2(v.ok(), v.error.c_str()); // clocks a few minutes apart are fine
}

void TestLicense::clockRollback() {
    QCOMPARE(checkClock(kNow, kNow + 23 * 3600 * 1000LL).rolledBack, false);
    QCOMPARE(checkClock(kNow, kNow + kDayMs + 1).rolledBack, true);
    QCOMPARE(checkClock(kNow, kNow - kDayMs).latestSeenMs, kNow); // only forward
    QCOMPARE(checkClock(kNow, kNow + 2 * kDayMs).latestSeenMs, kNow + 2 * kDayMs);

    // Through the store: the latest time seen is kept, and a clock put back 3 days is caught.
    const QString dir = path(QStringLiteral("rollback"));
    const std::string text = issue(kNow - kDayMs, kNow + 100 * kDayMs);
    const ActivationResult a = activate(dir, text, kNow, m_trusted);
    QVERIFY2(a.ok, a.error.c_str());
    QCOMPARE(readLatestTimeSeen(dir), kNow);
    QCOMPARE(loadStatus(dir, kNow + 5 * kDayMs, m_trusted).state, State::Valid);
    QCOMPARE(readLatestTimeSeen(dir), kNow + 5 * kDayMs);
    const Status back = loadStatus(dir, kNow + 2 * kDayMs, m_trusted);
    QVERIFY(back.clockRolledBack);
    QCOMPARE(readLatestTimeSeen(dir), kNow + 5 * kDayMs); // not moved back
    const Entitlements e = Entitlements::of(back);
    QVERIFY(!e.allowsOperatorCommands());
    QVERIFY2(e.refusalReason("operator-commands").find("clock") != std::string::npos,
             e.refusalReason("operator-commands").c_str());
    // Rolling the clock back does not revive an expired license either: it is judged at the latest time seen.
    const QString dir2 = path(QStringLiteral("rollback2"));
    QVERIFY(activate(dir2, text, kNow, m_trusted).ok);
    QCOMPARE(loadStatus(dir2, kNow + 120 * kDayMs, m_trusted).state, State::Expired);
    const Status revived = loadStatus(dir2, kNow + 50 * kDayMs, m_trusted);
    QCOMPARE(revived.state, State::Expired);
    QVERIFY(revived.clockRolledBack);
    // Activation is refused while the clock is rolled back.
    const ActivationResult refused = activate(dir, text, kNow, m_trusted);
    QVERIFY(!refused.ok);
    QVERIFY(refused.error.find("clock") != std::string::npos);
    // The clock set right: writable again.
    QVERIFY(Entitlements::of(loadStatus(dir, kNow + 6 * kDayMs, m_trusted)).allowsOperatorCommands());
}

void TestLicense::checkpointsCarryTheLatestTimeSeen() {
    const QString dir = path(QStringLiteral("checkpoint"));
    QDir().mkpath(dir);
    std::string error;
    QVERIFY(recordLatestTimeSeen(dir, kNow + kDayMs, &error));
    ManualClock clock(kNow);
    auto log = audit::AuditLog::open(QString(dir + QStringLiteral("/audit.db")).toStdString(), &error,
                                     audit::AuditLog::Mode::ReadWrite, &clock);
    QVERIFY2(log, error.c_str());
    QVERIFY(log->append({"test.entry", "t", "{}", {}}, &error));
    const auto c = log->checkpoint(&error);
    QVERIFY2(c, error.c_str());
    QVERIFY(c->checkpoint.note.find("\nlatest-time-seen " + std::to_string(kNow + kDayMs) + "\n") !=
            std::string::npos);
    const auto parsed = audit::parseCheckpoint(c->checkpoint.note, &error);
    QVERIFY2(parsed, error.c_str());
    QCOMPARE(parsed->latestSeenMs, kNow + kDayMs);
    QCOMPARE(parsed->timeMs, kNow);
    QVERIFY(audit::checkpointSignedBy(c->checkpoint.note, log->publicKey()));
    // The clock moved on: the checkpoint moves the latest time seen forward too.
    clock.setMs(kNow + 3 * kDayMs);
    QVERIFY(log->checkpoint(&error));
    QCOMPARE(readLatestTimeSeen(dir), kNow + 3 * kDayMs);
    QVERIFY(log->verify(log->publicKey(), {}).ok());
    // Notes without the line (older logs) still parse.
    const auto old = audit::signCheckpoint("inst", 1, signing::Digest{}, kNow, *m_key);
    QCOMPARE(audit::parseCheckpoint(old.note, &error)->latestSeenMs, 0);
}

void TestLicense::entitlementsPerGate() {
    const Entitlements community = Entitlements::community();
    QCOMPARE(community.tier(), Tier::Community);
    QCOMPARE(community.maxModels(), std::optional<std::int64_t>(5));
    QVERIFY(!community.allowsSignedEvidence());
    QVERIFY(community.refusalReason(feature::SignedEvidence).find("unsigned evidence only") !=
            std::string::npos);
    QVERIFY(!community.allowsRemoteSource());
    QVERIFY(!community.allowsAiInsight());
    QVERIFY(community.allowsOperatorCommands());
    QVERIFY(community.allowsAddingModel(4));
    QVERIFY(!community.allowsAddingModel(5));
    // An invalid activated license is Community.
    QCOMPARE(Entitlements::of(evaluate(std::string("garbage"), m_trusted, kNow, 0)).tier(), Tier::Community);

    const Entitlements pro =
        Entitlements::of(evaluate(issue(kNow - kDayMs, kNow + 90 * kDayMs), m_trusted, kNow, 0));
    QVERIFY(pro.allowsSignedEvidence());
    QVERIFY(pro.allowsRemoteSource());
    QVERIFY(!pro.allowsAiInsight());
    QVERIFY(pro.allowsAddingModel(49));
    QVERIFY(!pro.allowsAddingModel(50));
    const Entitlements ent = Entitlements::of(
        evaluate(issue(kNow - kDayMs, kNow + 90 * kDayMs, Tier::Enterprise), m_trusted, kNow, 0));
    QVERIFY(ent.allowsAiInsight());
    QVERIFY(!ent.maxModels());
    QVERIFY(ent.allowsAddingModel(100000));
}

void TestLicense::modelLimitInCoreAndInTheConsoleStore() {
    std::vector<std::string> ids = {"m8", "m3", "m1", "m7", "m2", "m6", "m4", "m5"};
    const ModelLimitView view = applyModelLimit(ids, Entitlements::community());
    QCOMPARE(view.shown, (std::vector<std::string>{"m1", "m2", "m3", "m4", "m5"}));
    QCOMPARE(view.hidden, (std::vector<std::string>{"m6", "m7", "m8"}));
    QVERIFY2(view.message.find("3 of 8 active models are hidden (m6, m7, m8)") != std::string::npos,
             view.message.c_str());
    QVERIFY(view.message.find("Community allows 5 active models") != std::string::npos);

    ui::ConsoleStore store;
    QSignalSpy limited(&store, &ui::ConsoleStore::modelLimitChanged);
    auto frame = std::make_shared<ConsoleFrame>();
    frame->nowMs = kNow;
    RecordDelta &record = frame->record.emplace();
    record.reset = true;
    record.models.emplace();
    for (const auto &id : ids)
        record.models->push_back({id, {}, TaskType::Auto});
    store.applyFrame(frame);
    QCOMPARE(store.models()->rowCount(), 5);
    QCOMPARE(store.models()->idAt(0), QStringLiteral("m1"));
    QCOMPARE(store.models()->rowOf(QStringLiteral("m6")), -1);
    QCOMPARE(store.modelLimit().hidden.size(), 3u);
    QCOMPARE(limited.size(), 1);
    // The notice in the window names the hidden ones.
    ui::MainWindow window(&store);
    store.setEntitlements(Entitlements::community());
    QVERIFY(window.modelLimitNotice()->text().contains(QStringLiteral("m6, m7, m8")));
    // A license lifts it: all eight, nothing hidden.
    store.setEntitlements(
        Entitlements::of(evaluate(issue(kNow - kDayMs, kNow + 90 * kDayMs), m_trusted, kNow, 0)));
    QCOMPARE(store.models()->rowCount(), 8);
    QVERIFY(store.modelLimit().hidden.empty());
    QVERIFY(window.modelLimitNotice()->isHidden());

    // Retired models: hidden unless "show retired", and never counted against the limit.
    store.setEntitlements(Entitlements::community());
    auto retire = std::make_shared<ConsoleFrame>();
    retire->nowMs = kNow;
    RecordDelta &changed = retire->record.emplace();
    changed.models.emplace();
    for (const char *id : {"m1", "m2", "m3"}) {
        ModelInfo info{id, {}, TaskType::Auto};
        info.retired = true;
        changed.models->push_back(info);
    }
    store.applyFrame(retire);
    QCOMPARE(store.models()->rowCount(), 5); // m4 … m8: five active models fit Community's five
    QCOMPARE(store.models()->rowOf(QStringLiteral("m1")), -1);
    QCOMPARE(store.models()->rowOf(QStringLiteral("m8")), 4);
    QVERIFY(store.modelLimit().hidden.empty());
    store.setShowRetired(true);
    QCOMPARE(store.models()->rowCount(), 8);
    QVERIFY(store.models()->rowOf(QStringLiteral("m1")) >= 0);
    store.setShowRetired(false);
    QCOMPARE(store.models()->rowCount(), 5);
}

void TestLicense::fuzzedInputsNeverCrash() {
    const std::string text = issue(kNow - kDayMs, kNow + 100 * kDayMs);
    for (std::size_t n = 0; n + 1 < text.size(); ++n) { // every truncation (but of the last "\n")
        const Verification v = verifyLicense(std::string_view(text).substr(0, n), m_trusted, kNow);
        QVERIFY(!v.ok());
        QVERIFY(!v.error.empty());
    }
    QRandomGenerator rng(20261201);
    const std::string alphabet = "ABCDEFabcdef0123456789+/=-\n\r {}\":,";
    for (int i = 0; i < 3000; ++i) {
        std::string input;
        switch (i % 3) {
        case 0: // random bytes
            input.resize(rng.bounded(600));
            for (char &c : input)
                c = static_cast<char>(rng.bounded(256));
            break;
        case 1: { // random base64-ish inside the armour
            input = std::string(kBeginLine) + "\n";
            const int len = rng.bounded(400);
            for (int k = 0; k < len; ++k)
                input += alphabet[rng.bounded(static_cast<quint32>(alphabet.size()))];
            input += "\n" + std::string(kEndLine) + "\n";
            break;
        }
        default: { // a valid file with a few random bytes changed
            input = text;
            for (int k = 0, edits = 1 + rng.bounded(4); k < edits; ++k)
                input[rng.bounded(static_cast<quint32>(input.size()))] = static_cast<char>(rng.bounded(256));
            break;
        }
        }
        const Verification v = verifyLicense(input, m_trusted, kNow);
        if (!v.ok())
            QVERIFY(!v.error.empty());
        (void)evaluate(input, m_trusted, kNow, 0);
    }
    // Payloads that are JSON but not a license.
    for (const char *json :
         {"{}", "[]", "null", "{\"format\":1}", "{\"format\":2}", "{\"format\":1e400}",
          "{\"format\":1,\"license_id\":\"x\",\"product\":\"assurance-console\",\"licensee\":"
          "\"x\",\"tier\":\"gold\",\"key_id\":\"k\",\"features\":[]}"}) {
        std::string error;
        QVERIFY(!parsePayload(json, &error));
        QVERIFY(!error.empty());
    }
}

void TestLicense::fingerprintAndRequestCode() {
    // RFC 4231 test case 2.
    QCOMPARE(hmacSha256Hex("Jefe", "what do ya want for nothing?"),
             std::string("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    const std::string id = "0123456789abcdef0123456789abcdef";
    const std::string fp = machineFingerprint(id + "\n");
    QCOMPARE(fp, machineFingerprint(id));
    QCOMPARE(fp.size(), 64u);
    QVERIFY(fp.find(id) == std::string::npos);
    const std::string code = requestCode("lic-test-0001", fp, Tier::Professional);
    QVERIFY(code.starts_with("ACREQ1-"));
    const auto json = signing::fromBase64(std::string_view(code).substr(7));
    QVERIFY(json);
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(*json)).object();
    QCOMPARE(o.value(QStringLiteral("license_id")).toString(), QStringLiteral("lic-test-0001"));
    QCOMPARE(o.value(QStringLiteral("machine")).toString().toStdString(), fp);
    QVERIFY(json->find(id) == std::string::npos); // never the raw machine id
}

Run TestLicense::ctl(const QStringList &args, const QString &dataDir) const {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ASSURANCE_DATA_DIR"), dataDir);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ASSURANCE_CTL), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestLicense::ctlLicenseCommands() {
    const QString data = path(QStringLiteral("ctl-data"));
    const QString key = path(QStringLiteral("keys/dev-vendor.pem"));
    const QString lic = path(QStringLiteral("ctl.lic"));
    Run r = ctl({QStringLiteral("license"), QStringLiteral("issue"), QStringLiteral("--key-file"), key,
                 QStringLiteral("--out"), lic, QStringLiteral("--licensee"), QStringLiteral("ACME Corp"),
                 QStringLiteral("--tier"), QStringLiteral("professional"), QStringLiteral("--expires"),
                 QStringLiteral("2099-12-31"), QStringLiteral("--seats"), QStringLiteral("5")},
                data);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = ctl({QStringLiteral("license"), QStringLiteral("verify"), lic}, data);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("VALID (valid)")));
    QVERIFY(r.out.contains(QStringLiteral("licensee ACME Corp")));
    // Tampered: one letter of the signature changed.
    QFile f(lic);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    const qsizetype sig = bytes.indexOf("\n--\n") + 4;
    bytes[sig] = bytes[sig] == 'A' ? 'B' : 'A';
    const QString tampered = path(QStringLiteral("tampered.lic"));
    QFile t(tampered);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write(bytes);
    t.close();
    r = ctl({QStringLiteral("license"), QStringLiteral("verify"), tampered}, data);
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.out.contains(QStringLiteral("INVALID: the signature does not match")), qPrintable(r.out));
    r = ctl({QStringLiteral("license"), QStringLiteral("verify"), tampered, QStringLiteral("--json")}, data);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("valid")).toBool(true),
             false);
    r = ctl({QStringLiteral("license"), QStringLiteral("activate"), tampered}, data);
    QCOMPARE(r.exitCode, 4);
    r = ctl({QStringLiteral("license"), QStringLiteral("status")}, data);
    QVERIFY(r.out.startsWith(QStringLiteral("state none")));
    r = ctl({QStringLiteral("license"), QStringLiteral("activate"), lic}, data);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = ctl({QStringLiteral("license"), QStringLiteral("status"), QStringLiteral("--json")}, data);
    const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("valid"));
    QCOMPARE(status.value(QStringLiteral("entitled_max_models")).toInt(), 50);
    QCOMPARE(status.value(QStringLiteral("license")).toObject().value(QStringLiteral("seats")).toInt(), 5);
    r = ctl({QStringLiteral("license"), QStringLiteral("deactivate")}, data);
    QCOMPARE(r.exitCode, 0);
    r = ctl({QStringLiteral("license"), QStringLiteral("status"), QStringLiteral("--json")}, data);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("state")).toString(),
             QStringLiteral("none"));
    r = ctl({QStringLiteral("license"), QStringLiteral("issue")}, data);
    QCOMPARE(r.exitCode, 2);
    // Activation, refusal and deactivation are in the audit log.
    std::string error;
    auto log = audit::AuditLog::open(QString(data + QStringLiteral("/audit.db")).toStdString(), &error,
                                     audit::AuditLog::Mode::ReadOnly);
    QVERIFY2(log, error.c_str());
    const auto entries = log->entries({}, &error);
    QVERIFY(entries);
    QStringList actions;
    for (const auto &e : *entries)
        actions << QString::fromStdString(e.action);
    QCOMPARE(actions, (QStringList{QStringLiteral("license.refused"), QStringLiteral("license.activate"),
                                   QStringLiteral("license.deactivate")}));
    QVERIFY(QString::fromStdString(entries->front().details)
                .contains(QStringLiteral("signature does not match")));
}

void TestLicense::ctlRefusesSignedEvidenceOnCommunity() {
    const QString data = path(QStringLiteral("evidence-data"));
    // Refused before any connection is tried: the Redis URL points nowhere.
    const QStringList args = {QStringLiteral("evidence"),   QStringLiteral("export"),
                              QStringLiteral("--redis"),    QStringLiteral("redis://127.0.0.1:1"),
                              QStringLiteral("--models"),   QStringLiteral("m"),
                              QStringLiteral("--since"),    QStringLiteral("0"),
                              QStringLiteral("--until"),    QStringLiteral("1000"),
                              QStringLiteral("--out"),      path(QStringLiteral("x.tar")),
                              QStringLiteral("--key-file"), path(QStringLiteral("keys/dev-vendor.pem"))};
    Run r = ctl(args, data);
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(QStringLiteral("unsigned evidence only")), qPrintable(r.err));
    // Licensed: past the gate (and then failing to connect, exit 3).
    std::string error;
    QVERIFY2(licensefixture::activateDevLicense(data, QDateTime::currentMSecsSinceEpoch(), &error),
             error.c_str());
    r = ctl(args, data);
    QCOMPARE(r.exitCode, 3);
}

void TestLicense::ctlRefusesOperatorCommandsWhenReadOnly() {
    // Expired past grace (written directly: activation refuses such a file): read-only.
    const QString data = path(QStringLiteral("readonly-data"));
    QDir().mkpath(data);
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const std::string text = issue(now - 400 * kDayMs, now - 20 * kDayMs);
    QFile f(licenseFilePath(data));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.data(), static_cast<qint64>(text.size()));
    f.close();
    // Refused before any connection is tried: the Redis URL points nowhere.
    const QStringList args = {QStringLiteral("violations"),
                              QStringLiteral("ack"),
                              QStringLiteral("--redis"),
                              QStringLiteral("redis://127.0.0.1:1"),
                              QStringLiteral("m1:accuracy:2026-01-01T00_00_00Z"),
                              QStringLiteral("--note"),
                              QStringLiteral("on it")};
    Run r = ctl(args, data);
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(QStringLiteral("grace period is over")), qPrintable(r.err));
    std::string error;
    auto log = audit::AuditLog::open(QString(data + QStringLiteral("/audit.db")).toStdString(), &error,
                                     audit::AuditLog::Mode::ReadOnly);
    QVERIFY2(log, error.c_str());
    const auto entries = log->entries({}, &error);
    QVERIFY(entries && entries->size() == 1);
    QCOMPARE(entries->front().action, std::string("license.refused"));
    QVERIFY(
        QString::fromStdString(entries->front().details).contains(QStringLiteral("violation.acknowledge")));
    // Every other command that changes the record is gated the same way, each refusal audited.
    const QString redis = QStringLiteral("redis://127.0.0.1:1");
    QFile set(path(QStringLiteral("set.json")));
    QVERIFY(set.open(QIODevice::WriteOnly));
    set.write(R"({"model_id": "m1", "version": 1, "metrics": {}})");
    set.close();
    QFile events(path(QStringLiteral("events.jsonl")));
    QVERIFY(events.open(QIODevice::WriteOnly));
    events.close();
    const QList<QStringList> others = {
        {QStringLiteral("tolerances"), QStringLiteral("set"), QStringLiteral("--redis"), redis,
         QStringLiteral("m1"), QStringLiteral("--file"), set.fileName(), QStringLiteral("--reason"),
         QStringLiteral("tighter")},
        {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("--redis"), redis,
         QStringLiteral("m1"), QStringLiteral("--owner"), QStringLiteral("risk")},
        {QStringLiteral("config"), QStringLiteral("retire"), QStringLiteral("--redis"), redis,
         QStringLiteral("m1")}};
    for (const QStringList &other : others) {
        const Run refused = ctl(other, data);
        QVERIFY2(refused.exitCode == 5 && refused.err.contains(QStringLiteral("grace period is over")),
                 qPrintable(other.join(QLatin1Char(' ')) + QStringLiteral(": ") + refused.err));
    }
    const auto all = log->entries({}, &error);
    QVERIFY(all && all->size() == 4);
    QCOMPARE(all->back().action, std::string("license.refused"));
    QVERIFY(QString::fromStdString(all->back().details).contains(QStringLiteral("model.retire")));
    // Viewing still works: status says read-only and why.
    r = ctl({QStringLiteral("license"), QStringLiteral("status")}, data);
    QVERIFY2(r.out.contains(QStringLiteral("READ-ONLY")), qPrintable(r.out));
    // Community (no license) is not read-only: the same command gets past the gate (exit 3: no Redis).
    r = ctl(args, path(QStringLiteral("community-data")));
    QCOMPARE(r.exitCode, 3);
}

void TestLicense::licenseTabInEachState() {
    struct Case {
        const char *name;
        std::optional<std::int64_t> expiresIn; // nullopt: none activated
        std::int64_t latestSeen = 0;
        bool garbage = false;
        State state;
    };
    const Case cases[] = {
        {"none", std::nullopt, 0, false, State::None},
        {"valid", 200 * kDayMs, 0, false, State::Valid},
        {"expiring", 12 * kDayMs, 0, false, State::Expiring},
        {"expired-in-grace", -3 * kDayMs, 0, false, State::ExpiredInGrace},
        {"expired", -20 * kDayMs, 0, false, State::Expired},
        {"invalid", 200 * kDayMs, 0, true, State::Invalid},
        {"rollback", 200 * kDayMs, kNow + 3 * kDayMs, false, State::Valid},
    };
    for (const Case &c : cases) {
        const QString dir = path(QStringLiteral("tab-") + QLatin1String(c.name));
        QDir().mkpath(dir);
        if (c.expiresIn) {
            std::string text = issue(kNow - 300 * kDayMs, kNow + *c.expiresIn);
            if (c.garbage)
                if (char &c = text[text.find("\n--\n") + 6]; true) // a signature character
                    c = c == 'A' ? 'B' : 'A';
            QFile f(licenseFilePath(dir));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.data(), static_cast<qint64>(text.size()));
        }
        if (c.latestSeen)
            QVERIFY(recordLatestTimeSeen(dir, c.latestSeen, nullptr));
        ManualClock clock(kNow);
        ui::ConsoleStore store;
        ui::MainWindow window(&store);
        LicenseService service(dir, nullptr, &clock);
        window.setLicenseService(&service);
        window.tabs()->setCurrentIndex(ui::MainWindow::License);
        window.resize(1440, 900);
        window.show();
        QSignalSpy changed(&service, &LicenseService::changed);
        service.refresh();
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(service.status().state, c.state);
        ui::LicenseTab *tab = window.licenseTab();
        const QString banner = tab->stateBanner()->text();
        const QString details = tab->detailText();
        switch (c.state) {
        case State::None:
            QVERIFY(banner.contains(QStringLiteral("Community")));
            QVERIFY(!tab->deactivateButton()->isEnabled());
            break;
        case State::Valid:
            if (c.latestSeen) {
                QVERIFY2(banner.contains(QStringLiteral("clock")), qPrintable(banner));
                QVERIFY(details.contains(QStringLiteral("refused (read-only)")));
            } else {
                QVERIFY(banner.contains(QStringLiteral("200 days left")));
            }
            break;
        case State::Expiring:
            QVERIFY(banner.contains(QStringLiteral("in 12 days")));
            break;
        case State::ExpiredInGrace:
            QVERIFY2(banner.contains(QStringLiteral("ends in 11 days")), qPrintable(banner));
            break;
        case State::Expired:
            QVERIFY(banner.contains(QStringLiteral("read-only")));
            QVERIFY(details.contains(QStringLiteral("refused (read-only)")));
            break;
        case State::Invalid:
            QVERIFY2(banner.contains(QStringLiteral("signature does not match")), qPrintable(banner));
            break;
        }
        if (service.status().license) {
            QVERIFY(details.contains(QStringLiteral("Example Bank plc")));
            QVERIFY(details.contains(QStringLiteral("Professional")));
            QVERIFY(details.contains(QStringLiteral("Signed evidence")));
            QVERIFY(details.contains(QStringLiteral("up to 50")));
            QVERIFY(details.contains(QStringLiteral("10 (shown, not enforced offline)")));
        }
        // The window says so above every tab when the license needs attention.
        const bool notice = c.state == State::Expiring || c.state == State::ExpiredInGrace ||
                            c.state == State::Expired || c.state == State::Invalid || c.latestSeen;
        QCOMPARE(!window.licenseNotice()->isHidden(), notice);
        // Read-only past grace and during a rollback: the window's actions (Violations) are disabled.
        QCOMPARE(window.readOnly(), c.state == State::Expired || c.latestSeen != 0);
        if (c.state == State::ExpiredInGrace)
            QVERIFY(window.licenseNotice()->text().contains(QStringLiteral("grace period ends in 11 days")));
        QVERIFY(tab->requestCodeEdit()->text().startsWith(QStringLiteral("ACREQ1-")));
        QVERIFY(tab->requestMailto().startsWith(QStringLiteral("mailto:")));
        QVERIFY(tab->requestMailto().contains(QStringLiteral("ACREQ1-")));
        QCOMPARE(tab->tiersTable()->columnCount(), 3);
        QVERIFY(window.grab().save(QStringLiteral("/tmp/shots/license-") + QLatin1String(c.name) +
                                   QStringLiteral(".png")));
    }
}

void TestLicense::licenseTabActivatesPastedTextAndRefusesTampered() {
    const QString dir = path(QStringLiteral("tab-activate"));
    QDir().mkpath(dir);
    audit::AuditService audit;
    audit.open(dir + QStringLiteral("/audit.db"));
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    ui::ConsoleStore store;
    ui::MainWindow window(&store);
    LicenseService service(dir, nullptr, &clock);
    service.setAuditService(&audit);
    window.setLicenseService(&service);
    window.tabs()->setCurrentIndex(ui::MainWindow::License);
    window.resize(1440, 900);
    window.show();
    QSignalSpy changed(&service, &LicenseService::changed);
    service.refresh();
    QTRY_COMPARE(changed.size(), 1);
    ui::LicenseTab *tab = window.licenseTab();
    const std::string text = issue(clock.nowMs() - kDayMs, clock.nowMs() + 365 * kDayMs);

    // A tampered paste: refused, with the reason, nothing activated.
    std::string bad = text;
    char &c = bad[bad.find("\n--\n") + 6];
    c = c == 'A' ? 'B' : 'A';
    QSignalSpy finished(&service, &LicenseService::activationFinished);
    tab->pasteEdit()->setPlainText(QString::fromStdString(bad));
    tab->activatePastedButton()->click();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(tab->messageLabel()->text().contains(QStringLiteral("signature does not match")),
             qPrintable(tab->messageLabel()->text()));
    QCOMPARE(service.status().state, State::None);
    QVERIFY(window.grab().save(QStringLiteral("/tmp/shots/license-refused.png")));

    // A foreign key: refused with the key id named.
    const auto foreign = signing::SigningKey::generate();
    tab->pasteEdit()->setPlainText(QString::fromStdString(issueLicense(
        licensefixture::sampleLicense(Tier::Enterprise, clock.nowMs() - kDayMs, clock.nowMs() + kDayMs * 9),
        foreign)));
    tab->activatePastedButton()->click();
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(tab->messageLabel()->text().contains(QStringLiteral("does not trust")));

    // The real one, pasted: activated, offline.
    tab->pasteEdit()->setPlainText(QString::fromStdString(text));
    tab->activatePastedButton()->click();
    QTRY_COMPARE(finished.size(), 3);
    QCOMPARE(finished.at(2).at(0).toBool(), true);
    QCOMPARE(service.status().state, State::Valid);
    QVERIFY(tab->detailText().contains(QStringLiteral("Example Bank plc")));
    QVERIFY(tab->pasteEdit()->toPlainText().isEmpty());
    QVERIFY(window.grab().save(QStringLiteral("/tmp/shots/license-activated.png")));

    // Deactivate: Community again.
    QSignalSpy deactivated(&service, &LicenseService::deactivationFinished);
    tab->deactivateButton()->click();
    QTRY_COMPARE(deactivated.size(), 1);
    QTRY_COMPARE(service.status().state, State::None);

    // Everything is in the audit log.
    QSignalSpy recorded(&audit, &audit::AuditService::recorded);
    QTRY_VERIFY(audit.info().entries >= 4);
    std::string error;
    auto log = audit::AuditLog::open(QString(dir + QStringLiteral("/audit.db")).toStdString(), &error,
                                     audit::AuditLog::Mode::ReadOnly);
    QVERIFY2(log, error.c_str());
    QStringList actions;
    const auto entries = log->entries({}, &error);
    QVERIFY(entries);
    for (const auto &e : *entries)
        actions << QString::fromStdString(e.action);
    QCOMPARE(actions,
             (QStringList{QStringLiteral("license.refused"), QStringLiteral("license.refused"),
                          QStringLiteral("license.activate"), QStringLiteral("license.deactivate")}));
    audit.close();
}

QTEST_MAIN(TestLicense)
#include "tst_license.moc"
