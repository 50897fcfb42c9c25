// The operator workflow (issue #12) against a real redis-server and real SQLite audit logs: each
// command through EpisodeCommand, the stored episode byte for byte, the message on
// assurance:updates and the audit entry; refusals that store nothing; an agent writing a breached
// metric while two operators act; resolve-while-breached; the Demo's writer; Evidence read-only;
// assurancectl violations / labels end to end.
#include "RedisFixture.h"
#include "assurance/LabelChain.h"
#include "assurance/ToleranceEdit.h"
#include "audit/AuditLog.h"
#include "commands/EpisodeCommand.h"
#include "commands/RedisEpisodeWriter.h"
#include "commands/RedisToleranceWriter.h"
#include "commands/ToleranceCommand.h"
#include "redis/SnapshotStore.h"
#include "sources/DemoTelemetrySource.h"
#include "sources/DirectTelemetrySource.h"
#include "sources/EvidenceTelemetrySource.h"
#include "json/Timestamps.h"

#include <QCoroTask>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <set>
#include <thread>

using namespace assurance;
using Outcome = EpisodeWriteResult::Outcome;

namespace {
constexpr std::int64_t T0 = 1761580800000; // 2025-10-27T16:00:00Z
constexpr std::int64_t kMinute = 60'000;
const std::string kEpisode = "m:accuracy:2025-10-27T16_01_00Z"; // opened by the window ending 16:01

ProcessedWindow window(const std::string &model, std::int64_t endMs, double accuracy) {
    ProcessedWindow p;
    p.snapshot.modelId = model;
    p.snapshot.windowEndMs = endMs;
    p.snapshot[SeedMetric::Accuracy] = MetricValue::real(accuracy);
    p.label = assessSnapshot(p.snapshot, defaultTolerances(model));
    return p;
}

// What an agent's shard does with one model (AgentShard::prepare / collectDone): windows assessed
// in order by its tracker, written by the window script, resolves learnt from what it returns.
struct Agent {
    explicit Agent(const RedisUrl &url)
        : client(url)
        , store(client) {}
    std::vector<EpisodeEvent> write(int minute, double accuracy) {
        ProcessedWindow p = window("m", T0 + minute * kMinute, accuracy);
        p.episodes = tracker.apply(p.label);
        const auto r = store.writeWindows({&p}, 0, 0);
        ok = r.front().outcome == SnapshotStore::Outcome::Written;
        for (const std::string &id : r.front().resolvedEpisodes)
            tracker.operatorResolved(id);
        return p.episodes;
    }
    RedisClient client;
    SnapshotStore store;
    ViolationTracker tracker;
    bool ok = false;
};

std::string prefixOf(const std::string &json) {
    return json.substr(0, json.find(kOperatorPartMarker));
}

EpisodeAction action(OperatorAction::Kind kind, const std::string &id, const std::string &note,
                     const std::string &actor, std::int64_t timeMs) {
    EpisodeAction a;
    a.kind = kind;
    a.episodeId = id;
    a.note = note;
    a.actor = actor;
    a.timeMs = timeMs;
    return a;
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

class TestOperatorCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void episodeActionsRoundTrip();
    void workflowRules();
    void commandsWriteRecordMessageAndAudit();
    void refusalsStoreNothing_data();
    void refusalsStoreNothing();
    void agentAndTwoOperatorsKeepEveryAction();
    void resolveWhileBreachedOpensANewEpisode();
    void archivedEpisodeStaysArchived();
    void asyncFromTheGuiThread();
    void demoAppliesTheSameRules();
    void ctlViolationsEndToEnd();
    void ctlLabelsHistory();
    // Issue #13: tolerance sets and references.
    void toleranceSaveDiffRestore();
    void toleranceRefusalsStoreNothing_data();
    void toleranceRefusalsStoreNothing();
    void concurrentToleranceEditRefused();
    void baselineFromRange();
    void referenceSetAnnouncedAndAudited();
    void demoToleranceWriter();
    void ctlTolerancesEndToEnd();

private:
    std::string get(const std::string &id, bool archived = false) {
        return m_redis
            .command({QStringLiteral("HGET"),
                      QString::fromStdString(archived ? SnapshotStore::closedKey("m")
                                                      : SnapshotStore::violationsKey("m")),
                      QString::fromStdString(id)})
            .toStdString();
    }
    std::string nextUpdate(int timeoutMs = 2000) {
        const auto r = m_subscriber->pollReply(timeoutMs);
        return r && r->type == RedisReply::Type::Array && r->elements.size() == 3 ? r->elements[2].str : "";
    }
    void drainUpdates() {
        while (!nextUpdate(50).empty()) {
        }
    }
    std::vector<audit::AuditEntry> auditEntries() {
        std::string error;
        auto log = audit::AuditLog::open(m_auditPath, &error, audit::AuditLog::Mode::ReadOnly);
        if (!log)
            return {};
        return log->entries({}, &error).value_or(std::vector<audit::AuditEntry>{});
    }
    AuditAppend auditTo() {
        return [this](const audit::AuditRecord &record, std::string *error) {
            return m_log->append(record, error).has_value();
        };
    }

    RedisServer m_redis;
    std::unique_ptr<RedisClient> m_subscriber;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::string m_auditPath;
    std::unique_ptr<audit::AuditLog> m_log;
};

void TestOperatorCommands::initTestCase() {
    QVERIFY2(m_redis.start(), "redis-server did not start");
}

void TestOperatorCommands::init() {
    m_redis.command({QStringLiteral("FLUSHALL")});
    m_subscriber = std::make_unique<RedisClient>(m_redis.redisUrl());
    QVERIFY(m_subscriber->connect());
    QVERIFY(m_subscriber->command({"SUBSCRIBE", kUpdatesChannel}));
    m_dir = std::make_unique<QTemporaryDir>();
    m_auditPath = m_dir->filePath(QStringLiteral("audit.db")).toStdString();
    std::string error;
    m_log = audit::AuditLog::open(m_auditPath, &error);
    QVERIFY2(m_log, error.c_str());
}

void TestOperatorCommands::cleanup() {
    m_log.reset();
    m_subscriber.reset();
    m_dir.reset();
}

void TestOperatorCommands::episodeActionsRoundTrip() {
    ViolationEpisode e;
    e.id = kEpisode;
    e.modelId = "m";
    e.openedMs = e.lastSeenMs = T0 + kMinute;
    e.count = 1;
    const std::string plain = serializeEpisode(e);
    QVERIFY(plain.find("actions") == std::string::npos); // omitted while empty: old bytes kept
    QVERIFY(plain.ends_with(R"(, "status": "open", "actor": "", "note": ""})"));
    applyOperatorAction(
        e, {OperatorAction::Kind::Acknowledge, "alice@host", "looking \"into\" it", T0 + 5 * kMinute});
    applyOperatorAction(e, {OperatorAction::Kind::Note, "bob@host", "fräulein", T0 + 6 * kMinute + 7});
    const std::string json = serializeEpisode(e);
    QCOMPARE(
        operatorPart(json),
        std::string(
            R"(, "status": "acknowledged", "actor": "alice@host", "note": "looking \"into\" it", "actions": [{"action": "acknowledge", "actor": "alice@host", "note": "looking \"into\" it", "time": "2025-10-27T16:05:00.000Z"}, {"action": "note", "actor": "bob@host", "note": "fr\u00e4ulein", "time": "2025-10-27T16:06:00.007Z"}]})"));
    std::string error;
    const auto parsed = parseEpisode(json, "m", "test", &error);
    QVERIFY2(parsed, error.c_str());
    QCOMPARE(parsed->actions, e.actions);
    QCOMPARE(serializeEpisode(*parsed), json);
    // Malformed actions are named.
    for (
        const char *bad :
        {R"("actions": 3})",
         R"("actions": [{"action": "approve", "actor": "a", "note": "n", "time": "2025-10-27T16:05:00.000Z"}]})",
         R"("actions": [{"action": "note", "actor": "a", "note": "n", "time": "yesterday"}]})"}) {
        const std::string broken = plain.substr(0, plain.size() - 1) + ", " + bad;
        QVERIFY2(!parseEpisode(broken, "m", "test", &error), bad);
        QVERIFY2(error.find("actions") != std::string::npos, error.c_str());
    }
}

void TestOperatorCommands::workflowRules() {
    using K = OperatorAction::Kind;
    ViolationEpisode e;
    QCOMPARE(checkOperatorAction(e, {K::Acknowledge, "a", " ", 0}), ActionRefusal::EmptyNote);
    QCOMPARE(checkOperatorAction(e, {K::Acknowledge, "", "n", 0}), ActionRefusal::NoActor);
    QCOMPARE(checkOperatorAction(e, {K::Resolve, "a", "n", 0}), ActionRefusal::None); // open → resolved
    applyOperatorAction(e, {K::Acknowledge, "a", "n", 1});
    QCOMPARE(checkOperatorAction(e, {K::Acknowledge, "b", "n", 2}), ActionRefusal::AlreadyAcknowledged);
    QCOMPARE(checkOperatorAction(e, {K::Note, "b", "n", 2}), ActionRefusal::None);
    applyOperatorAction(e, {K::Note, "b", "just a note", 2});
    QCOMPARE(e.actor, std::string("a")); // a note leaves actor and note
    applyOperatorAction(e, {K::Resolve, "c", "fixed", 3});
    QCOMPARE(e.status, EpisodeStatus::Resolved);
    QCOMPARE(checkOperatorAction(e, {K::Resolve, "c", "n", 4}), ActionRefusal::AlreadyResolved);
    QCOMPARE(checkOperatorAction(e, {K::Acknowledge, "c", "n", 4}), ActionRefusal::AlreadyResolved);
    QCOMPARE(checkOperatorAction(e, {K::Note, "c", "n", 4}), ActionRefusal::None);
    QVERIFY(!checkOperatorPart(e));
    ViolationEpisode edited = e;
    edited.status = EpisodeStatus::Acknowledged;
    QVERIFY(checkOperatorPart(edited));
    edited = e;
    edited.actions[0].timeMs = 10;
    QVERIFY(checkOperatorPart(edited));
    edited = e;
    edited.actions.insert(edited.actions.begin(), {K::Resolve, "x", "early", 0});
    QVERIFY(checkOperatorPart(edited)); // an acknowledge after a resolve
    ViolationEpisode legacy;            // acknowledged before actions existed: any status without them
    legacy.status = EpisodeStatus::Acknowledged;
    legacy.actor = "old";
    QVERIFY(!checkOperatorPart(legacy));
}

void TestOperatorCommands::commandsWriteRecordMessageAndAudit() {
    Agent agent(m_redis.redisUrl());
    QCOMPARE(agent.write(1, 0.5).size(), std::size_t(1));
    QVERIFY(agent.ok);
    drainUpdates();
    const std::string opened = get(kEpisode);
    QVERIFY(opened.ends_with(R"(, "status": "open", "actor": "", "note": ""})"));

    RedisClient client(m_redis.redisUrl());
    QVERIFY(client.connect());
    RedisEpisodeWriter writer(client);
    auto ack = EpisodeCommand::run(&writer,
                                   action(OperatorAction::Kind::Acknowledge, kEpisode, "looking into it",
                                          "alice@host", T0 + 5 * kMinute),
                                   auditTo());
    QCOMPARE(int(ack.outcome), int(Outcome::Applied));
    QVERIFY(ack.audited);
    const std::string ackPart =
        R"(, "status": "acknowledged", "actor": "alice@host", "note": "looking into it", "actions": [{"action": "acknowledge", "actor": "alice@host", "note": "looking into it", "time": "2025-10-27T16:05:00.000Z"}]})";
    QCOMPARE(get(kEpisode), prefixOf(opened) + ackPart);
    QCOMPARE(ack.json, get(kEpisode));
    QCOMPARE(ack.episode->status, EpisodeStatus::Acknowledged);
    QCOMPARE(
        nextUpdate(),
        std::string(
            R"({"type": "violation", "model_id": "m", "timestamp": "2025-10-27T16:05:00.000Z", "episode_ids": [")") +
            kEpisode + "\"]}");
    auto entries = auditEntries();
    QCOMPARE(entries.size(), std::size_t(1));
    QCOMPARE(entries[0].action, std::string("violation.acknowledge"));
    QCOMPARE(entries[0].actor, std::string("alice@host"));
    QCOMPARE(entries[0].target, "episode/" + kEpisode);
    QCOMPARE(
        entries[0].details,
        std::string(
            R"({"metric":"accuracy","model":"m","note":"looking into it","status_after":"acknowledged","status_before":"open"})"));

    // The agent's next window: its computed fields change, the operator part stays byte for byte.
    agent.write(2, 0.4);
    const std::string afterWindow = get(kEpisode);
    QVERIFY(prefixOf(afterWindow) != prefixOf(opened));
    QVERIFY(afterWindow.find(R"("count": 2)") != std::string::npos);
    QCOMPARE(operatorPart(afterWindow), ackPart);
    drainUpdates();

    auto note = EpisodeCommand::run(
        &writer,
        action(OperatorAction::Kind::Note, kEpisode, "feed owner paged", "bob@host", T0 + 6 * kMinute),
        auditTo());
    QCOMPARE(int(note.outcome), int(Outcome::Applied));
    QCOMPARE(note.episode->actor, std::string("alice@host"));
    auto resolve = EpisodeCommand::run(
        &writer,
        action(OperatorAction::Kind::Resolve, kEpisode, "feed fixed", "carol@host", T0 + 7 * kMinute),
        auditTo());
    QCOMPARE(int(resolve.outcome), int(Outcome::Applied));
    QCOMPARE(
        get(kEpisode),
        prefixOf(afterWindow) +
            R"(, "status": "resolved", "actor": "carol@host", "note": "feed fixed", "actions": [{"action": "acknowledge", "actor": "alice@host", "note": "looking into it", "time": "2025-10-27T16:05:00.000Z"}, {"action": "note", "actor": "bob@host", "note": "feed owner paged", "time": "2025-10-27T16:06:00.000Z"}, {"action": "resolve", "actor": "carol@host", "note": "feed fixed", "time": "2025-10-27T16:07:00.000Z"}]})");
    QCOMPARE(
        nextUpdate(),
        std::string(
            R"({"type": "violation", "model_id": "m", "timestamp": "2025-10-27T16:06:00.000Z", "episode_ids": [")") +
            kEpisode + "\"]}");
    QCOMPARE(
        nextUpdate(),
        std::string(
            R"({"type": "violation", "model_id": "m", "timestamp": "2025-10-27T16:07:00.000Z", "episode_ids": [")") +
            kEpisode + "\"]}");
    entries = auditEntries();
    QCOMPARE(entries.size(), std::size_t(3));
    QCOMPARE(entries[1].action, std::string("violation.note"));
    QCOMPARE(
        entries[1].details,
        std::string(
            R"({"metric":"accuracy","model":"m","note":"feed owner paged","status_after":"acknowledged","status_before":"acknowledged"})"));
    QCOMPARE(entries[2].action, std::string("violation.resolve"));
    QCOMPARE(entries[2].actor, std::string("carol@host"));
    QCOMPARE(
        entries[2].details,
        std::string(
            R"({"metric":"accuracy","model":"m","note":"feed fixed","status_after":"resolved","status_before":"acknowledged"})"));
    QVERIFY(m_log->verify().ok());
}

void TestOperatorCommands::refusalsStoreNothing_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("note");
    QTest::addColumn<int>("expected"); // -1: the source is read-only (no writer)
    QTest::addColumn<int>("expectedOutcome");
    QTest::addColumn<int>("refusal");
    const QString id = QString::fromStdString(kEpisode);
    const int ack = int(OperatorAction::Kind::Acknowledge), res = int(OperatorAction::Kind::Resolve);
    QTest::newRow("empty note") << id << ack << QStringLiteral(" \t ") << -2 << int(Outcome::Invalid)
                                << int(ActionRefusal::None);
    QTest::newRow("unknown episode") << QStringLiteral("m:accuracy:2025-10-27T15_00_00Z") << ack
                                     << QStringLiteral("n") << -2 << int(Outcome::NotFound)
                                     << int(ActionRefusal::None);
    QTest::newRow("not an episode id") << QStringLiteral("m-accuracy") << ack << QStringLiteral("n") << -2
                                       << int(Outcome::Invalid) << int(ActionRefusal::None);
    QTest::newRow("read-only source")
        << id << ack << QStringLiteral("n") << -1 << int(Outcome::ReadOnly) << int(ActionRefusal::None);
    QTest::newRow("conflict: saw no action")
        << id << res << QStringLiteral("n") << 0 << int(Outcome::Conflict) << int(ActionRefusal::None);
    QTest::newRow("already acknowledged") << id << ack << QStringLiteral("n") << -2 << int(Outcome::Invalid)
                                          << int(ActionRefusal::AlreadyAcknowledged);
}

