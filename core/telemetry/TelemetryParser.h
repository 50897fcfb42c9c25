#pragma once

#include "telemetry/Telemetry.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace assurance {

struct ParserLimits {
    std::size_t maxMessageBytes = 1 << 20; // 1 MiB; larger messages are rejected unread
    std::size_t maxFeatures = 512;
};

// Turns one telemetry message (bytes of a Kafka value) into a typed value or a Rejection.
// The whole document is validated (simdjson DOM: UTF-8 and JSON everywhere, also inside fields we
// ignore), so `{"model_id":"m","x":tru}` is rejected. Nothing a message contains can crash it.
// Not thread-safe: one parser per thread (it owns simdjson's reusable buffers).
class TelemetryParser {
public:
    explicit TelemetryParser(ParserLimits limits = {});
    ~TelemetryParser();
    TelemetryParser(const TelemetryParser &) = delete;
    TelemetryParser &operator=(const TelemetryParser &) = delete;

    // Fills `out` (reusing its buffers) and returns out.kind.
    MessageKind parse(std::string_view bytes, TelemetryMessage &out);

    // The same contract on QJsonDocument: kept to measure against (bench/) and to cross-check the
    // fast path in tests. Differences: top-level scalars count as invalid_json.
    MessageKind parseWithQtJson(std::string_view bytes, TelemetryMessage &out);

    // A stored snapshot value (`{"timestamp": ..., "metrics": {...}}`, as in Redis). Accepts any
    // key order, missing keys and Python's `NaN`/`Infinity` (read as null).
    std::optional<Snapshot> parseStoredSnapshot(std::string_view json, std::string_view modelId,
                                                std::string *error);

    const ParserLimits &limits() const { return m_limits; }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    ParserLimits m_limits;
};

} // namespace assurance
