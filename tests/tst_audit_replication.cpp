// One log per installation, one record for the deployment (docs/audit.md "In Redis"): the audit
// log's copy in Redis against a real redis-server — byte-exact entries, backfill after an outage,
// concurrent syncers, checkpoints, the verified reader and `assurancectl audit sync`.
#include "RedisFixture.h"
#include "audit/AuditLog.h"
#include "audit/AuditReplicator.h"
#include "redis/RedisClient.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <latch>
#include <thread>

using namespace assurance;
using namespace assurance::audit;

namespace {
struct Ctl {
    int exitCode;
    QByteArray out;
    QByteArray err;
};

QProcess *startCtl(const QStringList &args) {
    auto *p = new QProcess;
    p->start(QStringLiteral(ASSURANCE_CTL), args);
    return p;
}

Ctl finish(QProcess *p) {
    p->waitForFinished(60000);
    Ctl c{p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -2, p->readAllStandardOutput(),
          p->readAllStandardError()};
    delete p;
    return c;
}

Ctl ctl(const QStringList &args) {
    return finish(startCtl(args));
}

std::unique_ptr<AuditLog> openLog(const QString &path) {
    std::string error;
    auto log = AuditLog::open(path.toStdString(), &error);
    if (!log)
        qWarning("%s", error.c_str());
    return log;
}

// Entries whose canonical form exercises escaping and numbers: the stream must hold those exact bytes.
bool appendEntries(AuditLog &log, int count, const std::string &tag) {
    for (int i = 0; i < count; ++i) {
        const std::string n = std::to_string(i);
        std::string error;
        if (!log.append({"tolerance.edit", "model/ünï\tcode \"" + tag + n + "\"",
                         R"({"z":)" + n + R"(, "after": 0.85, "before": 1e-7, "note": "a\nb"})", "ops@host"},
                        &error)) {
            qWarning("%s", error.c_str());
            return false;
        }
    }
    return true;
}

std::vector<AuditEntry> allEntries(AuditLog &log) {
    std::string error;
    auto all = log.entries({}, &error);
    return all ? *all : std::vector<AuditEntry>();
}

// The first difference between the stream and the log (empty: the stream is the log, message by
// message: id "{seq}-0", fields entry = canonicalEntry(), prev_hash, hash — nothing more, nothing twice).
QString streamMismatch(RedisClient &redis, AuditLog &log) {
    const auto reply = redis.command({"XRANGE", replicatedLogKey(log.installationId()), "-", "+"});
    if (!reply || reply->type != RedisReply::Type::Array)
        return QStringLiteral("no stream: ") + QString::fromStdString(reply ? reply->str : redis.error());
    const auto entries = allEntries(log);
    if (reply->elements.size() != entries.size())
        return QStringLiteral("%1 messages for %2 entries").arg(reply->elements.size()).arg(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const AuditEntry &e = entries[i];
        const RedisReply &m = reply->elements[i];
        std::vector<std::string> fields;
        for (const auto &f : m.elements.at(1).elements)
            fields.push_back(f.str);
        const std::vector<std::string> expected = {
            "entry", canonicalEntry(e), "prev_hash", e.prevHash, "hash", e.hash};
        if (m.elements.at(0).str != std::to_string(e.seq) + "-0" || fields != expected)
            return QStringLiteral("message %1 (%2) differs from entry %3")
                .arg(i)
                .arg(QString::fromStdString(m.elements.at(0).str))
                .arg(e.seq);
    }
    return {};
}

QString resultText(const std::optional<ReplicationResult> &r, const std::string &error) {
    if (!r)
        return QStringLiteral("failed: ") + QString::fromStdString(error);
    return QStringLiteral("%1 entries, %2 checkpoints, last %3")
        .arg(r->entriesPushed)
        .arg(r->checkpointsPushed)
        .arg(r->lastSeqInRedis);
}

std::int64_t pushedIn(const QByteArray &json) {
    const QByteArray key = "\"entries_pushed\": ";
    const qsizetype at = json.indexOf(key);
    return at < 0 ? -1 : json.mid(at + key.size()).split(',').first().toLongLong();
}
} // namespace

