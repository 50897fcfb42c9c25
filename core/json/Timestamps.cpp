#include "Timestamps.h"

#include <cstdio>

namespace assurance::timestamps {

// Howard Hinnant's civil-from-days algorithms (public domain), proleptic Gregorian calendar.
std::int64_t daysFromCivil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

namespace {

void civilFromDays(std::int64_t z, int &y, unsigned &m, unsigned &d) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2));
}

bool isLeap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(int y, unsigned m) {
    static constexpr unsigned table[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : table[m - 1];
}

struct Cursor {
    std::string_view s;
    std::size_t i = 0;
    bool digits(int count, int &out) {
        out = 0;
        for (int k = 0; k < count; ++k) {
            if (i >= s.size() || s[i] < '0' || s[i] > '9')
                return false;
            out = out * 10 + (s[i++] - '0');
        }
        return true;
    }
    bool expect(char c) {
        if (i < s.size() && s[i] == c) {
            ++i;
            return true;
        }
        return false;
    }
    bool atEnd() const { return i == s.size(); }
};

std::optional<std::int64_t> parseDateTime(std::string_view text, bool windowForm) {
    Cursor c{text};
    int y, mo, d, h, mi, se;
    if (!c.digits(4, y) || !c.expect('-') || !c.digits(2, mo) || !c.expect('-') || !c.digits(2, d))
        return std::nullopt;
    if (!(c.expect('T') || (!windowForm && c.expect(' '))))
        return std::nullopt;
    auto timeSep = [&] { return c.expect(':') || (windowForm && c.expect('_')); };
    if (!c.digits(2, h) || !timeSep() || !c.digits(2, mi) || !timeSep() || !c.digits(2, se))
        return std::nullopt;
    int millis = 0;
    if (c.expect('.')) {
        int n = 0;
        while (c.i < text.size() && text[c.i] >= '0' && text[c.i] <= '9') {
            if (n < 3)
                millis = millis * 10 + (text[c.i] - '0');
            ++n;
            ++c.i;
        }
        if (n == 0)
            return std::nullopt;
        for (int k = n; k < 3; ++k)
            millis *= 10;
    }
    int offsetMinutes = 0;
    if (c.expect('Z') || c.expect('z')) {
    } else if (!windowForm && c.i < text.size() && (text[c.i] == '+' || text[c.i] == '-')) {
        const int sign = text[c.i] == '-' ? -1 : 1;
        ++c.i;
        int oh, om;
        if (!c.digits(2, oh) || !c.expect(':') || !c.digits(2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = sign * (oh * 60 + om);
    } else {
        return std::nullopt;
    }
    if (!c.atEnd())
        return std::nullopt;
    if (y < 1 || mo < 1 || mo > 12 || d < 1 ||
        static_cast<unsigned>(d) > daysInMonth(y, static_cast<unsigned>(mo)) || h > 23 || mi > 59 || se > 59)
        return std::nullopt;
    const std::int64_t days = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    const std::int64_t secs = days * 86400 + h * 3600 + mi * 60 + se - offsetMinutes * 60;
    return secs * 1000 + millis;
}

} // namespace

std::optional<std::int64_t> parseIso8601(std::string_view text) {
    return parseDateTime(text, false);
}

std::optional<std::int64_t> parseWindowTimestamp(std::string_view text) {
    return parseDateTime(text, true);
}

namespace {
void split(std::int64_t epochMs, int &y, unsigned &mo, unsigned &d, int &h, int &mi, int &s, int &ms) {
    std::int64_t secs = epochMs >= 0 ? epochMs / 1000 : -((-epochMs + 999) / 1000);
    ms = static_cast<int>(epochMs - secs * 1000);
    std::int64_t days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    const std::int64_t rem = secs - days * 86400;
    civilFromDays(days, y, mo, d);
    h = static_cast<int>(rem / 3600);
    mi = static_cast<int>(rem % 3600 / 60);
    s = static_cast<int>(rem % 60);
}
} // namespace

std::string formatWindowTimestamp(std::int64_t epochMs) {
    int y, h, mi, s, ms;
    unsigned mo, d;
    split(epochMs, y, mo, d, h, mi, s, ms);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d_%02d_%02dZ", y, mo, d, h, mi, s);
    return buf;
}

std::string formatIso8601Ms(std::int64_t epochMs) {
    int y, h, mi, s, ms;
    unsigned mo, d;
    split(epochMs, y, mo, d, h, mi, s, ms);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", y, mo, d, h, mi, s, ms);
    return buf;
}

} // namespace assurance::timestamps
