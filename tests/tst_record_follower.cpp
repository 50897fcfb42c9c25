// The record follower, headless, against a real redis-server: what it reads on connect (the last
// 24 hours, not the whole history), what an update makes it read (only the episodes it names,
// in the live or the closed hash), legacy models found in the background, label provenance,
// silence when nothing changes, and an interrupt that ends a blocked call.
#include "RedisFixture.h"
#include "record/RecordFollower.h"
#include "redis/SnapshotStore.h"
#include "json/Timestamps.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <thread>

using namespace assurance;

namespace {
constexpr std::int64_t kT0 = 1761580800000; // 2025-10-27T16:00:00Z
constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kDay = 24 * 3600'000LL;

ProcessedWindow window(const std::string &model, std::int64_t endMs, double accuracy) {
    ProcessedWindow p;
    p.snapshot.modelId = model;
    p.snapshot.windowEndMs = endMs;
    p.snapshot[SeedMetric::Accuracy] = MetricValue::real(accuracy);
    p.snapshot[SeedMetric::FeatureDrift] = MetricValue::real(0.02);
    p.label = assessSnapshot(p.snapshot, defaultTolerances(model));
    return p;
}

ViolationEpisode episode(const std::string &model, std::int64_t openedMs,
                         std::optional<std::int64_t> closedMs) {
    ViolationEpisode e;
    e.modelId = model;
    e.metric = SeedMetric::FeatureDrift;
    e.id = model + ":feature_drift:" + timestamps::formatWindowTimestamp(openedMs);
    e.severity = e.currentSeverity = Severity::Warning;
    e.observed = 0.12;
    e.bound = 0.1;
    e.openedMs = e.lastSeenMs = openedMs;
    e.closedMs = closedMs;
    e.count = 1;
    return e;
}

// Steps the follower until `done` holds (or 10 s), gathering every delta it hands out.
RecordDelta stepUntil(RecordFollower &f, const std::function<bool(const RecordDelta &)> &done) {
    RecordDelta all;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10'000) {
        f.step(SystemClock().nowMs());
        if (f.hasNews()) {
            RecordDelta d = f.take();
            all.reset = all.reset || d.reset;
            all.episodesAreNews = d.episodesAreNews;
            if (d.models)
                all.models = d.models;
            all.windows.insert(all.windows.end(), d.windows.begin(), d.windows.end());
            all.labels.insert(all.labels.end(), d.labels.begin(), d.labels.end());
            all.episodes.insert(all.episodes.end(), d.episodes.begin(), d.episodes.end());
            all.tolerances.insert(all.tolerances.end(), d.tolerances.begin(), d.tolerances.end());
        }
        if (done(all))
            return all;
        QTest::qWait(20);
    }
    return all;
}
} // namespace

class TestRecordFollower : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void connectReadsTheLastDayOnly();
    void updatesReadOnlyTheEpisodesTheyName();
    void legacyModelsAreFoundInTheBackground();
    void interruptEndsABlockedCall();
};