class TestAuditReplication : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void entriesAppearByteExact();
    void appendsWhileRedisIsDownAreBackfilled();
    void concurrentSyncersPushEachEntryOnce();
    void concurrentCtlProcessesPushEachEntryOnce();
    void checkpointsAreCopied();
    void readerRefusesEditedMessages_data();
    void readerRefusesEditedMessages();
    void divergedCopyIsRefused();
    void ctlSyncExitCodes();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("audit.db")); }
    std::unique_ptr<RedisClient> client() const {
        auto c = std::make_unique<RedisClient>(m_redis->redisUrl(), std::chrono::milliseconds(2000));
        return c;
    }
    // Until `clients` connections wait, paused, on their first write.
    bool waitForPausedClients(int clients) const {
        const QByteArray line = "blocked_clients:" + QByteArray::number(clients);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000) {
            if (m_redis->command({QStringLiteral("INFO"), QStringLiteral("clients")}).contains(line))
                return true;
            QThread::msleep(5);
        }
        return false;
    }

    std::unique_ptr<RedisServer> m_redis;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAuditReplication::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_redis = std::make_unique<RedisServer>();
    QVERIFY2(m_redis->start(), "redis-server did not start");
}

void TestAuditReplication::cleanup() {
    m_redis.reset();
    m_dir.reset();
}

void TestAuditReplication::entriesAppearByteExact() {
    auto log = openLog(dbPath());
    QVERIFY(log);
    QVERIFY(appendEntries(*log, 5, "a"));
    auto redis = client();
    std::string error;
    AuditReplicator replicator(*log, *redis);
    QCOMPARE(resultText(replicator.sync(&error), error), QStringLiteral("5 entries, 0 checkpoints, last 5"));
    QCOMPARE(streamMismatch(*redis, *log), QString());
    const QString I = QString::fromStdString(log->installationId());
    QCOMPARE(m_redis->command({QStringLiteral("SMEMBERS"), QStringLiteral("audit:installations")}),
             I.toUtf8());
    QCOMPARE(m_redis->command({QStringLiteral("GET"), QStringLiteral("audit:{%1}:key").arg(I)}),
             QByteArray::fromStdString(log->publicKey().pem()));
    QCOMPARE(m_redis->command({QStringLiteral("TYPE"), QStringLiteral("audit:{%1}:log").arg(I)}), "stream");

    // Idempotent: nothing again; then only what is new.
    QCOMPARE(resultText(replicator.sync(&error), error), QStringLiteral("0 entries, 0 checkpoints, last 5"));
    QVERIFY(appendEntries(*log, 2, "b"));
    QCOMPARE(resultText(replicator.sync(&error), error), QStringLiteral("2 entries, 0 checkpoints, last 7"));
    QCOMPARE(streamMismatch(*redis, *log), QString());

    const auto read = readReplicatedEntries(*redis, log->installationId(), 1, 0, &error);
    QVERIFY2(read, error.c_str());
    const auto local = allEntries(*log);
    QCOMPARE(read->size(), local.size());
    for (std::size_t i = 0; i < local.size(); ++i) {
        QCOMPARE(canonicalEntry((*read)[i]), canonicalEntry(local[i]));
        QCOMPARE((*read)[i].details, local[i].details);
        QCOMPARE((*read)[i].prevHash, local[i].prevHash);
        QCOMPARE((*read)[i].hash, local[i].hash);
    }
    const auto middle = readReplicatedEntries(*redis, log->installationId(), 3, 4, &error);
    QVERIFY2(middle, error.c_str());
    QCOMPARE(middle->size(), std::size_t(2));
    QCOMPARE(middle->front().seq, 3);
    QCOMPARE(middle->back().hash, local[3].hash);
}

