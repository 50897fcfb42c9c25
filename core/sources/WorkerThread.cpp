#include "WorkerThread.h"

#include <QDeadlineTimer>

#include <algorithm>

namespace assurance {

namespace {
std::mutex g_retiredMutex;
std::vector<QPointer<QThread>> g_retired;
} // namespace

int InterruptHooks::add(Hook hook) {
    std::unique_lock lock(m_mutex);
    if (m_fired) {
        lock.unlock();
        hook();
        return -1;
    }
    m_hooks.emplace_back(++m_next, std::move(hook));
    return m_next;
}

void InterruptHooks::remove(int id) {
    std::lock_guard lock(m_mutex);
    m_hooks.erase(
        std::remove_if(m_hooks.begin(), m_hooks.end(), [id](const auto &h) { return h.first == id; }),
        m_hooks.end());
}

void InterruptHooks::fire() {
    // Under the lock: a worker removing its hook (its client about to die) waits until it ran.
    std::lock_guard lock(m_mutex);
    m_fired = true;
    for (const auto &[id, hook] : m_hooks)
        hook();
}

bool InterruptHooks::fired() const {
    std::lock_guard lock(m_mutex);
    return m_fired;
}

void WorkerThread::retire() {
    if (!m_thread)
        return;
    if (m_worker)
        m_worker->disconnect(); // nothing it still sends reaches its owner
    m_thread->requestInterruption();
    if (m_hooks)
        m_hooks->fire();
    m_thread->quit();
    {
        std::lock_guard lock(g_retiredMutex);
        std::erase_if(g_retired, [](const QPointer<QThread> &t) { return t.isNull(); });
        g_retired.emplace_back(m_thread);
    }
    m_thread = nullptr;
    m_worker = nullptr;
    m_hooks.reset();
}

bool WorkerThread::awaitRetired(std::chrono::milliseconds timeout) {
    const QDeadlineTimer deadline(timeout);
    std::vector<QPointer<QThread>> threads;
    {
        std::lock_guard lock(g_retiredMutex);
        threads.swap(g_retired);
    }
    bool all = true;
    for (const auto &t : threads)
        if (t && !t->wait(deadline))
            all = false;
    return all;
}

} // namespace assurance
