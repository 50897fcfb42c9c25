// The audit log (docs/audit.md): canonical form, Merkle proofs against an independent Python
// computation, tamper detection on the SQLite file, crash safety and concurrent appends from real
// processes, and assurancectl's audit commands and exit codes.
#include "KafkaFixture.h"
#include "audit/AuditLog.h"
#include "audit/CanonicalJson.h"
#include "audit/MerkleTree.h"
#include "signing/Ed25519.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace assurance;
using namespace assurance::audit;

namespace {
QString tamperConnection() {
    static int n = 0;
    return QStringLiteral("tamper-%1").arg(++n);
}

// Plain SQL on the file, as an attacker with write access would do it: the triggers dropped first.
void tamper(const QString &db, const QStringList &statements) {
    const QString name = tamperConnection();
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(db);
        QVERIFY(c.open());
        QSqlQuery q(c);
        for (const char *t :
             {"entries_no_update", "entries_no_delete", "checkpoints_no_update", "checkpoints_no_delete"})
            QVERIFY2(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(t))),
                     qPrintable(q.lastError().text()));
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s + QStringLiteral(": ") + q.lastError().text()));
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
}

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run run(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

Run ctl(const QStringList &args) {
    return run(QStringLiteral(ASSURANCE_CTL), args);
}

std::string details(int i) {
    return "{\"before\":{\"warning\":0.1},\"after\":{\"warning\":" + std::to_string(0.05 + i * 1e-3) +
           "},\"i\":" + std::to_string(i) + ",\"note\":\"ünïcødé \\\"quoted\\\"\\n\"}";
}
} // namespace

class TestAudit : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_big; // a 10,000-entry log with checkpoints, copied for each tampering
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString copyOfBig(const QString &name) {
        const QString to = path(name);
        for (const QString &suffix : {QString(), QStringLiteral(".key"), QStringLiteral(".key.pub")})
            QFile::copy(m_big + suffix, to + suffix);
        return to;
    }
    VerifyReport verifyFile(const QString &db) {
        std::string error;
        auto log = AuditLog::open(db.toStdString(), &error, AuditLog::Mode::ReadOnly);
        if (!log)
            qFatal("%s", error.c_str());
        return log->verify();
    }

private Q_SLOTS:
    void initTestCase();
    void canonicalFormIsRfc8785();
    void canonicalFormRefusesWhatItCannotKeep();
    void entryBytesAndChainAreExact();
    void tenThousandEntriesVerify();
    void proofsMatchAnIndependentComputation();
    void cachedLevelsGiveTheSameProofs();
    void editingAnyFieldIsNamed_data();
    void editingAnyFieldIsNamed();
    void deletingAnEntryIsNamed();
    void swappingTwoEntriesIsNamed();
    void truncatingTheTailAfterACheckpointIsDetected();
    void aCheckpointSignedByAnotherKeyIsDetected();
    void aTrustedKeyOtherThanTheLogsIsReported();
    void triggersRefuseUpdateAndDelete();
    void checkpointTimeNeverGoesBack();
    void keyFilesReadableByOthersAreRefused();
    void killNineLosesNoCommittedEntry();
    void twoProcessesAppendAtOnce();
    void cliExitCodes();
    void producingTelemetryIsAudited();
};

void TestAudit::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_big = path(QStringLiteral("big.db"));
    std::string error;
    auto log = AuditLog::open(m_big.toStdString(), &error);
    QVERIFY2(log, error.c_str());
    for (int i = 1; i <= 10000; ++i) {
        QVERIFY2(log->append({"tolerances.save", "model/m" + std::to_string(i % 7), details(i), {}}, &error),
                 error.c_str());
        if (i == 3000 || i == 7000)
            QVERIFY2(log->checkpoint(&error), error.c_str());
    }
    QVERIFY2(log->checkpoint(&error), error.c_str()); // size 10002: two checkpoint entries before it
}

