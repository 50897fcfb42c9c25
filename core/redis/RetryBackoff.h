#pragma once

#include <algorithm>
#include <cstdint>

namespace assurance {

// Exponential backoff between reconnection attempts (Redis, Kafka, the update subscription):
// due() tells whether to try now, failed() doubles the wait up to a cap, succeeded() resets it.
// Times are epoch milliseconds from the caller's clock. Not thread-safe: one owner.
class RetryBackoff {
public:
    RetryBackoff(std::int64_t firstMs, std::int64_t maxMs)
        : m_firstMs(firstMs)
        , m_maxMs(maxMs)
        , m_delayMs(firstMs) {}

    bool due(std::int64_t nowMs) const { return nowMs >= m_nextMs; }
    std::int64_t nextMs() const { return m_nextMs; }
    void failed(std::int64_t nowMs) {
        m_nextMs = nowMs + m_delayMs;
        m_delayMs = std::min(m_delayMs * 2, m_maxMs);
    }
    void succeeded() {
        m_delayMs = m_firstMs;
        m_nextMs = 0;
    }

private:
    std::int64_t m_firstMs;
    std::int64_t m_maxMs;
    std::int64_t m_delayMs;
    std::int64_t m_nextMs = 0;
};

} // namespace assurance
