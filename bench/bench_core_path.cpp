// Core-path benchmark: parse + window aggregation + tolerance evaluation over a generated corpus of
// realistic inference events. Prints events/s for the simdjson path we ship and the QJsonDocument
// path we measured it against. Run it pinned to one core: scripts/bench.sh does
// `taskset -c 0 build/release/bench/bench_core_path`.
//
// Corpus: N distinct events (default 1,000,000) for 20 models, 8 numeric + 2 categorical features,
// half with an inline label, plus 5 % re-sent duplicates (the same bytes again, shortly after),
// spread over 7 minutes of event time so that ≥ 5 one-minute windows per model close while the
// clock runs. Every event is checked to be counted exactly once.
#include "BenchCorpus.h"
#include "metrics/Clock.h"
#include "metrics/HashTables.h"
#include "pipeline/TelemetryProcessor.h"
#include "json/PyJson.h"
#include "json/Timestamps.h"

#include <simdjson.h>

#include <sched.h>
#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

using namespace assurance;
using benchcorpus::makeEvent;
using benchcorpus::modelName;
using benchcorpus::Rng;

namespace {

constexpr std::int64_t T0 = 1761580800000;
constexpr int kModels = 20;
constexpr std::int64_t kSpanMs = 7 * 60'000;

double seconds(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
}

long peakRssMiB() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

struct Result {
    double parseOnly = 0;
    double fullPath = 0;
    std::uint64_t windows = 0;
    bool countsOk = false;
};

Result run(const std::vector<std::string> &corpus, std::uint64_t distinct, bool qtJson,
           const std::map<std::string, std::shared_ptr<ReferenceProfile>> &refs) {
    Result r;
    {
        TelemetryParser parser;
        TelemetryMessage m;
        std::uint64_t ok = 0;
        const auto a = std::chrono::steady_clock::now();
        for (const auto &msg : corpus)
            ok += (qtJson ? parser.parseWithQtJson(msg, m) : parser.parse(msg, m)) == MessageKind::Inference;
        const auto b = std::chrono::steady_clock::now();
        r.parseOnly = static_cast<double>(corpus.size()) / seconds(a, b);
        if (ok != corpus.size())
            std::fprintf(stderr, "parse: only %llu of %zu accepted\n", static_cast<unsigned long long>(ok),
                         corpus.size());
    }
    ManualClock clock(T0);
    TelemetryProcessor processor(EngineConfig{}, clock);
    for (const auto &[id, ref] : refs)
        processor.engine().setReference(ref);
    std::uint64_t counted = 0;
    TelemetryMessage m;
    const auto a = std::chrono::steady_clock::now();
    for (const auto &msg : corpus) {
        if (qtJson) { // the same path as TelemetryProcessor::submit, on the Qt parser
            if (processor.parser().parseWithQtJson(msg, m) == MessageKind::Inference)
                processor.engine().ingest(m.inference);
            if (processor.engine().hasClosed())
                processor.advance();
        } else {
            processor.submit(msg);
        }
    }
    processor.finish();
    const auto b = std::chrono::steady_clock::now();
    r.fullPath = static_cast<double>(corpus.size()) / seconds(a, b);
    std::uint64_t windowsInRun = 0;
    for (const auto &p : processor.takeProcessed()) {
        counted += static_cast<std::uint64_t>(p.snapshot.extra("events")->i);
        ++r.windows;
        (void)windowsInRun;
    }
    const auto &c = processor.engine().counters();
    r.countsOk = counted == distinct && c.inferenceEvents == corpus.size() &&
                 c.duplicates == corpus.size() - distinct && c.late == 0;
    if (!r.countsOk)
        std::fprintf(stderr,
                     "count mismatch: windows counted %llu, distinct %llu, ingested %llu, duplicates %llu, "
                     "late %llu\n",
                     static_cast<unsigned long long>(counted), static_cast<unsigned long long>(distinct),
                     static_cast<unsigned long long>(c.inferenceEvents),
                     static_cast<unsigned long long>(c.duplicates), static_cast<unsigned long long>(c.late));
    return r;
}

} // namespace