void TestAudit::canonicalFormIsRfc8785() {
    // RFC 8785 §3.2.2.3 and Appendix B number forms; sorting by UTF-16 code units (€ U+20AC <
    // 😀 U+1F600 (surrogates D83D…) < ﬁ U+FB01, while UTF-8 bytes would put ﬁ before 😀).
    const struct {
        const char *in, *out;
    } cases[] = {
        {R"({"b":1,"a":[1.0,-0.0,1e21,1e-7,0.000001,333333333.33333329,1E30,4.5,2e-3,100]})",
         R"({"a":[1,0,1e+21,1e-7,0.000001,333333333.3333333,1e+30,4.5,0.002,100],"b":1})"},
        {"{\"\xF0\x9F\x98\x80\":3,\"\xEF\xAC\x81\":4,\"\xE2\x82\xAC\":2,\"1\":1}",
         "{\"1\":1,\"\xE2\x82\xAC\":2,\"\xF0\x9F\x98\x80\":3,\"\xEF\xAC\x81\":4}"},
        {R"({ "s" : "a\"b\\c\/d\u0001\u001f\b\f\n\r\t\u00e9\u20ac" , "t":true,"n":null })",
         "{\"n\":null,\"s\":\"a\\\"b\\\\c/d\\u0001\\u001f\\b\\f\\n\\r\\t\xC3\xA9\xE2\x82\xAC\",\"t\":true}"},
        {R"({"big":9007199254740992,"neg":-9007199254740992,"x":123456789012})",
         R"({"big":9007199254740992,"neg":-9007199254740992,"x":123456789012})"},
    };
    for (const auto &c : cases) {
        std::string error;
        const auto out = canonicalJson(c.in, &error);
        QVERIFY2(out, error.c_str());
        QCOMPARE(QByteArray::fromStdString(*out), QByteArray(c.out));
    }
}

void TestAudit::canonicalFormRefusesWhatItCannotKeep() {
    for (const char *bad : {R"({"a":1,"a":2})", R"({"a":9007199254740993})", R"({"a":18446744073709551615})",
                            R"({"a":tru})", R"({"a":1)", "\"\xFF\""}) {
        std::string error;
        QVERIFY2(!canonicalJson(bad, &error), bad);
        QVERIFY(!error.empty());
    }
    // The log refuses details that are not an object, and keeps nothing of the refused append.
    std::string error;
    auto log = AuditLog::open(path(QStringLiteral("refuse.db")).toStdString(), &error);
    QVERIFY(log);
    QVERIFY(!log->append({"x.y", "t", "[1]", {}}, &error));
    QVERIFY(!log->append({"x.y", "t", "{\"a\":1,\"a\":1}", {}}, &error));
    QVERIFY(error.find("duplicate") != std::string::npos);
    QVERIFY(!log->append({"", "t", "{}", {}}, &error));
    QCOMPARE(log->size(&error).value_or(-1), 0);
}

void TestAudit::entryBytesAndChainAreExact() {
    ManualClock clock(1764547200123);
    std::string error;
    const QString db = path(QStringLiteral("exact.db"));
    auto log = AuditLog::open(db.toStdString(), &error, AuditLog::Mode::ReadWrite, &clock);
    QVERIFY(log);
    const auto e1 =
        log->append({"settings.change", "settings/theme",
                     R"({"before": {"theme": "light"}, "after": {"theme": "dark"}})", "alice@ops"},
                    &error);
    QVERIFY(e1);
    const std::string expected =
        "{\"action\":\"settings.change\",\"actor\":\"alice@ops\",\"details\":{\"after\":{"
        "\"theme\":\"dark\"},\"before\":{\"theme\":\"light\"}},\"installation\":\"" +
        log->installationId() + "\",\"seq\":1,\"target\":\"settings/theme\",\"time\":1764547200123}";
    QCOMPARE(QByteArray::fromStdString(canonicalEntry(*e1)), QByteArray::fromStdString(expected));
    QCOMPARE(e1->prevHash, std::string(64, '0'));
    const std::string chained = std::string(32, '\0') + expected;
    QCOMPARE(e1->hash, signing::toHex(signing::Sha256::of(chained)));
    clock.advanceMs(5);
    const auto e2 = log->append({"source.connect", "redis://127.0.0.1:6379/0", "{}", "bob@ops"}, &error);
    QVERIFY(e2);
    QCOMPARE(e2->prevHash, e1->hash);
    QCOMPARE(e2->timeMs, 1764547200128);
    // What is stored is what was returned.
    const auto stored = log->entries({}, &error);
    QVERIFY(stored && stored->size() == 2);
    QCOMPARE(canonicalEntry(stored->at(1)), canonicalEntry(*e2));
    QCOMPARE(stored->at(1).hash, e2->hash);
    // The installation id is a UUID, different for every database.
    auto other = AuditLog::open(path(QStringLiteral("exact2.db")).toStdString(), &error);
    QVERIFY(other && other->installationId() != log->installationId());
    QCOMPARE(log->installationId().size(), std::size_t(36));
}

