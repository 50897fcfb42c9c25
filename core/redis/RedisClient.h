#pragma once

#include "redis/RedisUrl.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct redisContext;

namespace assurance {

// A Redis reply, copied out of hiredis (so no hiredis type leaks into callers).
struct RedisReply {
    enum class Type { Nil, Status, Error, Integer, String, Array };
    Type type = Type::Nil;
    std::string str; // Status, Error, String
    long long integer = 0;
    std::vector<RedisReply> elements;

    bool isError() const { return type == Type::Error; }
    bool isNil() const { return type == Type::Nil; }
};

// A blocking hiredis connection with a timeout on connect and on every reply. It blocks the thread
// that uses it: the agent's writer thread, a console worker, assurancectl — never the GUI thread.
// Failures are values: `error()` says what went wrong, the connection then needs reconnect().
class RedisClient {
public:
    explicit RedisClient(RedisUrl url, std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));
    ~RedisClient();
    RedisClient(const RedisClient &) = delete;
    RedisClient &operator=(const RedisClient &) = delete;

    // Connects, AUTHs (user + password, or password) and SELECTs the database.
    bool connect();
    bool connected() const { return m_ctx != nullptr; }
    void disconnect();
    const std::string &error() const { return m_error; }
    const RedisUrl &url() const { return m_url; }

    // One command; nullopt on a connection/protocol failure (a Redis error reply is a value).
    std::optional<RedisReply> command(const std::vector<std::string_view> &argv);
    // Many commands in one round trip (pipelined); nullopt when any reply could not be read.
    std::optional<std::vector<RedisReply>>
    pipeline(const std::vector<std::vector<std::string_view>> &commands);
    // For SUBSCRIBE connections: the next pushed reply if one arrives within timeoutMs. Returns
    // nullopt with connected() still true on a quiet timeout, and with connected() false on failure.
    std::optional<RedisReply> pollReply(int timeoutMs);
    // Any thread: makes a call blocked on this connection return now (its socket is shut down) and
    // every later connect() fail, so that a worker stops within a moment instead of a timeout.
    void interrupt();
    bool interrupted() const { return m_interrupted.load(); }
    // The last connect() failed because Redis refused the AUTH (wrong user or password).
    bool credentialsRefused() const { return m_credentialsRefused; }

private:
    bool fail(std::string why);
    RedisUrl m_url;
    std::chrono::milliseconds m_timeout;
    redisContext *m_ctx = nullptr;
    std::string m_error;
    std::mutex m_fdMutex; // guards m_fd against interrupt() from another thread
    int m_fd = -1;
    std::atomic<bool> m_interrupted{false};
    bool m_credentialsRefused = false;
};

} // namespace assurance
