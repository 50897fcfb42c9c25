// Evidence packs (docs/evidence.md): export from a real redis-server and an audit log through
// assurancectl, verify, byte-identical re-export, readability with standard tools, and a tamper
// table where each change is caught and its first broken record named.
#include "EvidenceFixture.h"
#include "LicenseFixture.h"
#include "RedisFixture.h"
#include "assurance/AssuranceLabel.h"
#include "assurance/Tolerance.h"
#include "audit/AuditLog.h"
#include "audit/AuditReplicator.h"
#include "audit/CanonicalJson.h"
#include "commands/EpisodeCommand.h"
#include "commands/RedisEpisodeWriter.h"
#include "evidence/EvidenceContent.h"
#include "evidence/EvidenceFormat.h"
#include "pipeline/TelemetryProcessor.h"
#include "redis/RedisClient.h"
#include "redis/RedisUrl.h"
#include "redis/SnapshotStore.h"
#include "signing/Ed25519.h"
#include "sources/EvidenceTelemetrySource.h"

#include "json/Timestamps.h"
#include <QSignalSpy>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace assurance;
using namespace assurance::evidence;

namespace {
using evidencefixture::kMinute;
using evidencefixture::kT0;

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run ctl(const QStringList &args) {
    QProcess p;
    p.start(QStringLiteral(ASSURANCE_CTL), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

ProcessedWindow window(const std::string &model, std::int64_t endMs, double accuracy) {
    ProcessedWindow p;
    p.snapshot.modelId = model;
    p.snapshot.windowEndMs = endMs;
    p.snapshot[SeedMetric::Accuracy] = MetricValue::real(accuracy);
    p.snapshot[SeedMetric::FeatureDrift] = MetricValue::real(0.02 + (endMs / kMinute % 7) * 0.03);
    p.label = assessSnapshot(p.snapshot, defaultTolerances(model));
    return p;
}

using evidencefixture::Members;
using evidencefixture::readPack;

std::string &member(Members &m, const std::string &name) {
    for (auto &[n, bytes] : m)
        if (n == name)
            return bytes;
    qFatal("no member %s", name.c_str());
}

QStringList linesOf(const std::string &bytes) {
    QStringList l = QString::fromStdString(bytes).split(QLatin1Char('\n'));
    if (!l.isEmpty() && l.back().isEmpty())
        l.removeLast();
    return l;
}

std::string joinLines(const QStringList &lines) {
    std::string out;
    for (const QString &l : lines)
        out += l.toStdString() + "\n";
    return out;
}

std::string hexOf(const std::string &bytes) {
    return signing::toHex(signing::Sha256::of(bytes));
}

// What an attacker with our format document does after changing a part: recompute the line
// digests, every member's digest, the root digest and the statement; sign with `key`, or keep the
// old signatures when `keepSignatures`.
void recomputeManifest(Members &m, const signing::SigningKey *key, bool keepSignatures = false) {
    for (const auto &part : partNames()) {
        std::string digests;
        for (const QString &line : linesOf(member(m, part)))
            digests += hexOf(line.toStdString()) + "\n";
        member(m, lineDigestsName(part)) = digests;
    }
    const QJsonObject envelope =
        QJsonDocument::fromJson(QByteArray::fromStdString(member(m, kManifestName))).object();
    QJsonObject statement =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(envelope.value(QStringLiteral("payload")).toString().toLatin1()))
            .object();
    QJsonArray subjects;
    std::vector<MemberDigest> digests;
    for (const auto &[name, bytes] : m) {
        if (name == kManifestName)
            continue;
        digests.push_back({name, hexOf(bytes)});
        subjects.append(
            QJsonObject{{QStringLiteral("name"), QString::fromStdString(name)},
                        {QStringLiteral("digest"),
                         QJsonObject{{QStringLiteral("sha256"), QString::fromStdString(hexOf(bytes))}}}});
    }
    statement[QStringLiteral("subject")] = subjects;
    QJsonObject predicate = statement.value(QStringLiteral("predicate")).toObject();
    predicate[QStringLiteral("root_digest")] = QString::fromStdString(rootDigest(digests));
    if (key)
        predicate[QStringLiteral("signer_public_key")] = QString::fromStdString(key->publicKey().pem());
    statement[QStringLiteral("predicate")] = predicate;
    const std::string payload =
        *audit::canonicalJson(QJsonDocument(statement).toJson(QJsonDocument::Compact).toStdString());
    QJsonArray signatures =
        keepSignatures ? envelope.value(QStringLiteral("signatures")).toArray() : QJsonArray();
    if (key && !keepSignatures)
        signatures.append(
            QJsonObject{{QStringLiteral("keyid"), QString::fromStdString(key->publicKey().fingerprint())},
                        {QStringLiteral("sig"), QString::fromStdString(signing::toBase64(key->signBytes(
                                                    preAuthEncoding(kPayloadType, payload))))}});
    const QJsonObject rebuilt{{QStringLiteral("payload"), QString::fromStdString(signing::toBase64(payload))},
                              {QStringLiteral("payloadType"), QString::fromLatin1(kPayloadType)},
                              {QStringLiteral("signatures"), signatures}};
    member(m, kManifestName) =
        *audit::canonicalJson(QJsonDocument(rebuilt).toJson(QJsonDocument::Compact).toStdString()) + "\n";
}
} // namespace

class TestEvidence : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    RedisServer m_redis;
    QString m_signed, m_unsigned, m_key, m_otherKey, m_log;
    std::string m_otherInstallation;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList exportArgs(const QString &out, const QString &log) const {
        return {QStringLiteral("evidence"),   QStringLiteral("export"),
                QStringLiteral("--redis"),    QString::fromStdString(m_redis.url()),
                QStringLiteral("--models"),   QStringLiteral("m2,m1"),
                QStringLiteral("--since"),    QStringLiteral("2025-10-27T16:00:00Z"),
                QStringLiteral("--until"),    QStringLiteral("2025-10-27T16:15:00Z"),
                QStringLiteral("--out"),      out,
                QStringLiteral("--audit-db"), log};
    }
    Run verify(const QString &pack, const QStringList &extra = {}) {
        return ctl(QStringList{QStringLiteral("evidence"), QStringLiteral("verify"), pack} + extra);
    }

private Q_SLOTS:
    void initTestCase();
    void exportThenVerifyRoundTrips();
    void standardToolsReadThePack();
    void theSameStateGivesTheSameBytes();
    void tamperingIsCaughtAndNamed_data();
    void tamperingIsCaughtAndNamed();
    void recomputedManifestUnsignedIsIntegrityOnly();
    void recomputedManifestSignedIsCaught();
    void operatorActionsAreCheckedEvenWhenRehashed();
    void reSignedByAnotherKeyIsUntrusted();
    void badInputs();
    void theEvidenceSourceLoadsAPackReadOnly();
};

