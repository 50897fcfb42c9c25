#include "TelemetryParser.h"

#include "json/Timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <simdjson.h>

#include <cmath>
#include <limits>

namespace assurance {

namespace {

enum class JType { Null, Bool, Int, Double, String, Object, Array };

// Adapters give the decoding template one view over simdjson's DOM and Qt's JSON values.
struct SimdValue {
    simdjson::dom::element e;

    JType type() const {
        using T = simdjson::dom::element_type;
        switch (e.type()) {
        case T::ARRAY:
            return JType::Array;
        case T::OBJECT:
            return JType::Object;
        case T::INT64:
            return JType::Int;
        case T::UINT64:
            return JType::Double; // beyond int64: kept as a float
        case T::DOUBLE:
            return JType::Double;
        case T::STRING:
            return JType::String;
        case T::BOOL:
            return JType::Bool;
        case T::NULL_VALUE:
            return JType::Null;
        }
        return JType::Null;
    }
    bool isNumber() const {
        auto t = type();
        return t == JType::Int || t == JType::Double;
    }
    std::int64_t integer() const { return e.get_int64().value_unsafe(); }
    double number() const {
        using T = simdjson::dom::element_type;
        switch (e.type()) {
        case T::INT64:
            return static_cast<double>(e.get_int64().value_unsafe());
        case T::UINT64:
            return static_cast<double>(e.get_uint64().value_unsafe());
        default:
            return e.get_double().value_unsafe();
        }
    }
    bool boolean() const { return e.get_bool().value_unsafe(); }
    std::string_view string() const { return e.get_string().value_unsafe(); }
    template<typename F> void forEachMember(F &&f) const {
        const simdjson::dom::object object = e.get_object().value_unsafe(); // iterators point into it
        for (auto field : object)
            f(field.key, SimdValue{field.value});
    }
};

struct QtValue {
    QJsonValue v;

