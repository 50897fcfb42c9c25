#include "AuditService.h"

#include "audit/AuditReplicator.h"
#include "redis/RedisClient.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QTimer>

#include <deque>
#include <mutex>

namespace assurance::audit {

bool AuditQuery::matches(const AuditEntry &e) const {
    const AuditFilter &f = filter;
    if (f.sinceMs && e.timeMs < *f.sinceMs)
        return false;
    if (f.untilMs && e.timeMs > *f.untilMs)
        return false;
    if (!f.actor.empty() && e.actor != f.actor)
        return false;
    if (!f.action.empty() && e.action != f.action && e.action.rfind(f.action + ".", 0) != 0)
        return false;
    return targetContains.isEmpty() ||
           QString::fromStdString(e.target).contains(targetContains, Qt::CaseInsensitive);
}

// Records handed over by the GUI thread, appended by the worker in order. A queue rather than one
// queued call per record: the worker's destructor (on its thread, when the thread ends) appends
// what is still waiting, so a change made just before exit is not lost with the event loop.
class PendingRecords {
public:
    // True when the queue was empty (the worker must be woken).
    bool push(AuditRecord record) {
        std::lock_guard lock(m_mutex);
        m_records.push_back(std::move(record));
        return m_records.size() == 1;
    }
    std::optional<AuditRecord> pop() {
        std::lock_guard lock(m_mutex);
        if (m_records.empty())
            return std::nullopt;
        AuditRecord r = std::move(m_records.front());
        m_records.pop_front();
        return r;
    }

private:
    std::mutex m_mutex;
    std::deque<AuditRecord> m_records;
};

// Lives on the service's thread and owns the AuditLog there.
class AuditWorker : public QObject {
    Q_OBJECT
public:
    AuditWorker(QString path, const Clock *clock, std::shared_ptr<PendingRecords> pending,
                std::chrono::milliseconds interval)
        : m_path(std::move(path))
        , m_clock(clock)
        , m_pending(std::move(pending))
        , m_interval(interval) {}
    ~AuditWorker() override { drainRecords(); } // on its thread, as the thread ends

    void begin() {
        std::string why;
        m_log = AuditLog::open(m_path.toStdString(), &why, AuditLog::Mode::ReadWrite, m_clock);
        if (!m_log) {
            m_openError = QString::fromStdString(why);
            Q_EMIT openFailed(m_openError);
            return;
        }
        AuditInfo info;
        info.path = QString::fromStdString(m_log->path());
        info.installationId = QString::fromStdString(m_log->installationId());
        info.keyFingerprint = QString::fromStdString(m_log->publicKey().fingerprint());
        info.entries = m_log->size(nullptr).value_or(0);
        AuditFilter first;
        first.limit = 1;
        if (auto e = m_log->entries(first, nullptr); e && !e->empty())
            info.firstEntryMs = e->front().timeMs;
        m_lastSeq = info.entries;
        Q_EMIT opened(info);
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &AuditWorker::periodicCheckpoint);
        setCheckpointInterval(m_interval);
    }

    void setCheckpointInterval(std::chrono::milliseconds interval) {
        m_interval = interval;
        if (!m_timer)
            return;
        if (interval.count() <= 0) {
            m_timer->stop();
            return;
        }
        m_timer->start(interval);
    }

    void drainRecords() {
        bool appended = false;
        while (auto record = m_pending->pop()) {
            if (!m_log) {
                Q_EMIT recordFailed(tr("Not recorded (%1): the audit log is not open: %2")
                                        .arg(QString::fromStdString(record->action), m_openError));
                continue;
            }
            append(*record);
            appended = true;
        }
        if (appended)
            replicate();
    }

    // While the console is connected to a Redis, this installation's log is copied there (docs/audit.md
    // "In Redis"): at once (the backfill of what was appended meanwhile), after every append and
    // checkpoint, and every 30 s after a failure. Blocking, on this thread only.
    void replicateTo(std::optional<RedisUrl> url) {
        m_redis.reset();
        if (m_retry)
            m_retry->stop();
        if (url) {
            m_redis = std::make_unique<RedisClient>(*url, std::chrono::milliseconds(3000));
            replicate();
        }
    }

