// The agent and the record it keeps in Redis, end to end (mock Kafka cluster fed by kcat, a real
// redis-server, the agent as its own process): tolerance sets picked up while it runs, the task
// from a model's config, violation episodes that go on across a restart, and a start at a point
// in time on brokers that cannot look offsets up by time.
#include "AgentFixture.h"
#include "assurance/LabelChain.h"
#include "commands/EpisodeCommand.h"
#include "commands/RedisEpisodeWriter.h"
#include "commands/RedisToleranceWriter.h"
#include "commands/ToleranceCommand.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

#include <signal.h>

using namespace assurance;
using namespace agentfixture;
using netfixture::httpGet;
using netfixture::sample;
using netfixture::waitForWindowsHeldBack;

namespace {

const char *const kModels[] = {"credit-scorer", "churn-model", "load-forecast"};

// failure_rate above 0.2 % is critical: the test traffic has 2 % errors in every window.
const char *kStrictFailureRate =
    R"({"version": 4, "author": "tester@ci", "reason": "stricter failure rate", "metrics": {"failure_rate": )"
    R"({"direction": "lower_is_better", "mode": "absolute", "warning": 0.001, "critical": 0.002}}})";

QByteArray update(const char *type, const char *model) {
    return QByteArray("{\"type\": \"") + type + "\", \"model_id\": \"" + model + "\", \"timestamp\": \"\"}";
}

// Windows of `model` with a failure rate (the last window can hold only late label events: all of
// its metrics are null, and a null changes no episode).
int windowsWithFailureRate(const std::map<std::string, std::string> &expected, const std::string &model) {
    int n = 0;
    for (const auto &[key, value] : expected)
        n += key.rfind("metrics:" + model + ":", 0) == 0 &&
             value.find("\"failure_rate\": null") == std::string::npos;
    return n;
}

// Every label the agent must write for `lines` under the shipped tolerances: label:{id}:{timestamp}
// → bytes, each chained to the model's previous window ("" before the first).
std::map<std::string, std::string>
expectedLabels(const std::vector<std::pair<std::string, std::string>> &lines) {
    EngineConfig config;
    config.windowMs = kWindowMs;
    config.allowedLatenessMs = 2'000;
    ManualClock clock(T0);
    TelemetryProcessor p(config, clock);
    p.setChainLabels(true);
    for (const auto &[key, value] : lines)
        p.submit(value);
    p.finish();
    std::map<std::string, std::string> out;
    for (const auto &w : p.takeProcessed())
        out[SnapshotStore::labelHistoryKey(w.snapshot.modelId, w.snapshot.timestamp())] =
            serializeLabel(w.label);
    return out;
}

} // namespace

class TestAgentRecord : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_rig.start()); }
    void cleanup() { m_rig.stopAll(); }
    void tolerancesChangeWhileRunning();
    void setAndReferenceThroughTheCommands();
    void labelHistoryIsChainedByteForByte();
    void configDecidesTheTask();
    void retiredModelKeepsItsWindows();
    void episodesGoOnAcrossARestart();
    void operatorResolveWhileBreached();
    void startAtAPointInTime();
    void pausedPartitionsResumeAfterARebalance();
    void openWindowsOutlastALongPause();
    void modelCapIsOnePerAgentAndCounted();
    void cooperativeRebalancingIsRefused();

private:
    QByteArray redis(const QStringList &args) { return m_rig.redis->command(args); }
    AgentRig m_rig;
};