void TestEvidence::initTestCase() {
    QVERIFY(m_dir.isValid());
    qputenv("ASSURANCE_DATA_DIR", path(QStringLiteral("data")).toLocal8Bit()); // no trusted keys but ours
    {
        std::string why; // signed packs are a licensed feature (docs/license.md)
        QVERIFY2(licensefixture::activateDevLicense(path(QStringLiteral("data")),
                                                    QDateTime::currentMSecsSinceEpoch(), &why),
                 why.c_str());
    }
    QVERIFY(m_redis.start());
    std::string error;
    RedisClient client(*parseRedisUrl(m_redis.url(), &error));
    QVERIFY(client.connect());
    SnapshotStore store(client);
    std::vector<ProcessedWindow> windows;
    std::map<std::string, std::string> head; // each model's label chain, as the agent keeps it
    for (int i = 0; i < 30; ++i)
        for (const char *model : {"m1", "m2"}) {
            windows.push_back(window(model, kT0 + (i + 1) * kMinute, 0.95 - i * 0.002));
            chainLabel(windows.back().label, head[model]);
            head[model] = windows.back().label.hash;
        }
    std::vector<const ProcessedWindow *> all;
    for (const auto &w : windows)
        all.push_back(&w);
    for (const auto &r : store.writeWindows(all, 0))
        QVERIFY(r.outcome == SnapshotStore::Outcome::Written);
    // An episode of m1 an operator acknowledged and resolved (format v2: the actions in the pack).
    ViolationEpisode breach;
    breach.id = "m1:failure_rate:2025-10-27T16_03_00Z";
    breach.modelId = "m1";
    breach.metric = SeedMetric::FailureRate;
    breach.observed = 0.2;
    breach.bound = 0.05;
    breach.openedMs = breach.lastSeenMs = kT0 + 3 * kMinute;
    breach.closedMs = kT0 + 6 * kMinute;
    breach.count = 3;
    m_redis.command({QStringLiteral("HSET"), QStringLiteral("violations:m1"),
                     QString::fromStdString(breach.id), QString::fromStdString(serializeEpisode(breach))});
    RedisEpisodeWriter operatorWriter(client);
    for (const auto &[kind, actor, note] :
         {std::tuple{OperatorAction::Kind::Acknowledge, "carol@risk", "retry storm, looking"},
          std::tuple{OperatorAction::Kind::Resolve, "dave@risk", "upstream fixed"}})
        QCOMPARE(int(EpisodeCommand::run(&operatorWriter,
                                         {kind, breach.id, note, actor, {}, kT0 + 7 * kMinute}, {})
                         .outcome),
                 int(EpisodeWriteResult::Outcome::Applied));
    m_redis.command(
        {QStringLiteral("SET"), QStringLiteral("model:config:m1"),
         QStringLiteral(R"({"model_id": "m1", "display_name": "Credit scorer", "task": "classification"})")});
    m_redis.command(
        {QStringLiteral("SET"), QStringLiteral("reference:m2"), QStringLiteral(R"({"features": {}})")});
    const QString v1 = QStringLiteral(
        R"({"model_id": "m1", "version": 1, "changed_at": "2025-10-01T00:00:00.000Z", "metrics": {}})");
    const QString v2 = QStringLiteral(
        R"({"model_id": "m1", "version": 2, "changed_at": "2025-10-27T16:05:00.000Z", "metrics": {}})");
    const QString v3 = QStringLiteral(
        R"({"model_id": "m1", "version": 3, "changed_at": "2025-11-01T00:00:00.000Z", "metrics": {}})");
    m_redis.command({QStringLiteral("HSET"), QStringLiteral("tolerances:m1:history"), QStringLiteral("1"), v1,
                     QStringLiteral("2"), v2, QStringLiteral("3"), v3});

    // The audit log, its times chosen: entries in the range, a checkpoint, entries after it, and a
    // newer checkpoint that covers the range's boundary entry.
    m_log = path(QStringLiteral("audit.db"));
    ManualClock clock(kT0);
    auto log = audit::AuditLog::open(m_log.toStdString(), &error, audit::AuditLog::Mode::ReadWrite, &clock);
    QVERIFY2(log, error.c_str());
    for (int i = 1; i <= 20; ++i) {
        clock.setMs(kT0 + i * 10'000);
        QVERIFY(log->append({"violation.acknowledge", "episode/m1:accuracy:" + std::to_string(i),
                             "{\"note\":\"seen " + std::to_string(i) + "\"}", "alice@ops"},
                            &error));
    }
    clock.setMs(kT0 + 210'000);
    QVERIFY(log->checkpoint(&error));
    clock.setMs(kT0 + 20 * kMinute);
    for (int i = 0; i < 3; ++i)
        QVERIFY(log->append({"settings.change", "settings/theme", "{}", "bob@ops"}, &error));
    clock.setMs(kT0 + 21 * kMinute);
    QVERIFY(log->checkpoint(&error));

    // Another installation (another operator's console), synced into Redis: its entries of the
    // range come from there, proved into its own checkpoint.
    ManualClock otherClock(kT0);
    auto other = audit::AuditLog::open(path(QStringLiteral("other-installation.db")).toStdString(), &error,
                                       audit::AuditLog::Mode::ReadWrite, &otherClock);
    QVERIFY(other);
    for (int i = 1; i <= 5; ++i) {
        otherClock.setMs(kT0 + i * 1000);
        QVERIFY(other->append({"source.connect", "redis://127.0.0.1:6379/0", "{}", "carol@desk"}, &error));
    }
    otherClock.setMs(kT0 + 30 * kMinute);
    QVERIFY(other->checkpoint(&error)); // size 5, then its own entry 6
    QVERIFY(other->checkpoint(&error)); // size 6: covers the range's boundary entry
    audit::AuditReplicator replicator(*other, client);
    QVERIFY2(replicator.sync(&error), error.c_str());
    m_otherInstallation = other->installationId();

    m_key = path(QStringLiteral("org.key"));
    m_otherKey = path(QStringLiteral("other.key"));
    QCOMPARE(
        ctl({QStringLiteral("evidence"), QStringLiteral("keygen"), QStringLiteral("--out"), m_key}).exitCode,
        0);
    QCOMPARE(ctl({QStringLiteral("evidence"), QStringLiteral("keygen"), QStringLiteral("--out"), m_otherKey})
                 .exitCode,
             0);
    m_signed = path(QStringLiteral("signed.tar"));
    m_unsigned = path(QStringLiteral("unsigned.tar"));
    const Run s = ctl(exportArgs(m_signed, m_log) + QStringList{QStringLiteral("--key-file"), m_key});
    QVERIFY2(s.exitCode == 0, s.err.constData());
    QVERIFY(s.err.contains("snapshots m1: 15/15")); // progress on stderr
    const Run u = ctl(exportArgs(m_unsigned, m_log));
    QVERIFY2(u.exitCode == 0, u.err.constData());
}

void TestEvidence::exportThenVerifyRoundTrips() {
    const Run r = verify(m_signed, {QStringLiteral("--pubkey"), m_key + QStringLiteral(".pub")});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QVERIFY(r.out.contains("8/8 parts valid"));
    QVERIFY(r.out.contains("part snapshots.jsonl valid (30 records)"));
    QVERIFY(r.out.contains("part tolerances.jsonl valid (2 records)")); // v1 in force at since, v2 within
    QVERIFY(r.out.contains("part configs.jsonl valid (1 record)"));
    QVERIFY(
        r.out.contains("part labels.jsonl valid (32 records)")); // 15 in the range and the next, per model
    // This installation's entries 1-21 and boundary 22, the other's 1-5 and boundary 6.
    QVERIFY(r.out.contains("part audit.jsonl valid (28 records)"));
    QVERIFY(r.out.contains("part checkpoints.jsonl valid (2 records)"));
    QVERIFY(
        r.out.contains(QByteArray::fromStdString("audit checkpoint of installation " + m_otherInstallation)));
    QVERIFY(r.out.contains("(trusted)"));
    QVERIFY(r.out.trimmed().endsWith("VERIFIED"));
    // Without naming the key: intact, but the signer is unknown.
    const Run unknown = verify(m_signed);
    QCOMPARE(unknown.exitCode, 4);
    QVERIFY(unknown.out.contains("INTACT, SIGNED BY AN UNTRUSTED KEY"));
    // The trusted-keys setting counts as naming it.
    QVERIFY(QDir().mkpath(path(QStringLiteral("data/trusted-keys"))));
    QVERIFY(QFile::copy(m_key + QStringLiteral(".pub"), path(QStringLiteral("data/trusted-keys/org.pub"))));
    QCOMPARE(verify(m_signed).exitCode, 0);
    QFile::remove(path(QStringLiteral("data/trusted-keys/org.pub")));
    // Unsigned: intact, integrity only, never "VERIFIED" on its own.
    const Run u = verify(m_unsigned);
    QCOMPARE(u.exitCode, 0);
    QVERIFY(u.out.contains("INTACT, NOT SIGNED (integrity only)"));
    QVERIFY(!u.out.contains("\nVERIFIED"));
    // The export recorded itself, after the pack was built.
    std::string error;
    auto log = audit::AuditLog::open(m_log.toStdString(), &error, audit::AuditLog::Mode::ReadOnly);
    audit::AuditFilter f;
    f.action = "evidence.export";
    const auto exports = log->entries(f, &error);
    QVERIFY(exports && exports->size() >= 2);
    const QJsonObject verdict =
        QJsonDocument::fromJson(verify(m_signed, {QStringLiteral("--json")}).out).object();
    QVERIFY(exports->front().target ==
            "evidence/" + verdict.value(QStringLiteral("root_digest")).toString().toStdString());
}

void TestEvidence::standardToolsReadThePack() {
    // Python's tarfile and hashlib, from docs/evidence.md: every member's digest is in the
    // statement, and the root digest is sha256 over "<digest>  <name>\n" lines.
    const QString script = QStringLiteral(R"(
import base64, hashlib, json, sys, tarfile
t = tarfile.open(sys.argv[1])
names = t.getnames()
assert names[0] == "manifest.dsse.json", names
env = json.loads(t.extractfile(names[0]).read())
st = json.loads(base64.b64decode(env["payload"]))
subjects = {s["name"]: s["digest"]["sha256"] for s in st["subject"]}
lines = ""
for n in names[1:]:
    d = hashlib.sha256(t.extractfile(n).read()).hexdigest()
    assert subjects[n] == d, n
    lines += d + "  " + n + "\n"
assert hashlib.sha256(lines.encode()).hexdigest() == st["predicate"]["root_digest"]
print(len(names), st["predicateType"])
)");
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, m_signed});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QCOMPARE(p.readAllStandardOutput().trimmed(),
             QByteArray("17 https://assurance-console.dev/evidence-pack/v1"));
}

