// assurance-agent end to end against real components: the mock Kafka cluster (fed by kcat) and a
// real redis-server. Expected Redis values come from running the same messages through the engine
// in-process, so every stored snapshot is checked byte for byte.
#include "AgentFixture.h"

#include <signal.h>

using namespace assurance;
using namespace agentfixture;
using netfixture::httpGet;
using netfixture::sample;
using netfixture::waitForWindowsHeldBack;

class TestAgent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void kafkaToRedisExactly();
    void killedAgentResumesFromCommittedOffsets();
    void cleanStopMidWindowLosesNothing();
    void futureDatedEventHoldsNoOffset();
    void redisOutageLosesNothing();
    void twoAgentsShareTheWork();
    void shardsShareSinglePartitionTopics();

private:
    AgentRig::Agent startAgent(const QString &group, const QStringList &extra = {}) {
        return m_rig.startAgent(group, extra);
    }
    QByteArray redis(const QStringList &args) { return m_redis->command(args); }
    // Until two reads of the agent's consumed count, `settleMs` apart, agree: what it re-reads
    // arrives in one burst once it has started, so a larger count would show within that time.
    static qulonglong settledConsumed(quint16 http, int settleMs);
    bool waitForWindows(const std::map<std::string, std::string> &expected, int timeoutMs) {
        return m_rig.waitForWindows(expected, timeoutMs);
    }
    // Produces the first half of `lines` and waits until every model has a window in Redis.
    bool produceFirstHalfUntilWritten(const std::vector<std::pair<std::string, std::string>> &lines);
    AgentRig m_rig;
    std::unique_ptr<RedisServer> &m_redis = m_rig.redis;
    std::unique_ptr<MockKafkaCluster> &m_kafka = m_rig.kafka;
};

void TestAgent::init() {
    QVERIFY(m_rig.start());
}

void TestAgent::cleanup() {
    m_rig.stopAll();
}

bool TestAgent::produceFirstHalfUntilWritten(const std::vector<std::pair<std::string, std::string>> &lines) {
    if (!m_kafka->produceWithKcat(QStringLiteral("model-telemetry"), kcatInput(lines, 0, lines.size() / 2)))
        return false;
    return m_rig.waitForModels(3);
}

qulonglong TestAgent::settledConsumed(quint16 http, int settleMs) {
    const auto consumed = [http] {
        return sample(httpGet(http, "/metrics"), "assurance_events_consumed_total");
    };
    qulonglong last = consumed();
    for (int i = 0; i < 40; ++i) {
        QTest::qWait(settleMs);
        const qulonglong now = consumed();
        if (now == last && now > 0)
            break;
        last = now;
    }
    return last;
}

void TestAgent::kafkaToRedisExactly() {
    const auto lines = makeTraffic(60, T0);
    const auto expected = expectedWindows(lines);
    QVERIFY(expected.size() >= 18); // 3 models × 6 windows of 10 s
    const auto [agent, http] = startAgent(QStringLiteral("agents"), kQuickIdle);
    QVERIFY(m_kafka->produceWithKcat(QStringLiteral("model-telemetry"), kcatInput(lines, 0, lines.size())));
    // The last windows close by idle time (3 s here) after the stream stops.
    QVERIFY2(waitForWindows(expected, 60000), "not every window reached Redis");
    for (const auto &[key, value] : expected)
        QCOMPARE(m_rig.get(key).toStdString(), value);
    QCOMPARE(redis({QStringLiteral("SCARD"), QStringLiteral("models:active")}), QByteArray("3"));
    // The writer counts a window once Redis has answered its transaction, a moment after it shows.
    QTRY_COMPARE_WITH_TIMEOUT(sample(httpGet(http, "/metrics"), "assurance_windows_written_total"),
                              qulonglong(expected.size()), 5000);
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
    QCOMPARE(sample(metrics, "assurance_assigned_partitions"), qulonglong(4)); // alone in its group
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
    // Default idle timeout: its open windows must still be open when it is killed.
    QProcess *first = startAgent(QStringLiteral("resume")).process;
    // The first half of the stream; wait until some windows are in Redis, then SIGKILL.
    QVERIFY(produceFirstHalfUntilWritten(lines));
    QVERIFY(m_rig.waitForCommitsToSettle(QStringLiteral("resume"))); // it committed what is durable
    ::kill(static_cast<pid_t>(first->processId()), SIGKILL);
    QVERIFY(first->waitForFinished(5000));
    // A new agent in the same group resumes from the committed offsets; the rest of the stream
    // follows. Every window is complete and written once; recomputed partial windows are skipped.
    const quint16 http = startAgent(QStringLiteral("resume"), kQuickIdle).http;
    QVERIFY(m_kafka->produceWithKcat(QStringLiteral("model-telemetry"),
                                     kcatInput(lines, lines.size() / 2, lines.size())));
    QVERIFY2(waitForWindows(expected, 90000), "not every window reached Redis after the restart");
    for (const auto &[key, value] : expected) {
        const std::string got = m_rig.get(key).toStdString();
        QVERIFY2(got == value, (key + "\n got      " + got + "\n expected " + value).c_str());
    }
    // It resumed: it consumed only what was not committed, not the whole topic again.
    const qulonglong consumed = sample(httpGet(http, "/metrics"), "assurance_events_consumed_total");
    QVERIFY2(consumed > lines.size() / 2 - 1 && consumed < lines.size(),
             qPrintable(QString::number(consumed)));
}

