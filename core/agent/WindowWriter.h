#pragma once

#include "agent/AgentService.h"
#include "redis/RetryBackoff.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

namespace assurance {

// Writes one shard's assessed windows to Redis on a thread of its own, so that the shard keeps
// consuming while Redis works (all models' windows tend to close in the same instant) and a slow
// or lost Redis never stalls Kafka consumption. Windows are written in the order submitted, many
// per round trip (SnapshotStore::writeWindows: one atomic script each). A lost connection is
// retried with backoff, the windows kept in order. A window Redis refuses (a key of the wrong type)
// is set aside with its model's later windows, so that episodes are never written older-over-newer,
// and retried after AgentOptions::refusedRetryMs (30 s); the other models go on.
//
// Threading: submit/takeDone/waiting/flush from the shard's thread; the rest runs on the writer's.
class WindowWriter {
public:
    WindowWriter(int shardIndex, const AgentOptions &options, AgentStats &stats);
    ~WindowWriter(); // stops the thread; windows not yet written are dropped (their offsets were never
                     // stored)

    void submit(std::deque<ProcessedWindow> &windows); // takes them all, in order

    struct Done {
        std::string model;
        std::int64_t end = 0;
        bool already = false;  // the window was in Redis already (a recomputed one after a restart)
        std::string labelHash; // label:{id}'s hash after the write: the model's stored chain head
        // Episodes written that an operator had resolved in Redis (SnapshotStore::WriteResult).
        std::vector<std::string> resolvedEpisodes;
    };
    // Windows now durable in Redis since the last call, in the order written.
    std::vector<Done> takeDone();
    // Windows submitted and not yet in Redis (waiting, in flight, retrying or refused).
    std::size_t waiting() const;
    // Drops the windows not yet attempted and the refused ones (a revoke: the next owner
    // recomputes them); returns how many. Windows in flight still complete.
    std::size_t discardWaiting();
    // Waits until every submitted window is written, or `timeout` passed, or (with `once`) after
    // one attempt found Redis down. True when nothing is left unwritten.
    bool flush(std::chrono::milliseconds timeout, bool once);

private:
    void run();
    bool ensureRedis();

    const int m_index;
    const AgentOptions &m_options;
    AgentStats &m_stats;
    std::unique_ptr<RedisClient> m_redis; // the writer's thread only
    std::unique_ptr<SnapshotStore> m_store;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;    // work arrived, or stop
    std::condition_variable m_changed; // progress (for flush)
    std::deque<ProcessedWindow> m_in;  // submitted, not yet attempted (oldest first)
    std::size_t m_inFlight = 0;
    std::map<std::string, std::deque<ProcessedWindow>> m_refused; // per model, oldest first
    std::vector<Done> m_done;
    std::uint64_t m_failedAttempts = 0; // attempts that found Redis down
    bool m_stop = false;
    std::int64_t m_nextRefusedRetryMs = 0;
    RetryBackoff m_retry{100, 5000};
    std::thread m_thread;
};

} // namespace assurance
