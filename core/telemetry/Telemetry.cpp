#include "Telemetry.h"

namespace assurance {

FeatureValue &InferenceEvent::addFeature() {
    if (m_featureCount == m_features.size())
        m_features.emplace_back();
    // The slot keeps its previous name and category: the parser overwrites them (usually with the
    // same text, which it then does not copy).
    FeatureValue &f = m_features[m_featureCount++];
    f.numeric = true;
    f.number = 0.0;
    return f;
}

void InferenceEvent::clear() {
    // modelId keeps its text until the parser overwrites it (see addFeature).
    txid.clear();
    tsMs = 0;
    hasTs = false;
    prediction.reset();
    label.reset();
    confidence.reset();
    latencyMs.reset();
    watts.reset();
    error = false;
    m_featureCount = 0;
}

const char *rejectReasonKey(RejectReason reason) {
    switch (reason) {
    case RejectReason::Oversize:
        return "oversize";
    case RejectReason::InvalidUtf8:
        return "invalid_utf8";
    case RejectReason::InvalidJson:
        return "invalid_json";
    case RejectReason::NotObject:
        return "not_object";
    case RejectReason::MissingModelId:
        return "missing_model_id";
    case RejectReason::BadModelId:
        return "bad_model_id";
    case RejectReason::WrongFieldType:
        return "wrong_field_type";
    case RejectReason::BadTimestamp:
        return "bad_timestamp";
    case RejectReason::BadStatus:
        return "bad_status";
    case RejectReason::MissingField:
        return "missing_field";
    case RejectReason::BadMetric:
        return "bad_metric";
    case RejectReason::TooManyFeatures:
        return "too_many_features";
    }
    return "unknown";
}

const char *rejectReasonDescription(RejectReason reason) {
    switch (reason) {
    case RejectReason::Oversize:
        return "Message too large";
    case RejectReason::InvalidUtf8:
        return "Not valid UTF-8";
    case RejectReason::InvalidJson:
        return "Not valid JSON";
    case RejectReason::NotObject:
        return "Not a JSON object";
    case RejectReason::MissingModelId:
        return "No model_id";
    case RejectReason::BadModelId:
        return "Invalid model_id";
    case RejectReason::WrongFieldType:
        return "Field has the wrong type";
    case RejectReason::BadTimestamp:
        return "Invalid timestamp";
    case RejectReason::BadStatus:
        return "Invalid status";
    case RejectReason::MissingField:
        return "Required field missing";
    case RejectReason::BadMetric:
        return "Invalid metric value";
    case RejectReason::TooManyFeatures:
        return "Too many features";
    }
    return "Unknown";
}

bool isValidModelId(std::string_view id) {
    if (id.empty() || id.size() > 128)
        return false;
    for (char c : id) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '.' || c == '_' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace assurance