void TestAudit::tenThousandEntriesVerify() {
    const VerifyReport r = verifyFile(m_big);
    for (const auto &p : r.problems)
        qWarning("%s", p.message.c_str());
    QVERIFY(r.ok());
    QCOMPARE(r.entries, 10003); // 10,000 + three checkpoint entries
    QCOMPARE(r.checkpoints, 3);
    QCOMPARE(r.firstBrokenEntry, 0);
}

void TestAudit::proofsMatchAnIndependentComputation() {
    // tests/scripts/audit_reference.py reads the SQLite file with Python's sqlite3 and recomputes
    // everything from docs/audit.md: canonical bytes, chain, roots, proofs, signatures (openssl).
    const QList<QPair<int, int>> inclusions = {{1, 1},       {1, 2},        {2, 3},        {5, 8},
                                               {3000, 3001}, {7001, 10002}, {10002, 10002}};
    const QList<QPair<int, int>> consistencies = {{1, 2},       {3, 7},     {4, 8},
                                                  {3001, 7002}, {1, 10002}, {8191, 10003}};
    QStringList args{QStringLiteral(ASSURANCE_TEST_SCRIPTS "/audit_reference.py"), m_big};
    for (const auto &[n, m] : inclusions)
        args << QStringLiteral("--prove") << QStringLiteral("%1:%2").arg(n).arg(m);
    for (const auto &[m, n] : consistencies)
        args << QStringLiteral("--consistency") << QStringLiteral("%1:%2").arg(m).arg(n);
    const Run py = run(QStringLiteral("python3"), args);
    QVERIFY2(py.exitCode == 0, py.err.constData());
    const QJsonObject ref = QJsonDocument::fromJson(py.out).object();
    QCOMPARE(ref.value(QStringLiteral("entries")).toInt(), 10003);
    QVERIFY(ref.value(QStringLiteral("chain_ok")).toBool());
    for (const QJsonValue &c : ref.value(QStringLiteral("checkpoints")).toArray()) {
        QVERIFY(c.toObject().value(QStringLiteral("root_matches")).toBool());
        QVERIFY(c.toObject().value(QStringLiteral("signature_ok")).toBool());
    }
    std::string error;
    auto log = AuditLog::open(m_big.toStdString(), &error, AuditLog::Mode::ReadOnly);
    QVERIFY(log);
    auto hexes = [](const std::vector<Digest> &path) {
        QJsonArray a;
        for (const auto &d : path)
            a.append(QString::fromStdString(signing::toHex(d)));
        return a;
    };
    const QJsonObject roots = ref.value(QStringLiteral("roots")).toObject();
    for (const auto &[n, m] : inclusions) {
        const auto p = log->proveInclusion(n, static_cast<std::uint64_t>(m), &error);
        QVERIFY2(p, error.c_str());
        const QString key = QStringLiteral("%1:%2").arg(n).arg(m);
        QCOMPARE(hexes(p->path), ref.value(QStringLiteral("inclusion")).toObject().value(key).toArray());
        QCOMPARE(QString::fromStdString(signing::toHex(p->root)), roots.value(QString::number(m)).toString());
        QVERIFY(verifyInclusion(p->index, p->size, p->leaf, p->path, p->root));
        // A proof for another position, or with one hash changed, does not verify.
        if (p->size > 1) {
            QVERIFY(!verifyInclusion((p->index + 1) % p->size, p->size, p->leaf, p->path, p->root));
            auto bad = p->path;
            bad.front()[0] ^= 1;
            QVERIFY(!verifyInclusion(p->index, p->size, p->leaf, bad, p->root));
        }
    }
    for (const auto &[m, n] : consistencies) {
        const auto p =
            log->proveConsistency(static_cast<std::uint64_t>(m), static_cast<std::uint64_t>(n), &error);
        QVERIFY2(p, error.c_str());
        const QString key = QStringLiteral("%1:%2").arg(m).arg(n);
        QCOMPARE(hexes(p->path), ref.value(QStringLiteral("consistency")).toObject().value(key).toArray());
        QCOMPARE(QString::fromStdString(signing::toHex(p->fromRoot)),
                 roots.value(QString::number(m)).toString());
        QCOMPARE(QString::fromStdString(signing::toHex(p->toRoot)),
                 roots.value(QString::number(n)).toString());
        QVERIFY(verifyConsistency(p->from, p->to, p->fromRoot, p->toRoot, p->path));
        auto otherRoot = p->fromRoot;
        otherRoot[31] ^= 1;
        QVERIFY(!verifyConsistency(p->from, p->to, otherRoot, p->toRoot, p->path));
    }
}

