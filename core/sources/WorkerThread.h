#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace assurance {

// Ways to make a worker's blocking call return now (a Redis socket shut down, a Kafka open told to
// give up). Shared by a worker and its owner; the worker adds a hook for each blocking client it
// owns and removes it (remove()) before the client dies. fire() may be called from any thread,
// also before or after the worker registered anything: a hook added after fire() runs at once.
class InterruptHooks {
public:
    using Hook = std::function<void()>;
    int add(Hook hook);
    void remove(int id);
    void fire();
    bool fired() const;

private:
    mutable std::mutex m_mutex;
    std::vector<std::pair<int, Hook>> m_hooks;
    int m_next = 0;
    bool m_fired = false;
};

// A worker QObject on a QThread of its own, owned by a source on the GUI thread (STYLE.md
// "Threads have owners"). retire() never waits: it asks the worker to stop (interruption, the
// hooks, quit) and leaves the thread to finish its current call and delete itself and the worker.
// Threads still finishing are remembered; awaitRetired() waits for them once the GUI's event loop
// has returned (at exit), bounded.
class WorkerThread {
public:
    WorkerThread() = default;
    ~WorkerThread() { retire(); }
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    // Moves `worker` (no parent) to a new thread and calls `begin` there once it runs.
    template<class Worker> Worker *start(Worker *worker, void (Worker::*begin)(), const char *name) {
        if (m_thread)
            retire();
        if (!m_hooks)
            m_hooks = std::make_shared<InterruptHooks>();
        m_thread = new QThread;
        m_thread->setObjectName(QString::fromLatin1(name));
        worker->moveToThread(m_thread);
        m_worker = worker;
        QObject::connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
        QObject::connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
        QObject::connect(m_thread, &QThread::started, worker, begin);
        m_thread->start();
        return worker;
    }
    bool running() const { return m_thread != nullptr; }
    // Fresh hooks for the next worker: give them to it before start().
    std::shared_ptr<InterruptHooks> newHooks() {
        m_hooks = std::make_shared<InterruptHooks>();
        return m_hooks;
    }
    void retire();

    // Waits until every retired thread has finished or `timeout` passed; true when all finished.
    // Never call it while the GUI's event loop runs.
    static bool awaitRetired(std::chrono::milliseconds timeout);

private:
    QThread *m_thread = nullptr;
    QPointer<QObject> m_worker;
    std::shared_ptr<InterruptHooks> m_hooks;
};

} // namespace assurance
