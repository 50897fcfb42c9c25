#include "PyJson.h"

#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace assurance::pyjson {

std::string floatRepr(double value) {
    if (value == 0.0)
        return std::signbit(value) ? "-0.0" : "0.0";
    char buf[64];
    // Without a precision, to_chars gives the shortest representation that round-trips, the same
    // digits as Python's repr (both use the shortest-digits rule of David Gay's dtoa).
    auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    std::string_view sci(buf, static_cast<std::size_t>(res.ptr - buf));

    std::string out;
    std::size_t pos = 0;
    if (sci[pos] == '-') {
        out.push_back('-');
        ++pos;
    }
    const auto ePos = sci.find('e');
    std::string digits;
    for (std::size_t i = pos; i < ePos; ++i)
        if (sci[i] != '.')
            digits.push_back(sci[i]);
    int exponent = 0;
    std::from_chars(sci.data() + ePos + 1 + (sci[ePos + 1] == '+' ? 1 : 0), sci.data() + sci.size(),
                    exponent);
    const int decpt = exponent + 1; // value = 0.d1d2... * 10^decpt
    const int ndigits = static_cast<int>(digits.size());

    if (decpt <= -4 || decpt > 16) {
        // Python: mantissa "d[.ddd]", exponent with a sign and at least two digits.
        out.push_back(digits[0]);
        if (ndigits > 1) {
            out.push_back('.');
            out.append(digits, 1);
        }
        char ebuf[16];
        std::snprintf(ebuf, sizeof ebuf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out += ebuf;
    } else if (decpt <= 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-decpt), '0');
        out += digits;
    } else if (decpt >= ndigits) {
        out += digits;
        out.append(static_cast<std::size_t>(decpt - ndigits), '0');
        out += ".0";
    } else {
        out.append(digits, 0, static_cast<std::size_t>(decpt));
        out.push_back('.');
        out.append(digits, static_cast<std::size_t>(decpt));
    }
    return out;
}

void appendFloat(std::string &out, double value) {
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    out += floatRepr(value);
}

void appendInt(std::string &out, std::int64_t value) {
    char buf[24];
    auto res = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, res.ptr);
}

namespace {
void appendU16(std::string &out, unsigned unit) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\u%04x", unit);
    out += buf;
}
} // namespace

void appendString(std::string &out, std::string_view s) {
    out.push_back('"');
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const auto *end = p + s.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (c < 0x20 || c == 0x7f) // Python escapes everything outside " ".."~"
                    appendU16(out, c);
                else
                    out.push_back(static_cast<char>(c));
            }
            ++p;
            continue;
        }
        // Decode one UTF-8 sequence; anything malformed becomes U+FFFD (inputs are validated
        // upstream, this only keeps the writer total).
        std::uint32_t cp = 0xFFFD;
        int len = 1;
        if ((c & 0xE0) == 0xC0 && end - p >= 2) {
            cp = ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
            len = 2;
        } else if ((c & 0xF0) == 0xE0 && end - p >= 3) {
            cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
            len = 3;
        } else if ((c & 0xF8) == 0xF0 && end - p >= 4) {
            cp = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
            len = 4;
        }
        if (cp >= 0x10000) {
            cp -= 0x10000;
            appendU16(out, 0xD800 + (cp >> 10));
            appendU16(out, 0xDC00 + (cp & 0x3FF));
        } else {
            appendU16(out, cp);
        }
        p += len;
    }
    out.push_back('"');
}

void Writer::prefix() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItem.empty()) {
        if (m_hasItem.back())
            m_out += ", ";
        m_hasItem.back() = true;
    }
}

void Writer::beginObject() {
    prefix();
    m_out.push_back('{');
    m_hasItem.push_back(false);
}

void Writer::endObject() {
    assert(!m_hasItem.empty() && !m_afterKey);
    m_hasItem.pop_back();
    m_out.push_back('}');
}

void Writer::beginArray() {
    prefix();
    m_out.push_back('[');
    m_hasItem.push_back(false);
}

void Writer::endArray() {
    assert(!m_hasItem.empty() && !m_afterKey);
    m_hasItem.pop_back();
    m_out.push_back(']');
}

void Writer::key(std::string_view name) {
    assert(!m_afterKey);
    prefix();
    appendString(m_out, name);
    m_out += ": ";
    m_afterKey = true;
}

} // namespace assurance::pyjson