void TestAgent::cleanStopMidWindowLosesNothing() {
    // SIGTERM while windows are open: they are dropped, their offsets are not committed, and the
    // next agent recomputes them in full (the 5 s label replay alone would hold back too little).
    const auto lines = makeTraffic(60, T0);
    const auto expected = expectedWindows(lines);
    QProcess *first = startAgent(QStringLiteral("restart")).process;
    QVERIFY(produceFirstHalfUntilWritten(lines));
    first->terminate();
    QVERIFY(first->waitForFinished(30000));
    QCOMPARE(first->exitCode(), 0);
    startAgent(QStringLiteral("restart"), kQuickIdle);
    QVERIFY(m_kafka->produceWithKcat(QStringLiteral("model-telemetry"),
                                     kcatInput(lines, lines.size() / 2, lines.size())));
    QVERIFY2(waitForWindows(expected, 90000), "not every window reached Redis after the restart");
    for (const auto &[key, value] : expected)
        QCOMPARE(QString::fromStdString(m_rig.get(key).toStdString()), QString::fromStdString(value));
}

void TestAgent::futureDatedEventHoldsNoOffset() {
    // One prediction and one sidecar snapshot dated 2099 early in the stream (both refused as
    // future_ts) must not stop the committed offset: a restarted agent re-reads only the label
    // replay horizon, not the stream. Nor does the snapshot become the model's latest.
    auto lines = makeTraffic(60, T0);
    lines.insert(lines.begin() + 10, {"credit-scorer", "{\"model_id\":\"credit-scorer\",\"txid_hash\":\"from-"
                                                       "the-future\",\"ts\":\"2099-01-01T00:00:00Z\","
                                                       "\"prediction\":0.5,\"status\":\"ok\"}"});
    lines.insert(lines.begin() + 20,
                 {"credit-scorer", "{\"model_id\":\"credit-scorer\",\"timestamp\":"
                                   "\"2099-01-01T00:00:00Z\",\"metrics\":{\"accuracy\":0.9}}"});
    const auto expected = expectedWindows(lines); // refused in-process too: the windows are unchanged
    const auto [first, httpFirst] = startAgent(QStringLiteral("future"), kQuickIdle);
    QVERIFY(m_kafka->produceWithKcat(QStringLiteral("model-telemetry"), kcatInput(lines, 0, lines.size())));
    QVERIFY2(waitForWindows(expected, 60000), "not every window reached Redis");
    for (const auto &[key, value] : expected)
        QCOMPARE(m_rig.get(key).toStdString(), value);
    QCOMPARE(sample(httpGet(httpFirst, "/metrics"), "assurance_events_future_ts_total"), qulonglong(2));
    QCOMPARE(redis({QStringLiteral("EXISTS"), QStringLiteral("metrics:credit-scorer:2099-01-01T00_00_00Z")}),
             QByteArray("0"));
    QVERIFY(!redis({QStringLiteral("GET"), QStringLiteral("metrics:credit-scorer")}).contains("2099"));
    // A housekeeping pass stores the offsets of the last windows, and they are committed.
    QVERIFY(m_rig.waitForCommitsToSettle(QStringLiteral("future")));
    first->terminate(); // a clean stop commits what is stored
    QVERIFY(first->waitForFinished(30000));
    QCOMPARE(first->exitCode(), 0);
    const quint16 http = startAgent(QStringLiteral("future")).http;
    QTRY_COMPARE_WITH_TIMEOUT(sample(httpGet(http, "/metrics"), "assurance_assigned_partitions"),
                              qulonglong(4), 20000);
    // The last 5 s of event time (the label replay, ~190 messages) and no more; a stuck offset
    // would re-read credit-scorer's whole partition (750+ messages).
    QTRY_VERIFY_WITH_TIMEOUT(sample(httpGet(http, "/metrics"), "assurance_events_consumed_total") > 0, 10000);
    const qulonglong again = settledConsumed(http, 700);
    QVERIFY2(again > 0 && again < lines.size() / 6, qPrintable(QString::number(again)));
}