void TestAudit::cachedLevelsGiveTheSameProofs() {
    // MerkleLevels (used for many proofs into one tree) against the direct RFC 9162 recursion, for
    // every index and every pair of sizes up to 70 leaves.
    std::vector<Digest> leaves;
    for (int i = 0; i < 70; ++i)
        leaves.push_back(leafHash(std::to_string(i)));
    const MerkleLevels levels(leaves);
    for (std::uint64_t n = 1; n <= leaves.size(); ++n) {
        const std::span<const Digest> d(leaves.data(), n);
        QCOMPARE(levels.root(n), rootOf(d));
        for (std::uint64_t m = 0; m < n; ++m) {
            QCOMPARE(levels.inclusionProof(m, n), inclusionProof(d, m));
            QVERIFY(verifyInclusion(m, n, leaves[m], levels.inclusionProof(m, n), rootOf(d)));
        }
        for (std::uint64_t m = 1; m <= n; ++m) {
            QCOMPARE(levels.consistencyProof(m, n), consistencyProof(d, m));
            QVERIFY(verifyConsistency(m, n, rootOf(d.first(m)), rootOf(d), levels.consistencyProof(m, n)));
        }
    }
}

void TestAudit::editingAnyFieldIsNamed_data() {
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    const QString hashChanged = QStringLiteral("hash value doesn't match");
    QTest::newRow("time") << "time_ms"
                          << "time_ms + 1" << hashChanged;
    QTest::newRow("installation") << "installation"
                                  << "'0a7c1e5e-0000-4000-8000-000000000000'"
                                  << "installation id isn't this log's";
    QTest::newRow("actor") << "actor"
                           << "'mallory@evil'" << hashChanged;
    QTest::newRow("action") << "action"
                            << "'audit.verify'" << hashChanged;
    QTest::newRow("target") << "target"
                            << "'model/other'" << hashChanged;
    QTest::newRow("details") << "details"
                             << "replace(details, '\"i\":1842', '\"i\":1843')" << hashChanged;
    QTest::newRow("details, not canonical") << "details"
                                            << "replace(details, ',', ', ')"
                                            << "details are not a JSON object in canonical form";
    QTest::newRow("prev_hash") << "prev_hash" << QStringLiteral("'%1'").arg(QString(64, QLatin1Char('a')))
                               << "prev_hash doesn't match the previous entry's hash";
    QTest::newRow("hash") << "hash" << QStringLiteral("'%1'").arg(QString(64, QLatin1Char('b')))
                          << hashChanged;
}

