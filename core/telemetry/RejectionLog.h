#pragma once

#include "telemetry/Telemetry.h"

#include <array>
#include <cstdint>
#include <deque>
#include <string>

namespace assurance {

// Rejected messages: a count per reason and the most recent ones kept for inspection (bounded).
struct RejectedMessage {
    std::int64_t arrivalMs = 0;
    Rejection rejection;
    std::string excerpt; // the first bytes of the message, made printable
};

class RejectionLog {
public:
    explicit RejectionLog(std::size_t keep = 200)
        : m_keep(keep) {}
    void record(const Rejection &rejection, std::string_view message, std::int64_t arrivalMs);
    std::uint64_t count(RejectReason reason) const { return m_counts[static_cast<std::size_t>(reason)]; }
    std::uint64_t total() const { return m_total; }
    const std::array<std::uint64_t, kRejectReasonCount> &counts() const { return m_counts; }
    const std::deque<RejectedMessage> &recent() const { return m_recent; } // oldest first

    static constexpr std::size_t kExcerptBytes = 160;

private:
    std::size_t m_keep;
    std::uint64_t m_total = 0;
    std::array<std::uint64_t, kRejectReasonCount> m_counts{};
    std::deque<RejectedMessage> m_recent;
};

} // namespace assurance
