#pragma once

#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Typed field reads for the small JSON documents stored in Redis (tolerance sets, model configs,
// labels, episodes). Every failure names the document and the field, e.g.
// "tolerances:m: metrics.accuracy.warning must be a number". Parsers stay pure: bytes in, a value
// or that message out.
namespace assurance::json {

class Fields {
public:
    Fields(const QJsonObject &object, std::string context)
        : m_object(object)
        , m_context(std::move(context)) {}

    bool has(const char *key) const {
        const QJsonValue v = m_object.value(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    }
    // A string; `fallback` when absent or null (and not required).
    bool string(const char *key, std::string &out, bool required = false, std::string fallback = {}) {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            out = std::move(fallback);
            return !required || fail(key, "is missing");
        }
        if (!v.isString())
            return fail(key, "must be a string");
        out = v.toString().toStdString();
        return true;
    }
    // A finite number; nullopt when absent or null (an error when required).
    bool number(const char *key, std::optional<double> &out, bool required = false) {
        const QJsonValue v = m_object.value(QLatin1String(key));
        out.reset();
        if (v.isUndefined() || v.isNull())
            return !required || fail(key, "is missing");
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return fail(key, "must be a number");
        out = v.toDouble();
        return true;
    }
    bool integer(const char *key, std::int64_t &out, bool required = false, std::int64_t min = INT64_MIN) {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return !required || fail(key, "is missing");
        const double d = v.toDouble();
        if (!v.isDouble() || std::trunc(d) != d || std::abs(d) > 9007199254740992.0)
            return fail(key, "must be a whole number");
        if (static_cast<std::int64_t>(d) < min)
            return fail(key, ("must be at least " + std::to_string(min)).c_str());
        out = static_cast<std::int64_t>(d);
        return true;
    }
    bool boolean(const char *key, bool &out, bool fallback) {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            out = fallback;
            return true;
        }
        if (!v.isBool())
            return fail(key, "must be true or false");
        out = v.toBool();
        return true;
    }
    bool object(const char *key, QJsonObject &out, bool required = true) {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if ((v.isUndefined() || v.isNull()) && !required)
            return true;
        if (!v.isObject())
            return fail(key, required && v.isUndefined() ? "is missing" : "must be an object");
        out = v.toObject();
        return true;
    }

    // "<context>: <key> <what>"; always false, so that `return fail(...)` reads well.
    bool fail(std::string_view key, const char *what) {
        m_error = m_context + ": " + std::string(key) + " " + what;
        return false;
    }
    const std::string &error() const { return m_error; }
    const std::string &context() const { return m_context; }

private:
    QJsonObject m_object;
    std::string m_context;
    std::string m_error;
};

// Sets *error (when asked for) and returns no value: `return json::failure<T>(error, why);`.
template<typename T> std::optional<T> failure(std::string *error, std::string why) {
    if (error)
        *error = std::move(why);
    return std::nullopt;
}

// The document's top-level object, or nullopt with "<context>: not JSON (…)" / "not a JSON object".
std::optional<QJsonObject> parseObject(std::string_view bytes, const std::string &context,
                                       std::string *error);

} // namespace assurance::json