void TestAudit::editingAnyFieldIsNamed() {
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    const QString db = copyOfBig(QStringLiteral("edit-%1.db")
                                     .arg(QString::fromLatin1(QTest::currentDataTag()))
                                     .replace(QLatin1Char(' '), QLatin1Char('_'))
                                     .remove(QLatin1Char(',')));
    tamper(db, {QStringLiteral("UPDATE entries SET %1 = %2 WHERE seq = 1842").arg(column, value)});
    const VerifyReport r = verifyFile(db);
    QVERIFY(!r.ok());
    QCOMPARE(r.firstBrokenEntry, 1842);
    QCOMPARE(QString::fromStdString(r.firstBrokenReason), reason);
    QCOMPARE(QString::fromStdString(r.problems.front().message),
             QStringLiteral("entry 1842 INVALID: ") + reason);
    // The checkpoints over entry 1842 no longer match (all but an edit of the stored hash alone,
    // which the leaves do not cover; the chain names it).
    if (column != QLatin1String("hash") && column != QLatin1String("prev_hash")) {
        const auto failedCheckpoints =
            std::count_if(r.problems.begin(), r.problems.end(),
                          [](const VerifyProblem &p) { return p.kind == VerifyProblem::Kind::Checkpoint; });
        QCOMPARE(failedCheckpoints, 3);
    }
    // The CLI says the same and exits 4.
    const Run cli = ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--no-record"),
                         QStringLiteral("--audit-db"), db});
    QCOMPARE(cli.exitCode, 4);
    QVERIFY2(cli.out.contains((QStringLiteral("entry 1842 INVALID: ") + reason).toUtf8()),
             cli.out.constData());
    QVERIFY(cli.out.contains(QStringLiteral("first broken entry: 1842 (%1)").arg(reason).toUtf8()));
}

void TestAudit::deletingAnEntryIsNamed() {
    const QString db = copyOfBig(QStringLiteral("delete.db"));
    tamper(db, {QStringLiteral("DELETE FROM entries WHERE seq = 5000")});
    const VerifyReport r = verifyFile(db);
    QCOMPARE(r.firstBrokenEntry, 5000);
    QCOMPARE(QString::fromStdString(r.firstBrokenReason), QStringLiteral("missing (deleted)"));
    // Entry 5001 no longer follows its stored predecessor either.
    QVERIFY(std::any_of(r.problems.begin(), r.problems.end(), [](const VerifyProblem &p) {
        return p.message == "entry 5001 INVALID: prev_hash doesn't match the previous entry's hash";
    }));
}

void TestAudit::swappingTwoEntriesIsNamed() {
    const QString db = copyOfBig(QStringLiteral("swap.db"));
    // Rows 4000 and 4001 trade places: everything but the sequence number changes hands.
    const QString cols =
        QStringLiteral("time_ms, installation, actor, action, target, details, prev_hash, hash");
    tamper(
        db,
        {QStringLiteral("CREATE TABLE t AS SELECT seq, %1 FROM entries WHERE seq IN (4000, 4001)").arg(cols),
         QStringLiteral("DELETE FROM entries WHERE seq IN (4000, 4001)"),
         QStringLiteral("INSERT INTO entries(seq, %1) SELECT 8001 - seq, %1 FROM t").arg(cols)});
    const VerifyReport r = verifyFile(db);
    QCOMPARE(r.firstBrokenEntry, 4000);
    QVERIFY(!r.ok());
}

void TestAudit::truncatingTheTailAfterACheckpointIsDetected() {
    const QString db = copyOfBig(QStringLiteral("truncate.db"));
    tamper(db, {QStringLiteral("DELETE FROM entries WHERE seq > 9000")});
    const VerifyReport r = verifyFile(db);
    QVERIFY(!r.ok());
    QVERIFY(std::any_of(r.problems.begin(), r.problems.end(), [](const VerifyProblem &p) {
        return p.message ==
               "checkpoint 3 INVALID: it signs 10002 entries but the log holds 9000: the log was truncated";
    }));
    // Deleting the checkpoint too leaves the entry that recorded making it (if kept), and the log's
    // copy in Redis or an evidence pack (docs/audit.md says which).
    const QString db2 = copyOfBig(QStringLiteral("truncate2.db"));
    tamper(db2, {QStringLiteral("DELETE FROM entries WHERE seq > 8000"),
                 QStringLiteral("DELETE FROM checkpoints WHERE id = 3")});
    const VerifyReport r2 = verifyFile(db2);
    QVERIFY(r2.ok()); // documented: a truncation that removes its checkpoint too is invisible locally
    const QString db3 = copyOfBig(QStringLiteral("truncate3.db"));
    tamper(db3, {QStringLiteral("DELETE FROM checkpoints WHERE id = 2")});
    const VerifyReport r3 = verifyFile(db3);
    QVERIFY(std::any_of(r3.problems.begin(), r3.problems.end(), [](const VerifyProblem &p) {
        return p.message == "checkpoint 2 MISSING: the log recorded making it (size 7001)";
    }));
}

