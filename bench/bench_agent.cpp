// End-to-end benchmarks of the agent with every part real and in its own process: librdkafka's mock
// cluster (a Kafka-protocol broker on 127.0.0.1), assurance-agent, and redis-server.
//
//   bench_agent throughput [--events N] [--models M] [--partitions P] [--agent-arg ARG]...
//     Pre-produces N distinct inference events plus 5 % re-sent duplicates, lz4-compressed and keyed
//     by model_id over P partitions, and proves from the partitions' watermarks that the brokers
//     hold every message (the mock trims old batches silently). Then starts the agent and times it
//     from its first consumed message to its last (/metrics, polled every 10 ms). Every window the
//     agent writes is compared byte for byte with the same messages run through the engine here.
//   bench_agent latency [--rate R] [--seconds S] [--models M] [--partitions P] [--agent-arg ARG]...
//     Produces at a steady R events/s stamped ts = now, windows of 2 s with 1 s allowed lateness.
//     For each window: the time from its close (window end + lateness: when the watermark passes
//     its end) until Redis publishes its snapshot; for each event: the time from its production.
//     BENCH_WORST=N lists the N latest windows with the time their closing event was acknowledged
//     (a late acknowledgement is the producer's or the broker's delay, not the agent's).
//
// Prints its figures; exits 0 only when every check passed (counts, bytes, no window missing).
#include "BenchCorpus.h"
#include "KafkaFixture.h"
#include "NetFixture.h"
#include "RedisFixture.h"
#include "kafka/KafkaClient.h"
#include "metrics/Clock.h"
#include "pipeline/TelemetryProcessor.h"
#include "redis/RedisClient.h"
#include "redis/SnapshotStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

using namespace assurance;
using benchcorpus::makeEvent;
using benchcorpus::modelName;
using benchcorpus::Rng;

namespace {

const char *const kTopic = "bench-telemetry";

std::int64_t wallMs() {
    return SystemClock().nowMs();
}

double since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

struct Options {
    std::uint64_t events = 1'000'000;
    int models = 256;
    int partitions = 64;
    double rate = 50'000;
    int seconds = 30;
    int lingerMs = 20; // the latency run's producer (linger.ms)
    QStringList agentArgs;
};

// CPU seconds and peak resident memory of a process, from /proc.
struct ProcessUsage {
    double cpuSeconds = 0;
    long peakRssMiB = 0;
};
ProcessUsage usageOf(qint64 pid) {
    ProcessUsage u;
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (std::getline(stat, line)) {
        // Fields after the command name (which may hold spaces): state is field 3; utime 14, stime 15.
        const auto close = line.rfind(')');
        std::istringstream rest(line.substr(close + 2));
        std::string field;
        unsigned long long utime = 0, stime = 0;
        for (int i = 3; i <= 15 && rest >> field; ++i) {
            if (i == 14)
                utime = std::stoull(field);
            if (i == 15)
                stime = std::stoull(field);
        }
        u.cpuSeconds = static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
    }
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            u.peakRssMiB = std::atol(line.c_str() + 6) / 1024;
    return u;
}

// Busy and total CPU time of the whole machine (/proc/stat, in clock ticks).
struct MachineTicks {
    unsigned long long busy = 0, total = 0;
};
MachineTicks machineTicks() {
    std::ifstream stat("/proc/stat");
    std::string cpu;
    MachineTicks t;
    stat >> cpu;
    for (int i = 0; i < 10; ++i) {
        unsigned long long v = 0;
        stat >> v;
        t.total += v;
        if (i != 3 && i != 4) // idle, iowait
            t.busy += v;
    }
    return t;
}

// Where the machine's CPU went between two points: each process of the rig, and all of it.
struct CpuSnapshot {
    double agent = 0, broker = 0, redis = 0, bench = 0;
    MachineTicks machine;
};

// The three processes. The agent's log (JSON lines) goes to a file, shown when something fails.
class Rig {
public:
    bool start(int partitions) {
        if (!m_redis.start()) {
            std::fprintf(stderr, "bench_agent: cannot start redis-server\n");
            return false;
        }
        if (!m_kafka.start({QStringLiteral("%1:%2").arg(QLatin1String(kTopic)).arg(partitions)})) {
            std::fprintf(stderr, "bench_agent: cannot start the mock Kafka cluster\n");
            return false;
        }
        m_client = std::make_unique<RedisClient>(m_redis.redisUrl(), std::chrono::milliseconds(60000));
        return m_client->connect();
    }