    void replicate() {
        if (!m_redis || !m_log)
            return;
        std::string why;
        AuditReplicator::Failure failure = AuditReplicator::Failure::Redis;
        std::optional<ReplicationResult> result;
        if (m_redis->connected() || m_redis->connect()) {
            AuditReplicator replicator(*m_log, *m_redis);
            result = replicator.sync(&why, &failure);
        } else {
            why = m_redis->error();
        }
        if (result) {
            Q_EMIT replicated(result->lastSeqInRedis);
            return;
        }
        if (failure == AuditReplicator::Failure::Redis)
            m_redis->disconnect();
        Q_EMIT replicationFailed(QString::fromStdString(why));
        if (!m_retry) {
            m_retry = new QTimer(this);
            m_retry->setSingleShot(true);
            connect(m_retry, &QTimer::timeout, this, &AuditWorker::replicate);
        }
        m_retry->start(std::chrono::seconds(30));
    }

    AuditResult<EntryPage> entries(const AuditQuery &query) {
        if (!m_log)
            return {std::nullopt, notOpen()};
        std::string why;
        auto raw = m_log->entries(query.filter, &why);
        if (!raw)
            return {std::nullopt, QString::fromStdString(why)};
        EntryPage page;
        page.scannedTo = raw->empty() ? query.filter.afterSeq : raw->back().seq;
        page.complete = query.filter.limit < 0 || std::int64_t(raw->size()) < query.filter.limit;
        for (auto &e : *raw)
            if (query.targetContains.isEmpty() ||
                QString::fromStdString(e.target).contains(query.targetContains, Qt::CaseInsensitive))
                page.entries.push_back(std::move(e));
        return {std::move(page), {}};
    }

    AuditResult<std::vector<StoredCheckpoint>> checkpoints() {
        if (!m_log)
            return {std::nullopt, notOpen()};
        std::string why;
        auto all = m_log->checkpoints(&why);
        if (!all)
            return {std::nullopt, QString::fromStdString(why)};
        return {std::move(*all), {}};
    }

    AuditResult<StoredCheckpoint> checkpoint() {
        if (!m_log)
            return {std::nullopt, notOpen()};
        drainRecords(); // what the operator did before asking is inside the checkpoint
        std::string why;
        auto made = m_log->checkpoint(&why);
        if (!made)
            return {std::nullopt, QString::fromStdString(why)};
        Q_EMIT checkpointMade(*made);
        catchUp(); // its audit.checkpoint entry
        return {std::move(*made), {}};
    }

    VerifyReport verify(const std::shared_ptr<std::atomic<bool>> &cancel) {
        if (!m_log) {
            VerifyReport report;
            report.problems.push_back({VerifyProblem::Kind::Log, 0, notOpen().toStdString()});
            return report;
        }
        drainRecords();
        VerifyReport report = m_log->verify(
            std::nullopt,
            [this](std::int64_t done, std::int64_t total) { Q_EMIT verifyProgress(done, total); },
            cancel.get());
        QJsonObject details{{QStringLiteral("result"), report.cancelled ? QStringLiteral("cancelled")
                                                       : report.ok()    ? QStringLiteral("verified")
                                                                        : QStringLiteral("failed")},
                            {QStringLiteral("entries"), qint64(report.entries)},
                            {QStringLiteral("checkpoints"), qint64(report.checkpoints)},
                            {QStringLiteral("problems"), qint64(report.problems.size())}};
        if (report.firstBrokenEntry > 0)
            details.insert(QStringLiteral("first_broken_entry"), qint64(report.firstBrokenEntry));
        append({"audit.verify",
                "log/" + m_log->installationId(),
                QJsonDocument(details).toJson(QJsonDocument::Compact).toStdString(),
                {}});
        return report;
    }

Q_SIGNALS:
    void opened(const assurance::audit::AuditInfo &info);
    void openFailed(const QString &error);
    void recorded(const assurance::audit::AuditEntry &entry);
    void recordFailed(const QString &error);
    void checkpointMade(const assurance::audit::StoredCheckpoint &checkpoint);
    void checkpointFailed(const QString &error);
    void verifyProgress(qint64 done, qint64 total);
    void replicated(qint64 lastSeqInRedis);
    void replicationFailed(const QString &error);

private:
    QString notOpen() const { return tr("The audit log is not open: %1").arg(m_openError); }