void TestOperatorCommands::refusalsStoreNothing() {
    QFETCH(QString, id);
    QFETCH(int, kind);
    QFETCH(QString, note);
    QFETCH(int, expected);
    QFETCH(int, expectedOutcome);
    QFETCH(int, refusal);
    Agent agent(m_redis.redisUrl());
    agent.write(1, 0.5);
    RedisClient client(m_redis.redisUrl());
    QVERIFY(client.connect());
    RedisEpisodeWriter writer(client);
    QCOMPARE(int(EpisodeCommand::run(&writer,
                                     action(OperatorAction::Kind::Acknowledge, kEpisode, "first",
                                            "alice@host", T0 + 5 * kMinute),
                                     auditTo())
                     .outcome),
             int(Outcome::Applied));
    drainUpdates();
    const QByteArray before = m_redis.command({QStringLiteral("HGETALL"), QStringLiteral("violations:m")});
    const std::size_t auditBefore = auditEntries().size();

    EpisodeAction a = action(static_cast<OperatorAction::Kind>(kind), id.toStdString(), note.toStdString(),
                             "bob@host", T0 + 6 * kMinute);
    if (expected >= 0)
        a.expectedActions = static_cast<std::size_t>(expected);
    const auto r = EpisodeCommand::run(expected == -1 ? nullptr : &writer, a, auditTo());
    QCOMPARE(int(r.outcome), expectedOutcome);
    QCOMPARE(int(r.refusal), refusal);
    QVERIFY(!r.audited);
    if (r.outcome == Outcome::Conflict || r.refusal == ActionRefusal::AlreadyAcknowledged) {
        // The caller is told who changed it, how and when.
        QVERIFY(r.episode);
        QCOMPARE(r.episode->actions.back().actor, std::string("alice@host"));
        const std::string said = EpisodeCommand::describe(r, a);
        QVERIFY2(said.find("acknowledged by alice@host at 2025-10-27T16:05:00.000Z") != std::string::npos,
                 said.c_str());
    }
    QCOMPARE(m_redis.command({QStringLiteral("HGETALL"), QStringLiteral("violations:m")}), before);
    QCOMPARE(auditEntries().size(), auditBefore);
    QCOMPARE(nextUpdate(100), std::string());
}