    bool startAgent(const QStringList &args) {
        m_http = netfixture::freePort();
        // BENCH_AGENT_LOG=FILE keeps the agent's log after the run.
        const QByteArray keep = qgetenv("BENCH_AGENT_LOG");
        m_agent.setStandardErrorFile(keep.isEmpty() ? m_dir.filePath(QStringLiteral("agent.log"))
                                                    : QString::fromLocal8Bit(keep));
        m_agent.start(QStringLiteral(ASSURANCE_AGENT),
                      QStringList{QStringLiteral("--brokers"), m_kafka.bootstrap(), QStringLiteral("--topic"),
                                  QLatin1String(kTopic), QStringLiteral("--group"),
                                  QStringLiteral("bench-agents"), QStringLiteral("--redis"),
                                  QString::fromStdString(m_redis.url()), QStringLiteral("--retention"),
                                  QStringLiteral("3650d"), QStringLiteral("--http"),
                                  QStringLiteral("127.0.0.1:%1").arg(m_http)} +
                          args);
        return m_agent.waitForStarted(5000);
    }

    // SIGTERM; true when the agent stopped cleanly (exit code 0).
    bool stopAgent() {
        m_agent.terminate();
        return m_agent.waitForFinished(60000) && m_agent.exitStatus() == QProcess::NormalExit &&
               m_agent.exitCode() == 0;
    }

    QByteArray metrics() const { return netfixture::httpGet(m_http, "/metrics"); }
    qulonglong metric(const char *name) const { return netfixture::sample(metrics(), name); }
    qint64 agentPid() const { return m_agent.processId(); }
    CpuSnapshot cpu() const {
        return {usageOf(m_agent.processId()).cpuSeconds, usageOf(m_kafka.processId()).cpuSeconds,
                usageOf(m_redis.processId()).cpuSeconds, usageOf(getpid()).cpuSeconds, machineTicks()};
    }
    static void printCpu(const CpuSnapshot &a, const CpuSnapshot &b, double seconds) {
        const double cores = static_cast<double>(std::thread::hardware_concurrency());
        const double busy = static_cast<double>(b.machine.busy - a.machine.busy) /
                            static_cast<double>(std::max(1ULL, b.machine.total - a.machine.total));
        std::printf(
            "cpu in the timed window (%.0f cores): agent %.2f, broker %.2f, redis %.2f, this benchmark "
            "%.2f cores; machine %.0f %% busy\n",
            cores, (b.agent - a.agent) / seconds, (b.broker - a.broker) / seconds,
            (b.redis - a.redis) / seconds, (b.bench - a.bench) / seconds, 100.0 * busy);
    }
    RedisClient &redis() { return *m_client; }
    QString bootstrap() const { return m_kafka.bootstrap(); }

    void showAgentLog() const {
        QFile f(m_dir.filePath(QStringLiteral("agent.log")));
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray all = f.readAll();
            std::fprintf(stderr, "--- agent log (last 4 KiB)\n%s\n", all.right(4096).constData());
        }
    }

    bool storeReferences(const std::map<std::string, std::shared_ptr<ReferenceProfile>> &refs) {
        for (const auto &[id, ref] : refs) {
            const std::string json = serializeReferenceProfile(*ref);
            const auto r = m_client->command({"SET", "reference:" + id, json});
            if (!r || r->isError())
                return false;
        }
        return true;
    }

private:
    QTemporaryDir m_dir;
    RedisServer m_redis;
    MockKafkaCluster m_kafka;
    QProcess m_agent;
    quint16 m_http = 0;
    std::unique_ptr<RedisClient> m_client;
};

