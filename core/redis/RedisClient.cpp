#include "RedisClient.h"

#include <hiredis/hiredis.h>

#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>

namespace assurance {

namespace {
RedisReply convert(const redisReply *r) {
    RedisReply out;
    switch (r->type) {
    case REDIS_REPLY_STATUS:
        out.type = RedisReply::Type::Status;
        out.str.assign(r->str, r->len);
        break;
    case REDIS_REPLY_ERROR:
        out.type = RedisReply::Type::Error;
        out.str.assign(r->str, r->len);
        break;
    case REDIS_REPLY_INTEGER:
        out.type = RedisReply::Type::Integer;
        out.integer = r->integer;
        break;
    case REDIS_REPLY_STRING:
        out.type = RedisReply::Type::String;
        out.str.assign(r->str, r->len);
        break;
    case REDIS_REPLY_ARRAY:
        out.type = RedisReply::Type::Array;
        out.elements.reserve(r->elements);
        for (std::size_t i = 0; i < r->elements; ++i)
            out.elements.push_back(convert(r->element[i]));
        break;
    default:
        out.type = RedisReply::Type::Nil;
        break;
    }
    return out;
}

timeval toTimeval(std::chrono::milliseconds ms) {
    timeval tv{};
    tv.tv_sec = static_cast<time_t>(ms.count() / 1000);
    tv.tv_usec = static_cast<suseconds_t>((ms.count() % 1000) * 1000);
    return tv;
}
} // namespace

RedisClient::RedisClient(RedisUrl url, std::chrono::milliseconds timeout)
    : m_url(std::move(url))
    , m_timeout(timeout) {}

RedisClient::~RedisClient() {
    disconnect();
}

void RedisClient::disconnect() {
    {
        std::lock_guard lock(m_fdMutex);
        m_fd = -1;
    }
    if (m_ctx)
        redisFree(m_ctx);
    m_ctx = nullptr;
}

void RedisClient::interrupt() {
    std::lock_guard lock(m_fdMutex);
    m_interrupted = true;
    if (m_fd >= 0)
        ::shutdown(m_fd, SHUT_RDWR);
}

bool RedisClient::fail(std::string why) {
    m_error = std::move(why);
    disconnect();
    return false;
}

bool RedisClient::connect() {
    disconnect();
    m_error.clear();
    m_credentialsRefused = false;
    if (m_interrupted)
        return fail("interrupted");
    m_ctx = redisConnectWithTimeout(m_url.host.c_str(), m_url.port, toTimeval(m_timeout));
    if (!m_ctx)
        return fail("cannot allocate a Redis connection");
    if (m_ctx->err)
        return fail("cannot connect to " + m_url.redacted() + ": " + m_ctx->errstr);
    bool interrupted = false;
    {
        std::lock_guard lock(m_fdMutex);
        interrupted = m_interrupted;
        if (!interrupted)
            m_fd = m_ctx->fd;
    }
    if (interrupted)
        return fail("interrupted");
    redisSetTimeout(m_ctx, toTimeval(m_timeout));
    if (!m_url.password.empty()) {
        auto r = m_url.user.empty() ? command({"AUTH", m_url.password})
                                    : command({"AUTH", m_url.user, m_url.password});
        if (!r)
            return false;
        m_credentialsRefused = r->isError();
        if (r->isError())
            return fail("Redis refused the credentials for " + m_url.redacted() + ": " + r->str);
    }
    if (m_url.db != 0) {
        const std::string db = std::to_string(m_url.db);
        auto r = command({"SELECT", db});
        if (!r)
            return false;
        if (r->isError())
            return fail("Redis refused database " + db + ": " + r->str);
    }
    return true;
}

std::optional<RedisReply> RedisClient::command(const std::vector<std::string_view> &argv) {
    auto replies = pipeline({argv});
    if (!replies)
        return std::nullopt;
    return std::move(replies->front());
}

std::optional<std::vector<RedisReply>>
RedisClient::pipeline(const std::vector<std::vector<std::string_view>> &commands) {
    if (!m_ctx && !connect())
        return std::nullopt;
    std::vector<const char *> args;
    std::vector<std::size_t> lens;
    for (const auto &argv : commands) {
        args.clear();
        lens.clear();
        for (auto a : argv) {
            args.push_back(a.data());
            lens.push_back(a.size());
        }
        if (redisAppendCommandArgv(m_ctx, static_cast<int>(args.size()), args.data(), lens.data()) !=
            REDIS_OK) {
            fail(std::string("cannot send to Redis: ") + m_ctx->errstr);
            return std::nullopt;
        }
    }
    std::vector<RedisReply> replies;
    replies.reserve(commands.size());
    for (std::size_t i = 0; i < commands.size(); ++i) {
        void *raw = nullptr;
        if (redisGetReply(m_ctx, &raw) != REDIS_OK || !raw) {
            fail(std::string("lost the Redis connection: ") + (m_ctx->errstr[0] ? m_ctx->errstr : "timeout"));
            return std::nullopt;
        }
        replies.push_back(convert(static_cast<redisReply *>(raw)));
        freeReplyObject(raw);
    }
    return replies;
}

std::optional<RedisReply> RedisClient::pollReply(int timeoutMs) {
    if (!m_ctx)
        return std::nullopt;
    void *raw = nullptr;
    auto take = [&]() -> std::optional<RedisReply> {
        RedisReply r = convert(static_cast<redisReply *>(raw));
        freeReplyObject(raw);
        return r;
    };
    if (redisGetReplyFromReader(m_ctx, &raw) != REDIS_OK) { // a reply already buffered?
        fail("broken Redis reply");
        return std::nullopt;
    }
    if (raw)
        return take();
    pollfd pfd{m_ctx->fd, POLLIN, 0};
    const int ready = ::poll(&pfd, 1, timeoutMs);
    if (ready == 0)
        return std::nullopt;
    if (ready < 0 || redisBufferRead(m_ctx) != REDIS_OK) {
        fail(std::string("lost the Redis connection: ") +
             (m_ctx && m_ctx->errstr[0] ? m_ctx->errstr : "read failed"));
        return std::nullopt;
    }
    if (redisGetReplyFromReader(m_ctx, &raw) != REDIS_OK) {
        fail("broken Redis reply");
        return std::nullopt;
    }
    if (raw)
        return take();
    return std::nullopt;
}

} // namespace assurance