void TestOperatorCommands::agentAndTwoOperatorsKeepEveryAction() {
    // An agent writes a breached metric window after window while two operators, each on a
    // connection of its own, act on the same episode as fast as they can: every action is kept.
    Agent agent(m_redis.redisUrl());
    agent.write(1, 0.5);
    std::atomic<bool> stop = false;
    std::atomic<int> windows = 1;
    std::thread agentThread([&] { // the agent's own connection, used on this thread only from here
        for (int minute = 2; !stop && minute < 2000; ++minute) {
            agent.write(minute, 0.5);
            windows = minute;
        }
    });
    auto operatorRun = [this](const std::string &actor, int notes, bool acknowledge,
                              std::vector<std::string> *applied) {
        RedisEpisodeWriter writer(m_redis.redisUrl()); // a connection per action, as the console
        if (acknowledge) {
            const auto r = EpisodeCommand::run(
                &writer, action(OperatorAction::Kind::Acknowledge, kEpisode, "ack by " + actor, actor, 0),
                {});
            if (r.outcome == Outcome::Applied)
                applied->push_back("ack by " + actor);
        }
        for (int i = 0; i < notes; ++i) {
            const std::string note = actor + " note " + std::to_string(i);
            const auto r = EpisodeCommand::run(
                &writer, action(OperatorAction::Kind::Note, kEpisode, note, actor, 0), {});
            if (r.outcome == Outcome::Applied)
                applied->push_back(note);
        }
    };
    std::vector<std::string> a, b;
    std::thread first([&] { operatorRun("alice@host", 15, true, &a); });
    std::thread second([&] { operatorRun("bob@host", 15, false, &b); });
    first.join();
    second.join();
    stop = true;
    agentThread.join();
    QCOMPARE(a.size(), std::size_t(16));
    QCOMPARE(b.size(), std::size_t(15));
    QVERIFY(windows > 2);

    std::string error;
    const std::string stored = get(kEpisode);
    const auto e = parseEpisode(stored, "m", "stored", &error);
    QVERIFY2(e, error.c_str());
    QCOMPARE(e->actions.size(), std::size_t(31));
    QCOMPARE(e->status, EpisodeStatus::Acknowledged);
    QVERIFY(!checkOperatorPart(*e));
    std::vector<std::string> aSeen, bSeen;
    for (const auto &x : e->actions)
        (x.actor == "alice@host" ? aSeen : bSeen).push_back(x.note);
    QCOMPARE(aSeen, a); // each operator's actions, in the order each made them
    QCOMPARE(bSeen, b);
    QCOMPARE(e->count, std::uint64_t(windows.load())); // and every agent window counted
    QCOMPARE(serializeEpisode(*e), stored);            // the whole value in json.dumps form
}