    void append(const AuditRecord &record) {
        std::string why;
        auto entry = m_log->append(record, &why);
        if (!entry) {
            qWarning("audit: %s not recorded: %s", record.action.c_str(), why.c_str());
            Q_EMIT recordFailed(tr("Not recorded (%1): %2")
                                    .arg(QString::fromStdString(record.action), QString::fromStdString(why)));
            return;
        }
        if (entry->seq == m_lastSeq + 1) {
            m_lastSeq = entry->seq;
            Q_EMIT recorded(*entry);
        } else {
            catchUp(); // another process (assurancectl) appended in between: show its entries too
        }
    }

public:
    void catchUpAndReplicate() {
        if (!m_log)
            return;
        drainRecords();
        catchUp();
        replicate();
    }

private:
    // Announces every entry after the last one announced.
    void catchUp() {
        for (;;) {
            AuditFilter after;
            after.afterSeq = m_lastSeq;
            after.limit = 1000;
            const auto page = m_log->entries(after, nullptr);
            if (!page || page->empty())
                return;
            for (const AuditEntry &e : *page) {
                m_lastSeq = e.seq;
                Q_EMIT recorded(e);
            }
        }
    }

    void periodicCheckpoint() {
        drainRecords();
        std::string why;
        const auto size = m_log->size(&why);
        const auto all = size ? m_log->checkpoints(&why) : std::nullopt;
        if (!size || !all) {
            Q_EMIT checkpointFailed(QString::fromStdString(why));
            return;
        }
        // A checkpoint of size S is followed by its own audit.checkpoint entry, S + 1.
        const std::int64_t covered = all->empty() ? 0 : std::int64_t(all->back().checkpoint.size) + 1;
        if (*size <= covered)
            return;
        auto made = m_log->checkpoint(&why);
        if (!made) {
            Q_EMIT checkpointFailed(QString::fromStdString(why));
            return;
        }
        Q_EMIT checkpointMade(*made);
        catchUp();
        replicate();
    }

    QString m_path;
    const Clock *m_clock;
    std::shared_ptr<PendingRecords> m_pending;
    std::chrono::milliseconds m_interval;
    std::unique_ptr<AuditLog> m_log;
    QString m_openError;
    QTimer *m_timer = nullptr;
    QTimer *m_retry = nullptr;
    std::unique_ptr<RedisClient> m_redis;
    std::int64_t m_lastSeq = 0;
};

namespace {

// A promise that is always kept: when the worker drops the call unanswered (its thread ended),
// the awaiting coroutine gets `fallback` instead of a cancelled future.
template<class T> class Reply {
public:
    explicit Reply(T fallback)
        : m_fallback(std::move(fallback)) {
        m_promise.start();
    }
    ~Reply() {
        if (!m_answered)
            answer(std::move(m_fallback));
    }
    Reply(const Reply &) = delete;
    Reply &operator=(const Reply &) = delete;
    QFuture<T> future() { return m_promise.future(); }
    void answer(T value) {
        m_answered = true;
        m_promise.addResult(std::move(value));
        m_promise.finish();
    }

private:
    QPromise<T> m_promise;
    T m_fallback;
    bool m_answered = false;
};

// Runs fn(worker) on the worker's thread; the coroutine resumes on the caller's thread.
template<class T, class Fn> QCoro::Task<T> askWorker(AuditWorker *worker, T fallback, Fn fn) {
    if (!worker)
        co_return fallback;
    auto reply = std::make_shared<Reply<T>>(std::move(fallback));
    QFuture<T> future = reply->future();
    QMetaObject::invokeMethod(
        worker, [reply, worker, fn = std::move(fn)]() mutable { reply->answer(fn(*worker)); },
        Qt::QueuedConnection);
    reply.reset();
    co_return co_await future;
}

} // namespace

AuditService::AuditService(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<AuditEntry>();
    qRegisterMetaType<StoredCheckpoint>();
    qRegisterMetaType<AuditInfo>();
}

AuditService::~AuditService() {
    close();
}