    JType type() const {
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return JType::Null;
        case QJsonValue::Bool:
            return JType::Bool;
        case QJsonValue::Double: {
            const double d = v.toDouble();
            // Qt keeps integers exactly when they fit in 53 bits; treat whole numbers as integers.
            return (std::trunc(d) == d && std::abs(d) < 9007199254740992.0 &&
                    v.toVariant().typeId() != QMetaType::Double)
                       ? JType::Int
                       : JType::Double;
        }
        case QJsonValue::String:
            return JType::String;
        case QJsonValue::Array:
            return JType::Array;
        case QJsonValue::Object:
            return JType::Object;
        }
        return JType::Null;
    }
    bool isNumber() const { return v.isDouble(); }
    std::int64_t integer() const { return v.toInteger(); }
    double number() const { return v.toDouble(); }
    bool boolean() const { return v.toBool(); }
    std::string string() const { return v.toString().toStdString(); }
    template<typename F> void forEachMember(F &&f) const {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            f(it.key().toStdString(), QtValue{it.value()});
    }
};

// Reused destination strings (feature names, categories, model ids) usually hold the same text
// as the previous message already: comparing is cheaper than assigning.
template<typename S> void assignIfDifferent(std::string &to, const S &from) {
    if (std::string_view(to) != std::string_view(from))
        to.assign(from);
}

bool reject(TelemetryMessage &m, RejectReason reason, std::string field, std::string detail) {
    m.kind = MessageKind::Rejected;
    m.rejection.reason = reason;
    m.rejection.field = std::move(field);
    m.rejection.detail = std::move(detail);
    return false;
}

const char *typeName(JType t) {
    switch (t) {
    case JType::Null:
        return "null";
    case JType::Bool:
        return "boolean";
    case JType::Int:
    case JType::Double:
        return "number";
    case JType::String:
        return "string";
    case JType::Object:
        return "object";
    case JType::Array:
        return "array";
    }
    return "?";
}

template<typename V>
bool wrongType(TelemetryMessage &m, std::string field, const V &v, const char *expected) {
    std::string detail = field + " must be " + expected + ", got " + typeName(v.type());
    return reject(m, RejectReason::WrongFieldType, std::move(field), std::move(detail));
}

// Reads an optional number: null means absent. False (and a rejection) on any other type.
template<typename V>
bool readOptionalNumber(TelemetryMessage &m, const std::optional<V> &v, const char *name,
                        std::optional<double> &out) {
    out.reset();
    if (!v || v->type() == JType::Null)
        return true;
    if (!v->isNumber())
        return wrongType(m, name, *v, "a number");
    const double d = v->number();
    if (!std::isfinite(d))
        return wrongType(m, name, *v, "a finite number");
    out = d;
    return true;
}

template<typename V>
bool readMetricValue(TelemetryMessage &m, const std::string &key, const V &v, MetricValue &out) {
    switch (v.type()) {
    case JType::Null:
        out = MetricValue::null();
        return true;
    case JType::Int:
        out = MetricValue::integer(v.integer());
        return true;
    case JType::Double: {
        const double d = v.number();
        out = std::isfinite(d) ? MetricValue::real(d) : MetricValue::null();
        return true;
    }
    default:
        return reject(m, RejectReason::BadMetric, "metrics." + key,
                      "metrics." + key + " must be a number or null, got " + typeName(v.type()));
    }
}

template<typename V> bool readDrift(TelemetryMessage &m, const V &driftObj, Snapshot &s) {
    s.hasDrift = true;
    bool ok = true;
    driftObj.forEachMember([&](auto key, const V &v) {
        if (!ok)
            return;
        FeatureDrift d;
        d.feature = std::string(key);
        auto num = [&](const V &x, std::optional<double> &out, const std::string &name) {
            if (x.type() == JType::Null)
                return true;
            if (!x.isNumber())
                return reject(m, RejectReason::BadMetric, name, name + " must be a number or null");
            if (std::isfinite(x.number()))
                out = x.number();
            return true;
        };
        const std::string base = "metrics.drift." + d.feature;
        if (v.type() == JType::Object) {
            v.forEachMember([&](auto k, const V &x) {
                if (!ok)
                    return;
                if (k == "psi")
                    ok = num(x, d.psi, base + ".psi");
                else if (k == "ks")
                    ok = num(x, d.ks, base + ".ks");
                else if (k == "ks_pvalue")
                    ok = num(x, d.ksPValue, base + ".ks_pvalue");
            });
        } else {
            ok = num(v, d.psi, base); // a bare number is that feature's PSI
        }
        if (ok)
            s.drift.push_back(std::move(d));
    });
    return ok;
}

template<typename V> bool readMetricsObject(TelemetryMessage &m, const V &metrics, Snapshot &s) {
    if (metrics.type() != JType::Object)
        return wrongType(m, "metrics", metrics, "an object");
    s.seed.fill(MetricValue::null());
    s.extras.clear();
    s.drift.clear();
    s.hasDrift = false;
    bool ok = true;
    metrics.forEachMember([&](auto keyView, const V &v) {
        if (!ok)
            return;
        std::string key(keyView);
        if (key == "drift" && v.type() == JType::Object) {
            ok = readDrift(m, v, s);
            return;
        }
        MetricValue value;
        if (!readMetricValue(m, key, v, value)) {
            ok = false;
            return;
        }
        if (auto seed = seedMetricFromKey(key))
            s[*seed] = value;
        else
            s.extras.emplace_back(std::move(key), value);
    });
    return ok;
}

template<typename V>
bool readSnapshotTimestamp(TelemetryMessage &m, const std::optional<V> &ts, Snapshot &s) {
    if (!ts || ts->type() == JType::Null)
        return reject(m, RejectReason::MissingField, "timestamp", "a metric snapshot needs a timestamp");
    if (ts->type() != JType::String)
        return wrongType(m, "timestamp", *ts, "a string");
    const auto text = ts->string();
    auto ms = timestamps::parseWindowTimestamp(text);
    if (!ms)
        ms = timestamps::parseIso8601(text);
    if (!ms)
        return reject(m, RejectReason::BadTimestamp, "timestamp", "timestamp is not a valid date-time");
    s.windowEndMs = *ms - (((*ms % 1000) + 1000) % 1000); // whole seconds
    return true;
}

template<typename V> bool decode(const V &root, TelemetryMessage &m, const ParserLimits &limits) {
    if (root.type() != JType::Object)
        return reject(m, RejectReason::NotObject, {}, std::string("top level is ") + typeName(root.type()));

    std::optional<V> modelId, txid, ts, prediction, label, confidence, latency, watts, status, features,
        timestamp, metrics;
    root.forEachMember([&](auto key, const V &v) {
        if (key == "model_id")
            modelId = v;
        else if (key == "txid_hash")
            txid = v;
        else if (key == "ts")
            ts = v;
        else if (key == "prediction")
            prediction = v;
        else if (key == "label")
            label = v;
        else if (key == "confidence")
            confidence = v;
        else if (key == "latency_ms")
            latency = v;
        else if (key == "watts")
            watts = v;
        else if (key == "status")
            status = v;
        else if (key == "features")
            features = v;
        else if (key == "timestamp")
            timestamp = v;
        else if (key == "metrics")
            metrics = v;
    });

    if (!modelId || modelId->type() == JType::Null)
        return reject(m, RejectReason::MissingModelId, "model_id", "model_id is missing");
    if (modelId->type() != JType::String)
        return wrongType(m, "model_id", *modelId, "a string");
    const auto id = modelId->string();
    if (!isValidModelId(id))
        return reject(m, RejectReason::BadModelId, "model_id", "model_id must match ^[A-Za-z0-9._-]{1,128}$");

    // Snapshot (sidecar) messages.
    if (metrics && metrics->type() != JType::Null) {
        Snapshot &s = m.snapshot;
        s.modelId.assign(id);
        s.provisional = false;
        if (!readSnapshotTimestamp(m, timestamp, s) || !readMetricsObject(m, *metrics, s))
            return false;
        m.kind = MessageKind::Snapshot;
        return true;
    }

    // Fields common to inference and label events.
    // Kept as a view (simdjson) until it is copied into the reused destination string.
    decltype(std::declval<V>().string()) txidValue{};
    if (txid && txid->type() != JType::Null) {
        if (txid->type() != JType::String)
            return wrongType(m, "txid_hash", *txid, "a string");
        txidValue = txid->string();
    }
    std::int64_t tsMs = 0;
    bool hasTs = false;
    if (ts && ts->type() != JType::Null) {
        if (ts->type() != JType::String)
            return wrongType(m, "ts", *ts, "a string");
        auto parsed = timestamps::parseIso8601(ts->string());
        if (!parsed)
            return reject(m, RejectReason::BadTimestamp, "ts", "ts is not an ISO 8601 date-time with a zone");
        tsMs = *parsed;
        hasTs = true;
    }
    std::optional<double> labelValue;
    if (label && label->type() == JType::Bool)
        labelValue = label->boolean() ? 1.0 : 0.0;
    else if (!readOptionalNumber(m, label, "label", labelValue))
        return false;

    const bool isInference =
        (prediction && prediction->type() != JType::Null) || (status && status->type() != JType::Null);
    if (!isInference) {
        if (!labelValue)
            return reject(
                m, RejectReason::MissingField, "prediction",
                "neither an inference event (prediction), a label event (label) nor a snapshot (metrics)");
        if (txidValue.empty())
            return reject(m, RejectReason::MissingField, "txid_hash", "a label event needs txid_hash");
        LabelEvent &l = m.label;
        l.modelId.assign(id);
        l.txid.assign(txidValue);
        l.tsMs = tsMs;
        l.hasTs = hasTs;
        l.label = *labelValue;
        m.kind = MessageKind::Label;
        return true;
    }

    InferenceEvent &e = m.inference;
    e.clear();
    assignIfDifferent(e.modelId, id);
    e.txid.assign(txidValue);
    e.tsMs = tsMs;
    e.hasTs = hasTs;
    e.label = labelValue;
    if (status && status->type() != JType::Null) {
        if (status->type() != JType::String)
            return wrongType(m, "status", *status, "a string");
        const auto st = status->string();
        if (st == "error")
            e.error = true;
        else if (st != "ok")
            return reject(m, RejectReason::BadStatus, "status", "status must be \"ok\" or \"error\"");
    }
    if (!readOptionalNumber(m, prediction, "prediction", e.prediction) ||
        !readOptionalNumber(m, confidence, "confidence", e.confidence) ||
        !readOptionalNumber(m, latency, "latency_ms", e.latencyMs) ||
        !readOptionalNumber(m, watts, "watts", e.watts))
        return false;
    if (!e.prediction && !e.error)
        return reject(m, RejectReason::MissingField, "prediction",
                      "an inference event with status ok needs a prediction");

    if (features && features->type() != JType::Null) {
        if (features->type() != JType::Object)
            return wrongType(m, "features", *features, "an object");
        bool ok = true;
        std::size_t count = 0;
        features->forEachMember([&](auto key, const V &v) {
            if (!ok)
                return;
            if (++count > limits.maxFeatures) {
                ok = reject(m, RejectReason::TooManyFeatures, "features",
                            "more than " + std::to_string(limits.maxFeatures) + " features");
                return;
            }
            switch (v.type()) {
            case JType::Null:
                return; // a missing value
            case JType::Int:
            case JType::Double: {
                FeatureValue &f = e.addFeature();
                assignIfDifferent(f.name, key);
                f.numeric = true;
                f.number = v.number();
                f.category.clear();
                return;
            }
            case JType::String: {
                FeatureValue &f = e.addFeature();
                assignIfDifferent(f.name, key);
                f.numeric = false;
                assignIfDifferent(f.category, v.string());
                return;
            }
            default:
                ok = wrongType(m, "features." + std::string(key), v, "a number, a string or null");
            }
        });
        if (!ok)
            return false;
    }
    m.kind = MessageKind::Inference;
    return true;
}

// Python's json.dumps writes NaN/Infinity/-Infinity for non-finite floats; stored snapshots may hold
// them. Replace those bare tokens (outside strings) with null before a strict parse.
std::string replaceNonFiniteTokens(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    bool inString = false;
    for (std::size_t i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (inString) {
            out.push_back(c);
            if (c == '\\' && i + 1 < in.size())
                out.push_back(in[++i]);
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out.push_back(c);
        } else if (in.substr(i, 3) == "NaN") {
            out += "null";
            i += 2;
        } else if (in.substr(i, 8) == "Infinity") {
            out += "null";
            i += 7;
        } else if (in.substr(i, 9) == "-Infinity") {
            out += "null";
            i += 8;
        } else {
            out.push_back(c);
        }
    }
    return out;
}

} // namespace

