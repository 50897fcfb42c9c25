// The console's source layer, measured (issue 9):
//   bench_console first-frame   time from start() to the first complete record frame of the Direct
//                               source, for a Redis holding a year of one model's 60 s history and
//                               10,000 closed episodes, beside the same for one day of history, in one
//                               run (alternating, 7 rounds, medians). Goal: ratio ≤ 1.5. A third Redis
//                               holds the year with every episode in the live hash (no retention).
//   bench_console idle          CPU used by a real assurance-console process (offscreen) over 20 s
//                               with nothing happening: Direct on one model with a day of history
//                               and no traffic, and Demo (~18 events/s), each beside the process's
//                               own startup cost. Goals: Direct < 2 % of a core, Demo < 5 %.
// Starts its own redis-server on a free loopback port. scripts/bench.sh runs it (BENCH=console).
#include "RedisFixture.h"
#include "redis/SnapshotStore.h"
#include "sources/DirectTelemetrySource.h"
#include "sources/WorkerThread.h"
#include "json/Timestamps.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace assurance;

namespace {

constexpr std::int64_t kEnd = 1761580800000; // the newest window of every seeded model

// `windows` one-minute windows ending at kEnd, written as agents lay them out (history key, index,
// latest, label, models:active), pipelined; and `episodes` closed episodes, one every 40 minutes
// back from kEnd. With `archived`, those closed more than 7 days (the agents' default
// --episode-retention) before kEnd are in violations:{id}:closed and its index, as agents move
// them; without, all are in the live hash (agents older than the retention).
void seed(RedisClient &c, const std::string &model, std::int64_t windows, int episodes,
          bool archived = true) {
    const std::string index = SnapshotStore::indexKey(model), hash = "violations:" + model,
                      closedHash = hash + ":closed", closedIndex = hash + ":closed:index",
                      closing = hash + ":closing";
    for (std::int64_t from = 0; from < windows; from += 2000) {
        std::vector<std::string> storage;
        storage.reserve(8000);
        std::vector<std::vector<std::string_view>> cmds;
        for (std::int64_t i = from; i < std::min(windows, from + 2000); ++i) {
            Snapshot s;
            s.modelId = model;
            s.windowEndMs = kEnd - (windows - 1 - i) * 60'000;
            s[SeedMetric::Accuracy] = MetricValue::real(0.9 + static_cast<double>(i % 10) / 100.0);
            s[SeedMetric::FeatureDrift] = MetricValue::real(0.02);
            s[SeedMetric::FailureRate] = MetricValue::real(0.01);
            s.extras.push_back({"events", MetricValue::integer(1000)});
            storage.push_back(SnapshotStore::historyKey(model, s.timestamp()));
            storage.push_back(serializeSnapshot(s));
            storage.push_back(std::to_string(s.windowEndMs));
            storage.push_back(s.timestamp());
        }
        for (std::size_t k = 0; k < storage.size(); k += 4) {
            cmds.push_back({"SET", storage[k], storage[k + 1]});
            cmds.push_back({"ZADD", index, storage[k + 2], storage[k + 3]});
        }
        c.pipeline(cmds);
    }
    Snapshot latest;
    latest.modelId = model;
    latest.windowEndMs = kEnd;
    latest[SeedMetric::Accuracy] = MetricValue::real(0.95);
    const AssuranceLabel label = assessSnapshot(latest, defaultTolerances(model));
    const std::string latestKey = SnapshotStore::latestKey(model), latestJson = serializeSnapshot(latest),
                      labelKey = "label:" + model, labelJson = serializeLabel(label);
    c.pipeline(
        {{"SET", latestKey, latestJson}, {"SET", labelKey, labelJson}, {"SADD", "models:active", model}});
    // Closed episodes in the live hash: the worst case, an agent without episode retention.
    for (int from = 0; from < episodes; from += 1000) {
        std::vector<std::string> storage;
        std::vector<std::vector<std::string_view>> cmds;
        storage.reserve(3000);
        for (int i = from; i < std::min(episodes, from + 1000); ++i) {
            ViolationEpisode e;
            e.modelId = model;
            e.metric = SeedMetric::FeatureDrift;
            e.openedMs = e.lastSeenMs = kEnd - static_cast<std::int64_t>(i + 1) * 40 * 60'000;
            e.closedMs = e.openedMs + 5 * 60'000;
            e.id = model + ":feature_drift:" + timestamps::formatWindowTimestamp(e.openedMs);
            e.observed = 0.2;
            e.bound = 0.1;
            e.count = 5;
            storage.push_back(e.id);
            storage.push_back(serializeEpisode(e));
            storage.push_back(std::to_string(*e.closedMs));
        }
        for (std::size_t k = 0; k < storage.size(); k += 3) {
            const bool old = archived && std::atoll(storage[k + 2].c_str()) < kEnd - 7 * 24 * 3600'000LL;
            cmds.push_back({"HSET", old ? closedHash : hash, storage[k], storage[k + 1]});
            cmds.push_back({"ZADD", old ? closedIndex : closing, storage[k + 2], storage[k]});
        }
        c.pipeline(cmds);
    }
}

// Milliseconds from start() to the first frame with the record's windows.
double firstFrameMs(quint16 port, int db) {
    DirectTelemetrySource::Options options;
    options.redis.port = port;
    options.redis.db = db;
    DirectTelemetrySource source(options);
    QEventLoop loop;
    std::size_t windows = 0;
    QObject::connect(&source, &TelemetrySource::frameReady, &loop, [&](const ConsoleFramePtr &f) {
        if (f->record && !f->record->windows.empty()) {
            windows = f->record->windows.size();
            loop.quit();
        }
    });
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    source.start();
    loop.exec();
    const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
    source.stop();
    WorkerThread::awaitRetired(std::chrono::seconds(5));
    return windows > 0 ? ms : -1.0;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

int firstFrame(RedisServer &redis) {
    RedisUrl day = redis.redisUrl(), year = redis.redisUrl(), legacy = redis.redisUrl();
    day.db = 1;
    year.db = 2;
    legacy.db = 4;
    RedisClient d(day, std::chrono::milliseconds(60'000)), y(year, std::chrono::milliseconds(60'000)),
        l(legacy, std::chrono::milliseconds(60'000));
    QElapsedTimer t;
    t.start();
    seed(d, "model", 24 * 60, 10'000);
    seed(y, "model", 365 * 24 * 60, 10'000);
    seed(l, "model", 365 * 24 * 60, 10'000, false);
    std::printf(
        "seeded one day (1,440 windows) and one year (525,600 windows) of history, each with 10,000 closed\n"
        "episodes as agents keep them (the last 7 days' in the live hash, the rest archived); and the year\n"
        "again with every episode in the live hash (agents older than --episode-retention), in %.1f s\n",
        static_cast<double>(t.elapsed()) / 1000.0);
    std::vector<double> dayMs, yearMs, legacyMs;
    for (int round = 0; round < 7; ++round) {
        dayMs.push_back(firstFrameMs(redis.port(), 1));
        yearMs.push_back(firstFrameMs(redis.port(), 2));
        legacyMs.push_back(firstFrameMs(redis.port(), 4));
        std::printf("round %d: first complete frame: one day %.1f ms, one year %.1f ms, one year with every "
                    "episode in the live hash %.1f ms\n",
                    round + 1, dayMs.back(), yearMs.back(), legacyMs.back());
    }
    const double dm = median(dayMs), ym = median(yearMs), lm = median(legacyMs);
    std::printf(
        "median of 7: one day %.1f ms; one year %.1f ms, ratio %.2f (goal <= 1.5); one year with every "
        "episode in the live hash %.1f ms, ratio %.2f\n",
        dm, ym, ym / dm, lm, lm / dm);
    return 0;
}

// CPU seconds (utime + stime) of a process so far.
double cpuSeconds(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1.0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // After the command: state is field 3; utime and stime are fields 14 and 15.
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

void idleRun(const char *what, const QStringList &args, int startupSeconds, int idleSeconds) {
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    console.setProcessEnvironment(env);
    console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    console.start(QStringLiteral(ASSURANCE_CONSOLE), args);
    if (!console.waitForStarted(5000)) {
        std::printf("%s: the console did not start\n", what);
        return;
    }
    QEventLoop loop;
    QTimer::singleShot(startupSeconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const double startup = cpuSeconds(console.processId());
    QTimer::singleShot(idleSeconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const double idle = cpuSeconds(console.processId()) - startup;
    std::printf("%s: %.2f CPU-s over %d s idle = %.1f %% of a core (its first %d s, startup: %.2f CPU-s)\n",
                what, idle, idleSeconds, 100.0 * idle / idleSeconds, startupSeconds, startup);
    console.terminate();
    console.waitForFinished(5000);
}

int idle(RedisServer &redis) {
    RedisUrl url = redis.redisUrl();
    url.db = 3;
    RedisClient c(url, std::chrono::milliseconds(60'000));
    seed(c, "model", 24 * 60, 0);
    const QString redisUrl = QStringLiteral("redis://127.0.0.1:%1/3").arg(redis.port());
    idleRun("Direct, one model, a day of history, no traffic", {QStringLiteral("--redis"), redisUrl}, 8, 20);
    idleRun("Demo (~18 events/s)", {QStringLiteral("--demo")}, 8, 20);
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (mode != QLatin1String("first-frame") && mode != QLatin1String("idle")) {
        std::fprintf(stderr, "usage: bench_console first-frame|idle\n");
        return 2;
    }
    RedisServer redis;
    if (!redis.start()) {
        std::fprintf(stderr, "bench_console: cannot start redis-server\n");
        return 3;
    }
    return mode == QLatin1String("first-frame") ? firstFrame(redis) : idle(redis);
}
