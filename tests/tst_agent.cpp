// assurance-agent end to end against real components: the mock Kafka cluster (fed by kcat) and a
// real redis-server. Expected Redis values come from running the same messages through the engine
// in-process, so every stored snapshot is checked byte for byte.
#include "KafkaFixture.h"
#include "RedisFixture.h"
#include "pipeline/TelemetryProcessor.h"
#include "redis/SnapshotStore.h"
#include "json/Timestamps.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <map>

#include <signal.h>

using namespace assurance;

namespace {
constexpr std::int64_t T0 = 1761580800000; // 2025-10-27T16:00:00Z
constexpr std::int64_t kWindowMs = 10'000;

quint16 freePort() {
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QByteArray httpGet(quint16 port, const char *path) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(2000))
        return {};
    socket.write(QByteArray("GET ") + path + " HTTP/1.0\r\n\r\n");
    QByteArray all;
    while (socket.waitForReadyRead(2000))
        all += socket.readAll();
    return all;
}

// Realistic traffic for three models over `seconds` of event time: inline labels, late label
// events, a duplicate now and then, and some malformed messages. Returns "key\tvalue" lines.
std::vector<std::pair<std::string, std::string>> makeTraffic(int seconds, std::int64_t start) {
    std::vector<std::pair<std::string, std::string>> lines;
    const char *models[] = {"credit-scorer", "churn-model", "load-forecast"};
    for (int i = 0; i < seconds * 30; ++i) {
        const int m = i % 3;
        const std::int64_t ts = start + i * 1000 / 30;
        const double p = (i * 37 % 100) / 100.0;
        const std::string tx = "tx" + std::to_string(i);
        std::string json =
            "{\"model_id\":\"" + std::string(models[m]) + "\",\"txid_hash\":\"" + tx + "\",\"ts\":\"" +
            timestamps::formatIso8601Ms(ts) +
            "\",\"prediction\":" + (m == 2 ? std::to_string(100 + i % 17) : std::to_string(p)) +
            (i % 4 == 0
                 ? ",\"label\":" + std::string(m == 2 ? std::to_string(101 + i % 13) : (p > 0.4 ? "1" : "0"))
                 : "") +
            ",\"confidence\":" + std::to_string(0.6 + (i % 40) / 100.0) +
            ",\"latency_ms\":" + std::to_string(5 + i % 23) + ",\"watts\":" + std::to_string(40 + i % 7) +
            ",\"status\":\"" + (i % 50 == 0 ? "error" : "ok") +
            "\",\"features\":{\"x\":" + std::to_string(i % 11) + ",\"c\":\"" + (i % 3 ? "a" : "b") + "\"}}";
        lines.emplace_back(models[m], json);
        if (i % 97 == 0)
            lines.emplace_back(models[m], json); // at-least-once upstream: a duplicate
        if (i % 4 == 1)                          // a label event a little later
            lines.emplace_back(models[m], "{\"model_id\":\"" + std::string(models[m]) +
                                              "\",\"txid_hash\":\"" + tx + "\",\"ts\":\"" +
                                              timestamps::formatIso8601Ms(ts + 1500) +
                                              "\",\"label\":" + (m == 2 ? "111" : "1") + "}");
        if (i % 250 == 7)
            lines.emplace_back("bad", i % 500 == 7 ? "{\"model_id\":\"credit-scorer\",\"x\":tru}"
                                                   : "{\"model_id\":\"no spaces\",\"prediction\":1}");
    }
    return lines;
}

QByteArray kcatInput(const std::vector<std::pair<std::string, std::string>> &lines, std::size_t from,
                     std::size_t to) {
    QByteArray out;
    for (std::size_t i = from; i < to; ++i)
        out += QByteArray::fromStdString(lines[i].first) + '\t' + QByteArray::fromStdString(lines[i].second) +
               '\n';
    return out;
}

// The same messages through the engine in-process: every window the agent must write.
std::map<std::string, std::string>
expectedWindows(const std::vector<std::pair<std::string, std::string>> &lines) {
    EngineConfig config;
    config.windowMs = kWindowMs;
    config.allowedLatenessMs = 2'000;
    ManualClock clock(T0);
    TelemetryProcessor p(config, clock);
    for (const auto &[key, value] : lines)
        p.submit(value);
    p.finish();
    std::map<std::string, std::string> out;
    for (const auto &w : p.takeProcessed())
        out[SnapshotStore::historyKey(w.snapshot.modelId, w.snapshot.timestamp())] =
            serializeSnapshot(w.snapshot);
    return out;
}
} // namespace

