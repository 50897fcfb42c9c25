#include "WindowWriter.h"

#include "redis/RedisClient.h"
#include "redis/SnapshotStore.h"

#include <pthread.h>

#include <set>

namespace assurance {

WindowWriter::WindowWriter(int shardIndex, const AgentOptions &options, AgentStats &stats)
    : m_index(shardIndex)
    , m_options(options)
    , m_stats(stats)
    , m_redis(std::make_unique<RedisClient>(options.redis, std::chrono::milliseconds(3000)))
    , m_store(std::make_unique<SnapshotStore>(*m_redis)) {
    m_thread = std::thread([this] {
        const std::string name = "agent-writer-" + std::to_string(m_index);
        pthread_setname_np(pthread_self(), name.c_str());
        run();
    });
}

WindowWriter::~WindowWriter() {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WindowWriter::submit(std::deque<ProcessedWindow> &windows) {
    if (windows.empty())
        return;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        for (auto &w : windows)
            m_in.push_back(std::move(w));
    }
    windows.clear();
    m_wake.notify_one();
}

std::vector<WindowWriter::Done> WindowWriter::takeDone() {
    std::lock_guard<std::mutex> lock(m_mutex);
    std::vector<Done> out;
    out.swap(m_done);
    return out;
}

std::size_t WindowWriter::waiting() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    std::size_t n = m_in.size() + m_inFlight;
    for (const auto &[model, windows] : m_refused)
        n += windows.size();
    return n;
}

std::size_t WindowWriter::discardWaiting() {
    std::lock_guard<std::mutex> lock(m_mutex);
    std::size_t n = m_in.size();
    for (const auto &[model, windows] : m_refused)
        n += windows.size();
    m_in.clear();
    m_refused.clear();
    m_changed.notify_all();
    return n;
}

bool WindowWriter::flush(std::chrono::milliseconds timeout, bool once) {
    std::unique_lock<std::mutex> lock(m_mutex);
    const std::uint64_t failedBefore = m_failedAttempts;
    m_wake.notify_one();
    m_changed.wait_for(lock, timeout, [&] {
        return (m_in.empty() && m_inFlight == 0) || (once && m_failedAttempts != failedBefore);
    });
    return m_in.empty() && m_inFlight == 0 && m_refused.empty();
}

bool WindowWriter::ensureRedis() {
    if (m_redis->connected())
        return true;
    const std::int64_t now = SystemClock().nowMs();
    if (!m_retry.due(now))
        return false;
    if (m_redis->connect()) {
        if (!m_stats.redisOk.exchange(true) && m_stats.redisErrors > 0) {
            ++m_stats.reconnects;
            agentLog("info", "redis reconnected", "\"shard\": " + std::to_string(m_index));
        }
        // Not succeeded() yet: a Redis that accepts connections and never answers must still back
        // off (up to 5 s), not cost a timeout every 100 ms. A written batch resets it.
        return true;
    }
    if (m_stats.redisOk.exchange(false))
        agentLog("error", "redis unavailable: " + m_redis->error());
    ++m_stats.redisErrors;
    m_retry.failed(now);
    return false;
}

void WindowWriter::run() {
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stop) {
        const std::int64_t now = SystemClock().nowMs();
        if (!m_refused.empty() && now >= m_nextRefusedRetryMs) { // back in front, in order
            for (auto it = m_refused.begin(); it != m_refused.end(); it = m_refused.erase(it))
                for (auto w = it->second.rbegin(); w != it->second.rend(); ++w)
                    m_in.push_front(std::move(*w));
            m_nextRefusedRetryMs = now + m_options.refusedRetryMs;
        }
        // Windows of a model whose earlier window was refused wait behind it. A batch holds one
        // window per model (the windows that close together belong to different models): a
        // model's next window goes only once its previous one is known to be written.
        std::vector<ProcessedWindow> batch;
        std::set<std::string> inBatch;
        while (!m_in.empty() && batch.size() < 256) {
            ProcessedWindow &w = m_in.front();
            if (auto refused = m_refused.find(w.snapshot.modelId); refused != m_refused.end()) {
                refused->second.push_back(std::move(w));
            } else if (inBatch.count(w.snapshot.modelId)) {
                break;
            } else {
                batch.push_back(std::move(w));
                inBatch.insert(batch.back().snapshot.modelId);
            }
            m_in.pop_front();
        }
        if (batch.empty()) {
            m_changed.notify_all();
            if (!m_redis->connected()) { // connected while idle too, so that /healthz tells the truth
                lock.unlock();
                ensureRedis();
                lock.lock();
            }
            m_wake.wait_for(lock, std::chrono::milliseconds(m_refused.empty() ? 1000 : 100));
            continue;
        }
        m_inFlight = batch.size();
        lock.unlock();
        std::vector<SnapshotStore::WriteResult> results;
        if (ensureRedis()) {
            std::vector<const ProcessedWindow *> pointers;
            for (const auto &w : batch)
                pointers.push_back(&w);
            results =
                m_store->writeWindows(pointers, m_options.retentionSeconds, m_options.episodeRetentionMs);
        } else {
            results.assign(batch.size(), {SnapshotStore::Outcome::Failed, m_redis->error(), {}, {}});
        }
        lock.lock();
        m_inFlight = 0;
        bool failed = false;
        for (std::size_t i = 0; i < batch.size(); ++i) {
            ProcessedWindow &w = batch[i];
            switch (results[i].outcome) {
            case SnapshotStore::Outcome::Written:
            case SnapshotStore::Outcome::AlreadyWritten: {
                const bool already = results[i].outcome == SnapshotStore::Outcome::AlreadyWritten;
                ++(already ? m_stats.windowsAlreadyWritten : m_stats.windowsWritten);
                m_done.push_back({w.snapshot.modelId, w.snapshot.windowEndMs, already, results[i].labelHash,
                                  std::move(results[i].resolvedEpisodes)});
                break;
            }
            case SnapshotStore::Outcome::Refused:
                // Not the connection: this window cannot be written as Redis holds it now.
                ++m_stats.windowsRefused;
                agentLog("error", results[i].error + "; the model's windows wait and are retried",
                         "\"model_id\": \"" + w.snapshot.modelId + "\", \"timestamp\": \"" +
                             w.snapshot.timestamp() + "\"");
                if (m_refused.empty())
                    m_nextRefusedRetryMs = SystemClock().nowMs() + m_options.refusedRetryMs;
                m_refused[w.snapshot.modelId].push_back(std::move(w));
                break;
            case SnapshotStore::Outcome::Failed:
                failed = true;
                break;
            }
        }
        if (!failed)
            m_retry.succeeded(); // Redis answered: the next failure starts the backoff afresh
        if (failed) {
            // Lost Redis: the failed windows go back in front, in order; retried after a backoff.
            for (std::size_t i = batch.size(); i-- > 0;)
                if (results[i].outcome == SnapshotStore::Outcome::Failed)
                    m_in.push_front(std::move(batch[i]));
            if (m_redis->connected() || m_stats.redisOk) { // the connection broke during this write
                ++m_stats.redisErrors;
                if (m_stats.redisOk.exchange(false))
                    agentLog("error", "windows not written, will retry: " + results.back().error);
                m_redis->disconnect();
                m_retry.failed(SystemClock().nowMs());
            }
            ++m_failedAttempts;
            m_changed.notify_all();
            m_wake.wait_for(lock, std::chrono::milliseconds(
                                      std::max<std::int64_t>(1, m_retry.nextMs() - SystemClock().nowMs())));
            continue;
        }
        m_changed.notify_all();
    }
}

} // namespace assurance