void TestEvidence::theSameStateGivesTheSameBytes() {
    // Another process, the same Redis, a copy of the log (which has grown by the exports' own
    // entries since: they are outside the range and not in the pack).
    const QString copy = path(QStringLiteral("copy.db"));
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral(".key"), QStringLiteral(".key.pub")})
        QFile::copy(m_log + suffix, copy + suffix);
    const QString again = path(QStringLiteral("again.tar"));
    QCOMPARE(ctl(exportArgs(again, copy) + QStringList{QStringLiteral("--key-file"), m_key}).exitCode, 0);
    QFile a(m_signed), b(again);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
}

void TestEvidence::tamperingIsCaughtAndNamed_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("firstBroken");
    QTest::newRow("flip a byte: configs") << "flip configs.jsonl"
                                          << "part configs.jsonl line ";
    QTest::newRow("flip a byte: tolerances") << "flip tolerances.jsonl"
                                             << "part tolerances.jsonl line ";
    QTest::newRow("flip a byte: snapshots") << "flip snapshots.jsonl"
                                            << "part snapshots.jsonl line ";
    QTest::newRow("flip a byte: references") << "flip references.jsonl"
                                             << "part references.jsonl line ";
    QTest::newRow("flip a byte: checkpoints") << "flip checkpoints.jsonl"
                                              << "part checkpoints.jsonl line ";
    QTest::newRow("flip a byte: audit") << "flip audit.jsonl"
                                        << "audit entry |part audit.jsonl line ";
    QTest::newRow("flip a byte: a line digest") << "flip snapshots.jsonl.sha256"
                                                << "part snapshots.jsonl.sha256";
    QTest::newRow("flip a byte: manifest") << "flip manifest.dsse.json"
                                           << "manifest manifest.dsse.json";
    QTest::newRow("change a value, same JSON shape") << "digit snapshots.jsonl"
                                                     << "part snapshots.jsonl line 3";
    QTest::newRow("drop a record") << "drop snapshots.jsonl"
                                   << "part snapshots.jsonl line 2";
    QTest::newRow("reorder two records") << "swap snapshots.jsonl"
                                         << "part snapshots.jsonl line 4: out of order";
    QTest::newRow("truncate the audit range") << "truncate audit.jsonl"
                                              << "part audit.jsonl";
    QTest::newRow("drop an audit entry in the middle") << "drop audit.jsonl"
                                                       << "audit entry 3";
    QTest::newRow("replace the checkpoint") << "forge checkpoints.jsonl"
                                            << "part checkpoints.jsonl line 1";
    QTest::newRow("another key's signature") << "resign-keep-keyid"
                                             << "manifest manifest.dsse.json";
    QTest::newRow("edit an operator action") << "actor violations.jsonl"
                                             << "part violations.jsonl line 1";
    QTest::newRow("drop a part") << "remove violations.jsonl"
                                 << "part violations.jsonl";
}