class TestAgent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void kafkaToRedisExactly();
    void killedAgentResumesFromCommittedOffsets();
    void cleanStopMidWindowLosesNothing();
    void redisOutageLosesNothing();
    void twoAgentsShareTheWork();

private:
    QProcess *startAgent(const QString &group, quint16 httpPort);
    bool waitForWindows(const std::map<std::string, std::string> &expected, int timeoutMs);
    // Produces the first half of `lines` and waits until every model has a window in Redis.
    bool produceFirstHalfUntilWritten(const std::vector<std::pair<std::string, std::string>> &lines);
    std::unique_ptr<RedisServer> m_redis;
    std::unique_ptr<MockKafkaCluster> m_kafka;
    std::vector<std::unique_ptr<QProcess>> m_agents;
};

void TestAgent::init() {
    m_redis = std::make_unique<RedisServer>();
    QVERIFY(m_redis->start());
    m_kafka = std::make_unique<MockKafkaCluster>();
    QVERIFY(m_kafka->start({QStringLiteral("model-telemetry:4")}));
}

void TestAgent::cleanup() {
    for (auto &a : m_agents) {
        a->kill();
        a->waitForFinished(5000);
    }
    m_agents.clear();
    m_kafka.reset();
    m_redis.reset();
}

QProcess *TestAgent::startAgent(const QString &group, quint16 httpPort) {
    auto agent = std::make_unique<QProcess>();
    agent->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    agent->start(QStringLiteral(ASSURANCE_AGENT),
                 {QStringLiteral("--brokers"),        m_kafka->bootstrap(),
                  QStringLiteral("--topic"),          QStringLiteral("model-telemetry"),
                  QStringLiteral("--group"),          group,
                  QStringLiteral("--redis"),          QString::fromStdString(m_redis->url()),
                  QStringLiteral("--window"),         QStringLiteral("10s"),
                  QStringLiteral("--lateness"),       QStringLiteral("2s"),
                  QStringLiteral("--retention"),      QStringLiteral("3650d"), // default --start committed
                  QStringLiteral("--label-replay"),   QStringLiteral("5s"),    // labels follow within 1.5 s
                  QStringLiteral("--kafka-property"), QStringLiteral("session.timeout.ms=6000"),
                  QStringLiteral("--kafka-property"), QStringLiteral("heartbeat.interval.ms=500"),
                  QStringLiteral("--kafka-property"), QStringLiteral("auto.commit.interval.ms=200"),
                  QStringLiteral("--http"),           QStringLiteral("127.0.0.1:%1").arg(httpPort)});
    agent->waitForStarted(5000);
    m_agents.push_back(std::move(agent));
    return m_agents.back().get();
}

bool TestAgent::waitForWindows(const std::map<std::string, std::string> &expected, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        bool all = true;
        for (const auto &[key, value] : expected)
            if (m_redis->cli({QStringLiteral("EXISTS"), QString::fromStdString(key)}) != "1") {
                all = false;
                break;
            }
        if (all)
            return true;
        QTest::qWait(250);
    }
    return false;
}

bool TestAgent::produceFirstHalfUntilWritten(const std::vector<std::pair<std::string, std::string>> &lines) {
    if (!m_kafka->produceWithKcat(QStringLiteral("model-telemetry"), kcatInput(lines, 0, lines.size() / 2)))
        return false;
    QElapsedTimer t;
    t.start();
    while (m_redis->cli({QStringLiteral("SCARD"), QStringLiteral("models:active")}) != "3" &&
           t.elapsed() < 30000)
        QTest::qWait(200);
    return t.elapsed() < 30000;
}

