// Export and verify of a 100,000-snapshot evidence pack, each printed beside references measured in
// the same run: `redis-cli --scan` + `GET` of the same keys (what a script would do to copy them),
// and `sha256sum` of the pack. Needs a redis-server: scripts/bench.sh starts one and passes --port.
//   bench_evidence --port P [--snapshots N] [--runs R]
#include "assurance/AssuranceLabel.h"
#include "assurance/Tolerance.h"
#include "evidence/EvidenceContent.h"
#include "pipeline/TelemetryProcessor.h"
#include "redis/RedisClient.h"
#include "redis/SnapshotStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace assurance;

namespace {
double timeShell(const QString &command, QByteArray *out = nullptr) {
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
    p.waitForFinished(-1);
    const double s = t.nsecsElapsed() / 1e9;
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0 && p.exitCode() != 4) {
        std::fprintf(stderr, "bench_evidence: %s failed: %s\n", qPrintable(command),
                     p.readAllStandardError().constData());
        std::exit(1);
    }
    return s;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    int port = 6379, runs = 3;
    std::int64_t count = 100'000;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--port"))
            port = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--snapshots"))
            count = std::atoll(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--runs"))
            runs = std::atoi(argv[i + 1]);
    }
    RedisUrl url;
    url.port = port;
    RedisClient client(url, std::chrono::milliseconds(60000));
    if (!client.connect()) {
        std::fprintf(stderr, "bench_evidence: %s\n", client.error().c_str());
        return 3;
    }
    client.command({"FLUSHALL"});
    // Ten models, windows written by the agents' own script (history, index, label, latest).
    SnapshotStore store(client);
    const std::int64_t t0 = 1761580800000;
    const int models = 10;
    QElapsedTimer seed;
    seed.start();
    for (std::int64_t at = 0; at < count; at += 1000) {
        std::vector<ProcessedWindow> windows;
        for (std::int64_t i = at; i < std::min(count, at + 1000); ++i) {
            ProcessedWindow w;
            w.snapshot.modelId = "model-" + std::to_string(i % models);
            w.snapshot.windowEndMs = t0 + (i / models + 1) * 60'000;
            w.snapshot[SeedMetric::Accuracy] = MetricValue::real(0.9 + (i % 13) * 0.001);
            w.snapshot[SeedMetric::FeatureDrift] = MetricValue::real(0.02 + (i % 7) * 0.01);
            w.snapshot[SeedMetric::FailureRate] = MetricValue::real(0.001 * (i % 5));
            w.label = assessSnapshot(w.snapshot, defaultTolerances(w.snapshot.modelId));
            windows.push_back(std::move(w));
        }
        std::vector<const ProcessedWindow *> all;
        for (const auto &w : windows)
            all.push_back(&w);
        for (const auto &r : store.writeWindows(all, 0))
            if (r.outcome != SnapshotStore::Outcome::Written) {
                std::fprintf(stderr, "bench_evidence: a window was not written: %s\n", r.error.c_str());
                return 1;
            }
    }
    std::printf("seeded %lld windows of %d models in %.1f s\n", static_cast<long long>(count), models,
                seed.nsecsElapsed() / 1e9);
    QTemporaryDir dir;
    const QString ctl = QStringLiteral(ASSURANCE_CTL);
    QString modelList;
    for (int m = 0; m < models; ++m)
        modelList += (m ? QStringLiteral(",") : QString()) + QStringLiteral("model-%1").arg(m);
    const QString pack = dir.filePath(QStringLiteral("pack.tar"));
    const QString exportCommand =
        QStringLiteral(
            "'%1' evidence export --redis redis://127.0.0.1:%2 --models %3 --since 2025-01-01T00:00:00Z "
            "--until 2027-01-01T00:00:00Z --out '%4' --audit-db '%5' 2>/dev/null")
            .arg(ctl)
            .arg(port)
            .arg(modelList, pack, dir.filePath(QStringLiteral("audit.db")));
    const QString verifyCommand = QStringLiteral("'%1' evidence verify '%2'").arg(ctl, pack);
    const QString copyCommand = QStringLiteral("redis-cli -p %1 --scan --pattern 'metrics:model-*:20*' | sed "
                                               "'s/^/GET /' | redis-cli -p %1 >/dev/null")
                                    .arg(port);
    const QString shaCommand = QStringLiteral("sha256sum '%1' >/dev/null").arg(pack);
    std::vector<double> exports, verifies, copies, shas, opens;
    QByteArray out;
    for (int r = 0; r < runs; ++r) {
        exports.push_back(timeShell(exportCommand));
        verifies.push_back(timeShell(verifyCommand, &out));
        copies.push_back(timeShell(copyCommand));
        shas.push_back(timeShell(shaCommand));
        // What the console's Evidence source does on File → Open Evidence…: verify and build the
        // record the tabs show, in one pass (in process, on the calling thread here).
        QElapsedTimer open;
        open.start();
        const auto content = assurance::evidence::loadPack(pack.toStdString(), {});
        opens.push_back(open.nsecsElapsed() / 1e9);
        if (!content.verdict.intact) {
            std::fprintf(stderr, "bench_evidence: the console could not load the pack: %s\n",
                         content.verdict.firstBroken.c_str());
            return 1;
        }
        if (!out.contains("10 parts") && !out.contains("8/8 parts valid")) {
            std::fprintf(stderr, "bench_evidence: the pack did not verify:\n%s", out.constData());
            return 1;
        }
    }
    const double e = median(exports), v = median(verifies), c = median(copies), s = median(shas),
                 o = median(opens);
    std::printf("pack: %.1f MiB, %lld snapshots (+ labels), medians of %d runs\n",
                QFileInfo(pack).size() / 1048576.0, static_cast<long long>(count), runs);
    std::printf("evidence export:                  %.2f s\n", e);
    std::printf("redis-cli --scan + GET same keys: %.2f s  (export / that: %.2f)\n", c, e / c);
    std::printf("evidence verify:                  %.2f s\n", v);
    std::printf("sha256sum of the pack:            %.3f s  (verify / that: %.1f)\n", s, v / s);
    std::printf("console opens it (verify + load): %.2f s  (open / verify: %.2f)\n", o, o / v);
    return 0;
}