void TestAuditReplication::appendsWhileRedisIsDownAreBackfilled() {
    // The stream must outlive the restart: a server with an append-only file on the same port.
    m_redis->stop();
    const QStringList aof = {QStringLiteral("--appendonly"), QStringLiteral("yes")};
    QVERIFY(m_redis->start(aof));
    auto log = openLog(dbPath());
    QVERIFY(log);
    QVERIFY(appendEntries(*log, 3, "before"));
    auto redis = client();
    AuditReplicator replicator(*log, *redis, 2);
    std::string error;
    QCOMPARE(resultText(replicator.sync(&error), error), QStringLiteral("3 entries, 0 checkpoints, last 3"));

    m_redis->stop();
    QVERIFY(appendEntries(*log, 4, "down"));
    // The open connection is lost, then no new one is made: each sync fails and loses nothing.
    for (int attempt = 0; attempt < 2; ++attempt) {
        AuditReplicator::Failure failure = AuditReplicator::Failure::Log;
        QVERIFY(!replicator.sync(&error, &failure));
        QCOMPARE(failure, AuditReplicator::Failure::Redis);
    }
    QCOMPARE(error, "cannot connect to " + m_redis->url() + "/0: Connection refused");

    QVERIFY(m_redis->start(aof));
    const QString logKey = QString::fromStdString(replicatedLogKey(log->installationId()));
    QCOMPARE(m_redis->command({QStringLiteral("XLEN"), logKey}), "3");
    QCOMPARE(resultText(replicator.sync(&error), error), QStringLiteral("4 entries, 0 checkpoints, last 7"));
    QCOMPARE(streamMismatch(*redis, *log), QString());
    QCOMPARE(resultText(replicator.sync(&error), error), QStringLiteral("0 entries, 0 checkpoints, last 7"));
}

void TestAuditReplication::concurrentSyncersPushEachEntryOnce() {
    {
        auto log = openLog(dbPath());
        QVERIFY(log);
        QVERIFY(appendEntries(*log, 120, "c"));
    }
    // Two connections to one SQLite file, each syncing on its own thread with its own Redis
    // connection, in batches small enough to interleave.
    auto syncOnThread = [this](std::latch &ready, std::optional<ReplicationResult> &result,
                               std::string &error) {
        auto log = openLog(dbPath());
        RedisClient redis(m_redis->redisUrl(), std::chrono::milliseconds(20000));
        ready.count_down();
        if (log)
            result = AuditReplicator(*log, redis, 7).sync(&error);
        else
            error = "cannot open the log";
    };
    auto log = openLog(dbPath());
    QVERIFY(log);
    auto redis = client();
    for (int round = 0; round < 3; ++round) {
        if (round > 0) {
            QVERIFY(appendEntries(*log, 50, "round" + std::to_string(round)));
            std::string error;
            QVERIFY2(log->checkpoint(&error), error.c_str());
        }
        const std::int64_t size = allEntries(*log).back().seq;
        const std::int64_t before =
            m_redis
                ->command(
                    {QStringLiteral("XLEN"), QString::fromStdString(replicatedLogKey(log->installationId()))})
                .toLongLong();
        // Round 0 holds both at their first write until both wait there: both then read the same
        // stream top and try every entry, so each entry is offered twice and must land once.
        const bool lockstep = round == 0;
        if (lockstep)
            QCOMPARE(m_redis->command({QStringLiteral("CLIENT"), QStringLiteral("PAUSE"),
                                       QStringLiteral("20000"), QStringLiteral("WRITE")}),
                     "OK");
        std::latch ready(2);
        std::optional<ReplicationResult> a, b;
        std::string errorA, errorB;
        std::thread ta(syncOnThread, std::ref(ready), std::ref(a), std::ref(errorA));
        std::thread tb(syncOnThread, std::ref(ready), std::ref(b), std::ref(errorB));
        const bool paused = !lockstep || waitForPausedClients(2);
        if (lockstep)
            m_redis->command({QStringLiteral("CLIENT"), QStringLiteral("UNPAUSE")});
        ta.join();
        tb.join();
        QVERIFY(paused);
        QVERIFY2(a, errorA.c_str());
        QVERIFY2(b, errorB.c_str());
        QCOMPARE(a->entriesPushed + b->entriesPushed, size - before);
        QCOMPARE(a->lastSeqInRedis, size);
        QCOMPARE(b->lastSeqInRedis, size);
        QCOMPARE(a->checkpointsPushed + b->checkpointsPushed, round > 0 ? 1 : 0);
        QCOMPARE(streamMismatch(*redis, *log), QString());
    }
}