void TestAgent::redisOutageLosesNothing() {
    // Redis with an append-only file, killed mid-stream and restarted on the same port and data.
    m_redis = std::make_unique<RedisServer>();
    QVERIFY(m_redis->start({QStringLiteral("--appendonly"), QStringLiteral("yes"),
                            QStringLiteral("--appendfsync"), QStringLiteral("always")}));
    const auto lines = makeTraffic(90, T0);
    const auto expected = expectedWindows(lines);
    const quint16 http = startAgent(QStringLiteral("outage"), kPartsIdle).http;
    const std::size_t third = lines.size() / 3;
    QVERIFY(m_kafka->produceWithKcat(QStringLiteral("model-telemetry"), kcatInput(lines, 0, third)));
    QVERIFY(m_rig.waitForModels(3));
    m_redis->kill();
    // Windows close while Redis is down: they queue.
    QVERIFY(m_kafka->produceWithKcat(QStringLiteral("model-telemetry"), kcatInput(lines, third, 2 * third)));
    QVERIFY(waitForWindowsHeldBack(http, 30000));
    // The writer notices at its next attempt.
    QTRY_VERIFY_WITH_TIMEOUT(httpGet(http, "/healthz").contains("\"redis\": false"), 10000);
    QVERIFY(m_redis->start({QStringLiteral("--appendonly"), QStringLiteral("yes")}));
    QVERIFY(m_kafka->produceWithKcat(QStringLiteral("model-telemetry"),
                                     kcatInput(lines, 2 * third, lines.size())));
    QVERIFY2(waitForWindows(expected, 90000), "not every window reached Redis after the outage");
    for (const auto &[key, value] : expected)
        QCOMPARE(QString::fromStdString(m_rig.get(key).toStdString()), QString::fromStdString(value));
    // The writer counts a window once Redis has answered its transaction, a moment after it shows.
    QTRY_COMPARE_WITH_TIMEOUT(sample(httpGet(http, "/metrics"), "assurance_windows_written_total"),
                              qulonglong(expected.size()), 5000);
    const QByteArray metrics = httpGet(http, "/metrics");
    QVERIFY(sample(metrics, "assurance_redis_reconnects_total") >= 1);
    QCOMPARE(sample(metrics, "assurance_windows_written_total"), qulonglong(expected.size()));
}

