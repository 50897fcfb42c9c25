#include "RedisUrl.h"

#include <charconv>

namespace assurance {

namespace {
bool parseInt(std::string_view s, int &out, int min, int max) {
    if (s.empty())
        return false;
    int v = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size() || v < min || v > max)
        return false;
    out = v;
    return true;
}

// Percent-decoding for the user-info part (passwords may hold reserved characters).
std::optional<std::string> percentDecode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out.push_back(s[i]);
            continue;
        }
        int v = 0;
        if (i + 2 >= s.size())
            return std::nullopt;
        auto [p, ec] = std::from_chars(s.data() + i + 1, s.data() + i + 3, v, 16);
        if (ec != std::errc() || p != s.data() + i + 3)
            return std::nullopt;
        out.push_back(static_cast<char>(v));
        i += 2;
    }
    return out;
}
} // namespace

std::string RedisUrl::redacted() const {
    std::string s = "redis://";
    if (!user.empty() || !password.empty())
        s += user + (password.empty() ? "" : ":***") + "@";
    s += host + ":" + std::to_string(port) + "/" + std::to_string(db);
    return s;
}

std::optional<RedisUrl> parseRedisUrl(std::string_view text, std::string *error) {
    auto fail = [&](std::string why) -> std::optional<RedisUrl> {
        if (error)
            *error = std::move(why);
        return std::nullopt;
    };
    if (text.starts_with("rediss://"))
        return fail("rediss:// (TLS) is not supported: the hiredis 0.14 client in Debian 12 has no TLS. "
                    "Reach a TLS Redis through a local TLS tunnel (e.g. stunnel) with redis://");
    if (!text.starts_with("redis://"))
        return fail("a Redis URL starts with redis:// (redis://[user:password@]host[:port][/db])");
    std::string_view rest = text.substr(8);
    RedisUrl url;
    const auto at = rest.rfind('@');
    if (at != std::string_view::npos) {
        const std::string_view userInfo = rest.substr(0, at);
        rest = rest.substr(at + 1);
        const auto colon = userInfo.find(':');
        auto user = percentDecode(userInfo.substr(0, colon));
        auto password = colon == std::string_view::npos ? std::optional<std::string>("")
                                                        : percentDecode(userInfo.substr(colon + 1));
        if (!user || !password)
            return fail("the user or password in the Redis URL has a broken %-escape");
        url.user = *user;
        url.password = *password;
    }
    const auto slash = rest.find('/');
    std::string_view hostPort = rest.substr(0, slash);
    if (slash != std::string_view::npos) {
        const std::string_view db = rest.substr(slash + 1);
        if (!db.empty() && !parseInt(db, url.db, 0, 1 << 20))
            return fail("the database in the Redis URL must be a number, e.g. redis://host:6379/0");
    }
    std::string_view host = hostPort;
    if (!hostPort.empty() && hostPort.front() == '[') { // [::1]:6379
        const auto close = hostPort.find(']');
        if (close == std::string_view::npos)
            return fail("unclosed [ in the Redis URL's host");
        host = hostPort.substr(1, close - 1);
        const std::string_view after = hostPort.substr(close + 1);
        if (!after.empty() && (after.front() != ':' || !parseInt(after.substr(1), url.port, 1, 65535)))
            return fail("the port in the Redis URL must be a number from 1 to 65535");
    } else if (const auto colon = hostPort.rfind(':'); colon != std::string_view::npos) {
        host = hostPort.substr(0, colon);
        if (!parseInt(hostPort.substr(colon + 1), url.port, 1, 65535))
            return fail("the port in the Redis URL must be a number from 1 to 65535");
    }
    if (host.empty())
        return fail("the Redis URL has no host");
    url.host = std::string(host);
    return url;
}

} // namespace assurance