struct TelemetryParser::Impl {
    simdjson::dom::parser parser;
};

TelemetryParser::TelemetryParser(ParserLimits limits)
    : d(std::make_unique<Impl>())
    , m_limits(limits) {}

TelemetryParser::~TelemetryParser() = default;

MessageKind TelemetryParser::parse(std::string_view bytes, TelemetryMessage &out) {
    out.kind = MessageKind::Rejected;
    if (bytes.size() > m_limits.maxMessageBytes) {
        reject(out, RejectReason::Oversize, {},
               std::to_string(bytes.size()) + " bytes, the limit is " +
                   std::to_string(m_limits.maxMessageBytes));
        return out.kind;
    }
    simdjson::dom::element root;
    const auto error = d->parser.parse(bytes.data(), bytes.size()).get(root);
    if (error) {
        if (error == simdjson::UTF8_ERROR)
            reject(out, RejectReason::InvalidUtf8, {}, "the message is not valid UTF-8");
        else
            reject(out, RejectReason::InvalidJson, {}, simdjson::error_message(error));
        return out.kind;
    }
    decode(SimdValue{root}, out, m_limits);
    return out.kind;
}

MessageKind TelemetryParser::parseWithQtJson(std::string_view bytes, TelemetryMessage &out) {
    out.kind = MessageKind::Rejected;
    if (bytes.size() > m_limits.maxMessageBytes) {
        reject(out, RejectReason::Oversize, {}, "message too large");
        return out.kind;
    }
    QJsonParseError err;
    const auto doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size())), &err);
    if (err.error != QJsonParseError::NoError) {
        if (err.error == QJsonParseError::IllegalUTF8String)
            reject(out, RejectReason::InvalidUtf8, {}, "the message is not valid UTF-8");
        else
            reject(out, RejectReason::InvalidJson, {}, err.errorString().toStdString());
        return out.kind;
    }
    const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    decode(QtValue{root}, out, m_limits);
    return out.kind;
}