int main(int argc, char **argv) {
    std::uint64_t distinct = 1'000'000;
    bool withQt = true;
    bool profileParse = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--events") && i + 1 < argc)
            distinct = std::strtoull(argv[++i], nullptr, 10);
        else if (!std::strcmp(argv[i], "--no-qt"))
            withQt = false;
        else if (!std::strcmp(argv[i], "--profile-parse")) // for perf: parse-only loops after a quiet pause
            profileParse = true;
        else {
            std::fprintf(stderr, "usage: bench_core_path [--events N] [--no-qt]\n");
            return 2;
        }
    }
    cpu_set_t set;
    CPU_ZERO(&set);
    sched_getaffinity(0, sizeof set, &set);
    std::printf("cpus allowed: %d (pin with taskset -c 0)\n", CPU_COUNT(&set));

    // Corpus: distinct events in event-time order, 5 % of them re-sent a few messages later.
    Rng rng{42};
    std::vector<std::string> corpus;
    corpus.reserve(static_cast<std::size_t>(static_cast<double>(distinct) * 1.06));
    std::vector<std::size_t> recent;
    std::uint64_t bytes = 0;
    for (std::uint64_t i = 0; i < distinct; ++i) {
        const std::int64_t ts =
            T0 + static_cast<std::int64_t>(static_cast<double>(i) * kSpanMs / static_cast<double>(distinct));
        corpus.push_back(makeEvent(rng, static_cast<int>(rng.next() % kModels), ts, i));
        bytes += corpus.back().size();
        if (rng.uniform() < 0.05 / 0.95 && corpus.size() > 50) // duplicates make 5 % of the corpus
            corpus.push_back(corpus[corpus.size() - 1 - rng.next() % 40]);
    }
    // Reference profiles from a separate nominal sample of each model.
    const auto refs = benchcorpus::referenceProfiles(kModels, 2000, T0);
    std::printf("corpus: %zu messages (%llu distinct, %zu duplicates), %d models, mean %.0f bytes, %.1f min "
                "of event time\n",
                corpus.size(), static_cast<unsigned long long>(distinct), corpus.size() - distinct, kModels,
                static_cast<double>(bytes) / static_cast<double>(distinct), kSpanMs / 60000.0);

    if (profileParse) {
        TelemetryParser parser;
        TelemetryMessage m;
        std::uint64_t n = 0;
        for (int round = 0; round < 10; ++round)
            for (const auto &msg : corpus)
                n += parser.parse(msg, m) == MessageKind::Inference;
        std::printf("parsed %llu\n", static_cast<unsigned long long>(n));
        return 0;
    }
    {
        // The floor: simdjson's DOM parse alone (validation included), no decoding into our types.
        simdjson::dom::parser parser;
        std::vector<char> padded;
        std::uint64_t objects = 0;
        const auto a = std::chrono::steady_clock::now();
        for (const auto &msg : corpus) {
            padded.assign(msg.begin(), msg.end());
            padded.resize(msg.size() + simdjson::SIMDJSON_PADDING);
            simdjson::dom::element e;
            objects += !parser.parse(padded.data(), msg.size(), false).get(e) && e.is_object();
        }
        const auto b = std::chrono::steady_clock::now();
        std::printf("simdjson DOM alone (no decode): %12.0f events/s (%llu objects)\n",
                    static_cast<double>(corpus.size()) / seconds(a, b),
                    static_cast<unsigned long long>(objects));
    }
    {
        // The engine alone: events parsed beforehand (untimed), then windows + evaluation timed.
        TelemetryParser parser;
        std::vector<InferenceEvent> events(corpus.size());
        TelemetryMessage m;
        for (std::size_t i = 0; i < corpus.size(); ++i)
            if (parser.parse(corpus[i], m) == MessageKind::Inference)
                events[i] = m.inference;
        ManualClock clock(T0);
        MetricEngine engine(EngineConfig{}, clock);
        for (const auto &[id, ref] : refs)
            engine.setReference(ref);
        if (std::getenv("BENCH_ENGINE_ONLY"))
            for (int k = 0; k < 3; ++k) { // repeat, so that a profile is mostly this loop
                MetricEngine warm(EngineConfig{}, clock);
                for (const auto &[id, ref] : refs)
                    warm.setReference(ref);
                for (const auto &e : events)
                    warm.ingest(e);
            }
        std::uint64_t windows = 0;
        double closeSeconds = 0.0;
        const auto a = std::chrono::steady_clock::now();
        for (const auto &e : events) {
            engine.ingest(e);
            if (engine.hasClosed()) {
                const auto c0 = std::chrono::steady_clock::now();
                for (const auto &snap : engine.takeClosed())
                    windows += assessSnapshot(snap, defaultTolerances(snap.modelId)).breakdown.size() > 0;
                closeSeconds += seconds(c0, std::chrono::steady_clock::now());
            }
        }
        engine.closeAll();
        windows += engine.takeClosed().size();
        const auto b = std::chrono::steady_clock::now();
        if (std::getenv("BENCH_ENGINE_ONLY"))
            std::exit(0);
        std::printf(
            "engine alone (ingest+close):    %12.0f events/s (%llu windows; %.3f s of it evaluating)\n",
            static_cast<double>(events.size()) / seconds(a, b), static_cast<unsigned long long>(windows),
            closeSeconds);
    }
    const Result simd = run(corpus, distinct, false, refs);
    std::printf("simdjson parse only:            %12.0f events/s\n", simd.parseOnly);
    std::printf("simdjson parse+aggregate+eval:  %12.0f events/s  (%llu windows, counts %s)\n", simd.fullPath,
                static_cast<unsigned long long>(simd.windows), simd.countsOk ? "exact" : "WRONG");
    bool ok = simd.countsOk;
    if (withQt) {
        const Result qt = run(corpus, distinct, true, refs);
        std::printf("QJsonDocument parse only:       %12.0f events/s\n", qt.parseOnly);
        std::printf("QJsonDocument parse+agg+eval:   %12.0f events/s  (%llu windows, counts %s)\n",
                    qt.fullPath, static_cast<unsigned long long>(qt.windows),
                    qt.countsOk ? "exact" : "WRONG");
        ok = ok && qt.countsOk;
    }
    std::printf("peak RSS: %ld MiB (corpus included)\n", peakRssMiB());
    std::printf("events/s: %.0f\n", simd.fullPath);
    return ok ? 0 : 1;
}