void TestAgent::twoAgentsShareTheWork() {
    const auto lines = makeTraffic(60, T0);
    const auto expected = expectedWindows(lines);
    // Both join before anything is produced: the stream reaches them in one go (quick idle close).
    const quint16 httpA = startAgent(QStringLiteral("pair"), kQuickIdle).http;
    const quint16 httpB = startAgent(QStringLiteral("pair"), kQuickIdle).http;
    // Both join the group and share its 4 partitions before anything is produced.
    const auto assigned = [](quint16 port) {
        return sample(httpGet(port, "/metrics"), "assurance_assigned_partitions");
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        assigned(httpA) > 0 && assigned(httpB) > 0 && assigned(httpA) + assigned(httpB) == 4, 30000);
    QVERIFY(m_kafka->produceWithKcat(QStringLiteral("model-telemetry"), kcatInput(lines, 0, lines.size())));
    QVERIFY2(waitForWindows(expected, 90000), "not every window reached Redis");
    for (const auto &[key, value] : expected)
        QCOMPARE(QString::fromStdString(m_rig.get(key).toStdString()), QString::fromStdString(value));
    // Together they wrote each window exactly once, and both took part. The writer counts a window
    // once Redis has answered its transaction, a moment after it shows.
    const auto written = [](quint16 port) {
        return sample(httpGet(port, "/metrics"), "assurance_windows_written_total");
    };
    QTRY_COMPARE_WITH_TIMEOUT(written(httpA) + written(httpB), qulonglong(expected.size()), 5000);
    const QByteArray a = httpGet(httpA, "/metrics"), b = httpGet(httpB, "/metrics");
    QCOMPARE(sample(a, "assurance_windows_written_total") + sample(b, "assurance_windows_written_total"),
             qulonglong(expected.size()));
    QVERIFY(sample(a, "assurance_events_consumed_total") > 0);
    QVERIFY(sample(b, "assurance_events_consumed_total") > 0);
}

void TestAgent::shardsShareSinglePartitionTopics() {
    // Four topics of one partition each: every partition id is 0, yet the agent's two shards take
    // two topics each (a shard per id modulo the shards would take all four).
    m_kafka = std::make_unique<MockKafkaCluster>();
    QVERIFY(m_kafka->start({QStringLiteral("model-telemetry:1"), QStringLiteral("telemetry-b:1"),
                            QStringLiteral("telemetry-c:1"), QStringLiteral("telemetry-d:1")}));
    const auto lines = makeTraffic(60, T0);
    const auto expected = expectedWindows(lines);
    // Each model on a topic of its own, the malformed messages (key "bad") on the fourth.
    const std::map<std::string, QString> topicOf = {{"credit-scorer", QStringLiteral("model-telemetry")},
                                                    {"churn-model", QStringLiteral("telemetry-b")},
                                                    {"load-forecast", QStringLiteral("telemetry-c")},
                                                    {"bad", QStringLiteral("telemetry-d")}};
    std::map<QString, std::vector<std::pair<std::string, std::string>>> byTopic;
    for (const auto &line : lines)
        byTopic[topicOf.at(line.first)].push_back(line);
    QCOMPARE(byTopic.size(), std::size_t(4));
    const quint16 http =
        startAgent(QStringLiteral("many-topics"),
                   kQuickIdle + QStringList{QStringLiteral("--topic"), QStringLiteral("telemetry-b"),
                                            QStringLiteral("--topic"), QStringLiteral("telemetry-c"),
                                            QStringLiteral("--topic"), QStringLiteral("telemetry-d"),
                                            QStringLiteral("--threads"), QStringLiteral("2")})
            .http;
    for (const auto &[topic, part] : byTopic)
        QVERIFY(m_kafka->produceWithKcat(topic, kcatInput(part, 0, part.size())));
    QVERIFY2(waitForWindows(expected, 60000), "not every window reached Redis");
    for (const auto &[key, value] : expected)
        QCOMPARE(m_rig.get(key).toStdString(), value);
    QTRY_COMPARE_WITH_TIMEOUT(sample(httpGet(http, "/metrics"), "assurance_events_consumed_total"),
                              qulonglong(lines.size()), 5000);
    const QByteArray metrics = httpGet(http, "/metrics");
    QCOMPARE(sample(metrics, "assurance_assigned_partitions"), qulonglong(4));
    // Turn by turn in (topic, partition) order: model-telemetry and telemetry-c to shard 0,
    // telemetry-b and telemetry-d to shard 1.
    QCOMPARE(sample(metrics, "assurance_shard_events_consumed_total{shard=\"0\"}"),
             qulonglong(byTopic[QStringLiteral("model-telemetry")].size() +
                        byTopic[QStringLiteral("telemetry-c")].size()));
    QCOMPARE(sample(metrics, "assurance_shard_events_consumed_total{shard=\"1\"}"),
             qulonglong(byTopic[QStringLiteral("telemetry-b")].size() +
                        byTopic[QStringLiteral("telemetry-d")].size()));
}

QTEST_GUILESS_MAIN(TestAgent)
#include "tst_agent.moc"
