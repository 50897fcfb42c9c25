#pragma once

#include <chrono>
#include <cstdint>

namespace assurance {

// Arrival ("processing") time for the engine: idle window close and events without `ts`.
// Injectable so tests and simulated runs never sleep through a window.
class Clock {
public:
    virtual ~Clock() = default;
    virtual std::int64_t nowMs() const = 0; // epoch milliseconds, UTC
};

class SystemClock final : public Clock {
public:
    std::int64_t nowMs() const override {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(std::int64_t startMs = 0)
        : m_now(startMs) {}
    std::int64_t nowMs() const override { return m_now; }
    void setMs(std::int64_t ms) { m_now = ms; }
    void advanceMs(std::int64_t ms) { m_now += ms; }

private:
    std::int64_t m_now;
};

} // namespace assurance