void TestAuditReplication::concurrentCtlProcessesPushEachEntryOnce() {
    auto log = openLog(dbPath());
    QVERIFY(log);
    QVERIFY(appendEntries(*log, 40, "p"));
    const QStringList args = {QStringLiteral("audit"),      QStringLiteral("sync"),
                              QStringLiteral("--redis"),    QString::fromStdString(m_redis->url()),
                              QStringLiteral("--audit-db"), dbPath(),
                              QStringLiteral("--json")};
    QCOMPARE(m_redis->command({QStringLiteral("CLIENT"), QStringLiteral("PAUSE"), QStringLiteral("30000"),
                               QStringLiteral("WRITE")}),
             "OK");
    QProcess *a = startCtl(args);
    QProcess *b = startCtl(args);
    const bool paused = waitForPausedClients(2);
    m_redis->command({QStringLiteral("CLIENT"), QStringLiteral("UNPAUSE")});
    const Ctl ra = finish(a), rb = finish(b);
    QVERIFY(paused);
    QVERIFY2(ra.exitCode == 0, ra.err.constData());
    QVERIFY2(rb.exitCode == 0, rb.err.constData());
    QCOMPARE(pushedIn(ra.out) + pushedIn(rb.out), 40);
    QVERIFY(ra.out.contains("\"last_seq_in_redis\": 40}"));
    QVERIFY(rb.out.contains("\"last_seq_in_redis\": 40}"));
    auto redis = client();
    QCOMPARE(streamMismatch(*redis, *log), QString());
}

void TestAuditReplication::checkpointsAreCopied() {
    auto log = openLog(dbPath());
    QVERIFY(log);
    std::string error;
    QVERIFY(appendEntries(*log, 3, "k"));
    const auto first = log->checkpoint(&error);
    QVERIFY2(first, error.c_str());
    QVERIFY(appendEntries(*log, 2, "l"));
    const auto second = log->checkpoint(&error);
    QVERIFY2(second, error.c_str());
    QCOMPARE(second->checkpoint.size, std::uint64_t(6)); // 3 + first's entry + 2

    auto redis = client();
    AuditReplicator replicator(*log, *redis);
    QCOMPARE(resultText(replicator.sync(&error), error), QStringLiteral("7 entries, 2 checkpoints, last 7"));
    const QString key = QString::fromStdString(replicatedCheckpointsKey(log->installationId()));
    QCOMPARE(m_redis->command({QStringLiteral("HGET"), key, QString::number(first->id)}),
             QByteArray::fromStdString(first->checkpoint.note));
    QCOMPARE(m_redis->command({QStringLiteral("HGET"), key, QString::number(second->id)}),
             QByteArray::fromStdString(second->checkpoint.note));
    QCOMPARE(m_redis->command({QStringLiteral("HLEN"), key}), "2");
    QCOMPARE(resultText(replicator.sync(&error), error), QStringLiteral("0 entries, 0 checkpoints, last 7"));

    const auto read = readReplicatedCheckpoints(*redis, log->installationId(), &error);
    QVERIFY2(read, error.c_str());
    QCOMPARE(read->size(), std::size_t(2));
    QCOMPARE(read->at(0).id, first->id);
    QCOMPARE(read->at(0).checkpoint.note, first->checkpoint.note);
    QCOMPARE(read->at(1).checkpoint.size, std::uint64_t(6));
    QVERIFY(read->at(1).checkpoint.root == second->checkpoint.root);
    QVERIFY(checkpointSignedBy(read->at(1).checkpoint.note, log->publicKey()));

    // A checkpoint that differs from the log's under the same id is another log's: refused.
    m_redis->command({QStringLiteral("HSET"), key, QString::number(first->id),
                      QString::fromStdString(second->checkpoint.note)});
    AuditReplicator::Failure failure = AuditReplicator::Failure::Redis;
    QVERIFY(!replicator.sync(&error, &failure));
    QCOMPARE(failure, AuditReplicator::Failure::Diverged);
    QVERIFY2(error.find("checkpoint " + std::to_string(first->id)) != std::string::npos, error.c_str());
}