void TestAudit::aCheckpointSignedByAnotherKeyIsDetected() {
    const QString db = copyOfBig(QStringLiteral("otherkey.db"));
    std::string error;
    Checkpoint stored;
    {
        auto log = AuditLog::open(db.toStdString(), &error, AuditLog::Mode::ReadOnly);
        QVERIFY(log);
        stored = log->checkpoints(&error)->at(1).checkpoint;
    }
    const auto other = signing::SigningKey::generate();
    const Checkpoint forged = signCheckpoint(stored.origin, stored.size, stored.root, stored.timeMs, other);
    QVERIFY(forged.note != stored.note);
    tamper(db, {QStringLiteral("UPDATE checkpoints SET note = '%1' WHERE id = 2")
                    .arg(QString::fromStdString(forged.note))});
    const VerifyReport r = verifyFile(db);
    QCOMPARE(r.problems.size(), std::size_t(1));
    QVERIFY2(
        r.problems.front().message.starts_with("checkpoint 2 INVALID: signature doesn't verify with key "),
        r.problems.front().message.c_str());
}

void TestAudit::aTrustedKeyOtherThanTheLogsIsReported() {
    const QString keyFile = path(QStringLiteral("org.key"));
    std::string error;
    QVERIFY(signing::SigningKey::generate().save(keyFile.toStdString(), &error));
    const Run cli = ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--no-record"),
                         QStringLiteral("--audit-db"), m_big, QStringLiteral("--pubkey"),
                         keyFile + QStringLiteral(".pub")});
    QCOMPARE(cli.exitCode, 4);
    QVERIFY(cli.out.contains("is not the trusted key"));
    const Run ok = ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--no-record"),
                        QStringLiteral("--audit-db"), m_big, QStringLiteral("--pubkey"),
                        m_big + QStringLiteral(".key.pub")});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.out.contains("VERIFIED"));
}

