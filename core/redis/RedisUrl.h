#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace assurance {

// `redis://[user[:password]@]host[:port][/db]` (SPEC.md: AUTH with user and password, ACL).
// `rediss://` is refused: hiredis 0.14 (Debian 12) has no TLS.
struct RedisUrl {
    std::string host = "127.0.0.1";
    int port = 6379;
    int db = 0;
    std::string user;     // empty: AUTH with the password only (or no AUTH)
    std::string password; // never logged; prefer --redis-password-file over the URL

    // The URL without the password, for logs and the status bar.
    std::string redacted() const;
};

std::optional<RedisUrl> parseRedisUrl(std::string_view text, std::string *error);

} // namespace assurance
