#pragma once

#include "metrics/Snapshot.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

// Typed values of the three telemetry message kinds (SPEC.md "Telemetry"). Strings are UTF-8
// (validated by the parser). Objects are reused across messages by the parser, so the hot path
// allocates nothing once their buffers have grown.
namespace assurance {

struct FeatureValue {
    std::string name;
    bool numeric = true;
    double number = 0.0;
    std::string category;
};

struct InferenceEvent {
    std::string modelId;
    std::string txid; // empty when absent: such events are never deduplicated
    std::int64_t tsMs = 0;
    bool hasTs = false;               // false: the engine uses arrival time
    std::optional<double> prediction; // may be absent only when status is `error`
    std::optional<double> label;
    std::optional<double> confidence;
    std::optional<double> latencyMs;
    std::optional<double> watts;
    bool error = false;

    std::span<const FeatureValue> features() const { return {m_features.data(), m_featureCount}; }
    // A slot for one more feature, numeric and 0 until set. Its name and category still hold what
    // the slot's previous occupant had: the caller sets both (the category empty for a number),
    // usually to the same text as before, which the parser then does not copy again.
    FeatureValue &addFeature();
    void clear();

private:
    std::vector<FeatureValue> m_features; // grows, never shrinks: slots are reused
    std::size_t m_featureCount = 0;
};

struct LabelEvent {
    std::string modelId;
    std::string txid;
    std::int64_t tsMs = 0;
    bool hasTs = false;
    double label = 0.0;
};

enum class RejectReason : std::uint8_t {
    Oversize,       // larger than the configured maximum message size
    InvalidUtf8,    // not valid UTF-8 anywhere in the message
    InvalidJson,    // not JSON, anywhere (also inside fields we ignore)
    NotObject,      // valid JSON whose top level is not an object
    MissingModelId, // no `model_id`
    BadModelId,     // `model_id` does not match ^[A-Za-z0-9._-]{1,128}$
    WrongFieldType, // a named field has the wrong JSON type
    BadTimestamp,   // `ts`/`timestamp` is not a valid date-time
    BadStatus,      // `status` is neither "ok" nor "error"
    MissingField,   // a field the message kind requires is absent
    BadMetric,      // a snapshot's metric is not a number or null
    TooManyFeatures // more features than the configured maximum
};
inline constexpr std::size_t kRejectReasonCount = 12;
// Stable machine key, e.g. "invalid_json" (Prometheus labels, JSON output).
const char *rejectReasonKey(RejectReason reason);
// Human description in English; the UI translates through its own table.
const char *rejectReasonDescription(RejectReason reason);

struct Rejection {
    RejectReason reason = RejectReason::InvalidJson;
    std::string field;  // the offending field, when there is one ("features.soil")
    std::string detail; // what was wrong, in English, for logs and the inspection table
};

enum class MessageKind : std::uint8_t { Inference, Label, Snapshot, Rejected };

// The parser's output slot. Only the member matching `kind` is meaningful.
struct TelemetryMessage {
    MessageKind kind = MessageKind::Rejected;
    InferenceEvent inference;
    LabelEvent label;
    Snapshot snapshot;
    Rejection rejection;
};

bool isValidModelId(std::string_view id);

} // namespace assurance