void TestAgentRecord::tolerancesChangeWhileRunning() {
    const auto lines = makeTraffic(60, T0);
    const auto expected = expectedWindows(lines);
    const quint16 http = m_rig.startAgent(QStringLiteral("tolerances"), kPartsIdle).http;
    QVERIFY(m_rig.produce(lines, 0, lines.size() / 2));
    QVERIFY(m_rig.waitForModels(3));
    QVERIFY(m_rig.get("label:credit-scorer").contains("\"tolerance_version\": 1,")); // shipped defaults
    // A stricter set for one model and a broken one for another, each announced as the console does.
    redis({QStringLiteral("SET"), QStringLiteral("tolerances:credit-scorer"),
           QString::fromUtf8(kStrictFailureRate)});
    redis({QStringLiteral("PUBLISH"), QStringLiteral("assurance:updates"),
           QString::fromUtf8(update("tolerances", "credit-scorer"))});
    redis({QStringLiteral("SET"), QStringLiteral("tolerances:churn-model"),
           QStringLiteral("{\"version\": \"five\"}")});
    redis({QStringLiteral("PUBLISH"), QStringLiteral("assurance:updates"),
           QString::fromUtf8(update("tolerances", "churn-model"))});
    // The two announcements are read by the shards independently: wait for the effect of both.
    const auto bothSeen = [&] {
        const QByteArray m = httpGet(http, "/metrics");
        return sample(m, "assurance_tolerance_changes_total") >= 1 &&
               sample(m, "assurance_redis_bad_values_total") >= 1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(bothSeen(), 10000);
    const QByteArray metrics = httpGet(http, "/metrics");
    QCOMPARE(sample(metrics, "assurance_tolerance_changes_total"), qulonglong(1));
    QVERIFY2(sample(metrics, "assurance_redis_bad_values_total") >= 1, metrics.constData());
    // A change nobody announced (or announced while the agent was not listening) is read when the
    // agent subscribes again: every model's record in one pipeline.
    redis({QStringLiteral("SET"), QStringLiteral("tolerances:load-forecast"),
           QString::fromUtf8(kStrictFailureRate)});
    redis(
        {QStringLiteral("CLIENT"), QStringLiteral("KILL"), QStringLiteral("TYPE"), QStringLiteral("pubsub")});
    QTRY_VERIFY_WITH_TIMEOUT(sample(httpGet(http, "/metrics"), "assurance_tolerance_changes_total") >= 2,
                             10000);
    QCOMPARE(sample(httpGet(http, "/metrics"), "assurance_tolerance_changes_total"), qulonglong(2));
    // The rest of the stream: windows closing from now on are assessed with version 4.
    QVERIFY(m_rig.produce(lines, lines.size() / 2, lines.size()));
    QVERIFY2(m_rig.waitForWindows(expected, 60000), "not every window reached Redis");
    for (const auto &[key, value] : expected) // tolerances never change the snapshots themselves
        QCOMPARE(m_rig.get(key).toStdString(), value);
    const QByteArray strict = m_rig.get("label:credit-scorer");
    QVERIFY2(strict.contains("\"tolerance_version\": 4,"), strict.constData());
    // Under version 4 the 2 % failure rate breaches the critical bound: one episode, critical.
    const QByteArray episodes = redis({QStringLiteral("HVALS"), QStringLiteral("violations:credit-scorer")});
    QVERIFY2(
        episodes.contains("\"metric\": \"failure_rate\", \"severity\": \"critical\", \"observed\": 0.02, "
                          "\"bound\": 0.002"),
        episodes.constData());
    QVERIFY(
        !redis({QStringLiteral("HVALS"), QStringLiteral("violations:churn-model")}).contains("failure_rate"));
    // The broken set was refused; the defaults stayed in force for that model.
    QVERIFY(m_rig.get("label:churn-model").contains("\"tolerance_version\": 1,"));
    const QByteArray unannounced = m_rig.get("label:load-forecast");
    QVERIFY2(unannounced.contains("\"tolerance_version\": 4,"), unannounced.constData());
    // Sets written with a plain SET join their history when the agent applies them, byte for
    // byte; the shipped defaults and a refused set do not.
    for (const char *model : {"credit-scorer", "load-forecast"})
        QCOMPARE(redis({QStringLiteral("HGETALL"),
                        QStringLiteral("tolerances:%1:history").arg(QLatin1String(model))}),
                 QByteArray("4\n") + kStrictFailureRate);
    QCOMPARE(redis({QStringLiteral("EXISTS"), QStringLiteral("tolerances:churn-model:history")}),
             QByteArray("0"));
    // A version already in the history keeps its first bytes (HSETNX), even when a later SET
    // reuses the number with other content; the set itself is still applied.
    RedisClient client(m_rig.redis->redisUrl());
    SnapshotStore store(client);
    const auto history = store.toleranceHistory("credit-scorer");
    QVERIFY(history);
    QCOMPARE(history->versions.size(), std::size_t(1));
    QCOMPARE(history->versions[0].version, 4);
    QCOMPARE(history->versions[0].json, std::string(kStrictFailureRate));
}

// Issue #13: a set saved through ToleranceCommand and a reference stored through ReferenceCommand
// while the agent runs. Every label of a window the agent closes after applying the set carries
// its version; the windows it opens after applying the reference compute drift against it; a model
// pinned with --reference keeps its file.
void TestAgentRecord::setAndReferenceThroughTheCommands() {
    const auto lines = makeTraffic(60, T0);
    QTemporaryDir dir;
    const QString pinnedFile = dir.filePath(QStringLiteral("load-forecast.jsonl"));
    {
        QFile f(pinnedFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (const auto &[key, value] : lines)
            if (key == "load-forecast" && value.find("\"features\"") != std::string::npos)
                f.write(QByteArray::fromStdString(value) + "\n");
    }
    const quint16 http =
        m_rig
            .startAgent(QStringLiteral("commands"),
                        kPartsIdle + QStringList{QStringLiteral("--reference"),
                                                 QStringLiteral("load-forecast=") + pinnedFile})
            .http;
    QVERIFY(m_rig.produce(lines, 0, lines.size() / 2));
    QVERIFY(m_rig.waitForModels(3));
    QVERIFY(m_rig.get("metrics:churn-model").contains("\"feature_drift\": null")); // no reference yet

    RedisToleranceWriter writer(m_rig.redis->redisUrl());
    ToleranceSave save;
    save.modelId = "credit-scorer";
    save.metrics = defaultTolerances("credit-scorer").metrics;
    for (auto &t : save.metrics)
        if (t.metric == SeedMetric::FailureRate) {
            t.warning = 0.001;
            t.critical = 0.002;
        }
    save.reason = "stricter failure rate";
    save.expectedVersion = 0;
    const auto saved = ToleranceCommand::run(&writer, save, {});
    QCOMPARE(int(saved.outcome), int(ToleranceWriteResult::Outcome::Applied));
    QCOMPARE(saved.after->version, 2);
    // A reference far from the traffic (x around 1000) for churn-model, and one for the pinned model.
    std::string far;
    for (int i = 0; i < 200; ++i)
        far += R"({"model_id":"churn-model","txid_hash":"r)" + std::to_string(i) +
               R"(","ts":"2025-10-27T15:00:00Z","prediction":0.5,"status":"ok","features":{"x":)" +
               std::to_string(1000 + i) +
               R"(,"c":"z"}})"
               "\n";
    const auto churnRef = buildReferenceFromJsonl(far, "churn-model");
    QVERIFY(churnRef.profile);
    QCOMPARE(int(ReferenceCommand::run(&writer, *churnRef.profile, "far.jsonl", "t@ci", {}).outcome),
             int(ReferenceWriteResult::Outcome::Applied));
    auto pinnedRef = *churnRef.profile;
    pinnedRef.modelId = "load-forecast";
    QCOMPARE(int(ReferenceCommand::run(&writer, pinnedRef, "far.jsonl", "t@ci", {}).outcome),
             int(ReferenceWriteResult::Outcome::Applied));
    const auto applied = [&] {
        const QByteArray m = httpGet(http, "/metrics");
        return sample(m, "assurance_tolerance_changes_total") >= 1 &&
               sample(m, "assurance_reference_changes_total") >= 1 &&
               sample(m, "assurance_reference_updates_ignored_total") >= 1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(applied(), 10000);
    QCOMPARE(sample(httpGet(http, "/metrics"), "assurance_reference_updates_ignored_total"), qulonglong(1));
    // The pin is in Redis for consoles to mark the model; models without one have none.
    const ToleranceRecord pin = writer.read("load-forecast");
    QVERIFY2(pin.referencePin.find("\"file\": \"" + pinnedFile.toStdString() + "\"") != std::string::npos,
             pin.referencePin.c_str());
    QVERIFY(writer.read("churn-model").referencePin.empty());
    // What the agent had written when it had applied both: later windows closed after that.
    const auto newestEnd = [&](const char *model) {
        const QByteArray r =
            redis({QStringLiteral("ZREVRANGE"), QStringLiteral("label:%1:index").arg(QLatin1String(model)),
                   QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("WITHSCORES")});
        return r.split('\n').value(1).toLongLong();
    };
    const qint64 creditBefore = newestEnd("credit-scorer");
    const qint64 churnBefore = newestEnd("churn-model");
    QVERIFY(creditBefore > 0 && churnBefore > 0);
    QVERIFY(m_rig.produce(lines, lines.size() / 2, lines.size()));
    QVERIFY(m_rig.waitForWindows(expectedWindows(lines), 60000));

    RedisClient client(m_rig.redis->redisUrl());
    SnapshotStore store(client);
    const auto labels = store.labelHistory("credit-scorer");
    QVERIFY(labels);
    int after = 0;
    for (const StoredLabel &l : labels->labels) {
        if (l.label.windowEndMs <= creditBefore)
            continue;
        ++after;
        QVERIFY2(l.json.find("\"tolerance_version\": 2,") != std::string::npos, l.json.c_str());
        QCOMPARE(l.label.toleranceVersion, 2);
    }
    QVERIFY(after >= 2);
    QVERIFY(verifyLabelChain([&] {
                std::vector<AssuranceLabel> v;
                for (const auto &l : labels->labels)
                    v.push_back(l.label);
                return v;
            }()) == std::nullopt);
    // The set the agent applied is the command's, byte for byte, and it is in the history.
    QCOMPARE(m_rig.get("tolerances:credit-scorer").toStdString(), saved.json);
    QCOMPARE(redis({QStringLiteral("HGET"), QStringLiteral("tolerances:credit-scorer:history"),
                    QStringLiteral("2")})
                 .toStdString(),
             saved.json);
    // Drift: null before the reference; windows that started after it was applied score PSI
    // against it. A window keeps the reference it started with, and with 2 s of lateness up to two
    // windows beyond the last one written may already be open: skip those.
    const auto churn = store.history("churn-model");
    QVERIFY(churn);
    int scored = 0;
    for (const StoredSnapshot &s : churn->snapshots) {
        const auto psi = s.snapshot[SeedMetric::FeatureDrift].number();
        if (s.snapshot.windowEndMs <= churnBefore)
            QVERIFY2(!psi, s.json.c_str());
        else if (s.snapshot.windowEndMs > churnBefore + 2 * kWindowMs &&
                 s.json.find("\"failure_rate\": null") == std::string::npos) {
            QVERIFY2(psi && *psi > 1.0, s.json.c_str()); // x around 5 against a reference around 1000
            ++scored;
        }
    }
    QVERIFY(scored >= 1);
    // The pinned model kept its file: its drift stays small (the file is its own traffic).
    const auto pinned = store.history("load-forecast");
    QVERIFY(pinned);
    for (const StoredSnapshot &s : pinned->snapshots)
        if (const auto psi = s.snapshot[SeedMetric::FeatureDrift].number())
            QVERIFY2(*psi < 1.0, s.json.c_str());
}

void TestAgentRecord::labelHistoryIsChainedByteForByte() {
    // Every window's label is in label:{id}:{timestamp}, exactly as computed in-process from the
    // same messages, each linked to the window before ("" for the first).
    RedisClient client(m_rig.redis->redisUrl());
    SnapshotStore store(client);
    const auto lines = makeTraffic(60, T0);
    const auto expected = expectedWindows(lines);
    const auto labels = expectedLabels(lines);
    QCOMPARE(labels.size(), expected.size());
    m_rig.startAgent(QStringLiteral("label-history"), kQuickIdle);
    QVERIFY(m_rig.produce(lines, 0, lines.size()));
    QVERIFY2(m_rig.waitForWindows(expected, 60000), "not every window reached Redis");
    for (const auto &[key, value] : labels)
        QCOMPARE(m_rig.get(key).toStdString(), value);
    for (const char *model : kModels) {
        const auto history = store.labelHistory(model);
        QVERIFY(history);
        QVERIFY(history->problems.empty());
        std::vector<AssuranceLabel> chain;
        for (const auto &l : history->labels)
            chain.push_back(l.label);
        std::size_t windows = 0; // one label per window of the model
        for (const auto &[key, value] : expected)
            windows += key.rfind("metrics:" + std::string(model) + ":", 0) == 0;
        QCOMPARE(chain.size(), windows);
        QCOMPARE(chain.front().prevHash, std::optional<std::string>(std::string()));
        QVERIFY(!verifyLabelChain(chain, std::string()));
        // The latest label is the chain's last link.
        QCOMPARE(m_rig.get("label:" + std::string(model)).toStdString(), history->labels.back().json);
        const QByteArray index =
            redis({QStringLiteral("ZCARD"), QStringLiteral("label:%1:index").arg(QLatin1String(model))});
        QCOMPARE(index.toULongLong(), qulonglong(chain.size()));
    }
}

void TestAgentRecord::configDecidesTheTask() {
    // load-forecast's predictions are not in [0, 1]: by the rule on the data it is a regressor. Its
    // config says classification, and the config wins (SPEC.md "Windows").
    redis({QStringLiteral("SET"), QStringLiteral("model:config:load-forecast"),
           QStringLiteral("{\"display_name\": \"Load forecast\", \"task\": \"classification\"}")});
    redis({QStringLiteral("SET"), QStringLiteral("model:config:churn-model"),
           QStringLiteral("{\"task\": \"ranking\"}")});
    const auto lines = makeTraffic(60, T0);
    const auto expected = expectedWindows(
        lines, [](TelemetryProcessor &p) { p.engine().setTask("load-forecast", TaskType::Classification); });
    QVERIFY(expected != expectedWindows(lines)); // the task changes what is written
    const quint16 http = m_rig.startAgent(QStringLiteral("config"), kQuickIdle).http;
    QVERIFY(m_rig.produce(lines, 0, lines.size()));
    QVERIFY2(m_rig.waitForWindows(expected, 60000), "not every window reached Redis");
    for (const auto &[key, value] : expected)
        QCOMPARE(m_rig.get(key).toStdString(), value);
    QVERIFY(m_rig.get("metrics:load-forecast").contains("\"rmse\": null"));
    // A config with an unknown task is reported and ignored: churn-model keeps the rule's task.
    QVERIFY(sample(httpGet(http, "/metrics"), "assurance_redis_bad_values_total") >= 1);
}

void TestAgentRecord::episodesGoOnAcrossARestart() {
    // Every window breaches the failure-rate tolerance. The first agent opens one episode per model
    // and stops cleanly mid-stream; the second continues those episodes from Redis instead of
    // opening new ones (and does not close them on the recomputed, already written windows).
    for (const char *model : kModels)
        redis({QStringLiteral("SET"), QStringLiteral("tolerances:%1").arg(QLatin1String(model)),
               QString::fromUtf8(kStrictFailureRate)});
    // An episode an older agent closed two hours before the traffic (it never had a closing zset):
    // with --episode-retention 1h (the default 7d would keep it) the agent indexes it when it
    // seeds the model, and the first window's script moves it to violations:{id}:closed.
    ViolationEpisode legacy;
    legacy.id = "credit-scorer:accuracy:2025-10-27T13_00_00Z";
    legacy.modelId = "credit-scorer";
    legacy.observed = 0.7;
    legacy.bound = 0.9;
    legacy.openedMs = T0 - 3 * 3600'000;
    legacy.lastSeenMs = T0 - 2 * 3600'000 - 60'000;
    legacy.closedMs = T0 - 2 * 3600'000;
    legacy.count = 60;
    legacy.status = EpisodeStatus::Resolved;
    const QString legacyId = QString::fromStdString(legacy.id);
    redis({QStringLiteral("HSET"), QStringLiteral("violations:credit-scorer"), legacyId,
           QString::fromStdString(serializeEpisode(legacy))});
    const QStringList retention = {QStringLiteral("--episode-retention"), QStringLiteral("1h")};
    const auto lines = makeTraffic(60, T0);
    const auto expected = expectedWindows(lines);
    // Default idle timeout: its open windows must still be open when it stops.
    QProcess *first = m_rig.startAgent(QStringLiteral("episodes"), retention).process;
    QVERIFY(m_rig.produce(lines, 0, lines.size() / 2));
    QVERIFY(m_rig.waitForModels(3));
    QVERIFY(m_rig.waitForCommitsToSettle(QStringLiteral("episodes"))); // what it wrote is committed
    first->terminate();
    QVERIFY(first->waitForFinished(30000));
    QCOMPARE(first->exitCode(), 0);
    m_rig.startAgent(QStringLiteral("episodes"), kQuickIdle + retention);
    QVERIFY(m_rig.produce(lines, lines.size() / 2, lines.size()));
    QVERIFY2(m_rig.waitForWindows(expected, 90000), "not every window reached Redis after the restart");
    // Each window's episodes are written in the window's own script, so they are in Redis now; and
    // the agent's commits have settled: it has nothing more to write.
    QVERIFY(m_rig.waitForCommitsToSettle(QStringLiteral("episodes")));
    for (const char *model : kModels) {
        const QByteArray all =
            redis({QStringLiteral("HGETALL"), QStringLiteral("violations:%1").arg(QLatin1String(model))});
        const QList<QByteArray> fields = all.split('\n');
        int failureEpisodes = 0;
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            if (!fields[i].contains(":failure_rate:"))
                continue;
            ++failureEpisodes;
            const QByteArray &episode = fields[i + 1];
            const QByteArray count =
                "\"count\": " + QByteArray::number(windowsWithFailureRate(expected, model)) + ",";
            QVERIFY2(episode.contains(count), QByteArray(QByteArray(model) + ": " + episode).constData());
            QVERIFY2(episode.contains("\"closed\": null"), episode.constData());
            QVERIFY2(episode.contains("\"severity\": \"critical\""), episode.constData());
        }
        QVERIFY2(failureEpisodes == 1, QByteArray(QByteArray(model) + ": " + all).constData());
    }
    QCOMPARE(redis({QStringLiteral("HEXISTS"), QStringLiteral("violations:credit-scorer"), legacyId}),
             QByteArray("0"));
    QCOMPARE(redis({QStringLiteral("HGET"), QStringLiteral("violations:credit-scorer:closed"), legacyId})
                 .toStdString(),
             serializeEpisode(legacy));
    QCOMPARE(
        redis({QStringLiteral("ZSCORE"), QStringLiteral("violations:credit-scorer:closed:index"), legacyId}),
        QByteArray::number(*legacy.closedMs));
    QCOMPARE(redis({QStringLiteral("ZSCORE"), QStringLiteral("violations:credit-scorer:closing"), legacyId}),
             QByteArray());
    // The label chain goes on across the restart: the second agent linked its first label to the
    // one the first agent stored last, and the windows it recomputed (already written) changed
    // nothing. One label per window, unbroken.
    RedisClient client(m_rig.redis->redisUrl());
    SnapshotStore store(client);
    for (const char *model : kModels) {
        const auto history = store.labelHistory(model);
        QVERIFY(history && history->problems.empty());
        std::vector<AssuranceLabel> chain;
        for (const auto &l : history->labels)
            chain.push_back(l.label);
        std::size_t windows = 0;
        for (const auto &[key, value] : expected)
            windows += key.rfind("metrics:" + std::string(model) + ":", 0) == 0;
        QCOMPARE(chain.size(), windows);
        const auto broken = verifyLabelChain(chain, std::string());
        QVERIFY2(!broken, broken ? broken->reason.c_str() : "");
    }
}

void TestAgentRecord::operatorResolveWhileBreached() {
    // Every window breaches the failure rate. An operator resolves the open episode while the agent
    // runs: the agent keeps the operator's part, learns of the resolve when it writes the episode
    // next, closes it with its following window, and opens a new episode for the ongoing breach.
    redis({QStringLiteral("SET"), QStringLiteral("tolerances:credit-scorer"),
           QString::fromUtf8(kStrictFailureRate)});
    const auto lines = makeTraffic(120, T0);
    const auto expected = expectedWindows(lines);
    m_rig.startAgent(QStringLiteral("resolve"), kQuickIdle);
    QVERIFY(m_rig.produce(lines, 0, lines.size() / 3));
    // The failure-rate episode's id (an accuracy episode may be there too).
    auto failureIds = [this] {
        QList<QByteArray> out;
        const QByteArray keys = redis({QStringLiteral("HKEYS"), QStringLiteral("violations:credit-scorer")});
        for (const QByteArray &k : keys.split('\n'))
            if (k.contains(":failure_rate:"))
                out << k;
        return out;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!failureIds().isEmpty(), 60000);
    const QByteArray id = failureIds().front();
    RedisEpisodeWriter writer(m_rig.redis->redisUrl());
    EpisodeAction resolve{OperatorAction::Kind::Resolve, id.toStdString(), "rolled back", "ops@ci", {}, 0};
    const auto done = EpisodeCommand::run(&writer, resolve, {});
    QCOMPARE(int(done.outcome), int(EpisodeWriteResult::Outcome::Applied));
    const std::string part = operatorPart(done.json);
    QVERIFY(m_rig.produce(lines, lines.size() / 3, lines.size()));
    QVERIFY2(m_rig.waitForWindows(expected, 90000), "not every window reached Redis");
    QVERIFY(m_rig.waitForCommitsToSettle(QStringLiteral("resolve")));
    const std::string resolved =
        redis({QStringLiteral("HGET"), QStringLiteral("violations:credit-scorer"), QString::fromLatin1(id)})
            .toStdString();
    QCOMPARE(operatorPart(resolved), part); // every agent write kept it, byte for byte
    QVERIFY2(resolved.find("\"closed\": null") == std::string::npos, resolved.c_str());
    const QList<QByteArray> ids = failureIds();
    QCOMPARE(ids.size(), 2);
    const QByteArray next = ids[0] == id ? ids[1] : ids[0];
    const QByteArray opened = redis(
        {QStringLiteral("HGET"), QStringLiteral("violations:credit-scorer"), QString::fromLatin1(next)});
    QVERIFY2(next.contains(":failure_rate:") && opened.contains("\"closed\": null") &&
                 opened.endsWith(R"("status": "open", "actor": "", "note": ""})"),
             opened.constData());
    std::string error;
    const auto closedEpisode = parseEpisode(resolved, "credit-scorer", "resolved", &error);
    const auto openEpisode = parseEpisode(opened.toStdString(), "credit-scorer", "opened", &error);
    QVERIFY(closedEpisode && openEpisode);
    QCOMPARE(openEpisode->openedMs, *closedEpisode->closedMs); // opened by the window that closed it
}

void TestAgentRecord::startAtAPointInTime() {
    // Replaying from a point in time: the mock brokers answer -1 to offsets-for-times, so the agent
    // starts at the earliest offset and skips what was produced before the point.
    const auto before = makeTraffic(20, T0);
    const auto after = makeTraffic(40, T0 + 120'000);
    // kcat stamps each message when it produces it, before it exits: a few milliseconds on either
    // side of the point keep the two parts apart.
    QVERIFY(m_rig.produce(before, 0, before.size()));
    QTest::qWait(50);
    const QString point = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QTest::qWait(50);
    QVERIFY(m_rig.produce(after, 0, after.size()));
    const auto expected = expectedWindows(after);
    const quint16 http =
        m_rig.startAgent(QStringLiteral("replay"), kQuickIdle + QStringList{QStringLiteral("--start"), point})
            .http;
    QVERIFY2(m_rig.waitForWindows(expected, 60000), "not every window of the replay reached Redis");
    for (const auto &[key, value] : expected)
        QCOMPARE(m_rig.get(key).toStdString(), value);
    // The skip count is published once a second.
    QTRY_COMPARE_WITH_TIMEOUT(
        sample(httpGet(http, "/metrics"), "assurance_messages_skipped_before_start_total"),
        qulonglong(before.size()), 5000);
    const QByteArray metrics = httpGet(http, "/metrics");
    QCOMPARE(sample(metrics, "assurance_events_consumed_total"), qulonglong(after.size()));
    QCOMPARE(sample(metrics, "assurance_messages_skipped_before_start_total"), qulonglong(before.size()));
    QCOMPARE(redis({QStringLiteral("EXISTS"), QStringLiteral("metrics:credit-scorer:2025-10-27T16_00_10Z")}),
             QByteArray("0")); // a window of the skipped traffic
}

void TestAgentRecord::pausedPartitionsResumeAfterARebalance() {
    // Redis goes down and the first agent's queue fills (a bound of one window): it pauses its
    // partitions. A second agent joins; on the rebalance the first resumes what it paused, or the
    // partitions it gets back would never deliver again (librdkafka keeps an application's pause
    // across an unassignment). Once Redis is back, every window is written by one of them.
    m_rig.redis = std::make_unique<RedisServer>();
    QVERIFY(m_rig.redis->start({QStringLiteral("--appendonly"), QStringLiteral("yes")}));
    const auto lines = makeTraffic(90, T0);
    const auto expected = expectedWindows(lines);
    const QStringList small =
        kPartsIdle + QStringList{QStringLiteral("--max-queued-windows"), QStringLiteral("1")};
    const quint16 http = m_rig.startAgent(QStringLiteral("paused"), small).http;
    const std::size_t third = lines.size() / 3;
    QVERIFY(m_rig.produce(lines, 0, third));
    QVERIFY(m_rig.waitForModels(3));
    m_rig.redis->kill();
    QVERIFY(m_rig.produce(lines, third, 2 * third));
    QVERIFY(waitForWindowsHeldBack(http, 30000));
    const quint16 second = m_rig.startAgent(QStringLiteral("paused"), small).http; // the rebalance
    const auto assigned = [](quint16 port) {
        return sample(httpGet(port, "/metrics"), "assurance_assigned_partitions");
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        assigned(http) > 0 && assigned(second) > 0 && assigned(http) + assigned(second) == 4, 30000);
    QVERIFY(m_rig.redis->start({QStringLiteral("--appendonly"), QStringLiteral("yes")}));
    QVERIFY(m_rig.produce(lines, 2 * third, lines.size()));
    QVERIFY2(m_rig.waitForWindows(expected, 90000),
             "some windows were never written: a partition stayed paused");
    for (const auto &[key, value] : expected)
        QCOMPARE(m_rig.get(key).toStdString(), value);
}

void TestAgentRecord::openWindowsOutlastALongPause() {
    // Redis goes down, the queue fills (a bound of one window) and the partitions pause for longer
    // than the idle timeout (4 s here). Nothing arrived because of the pause, not because the models
    // went quiet: after resuming, their open windows take the held-back messages in full.
    m_rig.redis = std::make_unique<RedisServer>();
    QVERIFY(m_rig.redis->start({QStringLiteral("--appendonly"), QStringLiteral("yes")}));
    const auto lines = makeTraffic(90, T0);
    const auto expected = expectedWindows(lines);
    // 4 s: still well above the gap between the first two parts, before the queue fills.
    const quint16 http = m_rig
                             .startAgent(QStringLiteral("long-pause"),
                                         {QStringLiteral("--max-queued-windows"), QStringLiteral("1"),
                                          QStringLiteral("--idle-timeout"), QStringLiteral("4s")})
                             .http;
    const std::size_t third = lines.size() / 3;
    QVERIFY(m_rig.produce(lines, 0, third));
    QVERIFY(m_rig.waitForModels(3));
    m_rig.redis->kill();
    QVERIFY(m_rig.produce(lines, third, 2 * third));
    QVERIFY(waitForWindowsHeldBack(http, 30000));
    // Paused: consumption stops (within a housekeeping pass); the rest of the stream waits in Kafka.
    const auto consumed = [http] {
        return sample(httpGet(http, "/metrics"), "assurance_events_consumed_total");
    };
    qulonglong consumedWhenPaused = consumed();
    for (int i = 0; i < 20; ++i) {
        QTest::qWait(500);
        const qulonglong now = consumed();
        if (now == consumedWhenPaused)
            break;
        consumedWhenPaused = now;
    }
    QVERIFY(m_rig.produce(lines, 2 * third, lines.size()));
    // Nothing may happen here, so only time can show it: longer than the idle timeout.
    QTest::qWait(5000);
    QCOMPARE(consumed(), consumedWhenPaused);
    QVERIFY(m_rig.redis->start({QStringLiteral("--appendonly"), QStringLiteral("yes")}));
    QVERIFY2(m_rig.waitForWindows(expected, 90000), "some windows were never written");
    for (const auto &[key, value] : expected)
        QCOMPARE(m_rig.get(key).toStdString(), value);
}

void TestAgentRecord::retiredModelKeepsItsWindows() {
    // churn-model is retired (docs/assurance.md "Model configuration"): the agent stores every one
    // of its windows as before, but no longer adds it to models:active.
    redis({QStringLiteral("SET"), QStringLiteral("model:config:churn-model"),
           QStringLiteral("{\"display_name\": \"Churn\", \"retired\": true}")});
    const auto lines = makeTraffic(30, T0);
    const auto expected = expectedWindows(lines);
    QVERIFY(std::any_of(expected.begin(), expected.end(),
                        [](const auto &kv) { return kv.first.starts_with("metrics:churn-model:"); }));
    m_rig.startAgent(QStringLiteral("retired"), kQuickIdle);
    QVERIFY(m_rig.produce(lines, 0, lines.size()));
    QVERIFY2(m_rig.waitForWindows(expected, 60000), "not every window reached Redis");
    for (const auto &[key, value] : expected)
        QCOMPARE(m_rig.get(key).toStdString(), value);
    const QByteArray active = redis({QStringLiteral("SMEMBERS"), QStringLiteral("models:active")});
    QVERIFY2(active.contains("credit-scorer") && active.contains("load-forecast"), active.constData());
    QVERIFY2(!active.contains("churn-model"), active.constData());
    QVERIFY(!m_rig.get("label:churn-model").isEmpty());
}

void TestAgentRecord::modelCapIsOnePerAgentAndCounted() {
    // --max-models 2 over two shards: two of the three models are kept wherever they live (one cap
    // for the agent, not a share per shard), and every event of the third is counted as dropped.
    const auto lines = makeTraffic(30, T0);
    const quint16 http =
        m_rig
            .startAgent(QStringLiteral("cap"), {QStringLiteral("--max-models"), QStringLiteral("2"),
                                                QStringLiteral("--threads"), QStringLiteral("2")})
            .http;
    QVERIFY(m_rig.produce(lines, 0, lines.size()));
    QTRY_COMPARE_WITH_TIMEOUT(sample(httpGet(http, "/metrics"), "assurance_events_consumed_total"),
                              qulonglong(lines.size()), 30000);
    QVERIFY(m_rig.waitForModels(2));
    const QByteArray active = redis({QStringLiteral("SMEMBERS"), QStringLiteral("models:active")});
    std::string dropped;
    for (const char *model : {"credit-scorer", "churn-model", "load-forecast"})
        if (!active.contains(model))
            dropped = model;
    QVERIFY2(!dropped.empty(), active.constData());
    const auto ofDropped = static_cast<qulonglong>(
        std::count_if(lines.begin(), lines.end(), [&](const auto &l) { return l.first == dropped; }));
    QTRY_COMPARE_WITH_TIMEOUT(sample(httpGet(http, "/metrics"), "assurance_events_model_cap_total"),
                              ofDropped, 5000);
    QTest::qWait(500); // a third model must not appear later: only time can show it
    QCOMPARE(redis({QStringLiteral("SCARD"), QStringLiteral("models:active")}), QByteArray("2"));
}

void TestAgentRecord::cooperativeRebalancingIsRefused() {
    QProcess *agent = m_rig
                          .startAgent(QStringLiteral("cooperative"),
                                      {QStringLiteral("--kafka-property"),
                                       QStringLiteral("partition.assignment.strategy=cooperative-sticky")})
                          .process;
    // startAgent() returns once the agent listens or has exited: it must exit, refusing.
    QVERIFY(agent->state() == QProcess::NotRunning || agent->waitForFinished(10000));
    QCOMPARE(agent->exitStatus(), QProcess::NormalExit);
    QCOMPARE(agent->exitCode(), 3);
    // A retention that is not a duration is a usage error, before anything is opened.
    // (startAgent() takes exit code 2 for a taken port and tries again: five quick refusals.)
    QProcess *badRetention = m_rig
                                 .startAgent(QStringLiteral("cooperative"),
                                             {QStringLiteral("--episode-retention"), QStringLiteral("7x")})
                                 .process;
    QVERIFY(badRetention->state() == QProcess::NotRunning || badRetention->waitForFinished(10000));
    QCOMPARE(badRetention->exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestAgentRecord)
#include "tst_agent_record.moc"