void TestAgent::kafkaToRedisExactly() {
    const auto lines = makeTraffic(60, T0);
    const auto expected = expectedWindows(lines);
    QVERIFY(expected.size() >= 18); // 3 models × 6 windows of 10 s
    const quint16 http = freePort();
    QProcess *agent = startAgent(QStringLiteral("agents"), http);
    QVERIFY(m_kafka->produceWithKcat(QStringLiteral("model-telemetry"), kcatInput(lines, 0, lines.size())));
    // The last windows close by idle time (the window length) after the stream stops.
    QVERIFY2(waitForWindows(expected, 60000), "not every window reached Redis");
    for (const auto &[key, value] : expected)
        QCOMPARE(m_redis->cli({QStringLiteral("GET"), QString::fromStdString(key)}).toStdString(), value);
    QCOMPARE(m_redis->cli({QStringLiteral("SCARD"), QStringLiteral("models:active")}), QByteArray("3"));
    const QByteArray metrics = httpGet(http, "/metrics");
    // i ≡ 7 (mod 250) over 1800 events: 8 bad messages, half of them (i ≡ 7 mod 500) invalid JSON.
    QVERIFY2(metrics.contains("assurance_messages_rejected_total{reason=\"invalid_json\"} 4\n"),
             metrics.constData());
    QVERIFY2(metrics.contains("assurance_messages_rejected_total{reason=\"bad_model_id\"} 4\n"),
             metrics.constData());
    const QByteArray written =
        "assurance_windows_written_total " + QByteArray::number(qulonglong(expected.size())) + "\n";
    const QByteArray consumed =
        "assurance_events_consumed_total " + QByteArray::number(qulonglong(lines.size())) + "\n";
    QVERIFY2(metrics.contains(written), metrics.constData());
    QVERIFY2(metrics.contains(consumed), metrics.constData());
    QVERIFY(httpGet(http, "/healthz").startsWith("HTTP/1.0 200"));
    QVERIFY(httpGet(http, "/nope").startsWith("HTTP/1.0 404"));
    // SIGTERM: a clean stop with exit code 0.
    agent->terminate();
    QVERIFY(agent->waitForFinished(30000));
    QCOMPARE(agent->exitStatus(), QProcess::NormalExit);
    QCOMPARE(agent->exitCode(), 0);
}

void TestAgent::killedAgentResumesFromCommittedOffsets() {
    const auto lines = makeTraffic(60, T0);
    const auto expected = expectedWindows(lines);
    QProcess *first = startAgent(QStringLiteral("resume"), freePort());
    // The first half of the stream; wait until some windows are in Redis, then SIGKILL.
    QVERIFY(produceFirstHalfUntilWritten(lines));
    QTest::qWait(1500); // let it commit what is durable (auto-commit interval)
    ::kill(static_cast<pid_t>(first->processId()), SIGKILL);
    QVERIFY(first->waitForFinished(5000));
    // A new agent in the same group resumes from the committed offsets; the rest of the stream
    // follows. Every window is complete and written once; recomputed partial windows are skipped.
    const quint16 http = freePort();
    startAgent(QStringLiteral("resume"), http);
    QVERIFY(m_kafka->produceWithKcat(QStringLiteral("model-telemetry"),
                                     kcatInput(lines, lines.size() / 2, lines.size())));
    QVERIFY2(waitForWindows(expected, 90000), "not every window reached Redis after the restart");
    for (const auto &[key, value] : expected) {
        const std::string got =
            m_redis->cli({QStringLiteral("GET"), QString::fromStdString(key)}).toStdString();
        QVERIFY2(got == value, (key + "\n got      " + got + "\n expected " + value).c_str());
    }
    // It resumed: it consumed only what was not committed, not the whole topic again.
    const QByteArray metrics = httpGet(http, "/metrics");
    const int at =
        static_cast<int>(metrics.indexOf("\nassurance_events_consumed_total ")) + 1; // the sample, not # HELP
    QVERIFY(at > 0);
    const qulonglong consumed = metrics.mid(at + 32, metrics.indexOf('\n', at) - at - 32).toULongLong();
    QVERIFY2(consumed > lines.size() / 2 - 1 && consumed < lines.size(),
             qPrintable(QString::number(consumed)));
}

namespace {
qulonglong sample(const QByteArray &metrics, const QByteArray &name) {
    const QByteArray needle = "\n" + name + " ";
    const int at = static_cast<int>(metrics.indexOf(needle)) + 1; // the sample, not # HELP
    if (at <= 0)
        return 0;
    const int from = at + static_cast<int>(name.size()) + 1;
    return metrics.mid(from, metrics.indexOf('\n', from) - from).toULongLong();
}
} // namespace