void TestAudit::triggersRefuseUpdateAndDelete() {
    const QString db = copyOfBig(QStringLiteral("triggers.db"));
    const QString name = tamperConnection();
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(db);
        QVERIFY(c.open());
        QSqlQuery q(c);
        for (const char *sql :
             {"UPDATE entries SET actor = 'x' WHERE seq = 1", "DELETE FROM entries WHERE seq = 1",
              "UPDATE checkpoints SET size = 1", "DELETE FROM checkpoints", "UPDATE meta SET value = 'x'",
              "DELETE FROM meta"}) {
            QVERIFY2(!q.exec(QString::fromLatin1(sql)), sql);
            QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY(verifyFile(db).ok());
}

void TestAudit::checkpointTimeNeverGoesBack() {
    ManualClock clock(2000000);
    std::string error;
    auto log = AuditLog::open(path(QStringLiteral("clock.db")).toStdString(), &error,
                              AuditLog::Mode::ReadWrite, &clock);
    QVERIFY(log);
    const auto first = log->checkpoint(&error);
    QVERIFY(first);
    clock.setMs(1000000); // the clock was set back
    const auto second = log->checkpoint(&error);
    QVERIFY(second);
    QCOMPARE(second->checkpoint.timeMs, 2000000);
    QCOMPARE(second->checkpoint.size, std::uint64_t(1));
    QVERIFY(log->verify().ok());
}

void TestAudit::keyFilesReadableByOthersAreRefused() {
    const QString db = copyOfBig(QStringLiteral("mode.db"));
    ::chmod((db + QStringLiteral(".key")).toLocal8Bit().constData(), 0640);
    std::string error;
    QVERIFY(!signing::SigningKey::load(QString(db + QStringLiteral(".key")).toStdString(), &error));
    QVERIFY2(error.find("readable by group or others (mode 0640)") != std::string::npos, error.c_str());
    // The log still opens and appends; only signing is refused, with that reason.
    auto log = AuditLog::open(db.toStdString(), &error);
    QVERIFY(log);
    QVERIFY(log->append({"x.y", "t", "{}", {}}, &error));
    QVERIFY(!log->checkpoint(&error));
    QVERIFY2(error.find("readable by group or others") != std::string::npos, error.c_str());
    const Run cli =
        ctl({QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--audit-db"), db});
    QCOMPARE(cli.exitCode, 3);
    QVERIFY(cli.err.contains("chmod 600"));
    // A key that did not create the log is refused too.
    QFile::remove(db + QStringLiteral(".key"));
    QVERIFY(signing::SigningKey::generate().save(QString(db + QStringLiteral(".key")).toStdString() + ".new",
                                                 &error));
    QFile::rename(db + QStringLiteral(".key.new"), db + QStringLiteral(".key"));
    auto again = AuditLog::open(db.toStdString(), &error);
    QVERIFY(again);
    QVERIFY(!again->checkpoint(&error));
    QVERIFY2(error.find("did not create the log") != std::string::npos, error.c_str());
}

void TestAudit::killNineLosesNoCommittedEntry() {
    const QString db = path(QStringLiteral("kill.db"));
    for (int round = 0; round < 3; ++round) {
        QProcess p;
        p.start(QStringLiteral(ASSURANCE_AUDIT_APPENDER),
                {db, QStringLiteral("1000000"), QStringLiteral("k%1").arg(round)});
        QVERIFY(p.waitForStarted());
        QByteArray printed;
        QTRY_VERIFY_WITH_TIMEOUT((printed += p.readAllStandardOutput()).count('\n') >= 200 + round * 37,
                                 30000);
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished();
        printed += p.readAllStandardOutput();
        const QList<QByteArray> lines = printed.trimmed().split('\n');
        const qint64 lastCommitted = lines.back().toLongLong();
        std::string error;
        auto log = AuditLog::open(db.toStdString(), &error);
        QVERIFY2(log, error.c_str());
        QVERIFY(log->size(&error).value_or(0) >= lastCommitted);
        const VerifyReport r = log->verify();
        QVERIFY(r.ok());
        QVERIFY(log->checkpoint(&error));
    }
}

void TestAudit::twoProcessesAppendAtOnce() {
    const QString db = path(QStringLiteral("two.db"));
    { // created first, so the two do not race to create the installation
        std::string error;
        QVERIFY(AuditLog::open(db.toStdString(), &error));
    }
    QProcess a, b;
    a.start(QStringLiteral(ASSURANCE_AUDIT_APPENDER),
            {db, QStringLiteral("400"), QStringLiteral("a"), QStringLiteral("1")});
    b.start(QStringLiteral(ASSURANCE_AUDIT_APPENDER),
            {db, QStringLiteral("400"), QStringLiteral("b"), QStringLiteral("1")});
    QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);
    std::string error;
    auto log = AuditLog::open(db.toStdString(), &error, AuditLog::Mode::ReadOnly);
    QVERIFY(log);
    const auto entries = log->entries({}, &error);
    QVERIFY(entries);
    QCOMPARE(entries->size(), std::size_t(800));
    QSet<QString> targets;
    int interleavings = 0;
    for (std::size_t i = 0; i < entries->size(); ++i) {
        targets.insert(QString::fromStdString(entries->at(i).target));
        if (i > 0 && entries->at(i).target[0] != entries->at(i - 1).target[0])
            ++interleavings;
    }
    QCOMPARE(targets.size(), 800); // each once
    QVERIFY2(interleavings >= 20,
             qPrintable(QStringLiteral("the writers took turns only %1 times").arg(interleavings)));
    QVERIFY(log->verify().ok());
}

void TestAudit::cliExitCodes() {
    const QString db = path(QStringLiteral("cli.db"));
    QCOMPARE(
        ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--audit-db"), db}).exitCode, 3);
    QCOMPARE(ctl({QStringLiteral("audit")}).exitCode, 2);
    QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(
        ctl({QStringLiteral("audit"), QStringLiteral("prove"), QStringLiteral("--audit-db"), db}).exitCode,
        2);
    const Run cp =
        ctl({QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--audit-db"), db});
    QCOMPARE(cp.exitCode, 0);
    QVERIFY(
        cp.out.contains("\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\ntime ")); // the empty tree's root
    const Run v = ctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--audit-db"), db,
                       QStringLiteral("--json")});
    QCOMPARE(v.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(v.out).object();
    QCOMPARE(report.value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("entries")).toInt(), 1);
    // verify recorded itself; list filters by action family and actor.
    const Run list = ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--audit-db"), db,
                          QStringLiteral("--action"), QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("audit.verify"));
    QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--audit-db"), db,
                  QStringLiteral("--actor"), QStringLiteral("nobody@nowhere"), QStringLiteral("--json")})
                 .out.trimmed(),
             QByteArray("[]"));
    QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("prove"), QStringLiteral("--entry"),
                  QStringLiteral("5"), QStringLiteral("--audit-db"), db})
                 .exitCode,
             1);
    QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("consistency"), QStringLiteral("--from"),
                  QStringLiteral("3"), QStringLiteral("--to"), QStringLiteral("2"),
                  QStringLiteral("--audit-db"), db})
                 .exitCode,
             2);
    // A file that is not an audit log: a clear error, exit 3, and the file untouched.
    QFile junk(path(QStringLiteral("junk.db")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not sqlite at all, just some bytes that are not a database header\n");
    junk.close();
    const Run bad = ctl(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--audit-db"), junk.fileName()});
    QCOMPARE(bad.exitCode, 3);
    QVERIFY(!bad.err.isEmpty());
    QFile again(junk.fileName());
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(),
             QByteArray("not sqlite at all, just some bytes that are not a database header\n"));
}

void TestAudit::producingTelemetryIsAudited() {
    MockKafkaCluster kafka;
    QVERIFY(kafka.start({QStringLiteral("model-telemetry:2")}));
    const QString file = path(QStringLiteral("events.jsonl"));
    const QByteArray lines =
        "{\"model_id\":\"m1\",\"timestamp\":\"2025-10-27T16:22:57.123Z\",\"prediction\":1}\n"
        "not json\n";
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(lines);
    f.close();
    const QString db = path(QStringLiteral("produce.db"));
    const Run r = ctl({QStringLiteral("produce"), QStringLiteral("--brokers"), kafka.bootstrap(),
                       QStringLiteral("--file"), file, QStringLiteral("--audit-db"), db});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    std::string error;
    auto log = AuditLog::open(db.toStdString(), &error, AuditLog::Mode::ReadOnly);
    QVERIFY(log);
    const auto entries = log->entries({}, &error);
    QVERIFY(entries && entries->size() == 1);
    QCOMPARE(entries->front().action, std::string("telemetry.produce"));
    QCOMPARE(entries->front().target, std::string("kafka/model-telemetry"));
    QCOMPARE(QByteArray::fromStdString(entries->front().details),
             "{\"brokers\":\"" + kafka.bootstrap().toUtf8() + "\",\"file\":\"" + file.toUtf8() +
                 "\",\"messages\":2,\"sha256\":\"" +
                 QCryptographicHash::hash(lines, QCryptographicHash::Sha256).toHex() +
                 "\",\"topic\":\"model-telemetry\",\"unkeyed\":1}");
    // An audit log that cannot be opened refuses the command before anything is sent.
    QFile junk(path(QStringLiteral("not-a-log.db")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("this is not a SQLite database, and the command must not treat it as one\n");
    junk.close();
    const Run refused = ctl({QStringLiteral("produce"), QStringLiteral("--brokers"), kafka.bootstrap(),
                             QStringLiteral("--file"), file, QStringLiteral("--audit-db"), junk.fileName()});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(!refused.out.contains("produced"));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
