// The Redis contract of SPEC.md against a real redis-server: key schema, the atomic window write,
// history through the index and through SCAN, bad values per key, URLs and AUTH, and the
// assurancectl commands that read it.
#include "RedisFixture.h"
#include "agent/WindowWriter.h"
#include "assurance/LabelChain.h"
#include "cli/RedisCommands.h"
#include "redis/RedisUrl.h"
#include "redis/SnapshotStore.h"
#include "json/Timestamps.h"

#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

#include <map>

using namespace assurance;

namespace {
constexpr std::int64_t T0 = 1761580800000; // 2025-10-27T16:00:00Z
const char *kSeed =
    R"({"timestamp": "2025-10-27T16_22_57Z", "metrics": {"accuracy": 0.92, "rmse": 1.2, "feature_drift": 0.03, "domain_violation_count": 2, "failure_rate": 0.01, "watts_per_inference": 42.0, "confidence_floor": 0.9, "confidence_variance": 0.04}})";

ProcessedWindow window(const std::string &model, std::int64_t endMs, double accuracy) {
    ProcessedWindow p;
    p.snapshot.modelId = model;
    p.snapshot.windowEndMs = endMs;
    p.snapshot[SeedMetric::Accuracy] = MetricValue::real(accuracy);
    p.snapshot.extras.emplace_back("events", MetricValue::integer(100));
    p.label = assessSnapshot(p.snapshot, defaultTolerances(model));
    return p;
}

// A window whose label is linked to `prevHash` (as an agent chains them).
ProcessedWindow chained(const std::string &model, std::int64_t endMs, double accuracy,
                        const std::string &prevHash) {
    ProcessedWindow p = window(model, endMs, accuracy);
    chainLabel(p.label, prevHash);
    return p;
}

QByteArray get(RedisServer &redis, const std::string &key) {
    return redis.command({QStringLiteral("GET"), QString::fromStdString(key)});
}

ViolationEpisode episode(const std::string &model, SeedMetric metric, std::int64_t openedMs,
                         std::optional<std::int64_t> closedMs) {
    ViolationEpisode e;
    e.modelId = model;
    e.metric = metric;
    e.id =
        model + ":" + std::string(seedMetricKey(metric)) + ":" + timestamps::formatWindowTimestamp(openedMs);
    e.observed = 0.5;
    e.bound = 0.8;
    e.openedMs = openedMs;
    e.lastSeenMs = closedMs ? *closedMs - 60'000 : openedMs;
    e.closedMs = closedMs;
    e.count = 3;
    return e;
}

struct Ctl {
    int exitCode;
    QByteArray out;
    QByteArray err;
};
Ctl ctl(const QStringList &args) {
    QProcess p;
    p.start(QStringLiteral(ASSURANCE_CTL), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
} // namespace

class TestRedisStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void urls_data();
    void urls();
    void seedPayloadReadBackVerbatim();
    void windowWriteIsComplete();
    void latestOnlyIfNewer();
    void historyThroughIndexAndScan();
    void badValuesAreReportedPerKey();
    void wrongTypedKeyWritesNothing();
    void episodeRetentionMovesClosedEpisodes();
    void pipelinedWritesSurviveAFlushedScriptCache();
    void labelHistoryIsChained();
    void labelHistoryShowsGapsAndEdits();
    void chainedLabelIsRelinkedToTheStoredHead();
    void toleranceSetsAndTheirHistory();
    void writerSetsRefusedModelsAsideInOrder();
    void authentication();
    void connectionFailuresAreExitCode3();

private:
    std::unique_ptr<RedisServer> m_redis;
};

void TestRedisStore::init() {
    if (qstrcmp(QTest::currentTestFunction(), "urls") == 0)
        return; // parsing only: no server for each of its rows
    m_redis = std::make_unique<RedisServer>();
    QVERIFY2(m_redis->start(), "redis-server did not start");
}

void TestRedisStore::cleanup() {
    m_redis.reset();
}

void TestRedisStore::urls_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("db");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("host only") << "redis://cache" << true << "cache" << 6379 << 0 << ""
                               << "";
    QTest::newRow("port db") << "redis://127.0.0.1:6380/3" << true << "127.0.0.1" << 6380 << 3 << ""
                             << "";
    QTest::newRow("user password") << "redis://ops:p%40ss%3Aword@h:1/0" << true << "h" << 1 << 0 << "ops"
                                   << "p@ss:word";
    QTest::newRow("password only") << "redis://:secret@h" << true << "h" << 6379 << 0 << ""
                                   << "secret";
    QTest::newRow("ipv6") << "redis://[::1]:6381" << true << "::1" << 6381 << 0 << ""
                          << "";
    QTest::newRow("tls refused") << "rediss://h:6379" << false << "" << 0 << 0 << ""
                                 << "";
    QTest::newRow("other scheme") << "http://h" << false << "" << 0 << 0 << ""
                                  << "";
    QTest::newRow("bad port") << "redis://h:99999" << false << "" << 0 << 0 << ""
                              << "";
    QTest::newRow("bad db") << "redis://h:1/x" << false << "" << 0 << 0 << ""
                            << "";
    QTest::newRow("no host") << "redis://:1" << false << "" << 0 << 0 << ""
                             << "";
    QTest::newRow("broken escape") << "redis://u:%4@h" << false << "" << 0 << 0 << ""
                                   << "";
}

