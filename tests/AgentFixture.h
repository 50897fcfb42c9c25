#pragma once

// The agent under test as its own process, fed by kcat through the mock Kafka cluster and writing
// a real redis-server (tst_agent, tst_agent_record). Traffic is generated here, and what the agent
// must write comes from the same messages run through the engine in-process.
#include "KafkaFixture.h"
#include "NetFixture.h"
#include "RedisFixture.h"
#include "pipeline/TelemetryProcessor.h"
#include "redis/SnapshotStore.h"
#include "json/Timestamps.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <librdkafka/rdkafka.h>

#include <functional>
#include <map>
#include <memory>

namespace agentfixture {

using namespace assurance;

inline constexpr std::int64_t T0 = 1761580800000; // 2025-10-27T16:00:00Z
inline constexpr std::int64_t kWindowMs = 10'000;

// An agent's last windows close once its models have been quiet for the idle timeout (by default
// the 10 s window). An agent whose stream arrives in one go (everything produced before it joins,
// or in one kcat run) closes them after 3 s instead. Not for an agent that must keep windows open
// across a pause between two parts of a stream: a gap longer than this would close them early.
inline const QStringList kQuickIdle = {QStringLiteral("--idle-timeout"), QStringLiteral("3s")};
// For an agent whose stream comes in parts: 5 s, ten times the pause the agent sees between the
// parts (well under a second: the 3 s group join comes before the first message).
inline const QStringList kPartsIdle = {QStringLiteral("--idle-timeout"), QStringLiteral("5s")};

// Realistic traffic for three models over `seconds` of event time: inline labels, late label
// events, a duplicate now and then, and some malformed messages. Returns "key\tvalue" lines.
inline std::vector<std::pair<std::string, std::string>> makeTraffic(int seconds, std::int64_t start) {
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

inline QByteArray kcatInput(const std::vector<std::pair<std::string, std::string>> &lines, std::size_t from,
                            std::size_t to) {
    QByteArray out;
    for (std::size_t i = from; i < to; ++i)
        out += QByteArray::fromStdString(lines[i].first) + '\t' + QByteArray::fromStdString(lines[i].second) +
               '\n';
    return out;
}

// The same messages through the engine in-process: every window the agent must write.
inline std::map<std::string, std::string>
expectedWindows(const std::vector<std::pair<std::string, std::string>> &lines,
                const std::function<void(TelemetryProcessor &)> &configure = {}) {
    EngineConfig config;
    config.windowMs = kWindowMs;
    config.allowedLatenessMs = 2'000;
    ManualClock clock(T0);
    TelemetryProcessor p(config, clock);
    if (configure)
        configure(p);
    for (const auto &[key, value] : lines)
        p.submit(value);
    p.finish();
    std::map<std::string, std::string> out;
    for (const auto &w : p.takeProcessed())
        out[SnapshotStore::historyKey(w.snapshot.modelId, w.snapshot.timestamp())] =
            serializeSnapshot(w.snapshot);
    return out;
}

// A redis-server, the mock cluster with one 4-partition topic, and agents started on demand.
class AgentRig {
public:
    ~AgentRig() { stopAll(); }

    bool start(const QStringList &redisArgs = {}) {
        redis = std::make_unique<RedisServer>();
        kafka = std::make_unique<MockKafkaCluster>();
        return redis->start(redisArgs) && kafka->start({QStringLiteral("model-telemetry:4")});
    }
    void stopAll() {
        for (auto &a : agents) {
            a->kill();
            a->waitForFinished(5000);
        }
        agents.clear();
        kafka.reset();
        redis.reset();
    }

    // An agent started by startAgent() and the port of its /healthz and /metrics.
    struct Agent {
        QProcess *process = nullptr;
        quint16 http = 0;
    };

    // 10 s windows, 2 s lateness, 5 s label replay, quick group rejoin and commits; /healthz and
    // /metrics on a free port. The agent exits with a usage error (code 2) when that port was taken
    // before it could listen: then it is started again on another. Returns once the agent listens,
    // or once it has exited for another reason (a test may expect that).
    Agent startAgent(const QString &group, const QStringList &extra = {}) {
        for (int attempt = 0;; ++attempt) {
            const quint16 port = netfixture::freePort();
            auto agent = std::make_unique<QProcess>();
            agent->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            agent->start(QStringLiteral(ASSURANCE_AGENT),
                         QStringList{QStringLiteral("--brokers"),
                                     kafka->bootstrap(),
                                     QStringLiteral("--topic"),
                                     QStringLiteral("model-telemetry"),
                                     QStringLiteral("--group"),
                                     group,
                                     QStringLiteral("--redis"),
                                     QString::fromStdString(redis->url()),
                                     QStringLiteral("--window"),
                                     QStringLiteral("10s"),
                                     QStringLiteral("--lateness"),
                                     QStringLiteral("2s"),
                                     QStringLiteral("--retention"),
                                     QStringLiteral("3650d"),
                                     QStringLiteral("--label-replay"),
                                     QStringLiteral("5s"), // labels follow within 1.5 s
                                     QStringLiteral("--kafka-property"),
                                     QStringLiteral("session.timeout.ms=6000"),
                                     QStringLiteral("--kafka-property"),
                                     QStringLiteral("heartbeat.interval.ms=500"),
                                     QStringLiteral("--kafka-property"),
                                     QStringLiteral("auto.commit.interval.ms=200"),
                                     QStringLiteral("--http"),
                                     QStringLiteral("127.0.0.1:%1").arg(port)} +
                             extra);
            agent->waitForStarted(5000);
            const auto listening = [&] { return netfixture::listensOn(agent->processId(), port); };
            QElapsedTimer t;
            t.start();
            while (agent->state() == QProcess::Running && !listening() && t.elapsed() < 20000)
                agent->waitForFinished(20);
            const bool portTaken = agent->state() == QProcess::NotRunning &&
                                   agent->exitStatus() == QProcess::NormalExit && agent->exitCode() == 2;
            agents.push_back(std::move(agent));
            if (!portTaken || attempt == 4)
                return {agents.back().get(), port};
        }
    }

    bool produce(const std::vector<std::pair<std::string, std::string>> &lines, std::size_t from,
                 std::size_t to) {
        return kafka->produceWithKcat(QStringLiteral("model-telemetry"), kcatInput(lines, from, to));
    }

    // Until every key of `expected` exists in Redis (one EXISTS over all of them per poll).
    bool waitForWindows(const std::map<std::string, std::string> &expected, int timeoutMs) {
        QStringList exists = {QStringLiteral("EXISTS")};
        for (const auto &[key, value] : expected)
            exists << QString::fromStdString(key);
        const QByteArray all = QByteArray::number(qulonglong(expected.size()));
        QElapsedTimer t;
        t.start();
        while (redis->command(exists) != all) {
            if (t.elapsed() > timeoutMs)
                return false;
            QTest::qWait(100);
        }
        return true;
    }

    // Until `models` models have a window in Redis (models:active).
    bool waitForModels(int models, int timeoutMs = 30000) {
        QElapsedTimer t;
        t.start();
        while (redis->command({QStringLiteral("SCARD"), QStringLiteral("models:active")}) !=
               QByteArray::number(models)) {
            if (t.elapsed() > timeoutMs)
                return false;
            QTest::qWait(100);
        }
        return true;
    }

    QByteArray get(const std::string &key) const {
        return redis->command({QStringLiteral("GET"), QString::fromStdString(key)});
    }

    // The sum of `group`'s committed offsets over the topic's 4 partitions (none committed counts
    // as 0), read through a client of our own that never joins the group; -1 when unreadable.
    std::int64_t committedOffsets(const QString &group) const {
        char err[256];
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        const QByteArray brokers = kafka->bootstrap().toLatin1(), id = group.toUtf8();
        rd_kafka_conf_set(conf, "bootstrap.servers", brokers.constData(), err, sizeof err);
        rd_kafka_conf_set(conf, "group.id", id.constData(), err, sizeof err);
        rd_kafka_conf_set(conf, "log_level", "3", err, sizeof err);
        rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
        if (!rk)
            return -1;
        rd_kafka_topic_partition_list_t *parts = rd_kafka_topic_partition_list_new(4);
        for (int p = 0; p < 4; ++p)
            rd_kafka_topic_partition_list_add(parts, "model-telemetry", p);
        std::int64_t sum = -1;
        if (rd_kafka_committed(rk, parts, 5000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
            sum = 0;
            for (int i = 0; i < parts->cnt; ++i)
                sum += std::max<std::int64_t>(0, parts->elems[i].offset); // -1001: none yet
        }
        rd_kafka_topic_partition_list_destroy(parts);
        rd_kafka_destroy_flags(rk, RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
        return sum;
    }

    // Until `group` has committed offsets and two reads `settleMs` apart agree (the agents store
    // offsets at their next housekeeping pass, 100 ms, and commit every 200 ms): what the agents
    // hold as durable is committed.
    bool waitForCommitsToSettle(const QString &group, int settleMs = 400, int timeoutMs = 20000) {
        QElapsedTimer t;
        t.start();
        std::int64_t last = committedOffsets(group);
        while (t.elapsed() < timeoutMs) {
            QTest::qWait(settleMs);
            const std::int64_t now = committedOffsets(group);
            if (now > 0 && now == last)
                return true;
            last = now;
        }
        return false;
    }

    std::unique_ptr<RedisServer> redis;
    std::unique_ptr<MockKafkaCluster> kafka;
    std::vector<std::unique_ptr<QProcess>> agents;
};

} // namespace agentfixture