void TestRecordFollower::connectReadsTheLastDayOnly() {
    RedisServer redis;
    QVERIFY(redis.start());
    RedisClient client(redis.redisUrl());
    SnapshotStore store(client);
    std::vector<ProcessedWindow> windows;
    for (int i = 0; i < 30 * 60; ++i) // 30 hours of one-minute windows
        windows.push_back(window("m", kT0 + i * kMinute, 0.9 + (i % 10) / 100.0));
    std::vector<const ProcessedWindow *> all;
    for (const auto &w : windows)
        all.push_back(&w);
    for (const auto &r : store.writeWindows(all, 0))
        QCOMPARE(int(r.outcome), int(SnapshotStore::Outcome::Written));
    // An open episode the agents wrote, and a config.
    const ViolationEpisode open = episode("m", kT0 + 100 * kMinute, std::nullopt);
    QVERIFY(client.command({"HSET", "violations:m", open.id, serializeEpisode(open)}));
    QVERIFY(client.command(
        {"SET", "model:config:m", R"({"display_name": "Model M", "task": "classification"})"}));

    RecordFollower::Options options;
    options.redis = redis.redisUrl();
    RecordFollower follower(options);
    const RecordDelta first = stepUntil(follower, [](const RecordDelta &d) { return !d.windows.empty(); });
    QCOMPARE(follower.status(), RecordFollower::Status::Connected);
    QVERIFY(first.reset);
    QVERIFY(!first.episodesAreNews); // what was there is shown, not raised as alerts
    const std::int64_t newest = kT0 + (30 * 60 - 1) * kMinute;
    QCOMPARE(first.windows.size(), std::size_t(24 * 60 + 1)); // [newest − 24 h, newest]
    QCOMPARE(first.windows.front().windowEndMs, newest - kDay);
    QCOMPARE(first.windows.back().windowEndMs, newest);
    QVERIFY(first.models);
    QCOMPARE(first.models->size(), std::size_t(1));
    QCOMPARE(first.models->front().displayName, std::string("Model M"));
    QCOMPARE(first.models->front().task, TaskType::Classification);
    QCOMPARE(first.labels.size(), std::size_t(1));
    QCOMPARE(first.labels.front().provenance, LabelProvenance::Stored);
    QCOMPARE(first.labels.front().label.windowEndMs, newest);
    QCOMPARE(first.episodes.size(), std::size_t(1));
    QCOMPARE(first.episodes.front().episode.id, open.id);
    RecordFollower::LiveSettings live;
    QVERIFY(follower.takeLiveSettings(live));
    QCOMPARE(live.windowMs, kMinute); // read off the history
    QCOMPARE(live.tasks.at("m"), TaskType::Classification);

    // Nothing changes: nothing is handed out (an idle console builds no frames).
    for (int i = 0; i < 20; ++i) {
        follower.step(SystemClock().nowMs());
        QVERIFY(!follower.hasNews());
        QTest::qWait(10);
    }

    // The label is altered in Redis: the follower says so (the hash no longer matches).
    const auto stored = client.command({"GET", "label:m"});
    QVERIFY(stored && stored->type == RedisReply::Type::String);
    std::string altered = stored->str;
    const std::string version = "\"tolerance_version\": 1,";
    QVERIFY(altered.find(version) != std::string::npos);
    altered.replace(altered.find(version), version.size(), "\"tolerance_version\": 9,");
    QVERIFY(client.command({"SET", "label:m", altered}));
    QVERIFY(client.command(
        {"PUBLISH", "assurance:updates", R"({"type": "label", "model_id": "m", "timestamp": ""})"}));
    const RecordDelta changed = stepUntil(follower, [](const RecordDelta &d) { return !d.labels.empty(); });
    QCOMPARE(changed.labels.size(), std::size_t(1));
    QCOMPARE(changed.labels.front().provenance, LabelProvenance::Altered);
    QVERIFY(!changed.reset);

    // A chained label (with prev_hash, as agents write them now) after the old ones: its hash
    // covers prev_hash, and it is shown as stored, not altered.
    ProcessedWindow next = window("m", newest + kMinute, 0.95);
    const auto head = parseLabel(altered, "m", nullptr);
    QVERIFY(head);
    chainLabel(next.label, head->hash);
    QVERIFY(store.writeWindow(next, 0, nullptr));
    const RecordDelta chained = stepUntil(follower, [](const RecordDelta &d) { return !d.labels.empty(); });
    QCOMPARE(chained.labels.size(), std::size_t(1));
    QCOMPARE(chained.labels.front().provenance, LabelProvenance::Stored);
    QCOMPARE(chained.labels.front().label.prevHash, std::optional<std::string>(head->hash));
    QCOMPARE(chained.labels.front().label.windowEndMs, newest + kMinute);
}

// Defect: each violation update made the console re-read the whole violations:{id} hash.
void TestRecordFollower::updatesReadOnlyTheEpisodesTheyName() {
    RedisServer redis;
    QVERIFY(redis.start());
    RedisClient client(redis.redisUrl());
    SnapshotStore store(client);
    QVERIFY(store.writeWindow(window("m", kT0, 0.95), 0, nullptr));
    const ViolationEpisode a = episode("m", kT0 - 10 * kMinute, std::nullopt);
    QVERIFY(client.command({"HSET", "violations:m", a.id, serializeEpisode(a)}));

    RecordFollower::Options options;
    options.redis = redis.redisUrl();
    RecordFollower follower(options);
    QCOMPARE(stepUntil(follower, [](const RecordDelta &d) { return !d.episodes.empty(); }).episodes.size(),
             std::size_t(1));

    // Another episode opens; the message names it. A third one, changed behind the follower's
    // back and not named, must not be read (only what a message names is read).
    const ViolationEpisode b = episode("m", kT0, std::nullopt);
    ViolationEpisode unnamed = a;
    unnamed.count = 7;
    QVERIFY(
        client.command({"HSET", "violations:m", b.id, serializeEpisode(b), a.id, serializeEpisode(unnamed)}));
    QVERIFY(client.command(
        {"PUBLISH", "assurance:updates",
         R"({"type": "violation", "model_id": "m", "timestamp": "", "episode_ids": [")" + b.id + R"("]})"}));
    RecordDelta named = stepUntil(follower, [](const RecordDelta &d) { return !d.episodes.empty(); });
    QCOMPARE(named.episodes.size(), std::size_t(1));
    QCOMPARE(named.episodes.front().episode.id, b.id);
    QCOMPARE(named.episodes.front().change, EpisodeChange::Opened);
    QVERIFY(named.episodesAreNews);

    // The agent closed `a` and its retention moved it to the closed hash: a named id missing from
    // the live hash is read from there.
    ViolationEpisode closed = a;
    closed.closedMs = kT0 + kMinute;
    QVERIFY(client.command({"HDEL", "violations:m", a.id}));
    QVERIFY(client.command({"HSET", "violations:m:closed", a.id, serializeEpisode(closed)}));
    QVERIFY(client.command(
        {"PUBLISH", "assurance:updates",
         R"({"type": "violation", "model_id": "m", "timestamp": "", "episode_ids": [")" + a.id + R"("]})"}));
    RecordDelta moved = stepUntil(follower, [](const RecordDelta &d) { return !d.episodes.empty(); });
    QCOMPARE(moved.episodes.size(), std::size_t(1));
    QCOMPARE(moved.episodes.front().episode.id, a.id);
    QCOMPARE(moved.episodes.front().change, EpisodeChange::Closed);

    // An older writer that names nothing: the live hash is read and only what differs comes out.
    const ViolationEpisode c = episode("m", kT0 + kMinute, std::nullopt);
    QVERIFY(client.command({"HSET", "violations:m", c.id, serializeEpisode(c)}));
    QVERIFY(client.command(
        {"PUBLISH", "assurance:updates", R"({"type": "violation", "model_id": "m", "timestamp": ""})"}));
    RecordDelta unnamedUpdate = stepUntil(follower, [](const RecordDelta &d) { return !d.episodes.empty(); });
    QCOMPARE(unnamedUpdate.episodes.size(), std::size_t(1));
    QCOMPARE(unnamedUpdate.episodes.front().episode.id, c.id);
}