void TestRedisStore::urls() {
    QFETCH(QString, url);
    QFETCH(bool, ok);
    std::string error;
    const auto parsed = parseRedisUrl(url.toStdString(), &error);
    QCOMPARE(parsed.has_value(), ok);
    if (!ok) {
        QVERIFY(!error.empty());
        if (url.startsWith(QLatin1String("rediss")))
            QVERIFY(error.find("TLS") != std::string::npos);
        return;
    }
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(int, db);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QCOMPARE(QString::fromStdString(parsed->host), host);
    QCOMPARE(parsed->port, port);
    QCOMPARE(parsed->db, db);
    QCOMPARE(QString::fromStdString(parsed->user), user);
    QCOMPARE(QString::fromStdString(parsed->password), password);
    QVERIFY(parsed->redacted().find(parsed->password.empty() ? "\x01" : parsed->password) ==
            std::string::npos);
}

void TestRedisStore::seedPayloadReadBackVerbatim() {
    // An existing deployment: only the latest key, written by redis-cli.
    QCOMPARE(m_redis->cli({QStringLiteral("SET"), QStringLiteral("metrics:flood-risk-predictor"),
                           QString::fromLatin1(kSeed)}),
             QByteArray("OK"));
    const QString url = QString::fromStdString(m_redis->url());
    const Ctl snapshot = ctl(
        {QStringLiteral("snapshot"), QStringLiteral("--redis"), url, QStringLiteral("flood-risk-predictor")});
    QCOMPARE(snapshot.exitCode, 0);
    QCOMPARE(snapshot.out, QByteArray(kSeed) + "\n");
    const Ctl models =
        ctl({QStringLiteral("models"), QStringLiteral("--redis"), url, QStringLiteral("--json")});
    QCOMPARE(models.exitCode, 0);
    QCOMPARE(models.out, QByteArray(R"(["flood-risk-predictor"])") + "\n");
    const Ctl missing =
        ctl({QStringLiteral("snapshot"), QStringLiteral("--redis"), url, QStringLiteral("no-such-model")});
    QCOMPARE(missing.exitCode, 1);
    const Ctl badId =
        ctl({QStringLiteral("snapshot"), QStringLiteral("--redis"), url, QStringLiteral("bad id")});
    QCOMPARE(badId.exitCode, 2);
    const Ctl noUrl = ctl({QStringLiteral("snapshot"), QStringLiteral("flood-risk-predictor")});
    QCOMPARE(noUrl.exitCode, 2);
    const Ctl tls =
        ctl({QStringLiteral("models"), QStringLiteral("--redis"), QStringLiteral("rediss://127.0.0.1:1")});
    QCOMPARE(tls.exitCode, 2);
    QVERIFY(tls.err.contains("TLS"));
}

