// History load: 100,000 stored snapshots of one model read from Redis through the index and
// through SCAN (deployments without an index), parsed into Snapshot values. Needs a redis-server:
// scripts/bench.sh starts one on a free port and passes --port.
#include "redis/RedisClient.h"
#include "redis/SnapshotStore.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace assurance;

int main(int argc, char **argv) {
    int port = 6379;
    std::int64_t count = 100'000;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--port") && i + 1 < argc)
            port = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--snapshots") && i + 1 < argc)
            count = std::atoll(argv[++i]);
    }
    RedisUrl url;
    url.port = port;
    RedisClient client(url, std::chrono::milliseconds(60000));
    if (!client.connect()) {
        std::fprintf(stderr, "bench_redis_history: %s\n", client.error().c_str());
        return 3;
    }
    client.command({"FLUSHALL"});
    // Seed: realistic snapshots (the serialised shape with every extra key) in pipelined batches.
    const std::int64_t t0 = 1761580800000 - count * 60'000;
    for (std::int64_t from = 0; from < count; from += 1000) {
        std::vector<std::string> storage;
        std::vector<std::vector<std::string_view>> cmds;
        storage.reserve(4000);
        for (std::int64_t i = from; i < std::min(count, from + 1000); ++i) {
            Snapshot s;
            s.modelId = "bench";
            s.windowEndMs = t0 + i * 60'000;
            for (std::size_t k = 0; k < kSeedMetricCount; ++k)
                s.seed[k] =
                    MetricValue::real(0.5 + static_cast<double>(i % 97) / 1000.0 + static_cast<double>(k));
            s.seed[3] = MetricValue::integer(i % 13);
            for (const char *key : {"latency_p50_ms", "latency_p95_ms", "latency_p99_ms", "throughput_eps"})
                s.extras.emplace_back(key, MetricValue::real(12.5 + static_cast<double>(i % 31)));
            s.extras.emplace_back("events", MetricValue::integer(3600 + i % 100));
            storage.push_back(SnapshotStore::historyKey("bench", s.timestamp()));
            storage.push_back(serializeSnapshot(s));
            storage.push_back(std::to_string(s.windowEndMs));
            storage.push_back(s.timestamp());
        }
        for (std::size_t j = 0; j < storage.size(); j += 4) {
            cmds.push_back({"SET", storage[j], storage[j + 1]});
            cmds.push_back({"ZADD", "metrics:bench:index", storage[j + 2], storage[j + 3]});
        }
        if (!client.pipeline(cmds)) {
            std::fprintf(stderr, "bench_redis_history: %s\n", client.error().c_str());
            return 3;
        }
    }
    SnapshotStore store(client);
    auto time = [&](const char *label) {
        const auto a = std::chrono::steady_clock::now();
        const auto h = store.history("bench");
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - a).count();
        if (!h || h->snapshots.size() != static_cast<std::size_t>(count)) {
            std::fprintf(stderr, "bench_redis_history: loaded %zu of %lld\n", h ? h->snapshots.size() : 0,
                         static_cast<long long>(count));
            return false;
        }
        std::printf("%-34s %7lld snapshots in %.3f s (%.0f snapshots/s)\n", label,
                    static_cast<long long>(count), s, static_cast<double>(count) / s);
        return true;
    };
    if (!time("history through the index:"))
        return 1;
    client.command({"DEL", "metrics:bench:index"});
    if (!time("history through SCAN (no index):"))
        return 1;
    return 0;
}
