#include "CanonicalJson.h"

#include <simdjson.h>

#include <QString>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

namespace assurance::audit {

namespace {
constexpr std::int64_t kMaxExact = std::int64_t(1) << 53;

bool utf16Less(std::string_view a, std::string_view b) {
    const bool ascii =
        std::all_of(a.begin(), a.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }) &&
        std::all_of(b.begin(), b.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii)
        return a < b;
    const QString qa = QString::fromUtf8(a.data(), static_cast<qsizetype>(a.size()));
    const QString qb = QString::fromUtf8(b.data(), static_cast<qsizetype>(b.size()));
    return std::lexicographical_compare(qa.utf16(), qa.utf16() + qa.size(), qb.utf16(),
                                        qb.utf16() + qb.size());
}

bool write(std::string &out, simdjson::dom::element e, std::string *error, int depth) {
    if (depth > 64) {
        if (error)
            *error = "nested deeper than 64 levels";
        return false;
    }
    switch (e.type()) {
    case simdjson::dom::element_type::OBJECT: {
        std::vector<std::pair<std::string_view, simdjson::dom::element>> members;
        for (auto field : simdjson::dom::object(e))
            members.emplace_back(field.key, field.value);
        std::sort(members.begin(), members.end(),
                  [](const auto &x, const auto &y) { return utf16Less(x.first, y.first); });
        out += '{';
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (i > 0 && members[i].first == members[i - 1].first) {
                if (error)
                    *error = "duplicate member \"" + std::string(members[i].first) + "\"";
                return false;
            }
            if (i > 0)
                out += ',';
            appendJcsString(out, members[i].first);
            out += ':';
            if (!write(out, members[i].second, error, depth + 1))
                return false;
        }
        out += '}';
        return true;
    }
    case simdjson::dom::element_type::ARRAY: {
        out += '[';
        bool first = true;
        for (auto item : simdjson::dom::array(e)) {
            if (!first)
                out += ',';
            first = false;
            if (!write(out, item, error, depth + 1))
                return false;
        }
        out += ']';
        return true;
    }
    case simdjson::dom::element_type::STRING:
        appendJcsString(out, std::string_view(e));
        return true;
    case simdjson::dom::element_type::INT64: {
        const std::int64_t v = std::int64_t(e);
        if (v > kMaxExact || v < -kMaxExact) {
            if (error)
                *error = "integer " + std::to_string(v) + " is beyond ±2^53";
            return false;
        }
        appendJcsInteger(out, v);
        return true;
    }
    case simdjson::dom::element_type::UINT64:
        if (error)
            *error = "integer " + std::to_string(std::uint64_t(e)) + " is beyond ±2^53";
        return false;
    case simdjson::dom::element_type::DOUBLE:
        appendJcsNumber(out, double(e));
        return true;
    case simdjson::dom::element_type::BOOL:
        out += bool(e) ? "true" : "false";
        return true;
    case simdjson::dom::element_type::NULL_VALUE:
        out += "null";
        return true;
    }
    return false;
}
} // namespace

void appendJcsString(std::string &out, std::string_view utf8) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t run = 0; // start of the bytes copied as they are
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8, run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
        }
    }
    out.append(utf8, run, utf8.size() - run);
    out += '"';
}

void appendJcsInteger(std::string &out, std::int64_t value) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, r.ptr);
}

void appendJcsNumber(std::string &out, double value) {
    if (value == 0 || !std::isfinite(value)) { // -0 is "0"; non-finite never reaches here from JSON
        out += '0';
        return;
    }
    if (value < 0) {
        out += '-';
        value = -value;
    }
    // Shortest round-trip digits and exponent: "d.ddde±x".
    char buf[40];
    const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const std::string_view sci(buf, static_cast<std::size_t>(r.ptr - buf));
    const std::size_t e = sci.find('e');
    std::string digits;
    for (char c : sci.substr(0, e))
        if (c != '.')
            digits += c;
    int exp10 = 0;
    std::from_chars(sci.data() + e + 1 + (sci[e + 1] == '+' ? 1 : 0), sci.data() + sci.size(), exp10);
    const int k = static_cast<int>(digits.size());
    const int n = exp10 + 1; // value = 0.digits × 10^n
    if (k <= n && n <= 21) {
        out += digits;
        out.append(static_cast<std::size_t>(n - k), '0');
    } else if (0 < n && n <= 21) {
        out.append(digits, 0, static_cast<std::size_t>(n));
        out += '.';
        out.append(digits, static_cast<std::size_t>(n));
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-n), '0');
        out += digits;
    } else {
        out += digits[0];
        if (k > 1) {
            out += '.';
            out.append(digits, 1);
        }
        out += 'e';
        out += n - 1 >= 0 ? '+' : '-';
        out += std::to_string(std::abs(n - 1));
    }
}

bool canonicalJsonInto(std::string &out, std::string_view json, std::string *error) {
    thread_local simdjson::dom::parser parser; // its buffers are reused entry after entry
    simdjson::dom::element root;
    out.clear();
    if (const auto err = parser.parse(json.data(), json.size()).get(root)) {
        if (error)
            *error = std::string("not JSON: ") + simdjson::error_message(err);
        return false;
    }
    return write(out, root, error, 0);
}

std::optional<std::string> canonicalJson(std::string_view json, std::string *error) {
    std::string out;
    out.reserve(json.size());
    if (!canonicalJsonInto(out, json, error))
        return std::nullopt;
    return out;
}

} // namespace assurance::audit