bool produceAll(const QString &bootstrap, const std::vector<std::string> &messages,
                const std::vector<int> &modelOf) {
    KafkaProducer producer;
    std::string error;
    if (!producer.open(bootstrap.toStdString(),
                       {{"compression.codec", "lz4"},
                        {"linger.ms", "50"},
                        {"batch.num.messages", "10000"},
                        {"queue.buffering.max.messages", "2000000"},
                        {"queue.buffering.max.kbytes", "2097151"}},
                       &error)) {
        std::fprintf(stderr, "bench_agent: %s\n", error.c_str());
        return false;
    }
    std::vector<std::string> keys;
    for (int m = 0; m <= *std::max_element(modelOf.begin(), modelOf.end()); ++m)
        keys.push_back(modelName(m));
    for (std::size_t i = 0; i < messages.size(); ++i)
        if (!producer.produce(kTopic, keys[static_cast<std::size_t>(modelOf[i])], messages[i], &error)) {
            std::fprintf(stderr, "bench_agent: %s\n", error.c_str());
            return false;
        }
    if (!producer.flush(300'000, &error)) {
        std::fprintf(stderr, "bench_agent: %s\n", error.c_str());
        return false;
    }
    return producer.delivered() == messages.size();
}

int throughput(const Options &o) {
    Rig rig;
    if (!rig.start(o.partitions))
        return 3;
    // Event time: 7 minutes, ending well before now (nothing is refused as dated in the future).
    const std::int64_t t0 = (wallMs() - 20 * 60'000) / 60'000 * 60'000;
    const std::int64_t spanMs = 7 * 60'000;
    const auto refs = benchcorpus::referenceProfiles(o.models, 500, t0);
    if (!rig.storeReferences(refs))
        return 3;

    Rng rng{42};
    std::vector<std::string> corpus;
    std::vector<int> modelOf;
    corpus.reserve(static_cast<std::size_t>(static_cast<double>(o.events) * 1.06));
    std::uint64_t bytes = 0;
    for (std::uint64_t i = 0; i < o.events; ++i) {
        const std::int64_t ts =
            t0 + static_cast<std::int64_t>(static_cast<double>(i) * spanMs / static_cast<double>(o.events));
        const int model = static_cast<int>(rng.next() % static_cast<std::uint64_t>(o.models));
        corpus.push_back(makeEvent(rng, model, ts, i));
        modelOf.push_back(model);
        bytes += corpus.back().size();
        if (rng.uniform() < 0.05 / 0.95 && corpus.size() > 50) { // duplicates make 5 % of the corpus
            const std::size_t from = corpus.size() - 1 - rng.next() % 40;
            corpus.push_back(corpus[from]);
            modelOf.push_back(modelOf[from]);
        }
    }
    std::printf(
        "corpus: %zu messages (%llu distinct, %zu duplicates), %d models over %d partitions, mean %.0f "
        "bytes, lz4\n",
        corpus.size(), static_cast<unsigned long long>(o.events), corpus.size() - o.events, o.models,
        o.partitions, static_cast<double>(bytes) / static_cast<double>(o.events));

    // What the agent must write: the same messages through the engine in-process.
    std::map<std::string, std::string> expected;
    {
        EngineConfig config; // 60 s windows, 10 s lateness: the agent's defaults
        ManualClock clock(wallMs());
        TelemetryProcessor p(config, clock);
        for (const auto &[id, ref] : refs)
            p.engine().setReference(ref);
        const auto a = std::chrono::steady_clock::now();
        for (const auto &m : corpus)
            p.submit(m);
        p.finish();
        std::printf(
            "the same messages in-process on one thread (parse + windows + evaluation): %.0f events/s\n",
            static_cast<double>(corpus.size()) / since(a));
        for (const auto &w : p.takeProcessed())
            expected[SnapshotStore::historyKey(w.snapshot.modelId, w.snapshot.timestamp())] =
                serializeSnapshot(w.snapshot);
    }

    const auto producing = std::chrono::steady_clock::now();
    if (!produceAll(rig.bootstrap(), corpus, modelOf))
        return 3;
    std::printf("produced and acknowledged in %.2f s (producer finished before the agent starts)\n",
                since(producing));
    std::string error;
    const auto marks = topicWatermarks(rig.bootstrap().toStdString(), kTopic, &error);
    if (!marks) {
        std::fprintf(stderr, "bench_agent: %s\n", error.c_str());
        return 3;
    }
    std::uint64_t held = 0;
    bool trimmed = false;
    int used = 0;
    for (const auto &w : *marks) {
        held += static_cast<std::uint64_t>(w.high - w.low);
        trimmed |= w.low != 0;
        used += w.high > 0;
    }
    std::printf("brokers hold %llu messages in %d of %zu partitions%s\n",
                static_cast<unsigned long long>(held), used, marks->size(),
                trimmed ? " (SOME WERE TRIMMED)" : "");
    if (held != corpus.size() || trimmed) {
        std::fprintf(stderr, "bench_agent: the brokers lost messages to their retention limits\n");
        return 1;
    }

    if (!rig.startAgent(QStringList{QStringLiteral("--start"), QStringLiteral("earliest"),
                                    QStringLiteral("--idle-timeout"), QStringLiteral("3s")} +
                        o.agentArgs))
        return 3;
    std::chrono::steady_clock::time_point first, last;
    CpuSnapshot cpuFirst, cpuLast;
    bool started = false;
    qulonglong consumed = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(5);
    while (std::chrono::steady_clock::now() < deadline) {
        consumed = rig.metric("assurance_events_consumed_total");
        const auto now = std::chrono::steady_clock::now();
        if (started && std::getenv("BENCH_TIMELINE")) // consumption over time, to see stalls
            std::printf("  t=%.3f s consumed %llu\n", std::chrono::duration<double>(now - first).count(),
                        consumed);
        if (!started && consumed > 0) {
            first = now;
            cpuFirst = rig.cpu();
            started = true;
        }
        if (consumed >= corpus.size()) {
            last = now;
            cpuLast = rig.cpu();
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (consumed != corpus.size()) {
        std::fprintf(stderr, "bench_agent: the agent consumed %llu of %zu messages\n", consumed,
                     corpus.size());
        rig.showAgentLog();
        return 1;
    }
    const double seconds = std::chrono::duration<double>(last - first).count();
    const ProcessUsage usage = usageOf(rig.agentPid());
    // Windows closed by the watermark are written while consuming; the last one per model closes
    // after the 3 s idle timeout.
    qulonglong windows = 0;
    while (std::chrono::steady_clock::now() < deadline) {
        windows = rig.metric("assurance_windows_written_total");
        if (windows >= expected.size())
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    std::size_t equal = 0, missing = 0, different = 0;
    std::vector<std::string> keys;
    for (const auto &[k, v] : expected)
        keys.push_back(k);
    for (std::size_t from = 0; from < keys.size(); from += 1000) {
        std::vector<std::string_view> argv = {"MGET"};
        for (std::size_t i = from; i < std::min(keys.size(), from + 1000); ++i)
            argv.push_back(keys[i]);
        const auto r = rig.redis().command(argv);
        if (!r)
            return 3;
        for (std::size_t i = 0; i < r->elements.size(); ++i) {
            const RedisReply &v = r->elements[i];
            if (v.type != RedisReply::Type::String)
                ++missing;
            else if (v.str == expected[keys[from + i]])
                ++equal;
            else if (++different == 1)
                std::fprintf(stderr, "first difference at %s:\n  agent    %s\n  expected %s\n",
                             keys[from + i].c_str(), v.str.c_str(), expected[keys[from + i]].c_str());
        }
    }
    const QByteArray finalMetrics = rig.metrics();
    const bool stopped = rig.stopAgent();
    std::printf("agent: %llu messages in %.3f s from first to last consumed\n", consumed, seconds);
    std::printf("messages per worker shard:");
    for (const QByteArray &line : finalMetrics.split('\n'))
        if (line.startsWith("assurance_shard_events_consumed_total{"))
            std::printf(" %s", line.mid(line.indexOf('}') + 2).constData());
    std::printf("\n");
    std::printf("agent: %.2f CPU s in all (startup and idle close included), peak RSS %ld MiB\n",
                usage.cpuSeconds, usage.peakRssMiB);
    Rig::printCpu(cpuFirst, cpuLast, seconds);
    std::printf("agent CPU per message in the timed window: %.2f us\n",
                (cpuLast.agent - cpuFirst.agent) * 1e6 / static_cast<double>(consumed));
    std::printf(
        "windows: %zu expected, %llu written; in Redis %zu byte-identical, %zu different, %zu missing\n",
        expected.size(), windows, equal, different, missing);
    std::printf("clean stop (SIGTERM, exit 0): %s\n", stopped ? "yes" : "NO");
    std::printf("end-to-end events/s: %.0f\n", static_cast<double>(consumed) / seconds);
    const bool ok = equal == expected.size() && windows == expected.size() && stopped;
    if (!ok)
        rig.showAgentLog();
    return ok ? 0 : 1;
}

double percentile(std::vector<double> v, double q) {
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const double pos = q * static_cast<double>(v.size() - 1);
    const auto i = static_cast<std::size_t>(pos);
    return i + 1 < v.size() ? v[i] + (v[i + 1] - v[i]) * (pos - static_cast<double>(i)) : v[i];
}

int latency(const Options &o) {
    constexpr std::int64_t kWindowMs = 2000, kLatenessMs = 1000;
    Rig rig;
    if (!rig.start(o.partitions))
        return 3;
    const auto refs = benchcorpus::referenceProfiles(o.models, 500, wallMs());
    if (!rig.storeReferences(refs))
        return 3;
    if (!rig.startAgent(QStringList{QStringLiteral("--window"), QStringLiteral("2s"),
                                    QStringLiteral("--lateness"), QStringLiteral("1s")} +
                        o.agentArgs))
        return 3;

    // Snapshots as Redis publishes them (the same Lua script that writes the window publishes it).
    std::mutex lock;
    std::map<std::pair<std::string, std::string>, std::int64_t> visible; // (model, timestamp) → wall ms
    std::atomic<bool> stop{false};
    RedisUrl url = rig.redis().url();
    std::thread subscriber([&] {
        RedisClient sub(url, std::chrono::milliseconds(5000));
        if (!sub.connect() || !sub.command({"SUBSCRIBE", kUpdatesChannel}))
            return;
        while (!stop) {
            auto r = sub.pollReply(50);
            const std::int64_t at = wallMs();
            const auto update = r ? parseStoreUpdate(*r) : std::nullopt;
            if (!update || update->type != "snapshot")
                continue;
            std::lock_guard<std::mutex> g(lock);
            visible.emplace(std::make_pair(update->modelId, update->timestamp), at);
        }
    });

    // Templates whose ts and txid are patched in place for each event, so that producing costs
    // little CPU next to the agent (both share this machine's two cores).
    struct Template {
        std::string json;
        std::size_t tsAt = 0, txAt = 0;
    };
    std::vector<Template> templates;
    Rng rng{99};
    for (int i = 0; i < 4096; ++i) {
        Template t;
        t.json = makeEvent(rng, i % o.models, 946684800000, 0); // 2000-01-01T00:00:00.000Z
        t.tsAt = t.json.find("2000-01-01T00:00:00.000Z");
        t.txAt = t.json.find("\"txid_hash\": \"") + 14;
        templates.push_back(std::move(t));
    }
    KafkaProducer producer;
    std::string error;
    if (!producer.open(rig.bootstrap().toStdString(),
                       {{"compression.codec", "lz4"}, {"linger.ms", std::to_string(o.lingerMs)}}, &error))
        return 3;
    struct Sent {
        int model;
        std::int64_t ts;
        std::int64_t ackedMs = -1; // the brokers acknowledged it (its delivery report)
    };
    std::vector<Sent> sent;
    producer.onDelivered = [&sent](std::uint64_t token, bool ok) {
        if (ok)
            sent[token - 1].ackedMs = wallMs();
    };
    sent.reserve(static_cast<std::size_t>(o.rate * (o.seconds + 10)));
    std::vector<std::string> keys;
    for (int m = 0; m < o.models; ++m)
        keys.push_back(modelName(m));
    const int warmupSeconds = 8; // group join and first assignment
    const auto begin = std::chrono::steady_clock::now();
    const std::int64_t measureFromMs = wallMs() + warmupSeconds * 1000;
    std::uint64_t n = 0;
    std::string msg;
    while (since(begin) < warmupSeconds + o.seconds) {
        const auto due = static_cast<std::uint64_t>(since(begin) * o.rate);
        for (; n < due; ++n) {
            const Template &t = templates[n % templates.size()];
            const int model = static_cast<int>(n % templates.size()) % o.models;
            const std::int64_t ts = wallMs();
            msg = t.json;
            msg.replace(t.tsAt, 24, timestamps::formatIso8601Ms(ts));
            char tx[17];
            std::snprintf(tx, sizeof tx, "%016llx", static_cast<unsigned long long>(n));
            msg.replace(t.txAt, 16, tx);
            sent.push_back({model, ts});
            if (!producer.produce(kTopic, keys[static_cast<std::size_t>(model)], msg, &error, sent.size()))
                return 3;
        }
        producer.poll();
        std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
    const std::int64_t stopMs = wallMs();
    const QByteArray underLoad = rig.metrics();
    const auto commandStats = rig.redis().command({"INFO", "commandstats"});
    producer.flush(30000, &error);
    std::this_thread::sleep_for(std::chrono::milliseconds(2 * (kWindowMs + kLatenessMs) + 1000));
    stop = true;
    subscriber.join();
    const ProcessUsage usage = usageOf(rig.agentPid());
    const bool stopped = rig.stopAgent();

    // The closing event of each window: the model's first event dated at or after end + lateness
    // (its arrival moves the watermark past the end). From its acknowledgement by the brokers to
    // the snapshot in Redis is the agent's own part: fetch, windowing, evaluation, the Redis write.
    std::map<std::pair<int, std::int64_t>, std::int64_t> closingAck, closingTs;
    for (const Sent &s : sent) {
        const std::int64_t closes = (s.ts - kLatenessMs) / kWindowMs * kWindowMs; // the end it closes
        closingTs.emplace(std::make_pair(s.model, closes), s.ts);
        if (s.ackedMs >= 0)
            closingAck.emplace(std::make_pair(s.model, closes), s.ackedMs);
    }
    std::vector<double> closingLate; // how long after end + lateness the closing event was produced
    for (const auto &[window, ts] : closingTs)
        if (window.second - kWindowMs >= measureFromMs && window.second <= stopMs - kLatenessMs)
            closingLate.push_back(static_cast<double>(ts - (window.second + kLatenessMs)));
    std::vector<double> ackToVisible;
    // Windows entirely inside the measured period, and their events.
    std::vector<double> closeToVisible, produceToVisible;
    struct Late {
        std::int64_t delay, end;
        int model;
        std::int64_t acked; // after end + lateness; -1 unknown
    };
    std::vector<Late> worst; // BENCH_WORST=N prints the N latest windows
    std::size_t missing = 0;
    std::map<std::pair<int, std::int64_t>, std::int64_t> windowVisible; // (model, end) → wall ms, -1 missing
    for (const Sent &s : sent) {
        const std::int64_t end = (s.ts / kWindowMs + 1) * kWindowMs;
        if (end - kWindowMs < measureFromMs || end > stopMs - kLatenessMs)
            continue;
        auto it = windowVisible.find({s.model, end});
        if (it == windowVisible.end()) {
            std::int64_t at = -1;
            const auto v = visible.find(
                {keys[static_cast<std::size_t>(s.model)], timestamps::formatWindowTimestamp(end)});
            if (v != visible.end()) {
                at = v->second;
                closeToVisible.push_back(static_cast<double>(at - (end + kLatenessMs)));
                const auto ack = closingAck.find({s.model, end});
                if (ack != closingAck.end())
                    ackToVisible.push_back(static_cast<double>(at - ack->second));
                worst.push_back({at - (end + kLatenessMs), end, s.model,
                                 ack != closingAck.end() ? ack->second - (end + kLatenessMs) : -1});
            } else {
                ++missing;
            }
            it = windowVisible.emplace(std::make_pair(s.model, end), at).first;
        }
        if (it->second >= 0)
            produceToVisible.push_back(static_cast<double>(it->second - s.ts));
    }
    const double achieved = static_cast<double>(n) / static_cast<double>(warmupSeconds + o.seconds);
    std::printf(
        "load: %llu events at %.0f events/s over %d s (+%d s warm-up), %d models, %d partitions, lz4\n",
        static_cast<unsigned long long>(n), achieved, o.seconds, warmupSeconds, o.models, o.partitions);
    std::printf("windows measured: %zu (2 s windows, 1 s lateness), missing: %zu\n", closeToVisible.size(),
                missing);
    std::printf("window close -> visible in Redis: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
                percentile(closeToVisible, 0.50), percentile(closeToVisible, 0.99),
                percentile(closeToVisible, 1.0));
    std::printf(
        "closing event produced after end + lateness by: p50 %.1f ms, p99 %.1f ms (the load generator's "
        "own delay)\n",
        percentile(closingLate, 0.50), percentile(closingLate, 0.99));
    std::printf(
        "closing event acknowledged by the brokers -> visible in Redis (the agent's part): p50 %.1f ms, "
        "p99 %.1f ms\n",
        percentile(ackToVisible, 0.50), percentile(ackToVisible, 0.99));
    std::printf("event produced -> visible in Redis: p50 %.1f ms, p99 %.1f ms (includes waiting for the "
                "window to close)\n",
                percentile(produceToVisible, 0.50), percentile(produceToVisible, 0.99));
    if (const char *n = std::getenv("BENCH_WORST")) {
        std::sort(worst.begin(), worst.end(), [](const Late &a, const Late &b) { return a.delay > b.delay; });
        worst.resize(std::min<std::size_t>(worst.size(), static_cast<std::size_t>(std::atoi(n))));
        for (const Late &w : worst)
            std::printf(
                "  late window: %s ending %s (+%lld ms into the run): visible %lld ms after close, its "
                "closing event acknowledged %lld ms after close\n",
                keys[static_cast<std::size_t>(w.model)].c_str(),
                timestamps::formatWindowTimestamp(w.end).c_str(),
                static_cast<long long>(w.end - measureFromMs), static_cast<long long>(w.delay),
                static_cast<long long>(w.acked));
    }
    if (commandStats) // Redis's own time per window script
        for (const QByteArray &line : QByteArray::fromStdString(commandStats->str).split('\n'))
            if (line.startsWith("cmdstat_evalsha:") || line.startsWith("cmdstat_eval:"))
                std::printf("redis %s\n", line.trimmed().constData());
    std::printf("agent: %.2f CPU s over the run, peak RSS %ld MiB; consumer lag when the load stopped: %llu; "
                "clean stop: %s\n",
                usage.cpuSeconds, usage.peakRssMiB, netfixture::sample(underLoad, "assurance_consumer_lag"),
                stopped ? "yes" : "NO");
    const bool ok = missing == 0 && !closeToVisible.empty() && stopped;
    if (!ok)
        rig.showAgentLog();
    return ok ? 0 : 1;
}

int usage() {
    std::fprintf(stderr, "usage: bench_agent throughput [--events N] [--models M] [--partitions P] "
                         "[--agent-arg ARG]...\n"
                         "       bench_agent latency [--rate R] [--seconds S] [--models M] [--partitions P] "
                         "[--agent-arg ARG]...\n");
    return 2;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return usage();
    const std::string mode = argv[1];
    Options o;
    if (mode == "latency")
        o.models = 100;
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        if (i + 1 >= argc)
            return usage();
        const char *v = argv[++i];
        if (a == "--events")
            o.events = std::strtoull(v, nullptr, 10);
        else if (a == "--models")
            o.models = std::atoi(v);
        else if (a == "--partitions")
            o.partitions = std::atoi(v);
        else if (a == "--rate")
            o.rate = std::atof(v);
        else if (a == "--seconds")
            o.seconds = std::atoi(v);
        else if (a == "--linger-ms")
            o.lingerMs = std::atoi(v);
        else if (a == "--agent-arg")
            o.agentArgs << QString::fromLocal8Bit(v);
        else
            return usage();
    }
    if (o.models <= 0 || o.partitions <= 0 || o.events < 100 || o.rate <= 0 || o.seconds <= 0)
        return usage();
    if (mode == "throughput")
        return throughput(o);
    if (mode == "latency")
        return latency(o);
    return usage();
}
