#include "RejectionLog.h"

#include <cstdio>

namespace assurance {

void RejectionLog::record(const Rejection &rejection, std::string_view message, std::int64_t arrivalMs) {
    ++m_total;
    ++m_counts[static_cast<std::size_t>(rejection.reason)];
    if (m_keep == 0)
        return;
    RejectedMessage r;
    r.arrivalMs = arrivalMs;
    r.rejection = rejection;
    // Printable excerpt: bytes outside printable ASCII become \xNN, so invalid UTF-8 can be shown.
    for (std::size_t i = 0; i < message.size() && r.excerpt.size() < kExcerptBytes; ++i) {
        const auto c = static_cast<unsigned char>(message[i]);
        if (c >= 0x20 && c < 0x7f) {
            r.excerpt.push_back(static_cast<char>(c));
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            r.excerpt += buf;
        }
    }
    if (message.size() > kExcerptBytes)
        r.excerpt += "…";
    m_recent.push_back(std::move(r));
    while (m_recent.size() > m_keep)
        m_recent.pop_front();
}

} // namespace assurance