void TestRecordFollower::legacyModelsAreFoundInTheBackground() {
    RedisServer redis;
    QVERIFY(redis.start());
    RedisClient client(redis.redisUrl());
    SnapshotStore store(client);
    QVERIFY(store.writeWindow(window("agent-model", kT0, 0.95), 0, nullptr)); // in models:active
    // A legacy deployment's model: only metrics:{id} (no index, no label, not in models:active).
    QVERIFY(client.command({"SET", "metrics:legacy",
                            R"({"timestamp": "2025-10-27T16_00_00Z", "metrics": {"accuracy": 0.92}})"}));
    for (int i = 1; i <= 3000; ++i) { // keys enough for several SCAN pages (older windows)
        const std::string ts = timestamps::formatWindowTimestamp(kT0 - i * kMinute);
        QVERIFY(client.command({"SET", "metrics:legacy:" + ts,
                                R"({"timestamp": ")" + ts + R"(", "metrics": {"accuracy": 0.9}})"}));
    }
    RecordFollower::Options options;
    options.redis = redis.redisUrl();
    RecordFollower follower(options);
    follower.step(SystemClock().nowMs()); // connects and loads models:active only
    QCOMPARE(follower.status(), RecordFollower::Status::Connected);
    RecordDelta first = follower.take();
    QVERIFY(first.models);
    QCOMPARE(first.models->size(), std::size_t(1));
    // Later steps walk the keyspace one SCAN page at a time and load what they find.
    const RecordDelta found =
        stepUntil(follower, [](const RecordDelta &d) { return d.models && d.models->size() == 2; });
    QVERIFY(found.models);
    QCOMPARE(found.models->size(), std::size_t(2));
    QCOMPARE(found.models->at(1).id, std::string("legacy"));
    // Its label is computed here from its newest window: not in the record, and it says so.
    bool computed = false;
    for (const RecordLabel &l : found.labels)
        computed = computed || (l.label.modelId == "legacy" && l.provenance == LabelProvenance::Computed);
    QVERIFY(computed);
}

// Defect: a worker blocked in a Redis call made the console wait up to the timeout at exit.
void TestRecordFollower::interruptEndsABlockedCall() {
    QTcpServer silent; // accepts and never answers: SUBSCRIBE waits for a reply
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    RecordFollower::Options options;
    options.redis.port = silent.serverPort();
    options.timeout = std::chrono::milliseconds(10'000);
    RecordFollower follower(options);
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        follower.interrupt();
    });
    QElapsedTimer t;
    t.start();
    follower.step(SystemClock().nowMs()); // blocks in the connection's first reply until interrupted
    stopper.join();
    QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
    QVERIFY(t.elapsed() >= 250);
    QCOMPARE(follower.status(), RecordFollower::Status::Connecting);
    // Interrupted for good: later steps do not connect again.
    t.restart();
    follower.step(SystemClock().nowMs() + 60'000);
    QVERIFY(t.elapsed() < 100);
}

QTEST_MAIN(TestRecordFollower)
#include "tst_record_follower.moc"
