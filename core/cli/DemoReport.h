#pragma once

#include <cstdint>
#include <string>

namespace assurance {

struct DemoReportOptions {
    std::uint64_t seed = 1;
    std::int64_t seconds = 300;
    std::int64_t startMs = 1761580800000; // 2025-10-27T16:00:00Z: fixed, so output is reproducible
};

// Runs the Demo source in simulated time (as fast as the machine goes) through the real
// parse → engine → assurance path, lets the stream go idle so every window closes, and reports
// each model's latest snapshot (SPEC.md serialised shape), label and violation episodes.
// The same options give byte-identical output.
struct DemoReport {
    std::string json; // {"models": {"<id>": {"snapshot": …, "label": …, "violations": [ … ]}}}
    std::string text; // the same, for people
};
DemoReport runDemoReport(const DemoReportOptions &options);

} // namespace assurance
