// `assurancectl audit verify` over a large log, beside the time `sha256sum` needs for the same
// canonical entry bytes, measured in the same run (the VM's speed drifts; the ratio is the figure).
//   bench_audit [--entries N] [--runs R] [--keep DIR]
// Builds the log in batches (one transaction each), writes every entry's canonical bytes to one
// file, then times `sha256sum FILE` and `assurancectl audit verify --no-record` R times each,
// alternating, and prints the medians and their ratio. Exit 1 when the log does not verify.
#include "audit/AuditLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using namespace assurance::audit;

namespace {
double timeCommand(const QString &program, const QStringList &args, QByteArray *out = nullptr) {
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForFinished(-1);
    const double s = t.nsecsElapsed() / 1e9;
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_audit: %s failed: %s\n", qPrintable(program),
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
    long entries = 1000000;
    int runs = 3;
    QString keep;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--entries")
            entries = std::stol(argv[i + 1]);
        else if (a == "--runs")
            runs = std::stoi(argv[i + 1]);
        else if (a == "--keep") // leave the log there, for a profiler
            keep = QString::fromLocal8Bit(argv[i + 1]);
    }
    QTemporaryDir temporary;
    QDir dir(keep.isEmpty() ? temporary.path() : keep);
    if (!keep.isEmpty() && !QDir().mkpath(keep))
        return 1;
    const QString db = dir.filePath(QStringLiteral("audit.db"));
    std::string error;
    auto log = AuditLog::open(db.toStdString(), &error);
    if (!log) {
        std::fprintf(stderr, "bench_audit: %s\n", error.c_str());
        return 1;
    }
    QElapsedTimer build;
    build.start();
    const char *actions[] = {"violation.acknowledge", "tolerances.save", "source.connect", "settings.change"};
    for (long done = 0; done < entries;) {
        std::vector<AuditRecord> batch;
        for (; done < entries && batch.size() < 10000; ++done)
            batch.push_back(
                {actions[done % 4], "model/credit-scorer-" + std::to_string(done % 97),
                 "{\"after\":{\"status\":\"acknowledged\",\"warning\":0.05},\"before\":{\"status\":\"open\","
                 "\"warning\":0.1},\"episode\":\"credit-scorer:psi:2025-10-27T16_23_00Z\",\"note\":"
                 "\"seen, retraining scheduled #" +
                     std::to_string(done) + "\"}",
                 "alice@ops-laptop"});
        if (!log->appendAll(batch, &error)) {
            std::fprintf(stderr, "bench_audit: %s\n", error.c_str());
            return 1;
        }
    }
    if (!log->checkpoint(&error)) {
        std::fprintf(stderr, "bench_audit: %s\n", error.c_str());
        return 1;
    }
    const double buildSeconds = build.nsecsElapsed() / 1e9;
    // The same bytes verify hashes as entries, one file.
    const QString bytesFile = dir.filePath(QStringLiteral("canonical.bin"));
    QFile f(bytesFile);
    f.open(QIODevice::WriteOnly);
    long long bytes = 0;
    AuditFilter page;
    page.limit = 50000;
    for (;;) {
        const auto chunk = log->entries(page, &error);
        if (!chunk || chunk->empty())
            break;
        for (const auto &e : *chunk) {
            const std::string c = canonicalEntry(e);
            f.write(c.data(), static_cast<qint64>(c.size()));
            bytes += static_cast<long long>(c.size());
        }
        page.afterSeq = chunk->back().seq;
    }
    f.close();
    log.reset();
    std::printf("log: %ld entries (+1 checkpoint entry), %.1f MiB of canonical entry bytes, built in %.1f s "
                "(batches of 10,000)\n",
                entries, bytes / 1048576.0, buildSeconds);

    std::vector<double> sha, ossl, verify;
    QByteArray out;
    for (int r = 0; r < runs; ++r) {
        sha.push_back(timeCommand(QStringLiteral("sha256sum"), {bytesFile}));
        // OpenSSL's SHA-256 (SHA-NI where the CPU has it), which verify itself uses: how much of
        // the ratio is the digest and how much the rest of the work.
        ossl.push_back(timeCommand(QStringLiteral("openssl"),
                                   {QStringLiteral("dgst"), QStringLiteral("-sha256"), bytesFile}));
        verify.push_back(timeCommand(QStringLiteral(ASSURANCE_CTL),
                                     {QStringLiteral("audit"), QStringLiteral("verify"),
                                      QStringLiteral("--no-record"), QStringLiteral("--audit-db"), db},
                                     &out));
        if (!out.contains("VERIFIED")) {
            std::fprintf(stderr, "bench_audit: the log did not verify:\n%s", out.constData());
            return 1;
        }
    }
    const double s = median(sha), v = median(verify);
    std::printf("sha256sum over the canonical bytes: %.3f s (median of %d)\n", s, runs);
    std::printf("openssl dgst -sha256 over the same:  %.3f s (median of %d)\n", median(ossl), runs);
    std::printf("assurancectl audit verify:          %.3f s (median of %d), %.0f entries/s\n", v, runs,
                (entries + 1) / v);
    std::printf("ratio verify / sha256sum: %.2f (goal: within 3); verify / openssl dgst: %.2f\n", v / s,
                v / median(ossl));
    return 0;
}