void AuditService::open(const QString &path, const Clock *clock) {
    close();
    m_info = AuditInfo{};
    m_info.path = path;
    m_pending = std::make_shared<PendingRecords>();
    auto *worker = new AuditWorker(path, clock, m_pending, m_checkpointInterval);
    connect(worker, &AuditWorker::opened, this, &AuditService::onOpened);
    connect(worker, &AuditWorker::openFailed, this,
            [this](const QString &error) { setState(State::Failed, error); });
    connect(worker, &AuditWorker::recorded, this, &AuditService::onRecorded);
    connect(worker, &AuditWorker::recordFailed, this, &AuditService::recordFailed);
    connect(worker, &AuditWorker::checkpointMade, this, &AuditService::checkpointMade);
    connect(worker, &AuditWorker::checkpointFailed, this, &AuditService::checkpointFailed);
    connect(worker, &AuditWorker::verifyProgress, this, &AuditService::verifyProgress);
    connect(worker, &AuditWorker::replicated, this, &AuditService::replicated);
    connect(worker, &AuditWorker::replicationFailed, this, &AuditService::replicationFailed);
    setState(State::Opening);
    m_worker = m_thread.start(worker, &AuditWorker::begin, "audit");
    if (m_replicationTarget)
        replicateTo(m_replicationTarget);
}

void AuditService::replicateTo(std::optional<RedisUrl> url) {
    m_replicationTarget = url;
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, url = std::move(url)] { w->replicateTo(url); }, Qt::QueuedConnection);
}

void AuditService::close() {
    if (!m_worker)
        return;
    m_worker = nullptr;
    m_thread.retire();
    m_pending.reset();
    setState(State::Closed);
}

void AuditService::setState(State state, const QString &error) {
    if (m_state == state && m_error == error)
        return;
    m_state = state;
    m_error = error;
    Q_EMIT stateChanged(state);
}

void AuditService::onOpened(const AuditInfo &info) {
    m_info = info;
    setState(State::Open);
    Q_EMIT infoChanged();
}

void AuditService::onRecorded(const AuditEntry &entry) {
    m_info.entries = std::max(m_info.entries, entry.seq);
    if (m_info.firstEntryMs == 0)
        m_info.firstEntryMs = entry.timeMs;
    Q_EMIT recorded(entry);
    Q_EMIT infoChanged();
}

void AuditService::setCheckpointInterval(std::chrono::milliseconds interval) {
    m_checkpointInterval = interval;
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, interval] { w->setCheckpointInterval(interval); }, Qt::QueuedConnection);
}

void AuditService::record(AuditRecord record) {
    if (!m_worker || m_state == State::Failed) {
        const QString why = m_worker ? m_error : tr("no audit log is open");
        QMetaObject::invokeMethod(
            this,
            [this, action = QString::fromStdString(record.action), why] {
                Q_EMIT recordFailed(tr("Not recorded (%1): the audit log is not open: %2").arg(action, why));
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_pending->push(std::move(record)))
        QMetaObject::invokeMethod(m_worker, &AuditWorker::drainRecords, Qt::QueuedConnection);
}

void AuditService::catchUp() {
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &AuditWorker::catchUpAndReplicate, Qt::QueuedConnection);
}

QCoro::Task<AuditResult<EntryPage>> AuditService::entries(AuditQuery query) {
    return askWorker(m_worker, AuditResult<EntryPage>{std::nullopt, tr("The audit log is closed.")},
                     [query = std::move(query)](AuditWorker &w) { return w.entries(query); });
}

QCoro::Task<AuditResult<std::vector<StoredCheckpoint>>> AuditService::checkpoints() {
    return askWorker(m_worker,
                     AuditResult<std::vector<StoredCheckpoint>>{std::nullopt, tr("The audit log is closed.")},
                     [](AuditWorker &w) { return w.checkpoints(); });
}

QCoro::Task<AuditResult<StoredCheckpoint>> AuditService::checkpoint() {
    return askWorker(m_worker, AuditResult<StoredCheckpoint>{std::nullopt, tr("The audit log is closed.")},
                     [](AuditWorker &w) { return w.checkpoint(); });
}

QCoro::Task<VerifyReport> AuditService::verify(std::shared_ptr<std::atomic<bool>> cancel) {
    VerifyReport closed;
    closed.problems.push_back({VerifyProblem::Kind::Log, 0, tr("The audit log is closed.").toStdString()});
    return askWorker(m_worker, std::move(closed),
                     [cancel = std::move(cancel)](AuditWorker &w) { return w.verify(cancel); });
}

} // namespace assurance::audit

#include "AuditService.moc"