std::optional<Snapshot> TelemetryParser::parseStoredSnapshot(std::string_view json, std::string_view modelId,
                                                             std::string *error) {
    auto fail = [&](std::string why) -> std::optional<Snapshot> {
        if (error)
            *error = std::move(why);
        return std::nullopt;
    };
    if (json.size() > m_limits.maxMessageBytes)
        return fail("value too large");
    simdjson::dom::element root;
    auto err = d->parser.parse(json.data(), json.size()).get(root);
    std::string cleaned;
    if (err && err != simdjson::UTF8_ERROR) {
        cleaned = replaceNonFiniteTokens(json);
        err = d->parser.parse(cleaned.data(), cleaned.size()).get(root);
    }
    if (err)
        return fail(std::string("not JSON: ") + simdjson::error_message(err));
    const SimdValue v{root};
    if (v.type() != JType::Object)
        return fail("not a JSON object");
    std::optional<SimdValue> ts, metrics;
    v.forEachMember([&](std::string_view key, const SimdValue &x) {
        if (key == "timestamp")
            ts = x;
        else if (key == "metrics")
            metrics = x;
    });
    TelemetryMessage m;
    Snapshot &s = m.snapshot;
    s.modelId = std::string(modelId);
    if (!metrics)
        return fail("no metrics object");
    if (!readSnapshotTimestamp(m, ts, s) || !readMetricsObject(m, *metrics, s))
        return fail(m.rejection.detail);
    return std::move(s);
}

} // namespace assurance