void TestOperatorCommands::resolveWhileBreachedOpensANewEpisode() {
    Agent agent(m_redis.redisUrl());
    agent.write(1, 0.5);
    agent.write(2, 0.5);
    RedisEpisodeWriter writer(m_redis.redisUrl());
    QCOMPARE(int(EpisodeCommand::run(&writer,
                                     action(OperatorAction::Kind::Resolve, kEpisode, "retrained",
                                            "alice@host", T0 + 2 * kMinute + 30'000),
                                     {})
                     .outcome),
             int(Outcome::Applied)); // resolved straight from open
    const std::string resolvedPart = operatorPart(get(kEpisode));
    // The agent writes its next window not knowing: the status stays resolved, the script tells it.
    auto events = agent.write(3, 0.5);
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(events[0].change, EpisodeChange::Updated);
    QCOMPARE(operatorPart(get(kEpisode)), resolvedPart);
    QCOMPARE(agent.tracker.find(kEpisode)->status, EpisodeStatus::Resolved);
    // Its next window closes the episode at that window's end and, still breached, opens a new one.
    events = agent.write(4, 0.5);
    QCOMPARE(events.size(), std::size_t(2));
    QCOMPARE(events[0].change, EpisodeChange::Closed);
    QCOMPARE(events[1].change, EpisodeChange::Opened);
    const std::string next = "m:accuracy:2025-10-27T16_04_00Z";
    QCOMPARE(events[1].episode.id, next);
    std::string error;
    const auto closed = parseEpisode(get(kEpisode), "m", "closed", &error);
    QVERIFY2(closed, error.c_str());
    QCOMPARE(closed->closedMs, std::optional<std::int64_t>(T0 + 4 * kMinute));
    QCOMPARE(closed->count, std::uint64_t(3));
    QCOMPARE(operatorPart(get(kEpisode)), resolvedPart);
    QVERIFY(get(next).ends_with(R"("count": 1, "status": "open", "actor": "", "note": ""})"));
    QCOMPARE(m_redis.command({QStringLiteral("ZSCORE"), QStringLiteral("violations:m:closing"),
                              QString::fromStdString(kEpisode)}),
             QByteArray::number(T0 + 4 * kMinute));
    // A restarted agent seeded from Redis follows an operator's resolve too.
    QCOMPARE(int(EpisodeCommand::run(
                     &writer,
                     action(OperatorAction::Kind::Resolve, next, "again", "bob@host", T0 + 5 * kMinute), {})
                     .outcome),
             int(Outcome::Applied));
    Agent restarted(m_redis.redisUrl());
    const auto record = restarted.store.episodes("m", {kEpisode, next});
    QVERIFY(record && record->episodes.size() == 2);
    restarted.tracker.seed("m", {record->episodes[0].episode, record->episodes[1].episode}, T0 + 4 * kMinute);
    events = restarted.write(5, 0.95);
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(events[0].change, EpisodeChange::Closed);
    QCOMPARE(events[0].episode.id, next);
}

void TestOperatorCommands::archivedEpisodeStaysArchived() {
    // An episode the retention moved to violations:{id}:closed is changed there.
    Agent agent(m_redis.redisUrl());
    agent.write(1, 0.5);
    agent.write(2, 0.95); // closes it
    const std::string json = get(kEpisode);
    m_redis.command(
        {QStringLiteral("HDEL"), QStringLiteral("violations:m"), QString::fromStdString(kEpisode)});
    m_redis.command({QStringLiteral("HSET"), QStringLiteral("violations:m:closed"),
                     QString::fromStdString(kEpisode), QString::fromStdString(json)});
    RedisEpisodeWriter writer(m_redis.redisUrl());
    const auto r = EpisodeCommand::run(
        &writer,
        action(OperatorAction::Kind::Acknowledge, kEpisode, "late look", "alice@host", T0 + 9 * kMinute), {});
    QCOMPARE(int(r.outcome), int(Outcome::Applied));
    QCOMPARE(get(kEpisode), std::string());
    QCOMPARE(get(kEpisode, true), prefixOf(json) + operatorPart(r.json));
    QVERIFY(r.json.find(R"("status": "acknowledged")") != std::string::npos);
}

void TestOperatorCommands::asyncFromTheGuiThread() {
    Agent agent(m_redis.redisUrl());
    agent.write(1, 0.5);
    DirectTelemetrySource::Options options;
    options.redis = m_redis.redisUrl();
    DirectTelemetrySource direct(options);
    QThread *gui = QThread::currentThread();
    bool auditedOnGui = false;
    const auto r = QCoro::waitFor(EpisodeCommand::runAsync(
        direct.episodeWriter(),
        action(OperatorAction::Kind::Acknowledge, kEpisode, "from the console", "", 0),
        [&](const audit::AuditRecord &record, std::string *error) {
            auditedOnGui = QThread::currentThread() == gui;
            return m_log->append(record, error).has_value();
        }));
    QCOMPARE(int(r.outcome), int(Outcome::Applied));
    QVERIFY(auditedOnGui);
    QCOMPARE(r.episode->actor, audit::currentActor()); // empty actor: this process's user@host
    QCOMPARE(auditEntries().back().target, "episode/" + kEpisode);

    // Evidence is read-only: no writer, and the command says so.
    EvidenceTelemetrySource evidence(QStringLiteral("/nonexistent.tar"), {});
    QVERIFY(!evidence.episodeWriter());
    const auto refused = QCoro::waitFor(EpisodeCommand::runAsync(
        evidence.episodeWriter(), action(OperatorAction::Kind::Note, kEpisode, "n", "", 0), {}));
    QCOMPARE(int(refused.outcome), int(Outcome::ReadOnly));
}

void TestOperatorCommands::demoAppliesTheSameRules() {
    DemoTelemetrySource::Options o;
    o.frameIntervalMs = 50;
    DemoTelemetrySource demo(o);
    std::map<std::string, ViolationEpisode> seen;
    connect(&demo, &TelemetrySource::frameReady, this, [&](const ConsoleFramePtr &frame) {
        if (frame->record)
            for (const auto &e : frame->record->episodes)
                seen[e.episode.id] = e.episode;
    });
    // Stopped: the writer answers Failed.
    QCOMPARE(int(QCoro::waitFor(
                     EpisodeCommand::runAsync(
                         demo.episodeWriter(),
                         action(OperatorAction::Kind::Note,
                                "claims-triage-classifier:feature_drift:2025-10-27T16_00_00Z", "n", "a", 0),
                         {}))
                     .outcome),
             int(Outcome::Failed));
    demo.start();
    QTRY_VERIFY_WITH_TIMEOUT(!seen.empty(), 60000);
    const std::string id = seen.begin()->first;
    const std::size_t actions = seen.begin()->second.actions.size();
    QCOMPARE(actions, std::size_t(0));
    auto run = [&](OperatorAction::Kind kind, const std::string &episode, const std::string &note,
                   std::optional<std::size_t> expected) {
        EpisodeAction a = action(kind, episode, note, "dana@demo", 0);
        a.expectedActions = expected;
        return QCoro::waitFor(EpisodeCommand::runAsync(demo.episodeWriter(), a, auditTo()));
    };
    const auto ack = run(OperatorAction::Kind::Acknowledge, id, "on it", 0);
    QCOMPARE(int(ack.outcome), int(Outcome::Applied));
    QCOMPARE(ack.episode->status, EpisodeStatus::Acknowledged);
    QVERIFY(ack.audited);
    QTRY_COMPARE_WITH_TIMEOUT(int(seen[id].status), int(EpisodeStatus::Acknowledged), 5000); // in a frame
    QCOMPARE(seen[id].actions.size(), std::size_t(1));
    QCOMPARE(int(run(OperatorAction::Kind::Acknowledge, id, "again", std::nullopt).refusal),
             int(ActionRefusal::AlreadyAcknowledged));
    QCOMPARE(int(run(OperatorAction::Kind::Resolve, id, "stale view", 0).outcome), int(Outcome::Conflict));
    QCOMPARE(int(run(OperatorAction::Kind::Resolve, id, " ", std::nullopt).outcome), int(Outcome::Invalid));
    const std::string unknown = id.substr(0, id.rfind(':')) + ":2000-01-01T00_00_00Z";
    QCOMPARE(int(run(OperatorAction::Kind::Note, unknown, "n", std::nullopt).outcome),
             int(Outcome::NotFound));
    const auto resolved = run(OperatorAction::Kind::Resolve, id, "done", 1);
    QCOMPARE(int(resolved.outcome), int(Outcome::Applied));
    QCOMPARE(resolved.episode->status, EpisodeStatus::Resolved);
    QCOMPARE(int(run(OperatorAction::Kind::Note, id, "afterwards", std::nullopt).outcome),
             int(Outcome::Applied));
    QCOMPARE(auditEntries().size(), std::size_t(3)); // ack, resolve, note: refusals are not audited
    demo.stop();
}

void TestOperatorCommands::ctlViolationsEndToEnd() {
    Agent agent(m_redis.redisUrl());
    agent.write(1, 0.5);
    drainUpdates();
    const QString url = QString::fromStdString(m_redis.url());
    const QString db = QString::fromStdString(m_auditPath);
    const QString id = QString::fromStdString(kEpisode);
    Ctl r = ctl({QStringLiteral("violations"), QStringLiteral("list"), QStringLiteral("--redis"), url,
                 QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.toStdString(), "[" + get(kEpisode) + "]\n");

    r = ctl({QStringLiteral("violations"), QStringLiteral("ack"), QStringLiteral("--redis"), url, id,
             QStringLiteral("--note"), QStringLiteral("seen from the CLI"), QStringLiteral("--audit-db"), db,
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.toStdString(), get(kEpisode) + "\n");
    QVERIFY(r.out.contains(R"("status": "acknowledged")"));
    const std::string update = nextUpdate();
    QVERIFY2(update.starts_with(R"({"type": "violation", "model_id": "m", "timestamp": ")") &&
                 update.ends_with("\"episode_ids\": [\"" + kEpisode + "\"]}"),
             update.c_str());
    auto entries = auditEntries();
    QCOMPARE(entries.size(), std::size_t(1));
    QCOMPARE(entries[0].action, std::string("violation.acknowledge"));

    r = ctl({QStringLiteral("violations"), QStringLiteral("ack"), QStringLiteral("--redis"), url, id,
             QStringLiteral("--note"), QStringLiteral("twice"), QStringLiteral("--audit-db"), db});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("already acknowledged") && r.err.contains("seen from the CLI"),
             r.err.constData());
    r = ctl({QStringLiteral("violations"), QStringLiteral("resolve"), QStringLiteral("--redis"), url, id,
             QStringLiteral("--note"), QString(), QStringLiteral("--audit-db"), db});
    QCOMPARE(r.exitCode, 5);
    r = ctl({QStringLiteral("violations"), QStringLiteral("note"), QStringLiteral("--redis"), url,
             QStringLiteral("m:accuracy:2025-10-27T15_00_00Z"), QStringLiteral("--note"), QStringLiteral("n"),
             QStringLiteral("--audit-db"), db});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no episode m:accuracy:2025-10-27T15_00_00Z"), r.err.constData());
    r = ctl({QStringLiteral("violations"), QStringLiteral("note"), QStringLiteral("--redis"), url, id,
             QStringLiteral("--audit-db"), db});
    QCOMPARE(r.exitCode, 2); // --note missing
    r = ctl({QStringLiteral("violations"), QStringLiteral("note"), QStringLiteral("--redis"), url,
             QStringLiteral("bogus"), QStringLiteral("--note"), QStringLiteral("n"),
             QStringLiteral("--audit-db"), db});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(auditEntries().size(), std::size_t(1)); // refusals are not audited

    r = ctl({QStringLiteral("violations"), QStringLiteral("resolve"), QStringLiteral("--redis"), url, id,
             QStringLiteral("--note"), QStringLiteral("fixed"), QStringLiteral("--audit-db"), db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("is now resolved"), r.out.constData());
    r = ctl({QStringLiteral("violations"), QStringLiteral("list"), QStringLiteral("--redis"), url,
             QStringLiteral("--status"), QStringLiteral("resolved")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(id.toUtf8()) && r.out.contains("resolve by") && r.out.contains("1 episode(s)"),
             r.out.constData());
    r = ctl({QStringLiteral("violations"), QStringLiteral("list"), QStringLiteral("--redis"), url,
             QStringLiteral("--status"), QStringLiteral("open"), QStringLiteral("--json")});
    QCOMPARE(r.out, QByteArray("[]\n"));
    r = ctl({QStringLiteral("violations"), QStringLiteral("list"), QStringLiteral("--redis"), url,
             QStringLiteral("--until"), QStringLiteral("2025-10-27T16:00:00Z"), QStringLiteral("--json")});
    QCOMPARE(r.out, QByteArray("[]\n")); // opened after --until
    r = ctl({QStringLiteral("violations"), QStringLiteral("list"), QStringLiteral("--redis"), url,
             QStringLiteral("--status"), QStringLiteral("bogus")});
    QCOMPARE(r.exitCode, 2);
}

void TestOperatorCommands::ctlLabelsHistory() {
    RedisClient client(m_redis.redisUrl());
    SnapshotStore store(client);
    std::string head;
    for (int i = 1; i <= 3; ++i) {
        ProcessedWindow p = window("m", T0 + i * kMinute, 0.95);
        chainLabel(p.label, head);
        head = p.label.hash;
        QVERIFY(store.writeWindows({&p}, 0, 0).front().outcome == SnapshotStore::Outcome::Written);
    }
    const QString url = QString::fromStdString(m_redis.url());
    Ctl r = ctl({QStringLiteral("labels"), QStringLiteral("history"), QStringLiteral("--redis"), url,
                 QStringLiteral("m")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("3 label(s); chain consistent"), r.out.constData());
    QVERIFY(r.out.contains("2025-10-27T16_02_00Z"));
    r = ctl({QStringLiteral("labels"), QStringLiteral("history"), QStringLiteral("--redis"), url,
             QStringLiteral("m"), QStringLiteral("--since"), QStringLiteral("2025-10-27T16:02:00Z"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(R"({"model_id": "m", "chain": {"status": "consistent"}, "labels": [{)"));
    QCOMPARE(r.out.count("\"prev_hash\""), 2);
    // The middle label removed: the chain is broken at the one after it (exit 4).
    m_redis.command({QStringLiteral("DEL"), QStringLiteral("label:m:2025-10-27T16_02_00Z")});
    r = ctl({QStringLiteral("labels"), QStringLiteral("history"), QStringLiteral("--redis"), url,
             QStringLiteral("m")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.out.contains("chain broken at 2025-10-27T16_03_00Z"), r.out.constData());
    QVERIFY2(r.err.contains("label:m:2025-10-27T16_02_00Z"), r.err.constData());
    r = ctl({QStringLiteral("labels"), QStringLiteral("history"), QStringLiteral("--redis"), url,
             QStringLiteral("other")});
    QCOMPARE(r.exitCode, 1);
    r = ctl({QStringLiteral("labels"), QStringLiteral("history"), QStringLiteral("--redis"), url});
    QCOMPARE(r.exitCode, 2);
}

// --- issue #13: tolerance sets and references --------------------------------------------------

namespace {
ToleranceSave saveOf(std::vector<MetricTolerance> metrics, const std::string &reason,
                     const std::string &author, std::int64_t timeMs, std::optional<int> expected) {
    ToleranceSave s;
    s.modelId = "m";
    s.metrics = std::move(metrics);
    s.reason = reason;
    s.author = author;
    s.timeMs = timeMs;
    s.expectedVersion = expected;
    return s;
}

std::vector<MetricTolerance> withFailureRate(double warning, double critical) {
    auto metrics = defaultTolerances("m").metrics;
    for (auto &t : metrics)
        if (t.metric == SeedMetric::FailureRate) {
            t.warning = warning;
            t.critical = critical;
        }
    return metrics;
}

const char *kEvents =
    R"({"model_id":"m","txid_hash":"a1","ts":"2025-10-27T16:00:01Z","prediction":0.8,"status":"ok","features":{"x":1.0,"soil":"clay"}}
{"model_id":"m","txid_hash":"a2","ts":"2025-10-27T16:00:02Z","prediction":0.7,"status":"ok","features":{"x":2.0,"soil":"clay"}}
{"model_id":"other","txid_hash":"b1","ts":"2025-10-27T16:00:03Z","prediction":0.1,"status":"ok","features":{"x":9.0}}
{"model_id":"m","txid_hash":"a3","ts":"2025-10-27T16:00:04Z","prediction":0.6,"status":"ok","features":{"x":3.0,"soil":"sand"}}
)";
} // namespace

void TestOperatorCommands::toleranceSaveDiffRestore() {
    RedisToleranceWriter writer(m_redis.redisUrl());
    drainUpdates();
    // v1 over the shipped defaults (nothing stored: expected version 0).
    const auto r1 = ToleranceCommand::run(
        &writer, saveOf(withFailureRate(0.01, 0.03), "stricter after the retrain", "alice@ops", T0, 0),
        auditTo());
    QCOMPARE(int(r1.outcome), int(ToleranceWriteResult::Outcome::Applied));
    QCOMPARE(r1.after->version, 2); // 1 is the shipped defaults' version
    QVERIFY(!r1.before);
    const std::string stored =
        m_redis.command({QStringLiteral("GET"), QStringLiteral("tolerances:m")}).toStdString();
    QCOMPARE(stored, r1.json);
    QCOMPARE(
        m_redis.command({QStringLiteral("HGET"), QStringLiteral("tolerances:m:history"), QStringLiteral("2")})
            .toStdString(),
        stored);
    QVERIFY2(
        stored.starts_with(
            R"({"model_id": "m", "version": 2, "author": "alice@ops", "changed_at": "2025-10-27T16:00:00.000Z", "reason": "stricter after the retrain", "metrics": {)"),
        stored.c_str());
    QCOMPARE(nextUpdate(), std::string(R"({"type": "tolerances", "model_id": "m", "timestamp": ""})"));
    // The agent's parser takes it as it is.
    std::string why;
    QVERIFY2(parseTolerances(stored, "m", &why), why.c_str());

    // v2 on top of v1.
    const auto r2 = ToleranceCommand::run(
        &writer, saveOf(withFailureRate(0.01, 0.04), "looser critical", "bob@ops", T0 + kMinute, 2),
        auditTo());
    QCOMPARE(int(r2.outcome), int(ToleranceWriteResult::Outcome::Applied));
    QCOMPARE(r2.after->version, 3);
    QCOMPARE(r2.beforeJson, stored);

    auto entries = auditEntries();
    QCOMPARE(entries.size(), std::size_t(2));
    QCOMPARE(entries[0].action, std::string("tolerances.save"));
    QCOMPARE(entries[0].target, std::string("tolerances/m"));
    QCOMPARE(entries[0].actor, std::string("alice@ops"));
    QVERIFY2(entries[0].details.find("\"before\":null") != std::string::npos, entries[0].details.c_str());
    QVERIFY2(entries[1].details.find("\"reason\":\"looser critical\"") != std::string::npos &&
                 entries[1].details.find("\"version\":3") != std::string::npos &&
                 entries[1].details.find("\"before\":{") != std::string::npos &&
                 entries[1].details.find("\"after\":{") != std::string::npos,
             entries[1].details.c_str());

    // History, diff.
    const ToleranceRecord record = writer.read("m");
    QVERIFY(record.ok);
    QCOMPARE(record.versions.size(), std::size_t(2));
    QCOMPARE(record.current->version, 3);
    const auto changes = diffToleranceSets(*record.versions[0].set, *record.versions[1].set);
    QCOMPARE(changes.size(), std::size_t(1));
    QCOMPARE(changes[0], (ToleranceFieldChange{SeedMetric::FailureRate, "critical", "0.03", "0.04"}));
    QVERIFY(diffToleranceSets(*record.versions[0].set, *record.versions[0].set).empty());

    // Restore v1: its metrics as v3, audited as a restore.
    std::string error;
    auto restore = ToleranceCommand::restoreOf(record, 2, &error);
    QVERIFY2(restore, error.c_str());
    QVERIFY(!ToleranceCommand::restoreOf(record, 7, &error));
    QCOMPARE(error, std::string("no version 7 in the history"));
    restore->reason = "back to v2";
    restore->author = "carol@ops";
    const auto r3 = ToleranceCommand::run(&writer, *restore, auditTo());
    QCOMPARE(int(r3.outcome), int(ToleranceWriteResult::Outcome::Applied));
    QCOMPARE(r3.after->version, 4);
    QVERIFY(diffToleranceSets(*record.versions[0].set, *r3.after).empty());
    QCOMPARE(auditEntries().back().action, std::string("tolerances.restore"));
    QVERIFY(auditEntries().back().details.find("\"restored_from\":2") != std::string::npos);
    QCOMPARE(ToleranceCommand::describe(r3, *restore),
             std::string("saved v4 of m's tolerances (restored from v2)"));
}

void TestOperatorCommands::toleranceRefusalsStoreNothing_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("why");
    QTest::newRow("blank reason") << 0 << QStringLiteral("a reason is required");
    QTest::newRow("critical above warning") << 1 << QStringLiteral("critical must not be above warning");
    QTest::newRow("negative relative") << 2 << QStringLiteral("metrics.rmse");
    QTest::newRow("bad model id") << 3 << QStringLiteral("is not a valid model id");
    QTest::newRow("read-only") << 4 << QStringLiteral("the source is read-only");
}

void TestOperatorCommands::toleranceRefusalsStoreNothing() {
    QFETCH(int, kind);
    QFETCH(QString, why);
    RedisToleranceWriter writer(m_redis.redisUrl());
    auto metrics = defaultTolerances("m").metrics;
    ToleranceSave s = saveOf(metrics, "a reason", "x@y", T0, std::nullopt);
    if (kind == 0)
        s.reason = " \t";
    if (kind == 1)
        metrics[0].critical = 0.95; // accuracy, higher is better: critical 0.95 above warning 0.9
    if (kind == 2)
        metrics[1].warning = -0.2; // rmse relative
    if (kind == 3)
        s.modelId = "bad id";
    if (kind == 1 || kind == 2)
        s.metrics = metrics;
    const auto r = ToleranceCommand::run(kind == 4 ? nullptr : &writer, s, auditTo());
    QCOMPARE(int(r.outcome), int(kind == 4 ? ToleranceWriteResult::Outcome::ReadOnly
                                           : ToleranceWriteResult::Outcome::Invalid));
    QVERIFY2(QString::fromStdString(r.error).contains(why), r.error.c_str());
    QCOMPARE(m_redis.command({QStringLiteral("EXISTS"), QStringLiteral("tolerances:m")}), QByteArray("0"));
    QCOMPARE(m_redis.command({QStringLiteral("EXISTS"), QStringLiteral("tolerances:m:history")}),
             QByteArray("0"));
    QVERIFY(auditEntries().empty());
    QVERIFY(nextUpdate(100).empty());
}

void TestOperatorCommands::concurrentToleranceEditRefused() {
    RedisToleranceWriter writer(m_redis.redisUrl());
    QCOMPARE(int(ToleranceCommand::run(&writer, saveOf(withFailureRate(0.01, 0.03), "v1", "alice@ops", T0, 0),
                                       auditTo())
                     .outcome),
             int(ToleranceWriteResult::Outcome::Applied));
    // Alice and Bob both opened v1; Bob saves first.
    QCOMPARE(
        int(ToleranceCommand::run(
                &writer, saveOf(withFailureRate(0.02, 0.03), "bob's", "bob@ops", T0 + kMinute, 2), auditTo())
                .outcome),
        int(ToleranceWriteResult::Outcome::Applied));
    const std::string afterBob =
        m_redis.command({QStringLiteral("GET"), QStringLiteral("tolerances:m")}).toStdString();
    const ToleranceSave alices =
        saveOf(withFailureRate(0.005, 0.03), "alice's", "alice@ops", T0 + 2 * kMinute, 2);
    const auto r = ToleranceCommand::run(&writer, alices, auditTo());
    QCOMPARE(int(r.outcome), int(ToleranceWriteResult::Outcome::Conflict));
    QCOMPARE(r.before->version, 3);
    QCOMPARE(r.before->author, std::string("bob@ops"));
    QCOMPARE(
        ToleranceCommand::describe(r, alices),
        std::string("not written: m's tolerances changed since you read them: v3 was saved by bob@ops at "
                    "2025-10-27T16:01:00.000Z (\"bob's\"); you edited v2"));
    QCOMPARE(m_redis.command({QStringLiteral("GET"), QStringLiteral("tolerances:m")}).toStdString(),
             afterBob);
    QCOMPARE(m_redis.command({QStringLiteral("HLEN"), QStringLiteral("tolerances:m:history")}),
             QByteArray("2"));
    QCOMPARE(auditEntries().size(), std::size_t(2));

    // A set written with redis-cli meanwhile (version 7, no history entry): the next save is v8.
    ToleranceSet cli = defaultTolerances("m");
    cli.version = 7;
    m_redis.command({QStringLiteral("SET"), QStringLiteral("tolerances:m"),
                     QString::fromStdString(serializeTolerances(cli))});
    const auto r8 = ToleranceCommand::run(
        &writer, saveOf(withFailureRate(0.01, 0.02), "after cli", "a@b", T0, std::nullopt), auditTo());
    QCOMPARE(int(r8.outcome), int(ToleranceWriteResult::Outcome::Applied));
    QCOMPARE(r8.after->version, 8);

    // Many writers at once without an expected version: each gets its own version, none is lost.
    std::vector<std::thread> threads;
    std::atomic<int> applied{0};
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&, i] {
            RedisToleranceWriter w(m_redis.redisUrl());
            if (ToleranceCommand::run(
                    &w, saveOf(withFailureRate(0.01, 0.02 + i * 0.001), "race", "t@h", T0, std::nullopt), {})
                    .outcome == ToleranceWriteResult::Outcome::Applied)
                ++applied;
        });
    for (auto &t : threads)
        t.join();
    QCOMPARE(applied.load(), 4);
    QCOMPARE(m_redis.command({QStringLiteral("HLEN"), QStringLiteral("tolerances:m:history")}),
             QByteArray("7"));
}

void TestOperatorCommands::baselineFromRange() {
    std::vector<Snapshot> windows;
    const double values[] = {0.91, 0.87, 0.95, 0.80, 0.93};
    for (int i = 0; i < 5; ++i) {
        Snapshot s;
        s.modelId = "m";
        s.windowEndMs = T0 + i * kMinute;
        s[SeedMetric::Accuracy] = MetricValue::real(values[i]);
        windows.push_back(s);
    }
    Snapshot gap;
    gap.windowEndMs = T0 + 2 * kMinute + 1; // no accuracy: counted, left out
    windows.push_back(gap);
    // [T0+1m, T0+3m]: 0.87, 0.95, 0.80 → mean 2.62/3, median 0.87.
    const auto mean = proposeBaseline(windows, SeedMetric::Accuracy, T0 + 3 * kMinute, T0 + kMinute,
                                      BaselineStatistic::Mean);
    QCOMPARE(mean.samples.size(), std::size_t(3));
    QCOMPARE(mean.windowsWithout, std::size_t(1));
    QCOMPARE(*mean.value, (0.87 + 0.95 + 0.80) / 3.0);
    QCOMPARE(*mean.min, 0.80);
    QCOMPARE(*mean.max, 0.95);
    QCOMPARE(mean.samples[0].windowEndMs, T0 + kMinute);
    const auto median = proposeBaseline(windows, SeedMetric::Accuracy, T0 + kMinute, T0 + 3 * kMinute,
                                        BaselineStatistic::Median);
    QCOMPARE(*median.value, 0.87);
    // Even count: the mean of the two middle values (0.91, 0.87, 0.95, 0.80 → (0.87 + 0.91) / 2).
    const auto even =
        proposeBaseline(windows, SeedMetric::Accuracy, T0, T0 + 3 * kMinute, BaselineStatistic::Median);
    QCOMPARE(*even.value, (0.87 + 0.91) / 2.0);
    QVERIFY(!proposeBaseline(windows, SeedMetric::Rmse, T0, T0 + 9 * kMinute, BaselineStatistic::Mean).value);
    QVERIFY(!proposeBaseline(windows, SeedMetric::Accuracy, T0 + 60 * kMinute, T0 + 61 * kMinute,
                             BaselineStatistic::Mean)
                 .value);
}

void TestOperatorCommands::referenceSetAnnouncedAndAudited() {
    const ReferenceBuild built = buildReferenceFromJsonl(kEvents, "m");
    QVERIFY2(built.profile, built.error.c_str());
    QCOMPARE(built.events, std::uint64_t(3));
    QCOMPARE(built.skippedLines, std::uint64_t(1));
    QCOMPARE(built.profile->features.size(), std::size_t(2));
    QVERIFY(!buildReferenceFromJsonl(kEvents, "nobody").profile);
    drainUpdates();
    RedisToleranceWriter writer(m_redis.redisUrl());
    const auto r = ReferenceCommand::run(&writer, *built.profile, "events.jsonl", "ops@host", auditTo());
    QCOMPARE(int(r.outcome), int(ReferenceWriteResult::Outcome::Applied));
    QCOMPARE(m_redis.command({QStringLiteral("GET"), QStringLiteral("reference:m")}).toStdString(),
             serializeReferenceProfile(*built.profile));
    QCOMPARE(nextUpdate(), std::string(R"({"type": "reference", "model_id": "m", "timestamp": ""})"));
    const auto entries = auditEntries();
    QCOMPARE(entries.size(), std::size_t(1));
    QCOMPARE(entries[0].action, std::string("reference.set"));
    QCOMPARE(entries[0].target, std::string("reference/m"));
    QCOMPARE(
        entries[0].details,
        std::string(
            R"({"events":3,"features":["soil","x"],"model":"m","replaced":false,"source":"events.jsonl"})"));
    QCOMPARE(int(ReferenceCommand::run(nullptr, *built.profile, "f", "", auditTo()).outcome),
             int(ReferenceWriteResult::Outcome::ReadOnly));
    QCOMPARE(auditEntries().size(), std::size_t(1));
    // The console's follower reads the new update type.
    RedisReply pushed;
    pushed.type = RedisReply::Type::Array;
    for (const char *part :
         {"message", "assurance:updates", R"({"type": "reference", "model_id": "m", "timestamp": ""})"}) {
        RedisReply e;
        e.type = RedisReply::Type::String;
        e.str = part;
        pushed.elements.push_back(e);
    }
    QCOMPARE(parseStoreUpdate(pushed)->type, std::string("reference"));
}

void TestOperatorCommands::demoToleranceWriter() {
    DemoTelemetrySource::Options o;
    o.frameIntervalMs = 50;
    o.backfillMs = 5 * kMinute;
    DemoTelemetrySource demo(o);
    const std::string model = "flood-risk-predictor";
    auto save = saveOf(withFailureRate(0.01, 0.03), "demo edit", "d@h", T0, 0);
    save.modelId = model;
    // Stopped: Failed, nothing kept.
    QCOMPARE(int(QCoro::waitFor(ToleranceCommand::runAsync(demo.toleranceWriter(), save, {})).outcome),
             int(ToleranceWriteResult::Outcome::Failed));
    std::vector<ToleranceSet> seen;
    connect(&demo, &TelemetrySource::frameReady, this, [&](const ConsoleFramePtr &frame) {
        if (frame->record)
            for (const auto &t : frame->record->tolerances)
                if (t.modelId == model)
                    seen.push_back(t);
    });
    demo.start();
    QTRY_VERIFY_WITH_TIMEOUT(!seen.empty(), 60000);
    const auto r = QCoro::waitFor(ToleranceCommand::runAsync(demo.toleranceWriter(), save, auditTo()));
    QCOMPARE(int(r.outcome), int(ToleranceWriteResult::Outcome::Applied));
    QCOMPARE(r.after->version, 2);
    QTRY_COMPARE_WITH_TIMEOUT(seen.back().reason, std::string("demo edit"), 5000); // in a frame
    const auto again = QCoro::waitFor(ToleranceCommand::runAsync(demo.toleranceWriter(), save, auditTo()));
    QCOMPARE(int(again.outcome), int(ToleranceWriteResult::Outcome::Conflict)); // it expected none stored
    const ToleranceRecord record = demo.toleranceWriter()->read(model);
    QCOMPARE(record.versions.size(), std::size_t(1));
    QCOMPARE(record.current->reason, std::string("demo edit"));
    QCOMPARE(auditEntries().size(), std::size_t(1));
    demo.stop();
}

void TestOperatorCommands::ctlTolerancesEndToEnd() {
    const QString url = QString::fromStdString(m_redis.url());
    const QString db = QString::fromStdString(m_auditPath);
    const QString file = m_dir->filePath(QStringLiteral("set.json"));
    auto writeFile = [](const QString &path, const QByteArray &bytes) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    writeFile(
        file,
        R"({"model_id": "m", "version": 42, "metrics": {"failure_rate": {"direction": "lower_is_better", "mode": "absolute", "baseline": null, "warning": 0.01, "critical": 0.03, "enabled": true}}})");
    const QStringList base = {QStringLiteral("--redis"), url};
    Ctl r = ctl(QStringList{QStringLiteral("tolerances"), QStringLiteral("get"), QStringLiteral("m")} + base);
    QCOMPARE(r.exitCode, 1);
    r = ctl(QStringList{QStringLiteral("tolerances"), QStringLiteral("set"), QStringLiteral("m"),
                        QStringLiteral("--file"), file, QStringLiteral("--reason"),
                        QStringLiteral("from the CLI"), QStringLiteral("--audit-db"), db,
                        QStringLiteral("--json")} +
            base);
    QCOMPARE(r.exitCode, 0);
    const QByteArray stored = m_redis.command({QStringLiteral("GET"), QStringLiteral("tolerances:m")});
    QCOMPARE(r.out, stored + "\n");
    QVERIFY(stored.contains(R"("version": 2,)")); // the command assigns the version
    r = ctl(QStringList{QStringLiteral("tolerances"), QStringLiteral("get"), QStringLiteral("m"),
                        QStringLiteral("--json")} +
            base);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, stored + "\n");
    // --expect-version that moved: exit 5, nothing stored.
    r = ctl(QStringList{QStringLiteral("tolerances"), QStringLiteral("set"), QStringLiteral("m"),
                        QStringLiteral("--file"), file, QStringLiteral("--reason"), QStringLiteral("stale"),
                        QStringLiteral("--expect-version"), QStringLiteral("0"), QStringLiteral("--audit-db"),
                        db} +
            base);
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("v2 was saved by") && r.err.contains("from the CLI"), r.err.constData());
    QCOMPARE(m_redis.command({QStringLiteral("GET"), QStringLiteral("tolerances:m")}), stored);
    writeFile(file, R"({"version": 1, "metrics": {"failure_rate": {"warning": 0.01, "critical": 0.04}}})");
    r = ctl(QStringList{QStringLiteral("tolerances"), QStringLiteral("set"), QStringLiteral("m"),
                        QStringLiteral("--file"), file, QStringLiteral("--reason"), QStringLiteral("looser"),
                        QStringLiteral("--expect-version"), QStringLiteral("2"), QStringLiteral("--audit-db"),
                        db} +
            base);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("saved v3 of m's tolerances\n"));
    // Refused by the agent's rules: exit 5, with the reason.
    writeFile(file, R"({"version": 1, "metrics": {"accuracy": {"warning": 0.8, "critical": 0.9}}})");
    r = ctl(QStringList{QStringLiteral("tolerances"), QStringLiteral("set"), QStringLiteral("m"),
                        QStringLiteral("--file"), file, QStringLiteral("--reason"), QStringLiteral("bad"),
                        QStringLiteral("--audit-db"), db} +
            base);
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("critical must not be above warning"), r.err.constData());
    r = ctl(QStringList{QStringLiteral("tolerances"), QStringLiteral("history"), QStringLiteral("m"),
                        QStringLiteral("--json")} +
            base);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, "[" +
                        m_redis.command({QStringLiteral("HGET"), QStringLiteral("tolerances:m:history"),
                                         QStringLiteral("2")}) +
                        ", " +
                        m_redis.command({QStringLiteral("HGET"), QStringLiteral("tolerances:m:history"),
                                         QStringLiteral("3")}) +
                        "]\n");
    r = ctl(QStringList{QStringLiteral("tolerances"), QStringLiteral("diff"), QStringLiteral("m"),
                        QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("--json")} +
            base);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
             QByteArray(R"([{"metric": "failure_rate", "field": "critical", "before": 0.03, "after": 0.04}])"
                        "\n"));
    r = ctl(QStringList{QStringLiteral("tolerances"), QStringLiteral("diff"), QStringLiteral("m"),
                        QStringLiteral("1"), QStringLiteral("9")} +
            base);
    QCOMPARE(r.exitCode, 1);
    const QString events = m_dir->filePath(QStringLiteral("events.jsonl"));
    writeFile(events, kEvents);
    r = ctl(QStringList{QStringLiteral("reference"), QStringLiteral("set"), QStringLiteral("m"),
                        QStringLiteral("--file"), events, QStringLiteral("--audit-db"), db} +
            base);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("3 event(s), 2 feature(s); 1 line(s) skipped"), r.out.constData());
    QVERIFY(!m_redis.command({QStringLiteral("GET"), QStringLiteral("reference:m")}).isEmpty());
    const auto entries = auditEntries();
    QCOMPARE(entries.size(), std::size_t(3));
    QCOMPARE(entries[2].action, std::string("reference.set"));
}

QTEST_GUILESS_MAIN(TestOperatorCommands)
#include "tst_operator_commands.moc"
