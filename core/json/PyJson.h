#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// JSON text exactly as Python's `json.dumps(obj)` writes it (default arguments): separators ", " and
// ": ", ensure_ascii escaping, floats in `repr` form. Existing deployments and auditors compare our
// output byte for byte with Python writers (SPEC.md "Serialisation"), so every rule here is a
// contract, not a style choice. Non-finite floats are written as `null` (SPEC.md), where Python
// would write `NaN`.
namespace assurance::pyjson {

// Python's repr() of a finite double: shortest round-trip digits, "42.0", "0.0001", "1e-05", "1e+16".
std::string floatRepr(double value);

void appendFloat(std::string &out, double value); // `null` when not finite
void appendInt(std::string &out, std::int64_t value);
void appendString(std::string &out, std::string_view utf8); // ensure_ascii escaping

// Streaming writer that places separators the way json.dumps does. Not validating: callers pair
// begin/end and key/value correctly (debug builds assert).
class Writer {
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name);
    void value(double v) {
        prefix();
        appendFloat(m_out, v);
    }
    void value(std::int64_t v) {
        prefix();
        appendInt(m_out, v);
    }
    void value(std::uint64_t v) {
        prefix();
        appendInt(m_out, static_cast<std::int64_t>(v));
    }
    void value(int v) {
        prefix();
        appendInt(m_out, v);
    }
    void value(std::string_view v) {
        prefix();
        appendString(m_out, v);
    }
    void value(const char *v) { value(std::string_view(v)); }
    void value(bool v) {
        prefix();
        m_out += v ? "true" : "false";
    }
    void null() {
        prefix();
        m_out += "null";
    }
    void value(const std::optional<double> &v) { v ? value(*v) : null(); } // absent → null
    // Inserts already-serialised JSON (e.g. a stored snapshot) as one value.
    void raw(std::string_view json) {
        prefix();
        m_out += json;
    }

    const std::string &text() const { return m_out; }
    std::string take() { return std::move(m_out); }

private:
    void prefix();
    std::string m_out;
    std::vector<bool> m_hasItem; // one entry per open container
    bool m_afterKey = false;
};

} // namespace assurance::pyjson