void TestEvidence::tamperingIsCaughtAndNamed() {
    QFETCH(QString, change);
    QFETCH(QString, firstBroken);
    Members m = readPack(m_signed);
    QCOMPARE(m.size(), std::size_t(17));
    const QStringList words = change.split(QLatin1Char(' '));
    const std::string target = words.size() > 1 ? words.at(1).toStdString() : std::string();
    if (words[0] == QLatin1String("flip")) {
        std::string &bytes = member(m, target);
        QVERIFY(!bytes.empty());
        bytes[bytes.size() / 3] ^= 0x01;
    } else if (words[0] == QLatin1String("digit")) {
        QStringList lines = linesOf(member(m, target));
        QString &line = lines[2];
        const auto at = line.indexOf(QStringLiteral("accuracy\\\": 0.9"));
        QVERIFY(at > 0);
        line[at + 15] = line[at + 15] == QLatin1Char('4') ? QLatin1Char('5') : QLatin1Char('4');
        member(m, target) = joinLines(lines);
    } else if (words[0] == QLatin1String("drop")) {
        QStringList lines = linesOf(member(m, target));
        lines.removeAt(target == "audit.jsonl" ? 2 : 1);
        member(m, target) = joinLines(lines);
    } else if (words[0] == QLatin1String("swap")) {
        QStringList lines = linesOf(member(m, target));
        lines.swapItemsAt(2, 3);
        member(m, target) = joinLines(lines);
    } else if (words[0] == QLatin1String("truncate")) {
        QStringList lines = linesOf(member(m, target));
        lines.removeLast();
        member(m, target) = joinLines(lines);
    } else if (words[0] == QLatin1String("forge")) {
        // The same checkpoint (id, size, root, time) signed by a key of the attacker's.
        QStringList lines = linesOf(member(m, target));
        QJsonObject line = QJsonDocument::fromJson(lines.front().toUtf8()).object();
        std::string error;
        const auto parsed =
            audit::parseCheckpoint(line.value(QStringLiteral("note")).toString().toStdString(), &error);
        QVERIFY(parsed);
        const auto attacker = signing::SigningKey::generate();
        line[QStringLiteral("note")] = QString::fromStdString(
            audit::signCheckpoint(parsed->origin, parsed->size, parsed->root, parsed->timeMs, attacker).note);
        lines[0] = QString::fromStdString(
            *audit::canonicalJson(QJsonDocument(line).toJson(QJsonDocument::Compact).toStdString()));
        member(m, target) = joinLines(lines);
    } else if (words[0] == QLatin1String("resign-keep-keyid")) {
        QJsonObject env =
            QJsonDocument::fromJson(QByteArray::fromStdString(member(m, kManifestName))).object();
        QJsonArray sigs = env.value(QStringLiteral("signatures")).toArray();
        QJsonObject sig = sigs.at(0).toObject();
        const auto other = signing::SigningKey::generate();
        const std::string payload =
            QByteArray::fromBase64(env.value(QStringLiteral("payload")).toString().toLatin1()).toStdString();
        sig[QStringLiteral("sig")] = QString::fromStdString(
            signing::toBase64(other.signBytes(preAuthEncoding(kPayloadType, payload))));
        sigs[0] = sig;
        env[QStringLiteral("signatures")] = sigs;
        member(m, kManifestName) =
            *audit::canonicalJson(QJsonDocument(env).toJson(QJsonDocument::Compact).toStdString()) + "\n";
    } else if (words[0] == QLatin1String("actor")) {
        QStringList lines = linesOf(member(m, target));
        QVERIFY(lines[0].contains(QStringLiteral("dave@risk")));
        lines[0].replace(QStringLiteral("dave@risk"), QStringLiteral("erin@risk"));
        member(m, target) = joinLines(lines);
    } else if (words[0] == QLatin1String("remove")) {
        m.erase(std::remove_if(m.begin(), m.end(), [&](const auto &p) { return p.first == target; }),
                m.end());
    }
    const QString tampered = path(QStringLiteral("tampered.tar"));
    QVERIFY(evidencefixture::writePack(tampered, m));
    const Run r = verify(
        tampered, {QStringLiteral("--pubkey"), m_key + QStringLiteral(".pub"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 4);
    const QJsonObject v = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(v.value(QStringLiteral("verdict")).toString(), QStringLiteral("NOT VERIFIED"));
    const QString named = v.value(QStringLiteral("first_broken")).toString();
    const QStringList accepted = firstBroken.split(QLatin1Char('|'));
    QVERIFY2(
        std::any_of(accepted.begin(), accepted.end(), [&](const QString &a) { return named.startsWith(a); }),
        qPrintable(named));
}

void TestEvidence::recomputedManifestUnsignedIsIntegrityOnly() {
    // Anyone can rebuild an unsigned pack: change a value, recompute everything: it is intact, and
    // says it is integrity only — never Verified.
    Members m = readPack(m_unsigned);
    QStringList lines = linesOf(member(m, "snapshots.jsonl"));
    lines[0].replace(QStringLiteral("accuracy\\\": 0.95"), QStringLiteral("accuracy\\\": 0.99"));
    member(m, "snapshots.jsonl") = joinLines(lines);
    recomputeManifest(m, nullptr);
    const QString rebuilt = path(QStringLiteral("rebuilt-unsigned.tar"));
    QVERIFY(evidencefixture::writePack(rebuilt, m));
    const Run r = verify(rebuilt, {QStringLiteral("--pubkey"), m_key + QStringLiteral(".pub")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("INTACT, NOT SIGNED (integrity only)"));
    QVERIFY(!r.out.contains("\nVERIFIED"));
}

void TestEvidence::recomputedManifestSignedIsCaught() {
    Members m = readPack(m_signed);
    QStringList lines = linesOf(member(m, "snapshots.jsonl"));
    lines[0].replace(QStringLiteral("accuracy\\\": 0.95"), QStringLiteral("accuracy\\\": 0.99"));
    member(m, "snapshots.jsonl") = joinLines(lines);
    recomputeManifest(m, nullptr, true);
    const QString rebuilt = path(QStringLiteral("rebuilt-signed.tar"));
    QVERIFY(evidencefixture::writePack(rebuilt, m));
    const Run r = verify(rebuilt, {QStringLiteral("--pubkey"), m_key + QStringLiteral(".pub")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.out.contains("first broken record: manifest manifest.dsse.json: signature doesn't verify"),
             r.out.constData());
}

void TestEvidence::operatorActionsAreCheckedEvenWhenRehashed() {
    // The pack carries who acknowledged and resolved (format v2), and loads it.
    const auto content = evidence::loadPack(m_unsigned.toStdString(), {});
    const auto it = std::find_if(content.record.episodes.begin(), content.record.episodes.end(),
                                 [](const EpisodeEvent &e) { return e.episode.modelId == "m1"; });
    QVERIFY(it != content.record.episodes.end());
    QCOMPARE(it->episode.actions.size(), std::size_t(2));
    QCOMPARE(it->episode.actions[0].actor, std::string("carol@risk"));
    QCOMPARE(it->episode.status, EpisodeStatus::Resolved);
    // Rewriting the status without the actions, even with every digest recomputed (an unsigned
    // pack anyone can rebuild), is named: the status no longer follows from the actions.
    Members m = readPack(m_unsigned);
    QStringList lines = linesOf(member(m, "violations.jsonl"));
    QVERIFY(lines[0].contains(QStringLiteral(R"(\"status\": \"resolved\")")));
    lines[0].replace(QStringLiteral(R"(\"status\": \"resolved\")"),
                     QStringLiteral(R"(\"status\": \"acknowledged\")"));
    member(m, "violations.jsonl") = joinLines(lines);
    recomputeManifest(m, nullptr);
    const QString rebuilt = path(QStringLiteral("rebuilt-actions.tar"));
    QVERIFY(evidencefixture::writePack(rebuilt, m));
    const Run r = verify(rebuilt, {QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 4);
    const QString named =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("first_broken")).toString();
    QVERIFY2(named.startsWith(QStringLiteral("part violations.jsonl line 1")) &&
                 named.contains(QStringLiteral("operator actions")),
             qPrintable(named));
}

void TestEvidence::reSignedByAnotherKeyIsUntrusted() {
    Members m = readPack(m_signed);
    std::string error;
    const auto other = signing::SigningKey::load(m_otherKey.toStdString(), &error);
    QVERIFY(other);
    recomputeManifest(m, &*other);
    const QString rebuilt = path(QStringLiteral("resigned.tar"));
    QVERIFY(evidencefixture::writePack(rebuilt, m));
    const Run r = verify(rebuilt, {QStringLiteral("--pubkey"), m_key + QStringLiteral(".pub")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.out.contains("INTACT, SIGNED BY AN UNTRUSTED KEY"));
    QVERIFY(r.out.contains(QByteArray::fromStdString(other->publicKey().fingerprint())));
    QCOMPARE(verify(rebuilt, {QStringLiteral("--pubkey"), m_otherKey + QStringLiteral(".pub")}).exitCode, 0);
}

void TestEvidence::badInputs() {
    QCOMPARE(verify(path(QStringLiteral("nothing.tar"))).exitCode, 1);
    QFile junk(path(QStringLiteral("junk.tar")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(3000, 'x'));
    junk.close();
    const Run r = verify(junk.fileName());
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.out.contains("first broken record: pack"));
    // Export refusals: a bad model id (usage), an unreachable Redis (I/O), a key that others may read.
    QStringList args = exportArgs(path(QStringLiteral("x.tar")), m_log);
    args[5] = QStringLiteral("bad id!");
    QCOMPARE(ctl(args).exitCode, 2);
    QVERIFY(!QFile::exists(path(QStringLiteral("x.tar"))));
    QCOMPARE(
        ctl({QStringLiteral("evidence"), QStringLiteral("keygen"), QStringLiteral("--out"), m_key}).exitCode,
        5);
    QFile::setPermissions(m_otherKey, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    const Run readable = ctl(exportArgs(path(QStringLiteral("y.tar")), m_log) +
                             QStringList{QStringLiteral("--key-file"), m_otherKey});
    QCOMPARE(readable.exitCode, 3);
    QVERIFY(readable.err.contains("readable by group or others"));
    QVERIFY(!QFile::exists(path(QStringLiteral("y.tar"))));
}

void TestEvidence::theEvidenceSourceLoadsAPackReadOnly() {
    // Another process's pack, opened with no network: one frame with the whole record.
    std::string error;
    const auto key = signing::PublicKey::load(QString(m_key + QStringLiteral(".pub")).toStdString(), &error);
    QVERIFY(key);
    EvidenceTelemetrySource source(m_signed, std::vector<signing::PublicKey>{*key});
    QSignalSpy frames(&source, &TelemetrySource::frameReady);
    source.start();
    QCOMPARE(source.status(TelemetrySource::Part::Live).reason, TelemetrySource::Reason::None);
    QTRY_COMPARE_WITH_TIMEOUT(frames.size(), 1, 10000);
    QCOMPARE(source.status(TelemetrySource::Part::Record).state, TelemetrySource::State::Running);
    const auto frame = frames.at(0).at(0).value<ConsoleFramePtr>();
    QVERIFY(frame->record && frame->record->reset && !frame->record->episodesAreNews && !frame->live);
    QCOMPARE(frame->record->models->size(), std::size_t(2));
    QCOMPARE(frame->record->models->at(0).displayName, std::string("Credit scorer"));
    QCOMPARE(frame->record->windows.size(), std::size_t(30));
    QCOMPARE(frame->record->tolerances.size(), std::size_t(1));
    QCOMPARE(frame->record->tolerances.front().version, 2); // the newest in force in the range
    const auto content = source.content();
    QCOMPARE(content->verdict.trust, PackTrust::Verified);
    QCOMPARE(content->audit.size(), std::size_t(28));
    QCOMPARE(std::count_if(content->audit.begin(), content->audit.end(),
                           [](const PackAuditEntry &a) { return a.entry.actor == "carol@desk"; }),
             5);
    QCOMPARE(content->checkpoints.size(), std::size_t(2));
    QCOMPARE(content->toleranceVersions.at("m1").size(), std::size_t(2));
    QVERIFY(content->loadProblems.empty());
    // A tampered pack still loads what verifies, and says it does not.
    Members m = readPack(m_signed);
    std::string &snapshots = member(m, "snapshots.jsonl");
    snapshots[snapshots.size() / 2] ^= 0x01;
    const QString tampered = path(QStringLiteral("tampered-source.tar"));
    QVERIFY(evidencefixture::writePack(tampered, m));
    EvidenceTelemetrySource second(tampered, std::vector<signing::PublicKey>{*key});
    QSignalSpy secondFrames(&second, &TelemetrySource::frameReady);
    second.start();
    QTRY_COMPARE_WITH_TIMEOUT(secondFrames.size(), 1, 10000);
    QCOMPARE(second.content()->verdict.trust, PackTrust::NotVerified);
    QVERIFY(!second.content()->verdict.firstBroken.empty());
    // Stopping while loading never waits and drops the result.
    EvidenceTelemetrySource third(m_signed, std::vector<signing::PublicKey>{*key});
    QSignalSpy thirdFrames(&third, &TelemetrySource::frameReady);
    third.start();
    third.stop();
    QTest::qWait(500);
    QCOMPARE(thirdFrames.size(), 0);
    QCOMPARE(third.status(TelemetrySource::Part::Record).state, TelemetrySource::State::Stopped);
}

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
