#pragma once

#include "redis/RedisClient.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace assurance {

// assurancectl's Redis commands, as functions of their options: what to print and the exit code
// (0 ok, 1 not found, 2 usage, 3 connection/IO).
struct CommandResult {
    int exitCode = 0;
    std::string out;
    std::string err;
};

struct RedisTarget {
    std::string url;          // redis://[user[:pass]@]host[:port][/db]
    std::string passwordFile; // overrides the URL's password; the file's first line
};

// A connected client for --redis URL [--redis-password-file F], or the failure to print (exit 2
// for a bad URL, 3 for a file or connection failure).
struct Connected {
    std::unique_ptr<RedisClient> client;
    CommandResult failure;
};
Connected connectRedisTarget(const RedisTarget &target);

CommandResult modelsCommand(const RedisTarget &target, bool json);
CommandResult snapshotCommand(const RedisTarget &target, const std::string &model);
// since/until: an ISO 8601 date-time, a window timestamp (2025-10-27T16_23_00Z) or epoch ms.
CommandResult historyCommand(const RedisTarget &target, const std::string &model, const std::string &since,
                             const std::string &until);

std::optional<std::int64_t> parseTimeArgument(const std::string &text);

} // namespace assurance