void TestAuditReplication::readerRefusesEditedMessages_data() {
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("error");
    QTest::newRow("target edited") << "target"
                                   << "entry 2 REFUSED: hash doesn't match SHA-256(prev_hash ‖ entry)";
    QTest::newRow("not canonical") << "space"
                                   << "entry 2 REFUSED: the entry bytes are not in canonical form";
    QTest::newRow("hash re-made") << "rehash"
                                  << "entry 3 REFUSED: prev_hash doesn't match the previous entry's hash";
    QTest::newRow("seq moved") << "seq"
                               << "entry 2 REFUSED: the entry says seq 9";
    QTest::newRow("not json") << "garbage"
                              << "entry 2 REFUSED: the entry is not an audit entry's JSON: not a JSON object";
    QTest::newRow("deleted") << "delete"
                             << "entry 2 is missing";
}

void TestAuditReplication::readerRefusesEditedMessages() {
    QFETCH(QString, edit);
    QFETCH(QString, error);
    auto log = openLog(dbPath());
    QVERIFY(log);
    QVERIFY(appendEntries(*log, 4, "r"));
    auto redis = client();
    std::string why;
    QVERIFY2(AuditReplicator(*log, *redis).sync(&why), why.c_str());
    const std::string key = replicatedLogKey(log->installationId());

    // Rewrite the stream as someone with write access to Redis could, message 2 changed.
    const auto entries = allEntries(*log);
    QVERIFY(redis->command({"DEL", key}));
    for (const AuditEntry &e : entries) {
        if (e.seq == 2 && edit == QLatin1String("delete"))
            continue;
        std::string body = canonicalEntry(e), hash = e.hash;
        if (e.seq == 2) {
            if (edit == QLatin1String("target"))
                body.replace(body.find("r1"), 2, "r9");
            else if (edit == QLatin1String("space"))
                body.insert(1, " ");
            else if (edit == QLatin1String("garbage"))
                body = "{\"action\":";
            else if (edit == QLatin1String("seq"))
                body.replace(body.find("\"seq\":2"), 7, "\"seq\":9");
            else if (edit == QLatin1String("rehash")) {
                // Consistent in itself (hash recomputed) but no longer what entry 3 chains from.
                body.replace(body.find("r1"), 2, "r9");
                signing::Sha256 h;
                hash = signing::toHex(h.add(*signing::digestFromHex(e.prevHash)).add(body).finish());
            }
        }
        const std::string id = std::to_string(e.seq) + "-0";
        const auto r =
            redis->command({"XADD", key, id, "entry", body, "prev_hash", e.prevHash, "hash", hash});
        QVERIFY(r && r->str == id);
    }
    const auto read = readReplicatedEntries(*redis, log->installationId(), 1, 0, &why);
    QVERIFY(!read);
    QCOMPARE(QString::fromStdString(why).section(QStringLiteral(": "), 1, -1), error);
    QVERIFY(QString::fromStdString(why).startsWith(QString::fromStdString(key + ": ")));
    // The entry before it still reads.
    QVERIFY2(readReplicatedEntries(*redis, log->installationId(), 1, 1, &why), why.c_str());
}

void TestAuditReplication::divergedCopyIsRefused() {
    {
        auto log = openLog(dbPath());
        QVERIFY(log);
        QVERIFY(appendEntries(*log, 3, "shared"));
    } // closed: the WAL is folded into the file, which can now be copied
    const QString copy = m_dir->filePath(QStringLiteral("copy.db"));
    for (const QString &suffix : {QString(), QStringLiteral(".key"), QStringLiteral(".key.pub")})
        QVERIFY(QFile::copy(dbPath() + suffix, copy + suffix));
    auto original = openLog(dbPath());
    auto other = openLog(copy);
    QVERIFY(original && other);
    QCOMPARE(other->installationId(), original->installationId());
    QVERIFY(appendEntries(*original, 1, "original"));
    QVERIFY(appendEntries(*other, 2, "other"));

    auto redis = client();
    std::string error;
    QCOMPARE(resultText(AuditReplicator(*original, *redis).sync(&error), error),
             QStringLiteral("4 entries, 0 checkpoints, last 4"));
    AuditReplicator::Failure failure = AuditReplicator::Failure::Redis;
    QVERIFY(!AuditReplicator(*other, *redis).sync(&error, &failure));
    QCOMPARE(failure, AuditReplicator::Failure::Diverged);
    QCOMPARE(error, replicatedLogKey(original->installationId()) +
                        " holds an entry 4 that is not this log's (" + copy.toStdString() +
                        "): another log uses installation id " + original->installationId());
    QCOMPARE(streamMismatch(*redis, *original), QString());

    const Ctl c = ctl({QStringLiteral("audit"), QStringLiteral("sync"), QStringLiteral("--redis"),
                       QString::fromStdString(m_redis->url()), QStringLiteral("--audit-db"), copy});
    QCOMPARE(c.exitCode, 4);
    QCOMPARE(c.out, QByteArray());
    QCOMPARE(c.err, QByteArray::fromStdString("assurancectl: " + error + "\n"));
}