void TestRedisStore::windowWriteIsComplete() {
    RedisClient client(m_redis->redisUrl());
    QVERIFY(client.connect());
    SnapshotStore store(client);
    ProcessedWindow w = window("m1", T0 + 60'000, 0.7); // critical accuracy: opens an episode
    ViolationTracker tracker;
    w.episodes = tracker.apply(w.label);
    QCOMPARE(w.episodes.size(), std::size_t(1));
    std::string error;
    QVERIFY2(store.writeWindow(w, 3600, &error), error.c_str());

    const std::string json = serializeSnapshot(w.snapshot);
    QCOMPARE(m_redis->command({QStringLiteral("GET"), QStringLiteral("metrics:m1:2025-10-27T16_01_00Z")})
                 .toStdString(),
             json);
    QCOMPARE(m_redis->command({QStringLiteral("GET"), QStringLiteral("metrics:m1")}).toStdString(), json);
    QCOMPARE(m_redis->command({QStringLiteral("ZSCORE"), QStringLiteral("metrics:m1:index"),
                               QStringLiteral("2025-10-27T16_01_00Z")}),
             QByteArray::number(T0 + 60'000));
    const int ttl =
        m_redis->command({QStringLiteral("TTL"), QStringLiteral("metrics:m1:2025-10-27T16_01_00Z")}).toInt();
    QVERIFY(ttl > 3500 && ttl <= 3600);
    // The index expires with the newest history key: a model that stops leaves no stale index.
    const int indexTtl =
        m_redis->command({QStringLiteral("TTL"), QStringLiteral("metrics:m1:index")}).toInt();
    QVERIFY2(indexTtl > 3500 && indexTtl <= 3600, qPrintable(QString::number(indexTtl)));
    QCOMPARE(m_redis->command({QStringLiteral("GET"), QStringLiteral("label:m1")}).toStdString(),
             serializeLabel(w.label));
    QCOMPARE(m_redis
                 ->command({QStringLiteral("HGET"), QStringLiteral("violations:m1"),
                            QStringLiteral("m1:accuracy:2025-10-27T16_01_00Z")})
                 .toStdString(),
             serializeEpisode(w.episodes[0].episode));
    QCOMPARE(m_redis->command(
                 {QStringLiteral("SISMEMBER"), QStringLiteral("models:active"), QStringLiteral("m1")}),
             QByteArray("1"));

    // Retention trims the index together with the expiry of history keys.
    QVERIFY(store.writeWindow(window("m1", T0 + 2 * 3600'000, 0.95), 3600, &error));
    QCOMPARE(m_redis->command({QStringLiteral("ZCARD"), QStringLiteral("metrics:m1:index")}),
             QByteArray("1"));
}

void TestRedisStore::latestOnlyIfNewer() {
    RedisClient client(m_redis->redisUrl());
    SnapshotStore store(client);
    std::string error;
    QVERIFY(store.writeWindow(window("m", T0 + 120'000, 0.95), 0, &error));
    QVERIFY(store.writeWindow(window("m", T0 + 60'000, 0.91), 0, &error)); // an older window arrives later
    std::string latest;
    QCOMPARE(store.latest("m", latest), SnapshotStore::Lookup::Found);
    QVERIFY(latest.find("2025-10-27T16_02_00Z") != std::string::npos);
    QVERIFY(m_redis->command({QStringLiteral("GET"), QStringLiteral("label:m")})
                .contains("2025-10-27T16_02_00Z"));
    // An existing writer's colon form compares by its digits.
    m_redis->command({QStringLiteral("SET"), QStringLiteral("metrics:c"),
                      QStringLiteral(R"({"timestamp": "2025-10-27T16:05:00Z", "metrics": {}})")});
    QVERIFY(store.writeWindow(window("c", T0 + 240'000, 0.95), 0, &error));
    QCOMPARE(store.latest("c", latest), SnapshotStore::Lookup::Found);
    QVERIFY(latest.find("16:05:00") != std::string::npos);
    QCOMPARE(store.history("m")->snapshots.size(), std::size_t(2));
}

void TestRedisStore::historyThroughIndexAndScan() {
    RedisClient client(m_redis->redisUrl());
    SnapshotStore store(client);
    std::string error;
    for (int i = 5; i >= 1; --i)
        QVERIFY(store.writeWindow(window("indexed", T0 + i * 60'000, 0.9 + i / 100.0), 0, &error));
    auto h = store.history("indexed", T0 + 2 * 60'000, T0 + 4 * 60'000);
    QVERIFY(h && h->viaIndex);
    QCOMPARE(h->snapshots.size(), std::size_t(3));
    QCOMPARE(h->snapshots[0].snapshot.windowEndMs, T0 + 2 * 60'000); // ascending
    QCOMPARE(h->snapshots[2].snapshot.windowEndMs, T0 + 4 * 60'000);

    // A deployment without the index: history keys only, found with SCAN (written by another client).
    for (int i = 0; i < 30; ++i) {
        const QString ts = QString::fromStdString(timestamps::formatWindowTimestamp(T0 + (30 - i) * 60'000));
        m_redis->command({QStringLiteral("SET"), QStringLiteral("metrics:legacy:") + ts,
                          QStringLiteral(R"({"timestamp": "%1", "metrics": {"accuracy": 0.9}})").arg(ts)});
    }
    h = store.history("legacy");
    QVERIFY(h && !h->viaIndex);
    QCOMPARE(h->snapshots.size(), std::size_t(30));
    for (std::size_t i = 1; i < h->snapshots.size(); ++i)
        QVERIFY(h->snapshots[i - 1].snapshot.windowEndMs < h->snapshots[i].snapshot.windowEndMs);
    QVERIFY(h->problems.empty());

    const QString url = QString::fromStdString(m_redis->url());
    const Ctl out = ctl({QStringLiteral("history"), QStringLiteral("--redis"), url, QStringLiteral("indexed"),
                         QStringLiteral("--since"), QStringLiteral("2025-10-27T16:04:00Z")});
    QCOMPARE(out.exitCode, 0);
    auto both = store.history("indexed", T0 + 4 * 60'000, std::nullopt);
    QCOMPARE(out.out.toStdString(), "[" + both->snapshots[0].json + ", " + both->snapshots[1].json + "]\n");
    const Ctl models = ctl({QStringLiteral("models"), QStringLiteral("--redis"), url});
    QCOMPARE(models.out, QByteArray("indexed\nlegacy\n"));
    const Ctl badSince = ctl({QStringLiteral("history"), QStringLiteral("--redis"), url,
                              QStringLiteral("indexed"), QStringLiteral("--since"), QStringLiteral("soon")});
    QCOMPARE(badSince.exitCode, 2);
}

void TestRedisStore::badValuesAreReportedPerKey() {
    const QStringList good = {
        QStringLiteral("SET"), QStringLiteral("metrics:mixed:2025-10-27T16_01_00Z"),
        QStringLiteral(
            R"({"timestamp": "2025-10-27T16_01_00Z", "metrics": {"accuracy": NaN, "rmse": 1.5}})")};
    m_redis->command(good);
    m_redis->command({QStringLiteral("SET"), QStringLiteral("metrics:mixed:2025-10-27T16_02_00Z"),
                      QStringLiteral("not json")});
    m_redis->command({QStringLiteral("SET"), QStringLiteral("metrics:mixed:2025-10-27T16_03_00Z"),
                      QStringLiteral(R"({"timestamp": 5})")});
    m_redis->command(
        {QStringLiteral("SET"), QStringLiteral("metrics:mixed:2025-10-27T16_04_00Z"),
         QStringLiteral(R"({"timestamp": "2025-10-27T16_04_00Z", "metrics": {"accuracy": "high"}})")});
    m_redis->command({QStringLiteral("SET"), QStringLiteral("metrics:mixed:garbage"), QStringLiteral("{}")});
    RedisClient client(m_redis->redisUrl());
    SnapshotStore store(client);
    const auto h = store.history("mixed");
    QVERIFY(h);
    QCOMPARE(h->snapshots.size(), std::size_t(1));
    QVERIFY(h->snapshots[0].snapshot[SeedMetric::Accuracy].isNull()); // NaN read as null
    QCOMPARE(h->problems.size(), std::size_t(4));
    QStringList keys;
    for (const auto &p : h->problems) {
        keys << QString::fromStdString(p.key);
        QVERIFY(!p.error.empty());
    }
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("metrics:mixed:2025-10-27T16_02_00Z"),
                                QStringLiteral("metrics:mixed:2025-10-27T16_03_00Z"),
                                QStringLiteral("metrics:mixed:2025-10-27T16_04_00Z"),
                                QStringLiteral("metrics:mixed:garbage")}));
    // The CLI prints what loaded and names what it skipped.
    const Ctl out = ctl({QStringLiteral("history"), QStringLiteral("--redis"),
                         QString::fromStdString(m_redis->url()), QStringLiteral("mixed")});
    QCOMPARE(out.exitCode, 0);
    QVERIFY(out.out.startsWith("[{\"timestamp\": \"2025-10-27T16_01_00Z\""));
    QCOMPARE(out.err.count("skipped"), 4);
}

void TestRedisStore::wrongTypedKeyWritesNothing() {
    // A key left with another type by some other tool: the window write fails before any write,
    // so the agent keeps the window and retries instead of half-writing it.
    m_redis->command({QStringLiteral("SET"), QStringLiteral("violations:m"), QStringLiteral("not a hash")});
    RedisClient client(m_redis->redisUrl());
    SnapshotStore store(client);
    std::string error;
    QVERIFY(!store.writeWindow(window("m", T0 + 60'000, 0.7), 0, &error));
    QVERIFY2(error.find("wrong type") != std::string::npos, error.c_str());
    QCOMPARE(m_redis->command({QStringLiteral("EXISTS"), QStringLiteral("metrics:m:2025-10-27T16_01_00Z")}),
             QByteArray("0"));
    QCOMPARE(m_redis->command({QStringLiteral("EXISTS"), QStringLiteral("metrics:m")}), QByteArray("0"));
    // The same for each of the episode retention's keys.
    for (const char *key : {"violations:n:closed", "violations:n:closed:index", "violations:n:closing"}) {
        m_redis->cli({QStringLiteral("SET"), QLatin1String(key), QStringLiteral("not this type")});
        QVERIFY(!store.writeWindow(window("n", T0 + 60'000, 0.7), 0, &error, nullptr, 3600'000));
        QVERIFY2(error.find("wrong type") != std::string::npos, key);
        QCOMPARE(m_redis->cli({QStringLiteral("EXISTS"), QStringLiteral("metrics:n")}), QByteArray("0"));
        m_redis->cli({QStringLiteral("DEL"), QLatin1String(key)});
    }
}

void TestRedisStore::episodeRetentionMovesClosedEpisodes() {
    // Retention 1 h. Window 1 writes three episodes: `old` closed 2 h before it (moved by the same
    // script), `recent` closed at T0 (stays, listed in the closing zset) and `open`, opened 3 h
    // before and still active (never moved). Window 2, an hour later, writes no episode and moves
    // `recent`: the live hash shrinks to the open episode alone.
    RedisClient client(m_redis->redisUrl());
    SnapshotStore store(client);
    RedisClient subscriber(m_redis->redisUrl());
    QVERIFY(subscriber.connect());
    QVERIFY(subscriber.command({"SUBSCRIBE", kUpdatesChannel}));
    auto nextUpdate = [&]() -> std::string {
        const auto r = subscriber.pollReply(2000);
        return r && r->type == RedisReply::Type::Array && r->elements.size() == 3 ? r->elements[2].str : "";
    };
    constexpr std::int64_t kHour = 3600'000;
    const ViolationEpisode old = episode("m", SeedMetric::Accuracy, T0 - 3 * kHour, T0 - 2 * kHour);
    const ViolationEpisode recent = episode("m", SeedMetric::FailureRate, T0 - kHour, T0);
    const ViolationEpisode open = episode("m", SeedMetric::FeatureDrift, T0 - 3 * kHour, std::nullopt);
    ProcessedWindow w1 = window("m", T0 + 60'000, 0.95);
    for (const ViolationEpisode *e : {&old, &recent, &open})
        w1.episodes.push_back({EpisodeChange::Updated, *e, false});
    QCOMPARE(store.writeWindows({&w1}, 0, kHour).front().outcome, SnapshotStore::Outcome::Written);
    auto cli = [&](QStringList args) { return m_redis->cli(args); };
    const QString live = QStringLiteral("violations:m"), closed = QStringLiteral("violations:m:closed"),
                  index = QStringLiteral("violations:m:closed:index"),
                  closing = QStringLiteral("violations:m:closing");
    auto q = [](const std::string &s) { return QString::fromStdString(s); };
    // Field → value; episodes are longer than a listpack's values, so the hash has no order.
    auto hash = [&](const QString &key) {
        std::map<std::string, std::string> out;
        const QList<QByteArray> lines = cli({QStringLiteral("HGETALL"), key}).split('\n');
        for (int i = 0; i + 1 < lines.size(); i += 2)
            out[lines[i].toStdString()] = lines[i + 1].toStdString();
        return out;
    };
    using Hash = std::map<std::string, std::string>;
    QCOMPARE(hash(live), (Hash{{recent.id, serializeEpisode(recent)}, {open.id, serializeEpisode(open)}}));
    QCOMPARE(hash(closed), (Hash{{old.id, serializeEpisode(old)}}));
    QCOMPARE(cli({QStringLiteral("ZRANGE"), index, QStringLiteral("0"), QStringLiteral("-1"),
                  QStringLiteral("WITHSCORES")})
                 .toStdString(),
             old.id + "\n" + std::to_string(T0 - 2 * kHour));
    QCOMPARE(cli({QStringLiteral("ZRANGE"), closing, QStringLiteral("0"), QStringLiteral("-1"),
                  QStringLiteral("WITHSCORES")})
                 .toStdString(),
             recent.id + "\n" + std::to_string(T0));
    // The announcement names every episode the window wrote, moved or not.
    QCOMPARE(nextUpdate(),
             std::string(R"({"type": "snapshot", "model_id": "m", "timestamp": "2025-10-27T16_01_00Z"})"));
    const std::string violation = nextUpdate();
    QCOMPARE(
        violation,
        R"({"type": "violation", "model_id": "m", "timestamp": "2025-10-27T16_01_00Z", "episode_ids": [")" +
            old.id + R"(", ")" + recent.id + R"(", ")" + open.id + R"("]})");

    const ProcessedWindow w2 = window("m", T0 + kHour + 60'000, 0.95);
    QCOMPARE(store.writeWindows({&w2}, 0, kHour).front().outcome, SnapshotStore::Outcome::Written);
    QCOMPARE(hash(live), (Hash{{open.id, serializeEpisode(open)}}));
    QCOMPARE(cli({QStringLiteral("EXISTS"), closing}), QByteArray("0"));
    QCOMPARE(hash(closed), (Hash{{old.id, serializeEpisode(old)}, {recent.id, serializeEpisode(recent)}}));
    QCOMPARE(cli({QStringLiteral("ZRANGE"), index, QStringLiteral("0"), QStringLiteral("-1"),
                  QStringLiteral("WITHSCORES")})
                 .toStdString(),
             old.id + "\n" + std::to_string(T0 - 2 * kHour) + "\n" + recent.id + "\n" + std::to_string(T0));
    // No episode written, no violation message: the snapshot's alone.
    QCOMPARE(nextUpdate(),
             std::string(R"({"type": "snapshot", "model_id": "m", "timestamp": "2025-10-27T17_01_00Z"})"));
    QVERIFY(!subscriber.pollReply(200));

    // The open episode closes; with retention 0 nothing moves, however old.
    ViolationEpisode closedNow = open;
    closedNow.closedMs = T0 + kHour + 120'000;
    ProcessedWindow w3 = window("m", T0 + kHour + 120'000, 0.95);
    w3.episodes.push_back({EpisodeChange::Closed, closedNow, false});
    const ProcessedWindow w4 = window("m", T0 + 100 * kHour, 0.95);
    for (const auto &r : store.writeWindows({&w3, &w4}, 0, 0))
        QCOMPARE(r.outcome, SnapshotStore::Outcome::Written);
    QCOMPARE(cli({QStringLiteral("HGET"), live, q(open.id)}).toStdString(), serializeEpisode(closedNow));
    QCOMPARE(cli({QStringLiteral("ZSCORE"), closing, q(open.id)}), QByteArray::number(*closedNow.closedMs));

    // Readers look in both hashes.
    const auto found = store.episodes("m", {old.id, open.id, "m:rmse:2025-10-27T16_00_00Z"});
    QVERIFY(found);
    QCOMPARE(found->episodes.size(), std::size_t(2));
    QCOMPARE(found->episodes[0].json, serializeEpisode(old));
    QVERIFY(found->episodes[0].archived);
    QCOMPARE(found->episodes[1].json, serializeEpisode(closedNow));
    QVERIFY(!found->episodes[1].archived);
    QCOMPARE(found->missing, std::vector<std::string>{"m:rmse:2025-10-27T16_00_00Z"});
    QVERIFY(found->problems.empty());
    const auto all = store.closedEpisodes("m");
    QVERIFY(all);
    QCOMPARE(all->episodes.size(), std::size_t(3)); // by close time, wherever they are
    QCOMPARE(all->episodes[0].episode.id, old.id);
    QCOMPARE(all->episodes[1].episode.id, recent.id);
    QCOMPARE(all->episodes[2].episode.id, open.id);
    QVERIFY(!all->episodes[2].archived);
    const auto range = store.closedEpisodes("m", T0 - 1, T0 + 1);
    QVERIFY(range);
    QCOMPARE(range->episodes.size(), std::size_t(1));
    QCOMPARE(range->episodes[0].episode.id, recent.id);
}

void TestRedisStore::pipelinedWritesSurviveAFlushedScriptCache() {
    // Several windows in one round trip with EVALSHA; a Redis that lost its script cache (restart,
    // SCRIPT FLUSH) answers NOSCRIPT and the same windows go again with EVAL.
    RedisClient client(m_redis->redisUrl());
    SnapshotStore store(client);
    for (int round = 0; round < 2; ++round) {
        const ProcessedWindow a = window("m", T0 + (round * 2 + 1) * 60'000, 0.95);
        const ProcessedWindow b = window("m", T0 + (round * 2 + 2) * 60'000, 0.96);
        const auto results = store.writeWindows({&a, &b}, 0);
        QCOMPARE(results.size(), std::size_t(2));
        for (const auto &r : results)
            QVERIFY2(r.outcome == SnapshotStore::Outcome::Written, r.error.c_str());
        m_redis->command({QStringLiteral("SCRIPT"), QStringLiteral("FLUSH")});
    }
    QCOMPARE(m_redis->command({QStringLiteral("ZCARD"), QStringLiteral("metrics:m:index")}), QByteArray("4"));
    const ProcessedWindow again = window("m", T0 + 60'000, 0.95);
    QCOMPARE(store.writeWindows({&again}, 0).front().outcome, SnapshotStore::Outcome::AlreadyWritten);
}

void TestRedisStore::writerSetsRefusedModelsAsideInOrder() {
    // Model a's index key has the wrong type: its windows are refused and wait, in order, while
    // model b's are written. Once the key is repaired, a's windows follow on the next retry.
    m_redis->command({QStringLiteral("SET"), QStringLiteral("metrics:a:index"), QStringLiteral("a string")});
    AgentOptions options;
    options.redis = m_redis->redisUrl();
    options.retentionSeconds = 0;
    options.refusedRetryMs = 1500;
    AgentStats stats;
    WindowWriter writer(0, options, stats);
    std::deque<ProcessedWindow> windows;
    for (int i = 1; i <= 2; ++i) {
        windows.push_back(window("a", T0 + i * 60'000, 0.9 + i / 100.0));
        windows.push_back(window("b", T0 + i * 60'000, 0.9 + i / 100.0));
    }
    writer.submit(windows);
    QTRY_COMPARE_WITH_TIMEOUT(stats.windowsWritten.load(), std::uint64_t(2), 5000);
    QCOMPARE(stats.windowsRefused.load(), std::uint64_t(1)); // a's second window never went: it waits behind
    QCOMPARE(writer.waiting(), std::size_t(2));
    auto done = writer.takeDone();
    QCOMPARE(done.size(), std::size_t(2));
    QCOMPARE(done[0].model, std::string("b"));
    QCOMPARE(m_redis->command({QStringLiteral("EXISTS"), QStringLiteral("metrics:a")}), QByteArray("0"));
    m_redis->command({QStringLiteral("DEL"), QStringLiteral("metrics:a:index")});
    QTRY_COMPARE_WITH_TIMEOUT(writer.waiting(), std::size_t(0), 5000);
    done = writer.takeDone();
    QCOMPARE(done.size(), std::size_t(2));
    QCOMPARE(done[0].end, T0 + 60'000); // in order
    QCOMPARE(done[1].end, T0 + 120'000);
    QVERIFY(m_redis->command({QStringLiteral("GET"), QStringLiteral("metrics:a")})
                .contains("2025-10-27T16_02_00Z"));
    QVERIFY(writer.flush(std::chrono::milliseconds(100), false));
}

void TestRedisStore::authentication() {
    m_redis = std::make_unique<RedisServer>();
    QVERIFY(m_redis->start({QStringLiteral("--requirepass"), QStringLiteral("s3cret")}));
    RedisUrl url = m_redis->redisUrl();
    RedisClient anonymous(url);
    QVERIFY(anonymous.connect()); // connecting works; commands are refused
    QVERIFY(anonymous.command({"GET", "x"})->isError());
    url.password = "wrong";
    RedisClient wrong(url);
    QVERIFY(!wrong.connect());
    QVERIFY(wrong.error().find("credentials") != std::string::npos);
    QVERIFY(wrong.error().find("wrong") == std::string::npos); // the password is never echoed
    url.password = "s3cret";
    RedisClient right(url);
    QVERIFY(right.connect());
    // An ACL user with its own password.
    QCOMPARE(
        m_redis->cli({QStringLiteral("ACL"), QStringLiteral("SETUSER"), QStringLiteral("reader"),
                      QStringLiteral("on"), QStringLiteral(">readerpw"), QStringLiteral("~*"),
                      QStringLiteral("+@all")},
                     {QStringLiteral("-a"), QStringLiteral("s3cret"), QStringLiteral("--no-auth-warning")}),
        QByteArray("OK"));
    url.user = "reader";
    url.password = "readerpw";
    RedisClient acl(url);
    QVERIFY(acl.connect());
    QVERIFY(!acl.command({"SET", "k", "v"})->isError());
    // assurancectl reads the password from a file, never from argv.
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("s3cret\n");
    file.flush();
    const Ctl ok =
        ctl({QStringLiteral("models"), QStringLiteral("--redis"), QString::fromStdString(m_redis->url()),
             QStringLiteral("--redis-password-file"), file.fileName()});
    QCOMPARE(ok.exitCode, 0);
    const Ctl refused =
        ctl({QStringLiteral("models"), QStringLiteral("--redis"), QString::fromStdString(m_redis->url())});
    QCOMPARE(refused.exitCode, 3);
}

void TestRedisStore::connectionFailuresAreExitCode3() {
    const QString url = QStringLiteral("redis://127.0.0.1:%1").arg(m_redis->port());
    m_redis->stop();
    const Ctl models = ctl({QStringLiteral("models"), QStringLiteral("--redis"), url});
    QCOMPARE(models.exitCode, 3);
    QVERIFY(models.err.contains("cannot connect"));
    RedisClient client(m_redis->redisUrl(), std::chrono::milliseconds(500));
    SnapshotStore store(client);
    std::string error;
    QVERIFY(!store.writeWindow(window("m", T0, 0.9), 0, &error));
    QVERIFY(!error.empty());
}

void TestRedisStore::labelHistoryIsChained() {
    RedisClient client(m_redis->redisUrl());
    SnapshotStore store(client);
    const ProcessedWindow w1 = chained("m", T0 + 60'000, 0.95, "");
    const ProcessedWindow w2 = chained("m", T0 + 120'000, 0.85, w1.label.hash);
    const ProcessedWindow w3 = chained("m", T0 + 180'000, 0.75, w2.label.hash);
    const auto results = store.writeWindows({&w1, &w2, &w3}, 3600);
    for (const auto &r : results)
        QCOMPARE(r.outcome, SnapshotStore::Outcome::Written);
    // What the script reports as the chain head after each window: that window's label.
    QCOMPARE(results[0].labelHash, w1.label.hash);
    QCOMPARE(results[2].labelHash, w3.label.hash);
    // Each window's label, byte for byte, under the snapshot history's timestamp.
    QCOMPARE(get(*m_redis, "label:m:2025-10-27T16_01_00Z").toStdString(), serializeLabel(w1.label));
    QCOMPARE(get(*m_redis, "label:m:2025-10-27T16_02_00Z").toStdString(), serializeLabel(w2.label));
    QCOMPARE(get(*m_redis, "label:m:2025-10-27T16_03_00Z").toStdString(), serializeLabel(w3.label));
    QVERIFY(get(*m_redis, "label:m:2025-10-27T16_02_00Z")
                .endsWith(QByteArray::fromStdString("\"prev_hash\": \"" + w1.label.hash + "\", \"hash\": \"" +
                                                    w2.label.hash + "\"}")));
    QCOMPARE(get(*m_redis, "label:m").toStdString(), serializeLabel(w3.label)); // the latest, as before
    QCOMPARE(m_redis->command({QStringLiteral("ZRANGE"), QStringLiteral("label:m:index"), QStringLiteral("0"),
                               QStringLiteral("-1"), QStringLiteral("WITHSCORES")}),
             QByteArray("2025-10-27T16_01_00Z\n1761580860000\n2025-10-27T16_02_00Z\n1761580920000\n"
                        "2025-10-27T16_03_00Z\n1761580980000"));
    // Same retention as the snapshot history: keys and index expire together.
    const int ttl =
        m_redis->command({QStringLiteral("TTL"), QStringLiteral("label:m:2025-10-27T16_01_00Z")}).toInt();
    QVERIFY2(ttl > 3500 && ttl <= 3600, qPrintable(QString::number(ttl)));
    const int indexTtl = m_redis->command({QStringLiteral("TTL"), QStringLiteral("label:m:index")}).toInt();
    QVERIFY2(indexTtl > 3500 && indexTtl <= 3600, qPrintable(QString::number(indexTtl)));
    // Read back in window order, and the run proves itself.
    const auto history = store.labelHistory("m");
    QVERIFY(history);
    QVERIFY(history->problems.empty());
    QCOMPARE(history->labels.size(), std::size_t(3));
    QCOMPARE(history->labels[1].json, serializeLabel(w2.label));
    std::vector<AssuranceLabel> labels;
    for (const auto &l : history->labels)
        labels.push_back(l.label);
    QVERIFY(!verifyLabelChain(labels, std::string()));
    QCOMPARE(store.labelHistory("m", T0 + 120'000, T0 + 120'000)->labels.size(), std::size_t(1));
    // A window already written writes nothing and reports the stored head.
    const ProcessedWindow again = chained("m", T0 + 120'000, 0.5, w1.label.hash);
    const auto repeat = store.writeWindows({&again}, 3600);
    QCOMPARE(repeat[0].outcome, SnapshotStore::Outcome::AlreadyWritten);
    QCOMPARE(repeat[0].labelHash, w3.label.hash);
    QCOMPARE(get(*m_redis, "label:m:2025-10-27T16_02_00Z").toStdString(), serializeLabel(w2.label));
    // An older window arriving late keeps its snapshot history; its label would break the chain
    // in the middle, so it is not put there (nor in label:{id}).
    const ProcessedWindow late = chained("m", T0 + 90'000, 0.95, w3.label.hash);
    QCOMPARE(store.writeWindows({&late}, 3600)[0].outcome, SnapshotStore::Outcome::Written);
    QCOMPARE(m_redis->command({QStringLiteral("EXISTS"), QStringLiteral("metrics:m:2025-10-27T16_01_30Z")}),
             QByteArray("1"));
    QCOMPARE(m_redis->command({QStringLiteral("EXISTS"), QStringLiteral("label:m:2025-10-27T16_01_30Z")}),
             QByteArray("0"));
    QCOMPARE(m_redis->command({QStringLiteral("ZCARD"), QStringLiteral("label:m:index")}), QByteArray("3"));
    // An old deployment without label history: nothing to read, nothing wrong.
    const auto none = store.labelHistory("legacy");
    QVERIFY(none && none->labels.empty() && none->problems.empty());
}

void TestRedisStore::labelHistoryShowsGapsAndEdits() {
    RedisClient client(m_redis->redisUrl());
    SnapshotStore store(client);
    std::vector<ProcessedWindow> windows;
    std::string head;
    for (int i = 1; i <= 4; ++i) {
        windows.push_back(chained("m", T0 + i * 60'000, 0.8 + i / 50.0, head));
        head = windows.back().label.hash;
    }
    std::vector<const ProcessedWindow *> all;
    for (const auto &w : windows)
        all.push_back(&w);
    for (const auto &r : store.writeWindows(all, 0))
        QCOMPARE(r.outcome, SnapshotStore::Outcome::Written);
    auto chainOf = [&] {
        std::vector<AssuranceLabel> labels;
        const auto history = store.labelHistory("m"); // a temporary's member would dangle in the loop
        for (const auto &l : history->labels)
            labels.push_back(l.label);
        return labels;
    };
    QVERIFY(!verifyLabelChain(chainOf()));
    // An edit of label 3 (16_03_00Z): its own hash no longer matches.
    const QByteArray original = get(*m_redis, "label:m:2025-10-27T16_03_00Z");
    QByteArray edited = original;
    edited.replace("\"tolerance_version\": 1,", "\"tolerance_version\": 2,");
    QVERIFY(edited != original);
    m_redis->command(
        {QStringLiteral("SET"), QStringLiteral("label:m:2025-10-27T16_03_00Z"), QString::fromUtf8(edited)});
    auto broken = verifyLabelChain(chainOf());
    QVERIFY(broken);
    QCOMPARE(broken->index, std::size_t(2));
    QVERIFY2(broken->reason.find("was altered") != std::string::npos, broken->reason.c_str());
    // A gap: label 2 (16_02_00Z) deleted, the index left as it was.
    m_redis->command(
        {QStringLiteral("SET"), QStringLiteral("label:m:2025-10-27T16_03_00Z"), QString::fromUtf8(original)});
    m_redis->command({QStringLiteral("DEL"), QStringLiteral("label:m:2025-10-27T16_02_00Z")});
    const auto history = store.labelHistory("m");
    QCOMPARE(history->labels.size(), std::size_t(3));
    QCOMPARE(history->problems.size(), std::size_t(1));
    QCOMPARE(history->problems[0].key, std::string("label:m:2025-10-27T16_02_00Z"));
    broken = verifyLabelChain(chainOf());
    QVERIFY(broken);
    QCOMPARE(broken->index, std::size_t(1)); // label 3, now second: its link points at the hole
    QCOMPARE(broken->reason,
             std::string("the label for 2025-10-27T16_03_00Z has a prev_hash that is not the hash "
                         "of the label for 2025-10-27T16_01_00Z: a label is missing or was "
                         "altered in between"));
}

void TestRedisStore::chainedLabelIsRelinkedToTheStoredHead() {
    RedisClient client(m_redis->redisUrl());
    SnapshotStore store(client);
    // Before the chain: an older agent's label, without prev_hash.
    const ProcessedWindow old = window("m", T0 + 60'000, 0.95);
    QCOMPARE(store.writeWindows({&old}, 0)[0].outcome, SnapshotStore::Outcome::Written);
    QVERIFY(!get(*m_redis, "label:m").contains("prev_hash"));
    // An agent that believes the model has no label yet (it read label:m before another agent
    // wrote it): the script refuses the link, the store relinks to what is stored.
    const ProcessedWindow next = chained("m", T0 + 120'000, 0.95, "");
    const ProcessedWindow after = chained("m", T0 + 180'000, 0.95, next.label.hash);
    const auto results = store.writeWindows({&next, &after}, 0);
    QCOMPARE(results[0].outcome, SnapshotStore::Outcome::Written);
    QCOMPARE(results[1].outcome, SnapshotStore::Outcome::Written);
    AssuranceLabel relinked = next.label;
    chainLabel(relinked, old.label.hash);
    QCOMPARE(get(*m_redis, "label:m:2025-10-27T16_02_00Z").toStdString(), serializeLabel(relinked));
    QCOMPARE(results[0].labelHash, relinked.hash);
    AssuranceLabel relinkedAfter = after.label;
    chainLabel(relinkedAfter, relinked.hash);
    QCOMPARE(get(*m_redis, "label:m:2025-10-27T16_03_00Z").toStdString(), serializeLabel(relinkedAfter));
    QCOMPARE(results[1].labelHash, relinkedAfter.hash);
    std::vector<AssuranceLabel> labels;
    const auto history = store.labelHistory("m");
    for (const auto &l : history->labels)
        labels.push_back(l.label);
    QCOMPARE(labels.size(), std::size_t(3));
    QVERIFY(!labels[0].prevHash);
    QVERIFY(!verifyLabelChain(labels)); // the old label starts it; both new ones link
}

void TestRedisStore::toleranceSetsAndTheirHistory() {
    RedisClient client(m_redis->redisUrl());
    SnapshotStore store(client);
    RedisClient subscriber(m_redis->redisUrl());
    QVERIFY(subscriber.connect());
    QVERIFY(subscriber.command({"SUBSCRIBE", kUpdatesChannel}));
    const std::string v2 =
        R"({"model_id": "m", "version": 2, "author": "alice", "reason": "r2", "metrics": {"failure_rate": {"warning": 0.01, "critical": 0.03}}})";
    const std::string v10 =
        R"({"model_id": "m", "version": 10, "author": "bob", "reason": "r10", "metrics": {}})";
    std::string error;
    QVERIFY2(store.writeToleranceSet("m", v10, &error), error.c_str());
    QVERIFY2(store.writeToleranceSet("m", v2, &error), error.c_str()); // a rollback is its own save
    QCOMPARE(get(*m_redis, "tolerances:m").toStdString(), v2);
    QCOMPARE(
        m_redis
            ->command({QStringLiteral("HGET"), QStringLiteral("tolerances:m:history"), QStringLiteral("10")})
            .toStdString(),
        v10);
    // Announced like any saved set.
    const auto pushed = subscriber.pollReply(2000);
    QVERIFY(pushed);
    QCOMPARE(pushed->elements.at(2).str,
             std::string(R"({"type": "tolerances", "model_id": "m", "timestamp": ""})"));
    // Saving the same bytes again is idempotent; other bytes under a saved version are refused.
    QVERIFY(store.writeToleranceSet("m", v2, &error));
    const std::string other =
        R"({"model_id": "m", "version": 2, "author": "mallory", "reason": "r", "metrics": {}})";
    QVERIFY(!store.writeToleranceSet("m", other, &error));
    QCOMPARE(error, std::string("Redis refused the tolerance set: version 2 is already in the history with "
                                "another set; nothing was written"));
    QCOMPARE(get(*m_redis, "tolerances:m").toStdString(), v2);
    // Not a valid set for the key: refused before Redis.
    QVERIFY(!store.writeToleranceSet("m", R"({"model_id": "n", "version": 3, "metrics": {}})", &error));
    QVERIFY2(error.find("model_id") != std::string::npos, error.c_str());
    QCOMPARE(m_redis->command({QStringLiteral("HLEN"), QStringLiteral("tolerances:m:history")}),
             QByteArray("2"));
    // Versions in numeric order (10 after 2), bytes as saved; a stray field is named.
    m_redis->command({QStringLiteral("HSET"), QStringLiteral("tolerances:m:history"), QStringLiteral("draft"),
                      QStringLiteral("{}")});
    const auto history = store.toleranceHistory("m");
    QVERIFY(history);
    QCOMPARE(history->versions.size(), std::size_t(2));
    QCOMPARE(history->versions[0].version, 2);
    QCOMPARE(history->versions[0].json, v2);
    QCOMPARE(history->versions[1].version, 10);
    QCOMPARE(history->versions[1].json, v10);
    QCOMPARE(history->problems.size(), std::size_t(1));
    QCOMPARE(history->problems[0].error, std::string("field draft is not a version number"));
    // A deployment without a history: empty.
    QVERIFY(store.toleranceHistory("legacy")->versions.empty());
}

QTEST_GUILESS_MAIN(TestRedisStore)
#include "tst_redis_store.moc"