void TestAgent::cleanStopMidWindowLosesNothing() {
    // SIGTERM while windows are open: they are dropped, their offsets are not committed, and the
    // next agent recomputes them in full (the 5 s label replay alone would hold back too little).
    const auto lines = makeTraffic(60, T0);
    const auto expected = expectedWindows(lines);
    QProcess *first = startAgent(QStringLiteral("restart"), freePort());
    QVERIFY(produceFirstHalfUntilWritten(lines));
    first->terminate();
    QVERIFY(first->waitForFinished(30000));
    QCOMPARE(first->exitCode(), 0);
    startAgent(QStringLiteral("restart"), freePort());
    QVERIFY(m_kafka->produceWithKcat(QStringLiteral("model-telemetry"),
                                     kcatInput(lines, lines.size() / 2, lines.size())));
    QVERIFY2(waitForWindows(expected, 90000), "not every window reached Redis after the restart");
    for (const auto &[key, value] : expected)
        QCOMPARE(QString::fromStdString(
                     m_redis->cli({QStringLiteral("GET"), QString::fromStdString(key)}).toStdString()),
                 QString::fromStdString(value));
}

void TestAgent::redisOutageLosesNothing() {
    // Redis with an append-only file, killed mid-stream and restarted on the same port and data.
    m_redis = std::make_unique<RedisServer>();
    QVERIFY(m_redis->start({QStringLiteral("--appendonly"), QStringLiteral("yes"),
                            QStringLiteral("--appendfsync"), QStringLiteral("always")}));
    const auto lines = makeTraffic(90, T0);
    const auto expected = expectedWindows(lines);
    const quint16 http = freePort();
    startAgent(QStringLiteral("outage"), http);
    const std::size_t third = lines.size() / 3;
    QVERIFY(m_kafka->produceWithKcat(QStringLiteral("model-telemetry"), kcatInput(lines, 0, third)));
    QElapsedTimer t;
    t.start();
    while (m_redis->cli({QStringLiteral("SCARD"), QStringLiteral("models:active")}) != "3" &&
           t.elapsed() < 30000)
        QTest::qWait(200);
    m_redis->kill();
    // Windows close while Redis is down: they queue.
    QVERIFY(m_kafka->produceWithKcat(QStringLiteral("model-telemetry"), kcatInput(lines, third, 2 * third)));
    t.restart();
    while (sample(httpGet(http, "/metrics"), "assurance_windows_queued") == 0 && t.elapsed() < 30000)
        QTest::qWait(200);
    QVERIFY(sample(httpGet(http, "/metrics"), "assurance_windows_queued") > 0);
    QVERIFY(httpGet(http, "/healthz").contains("\"redis\": false"));
    QVERIFY(m_redis->start({QStringLiteral("--appendonly"), QStringLiteral("yes")}));
    QVERIFY(m_kafka->produceWithKcat(QStringLiteral("model-telemetry"),
                                     kcatInput(lines, 2 * third, lines.size())));
    QVERIFY2(waitForWindows(expected, 90000), "not every window reached Redis after the outage");
    for (const auto &[key, value] : expected)
        QCOMPARE(QString::fromStdString(
                     m_redis->cli({QStringLiteral("GET"), QString::fromStdString(key)}).toStdString()),
                 QString::fromStdString(value));
    const QByteArray metrics = httpGet(http, "/metrics");
    QVERIFY(sample(metrics, "assurance_redis_reconnects_total") >= 1);
    QCOMPARE(sample(metrics, "assurance_windows_written_total"), qulonglong(expected.size()));
}

void TestAgent::twoAgentsShareTheWork() {
    const auto lines = makeTraffic(60, T0);
    const auto expected = expectedWindows(lines);
    const quint16 httpA = freePort();
    startAgent(QStringLiteral("pair"), httpA);
    const quint16 httpB = freePort();
    startAgent(QStringLiteral("pair"), httpB);
    QTest::qWait(4000); // both join the group
    QVERIFY(m_kafka->produceWithKcat(QStringLiteral("model-telemetry"), kcatInput(lines, 0, lines.size())));
    QVERIFY2(waitForWindows(expected, 90000), "not every window reached Redis");
    for (const auto &[key, value] : expected)
        QCOMPARE(QString::fromStdString(
                     m_redis->cli({QStringLiteral("GET"), QString::fromStdString(key)}).toStdString()),
                 QString::fromStdString(value));
    QTest::qWait(500);
    const QByteArray a = httpGet(httpA, "/metrics"), b = httpGet(httpB, "/metrics");
    // Together they wrote each window exactly once, and both took part.
    QCOMPARE(sample(a, "assurance_windows_written_total") + sample(b, "assurance_windows_written_total"),
             qulonglong(expected.size()));
    QVERIFY(sample(a, "assurance_events_consumed_total") > 0);
    QVERIFY(sample(b, "assurance_events_consumed_total") > 0);
}

QTEST_GUILESS_MAIN(TestAgent)
#include "tst_agent.moc"