void TestAuditReplication::ctlSyncExitCodes() {
    {
        auto log = openLog(dbPath());
        QVERIFY(log);
        QVERIFY(appendEntries(*log, 3, "x"));
        std::string error;
        QVERIFY2(log->checkpoint(&error), error.c_str());
    }
    auto log = openLog(dbPath());
    const std::string I = log->installationId();
    const QString url = QString::fromStdString(m_redis->url());
    const QStringList sync = {QStringLiteral("audit"), QStringLiteral("sync"), QStringLiteral("--audit-db"),
                              dbPath()};

    Ctl c = ctl(sync + QStringList{QStringLiteral("--redis"), url, QStringLiteral("--json")});
    QCOMPARE(c.exitCode, 0);
    QCOMPARE(c.err, QByteArray());
    QCOMPARE(c.out,
             QByteArray::fromStdString("{\"installation\": \"" + I + "\", \"redis\": \"" + m_redis->url() +
                                       "/0\", \"entries_pushed\": 4, \"checkpoints_pushed\": 1, "
                                       "\"last_seq_in_redis\": 4}\n"));
    c = ctl(sync + QStringList{QStringLiteral("--redis"), url});
    QCOMPARE(c.exitCode, 0);
    QCOMPARE(c.out,
             QByteArray::fromStdString("installation " + I + " -> " + m_redis->url() +
                                       "/0: 0 entries and 0 checkpoints pushed; Redis holds entries 1..4\n"));

    // With a password: from the file, as the other Redis commands take it.
    m_redis->command({QStringLiteral("CONFIG"), QStringLiteral("SET"), QStringLiteral("requirepass"),
                      QStringLiteral("s3cret")});
    const QString passwordFile = m_dir->filePath(QStringLiteral("password"));
    {
        QFile f(passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("s3cret\n");
    }
    QCOMPARE(ctl(sync + QStringList{QStringLiteral("--redis"), url}).exitCode, 3);
    c = ctl(sync + QStringList{QStringLiteral("--redis"), url, QStringLiteral("--redis-password-file"),
                               passwordFile});
    QVERIFY2(c.exitCode == 0, c.err.constData());

    c = ctl(sync);
    QCOMPARE(c.exitCode, 2);
    QVERIFY(c.err.contains("--redis URL is required"));
    QCOMPARE(ctl(sync + QStringList{QStringLiteral("--redis"), QStringLiteral("http://x")}).exitCode, 2);

    // Unreachable: a free port with nothing listening.
    const quint16 port = netfixture::freePort();
    QVERIFY(port != 0);
    c = ctl(sync + QStringList{QStringLiteral("--redis"), QStringLiteral("redis://127.0.0.1:%1").arg(port)});
    QCOMPARE(c.exitCode, 3);
    QCOMPARE(c.out, QByteArray());
    const QByteArray refused =
        "assurancectl: cannot connect to redis://127.0.0.1:" + QByteArray::number(port);
    QVERIFY2(c.err.startsWith(refused), c.err.constData());
    // No log there: nothing to sync, an I/O failure too.
    c = ctl({QStringLiteral("audit"), QStringLiteral("sync"), QStringLiteral("--redis"), url,
             QStringLiteral("--audit-db"), m_dir->filePath(QStringLiteral("none.db"))});
    QCOMPARE(c.exitCode, 3);
}

QTEST_GUILESS_MAIN(TestAuditReplication)
#include "tst_audit_replication.moc"
