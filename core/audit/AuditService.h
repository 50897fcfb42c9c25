#pragma once

#include "audit/AuditLog.h"
#include "redis/RedisUrl.h"
#include "sources/WorkerThread.h"

#include <QCoroFwd>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

// The console's audit log, on a thread of its own (docs/architecture.md "Audit thread").
//
// Threading contract: an AuditService lives on the GUI thread and never blocks it. It owns one
// worker on a WorkerThread; the worker owns the AuditLog, so the SQLite connection is opened, used
// and closed on that thread only. Every call below returns at once: record() queues, the
// QCoro::Task calls complete on the caller's thread when the worker has answered, and signals
// arrive queued on the GUI thread. Records are appended in the order record() was called, and
// records queued when the service is closed (at exit) are still appended before the thread ends.
namespace assurance::audit {

// What the console knows about its log, updated as entries are recorded (GUI thread copy).
struct AuditInfo {
    QString path;
    QString installationId;
    QString keyFingerprint;        // SHA-256 of the log's public key, hex
    std::int64_t entries = 0;      // the last sequence number
    std::int64_t firstEntryMs = 0; // 0: the log is empty
};

// A page of entries: the log's own filter (actor, action, time range; afterSeq is the cursor and
// limit the page size) plus a case-insensitive substring of the target, matched on the worker.
struct AuditQuery {
    AuditFilter filter;
    QString targetContains;
    bool matches(const AuditEntry &entry) const; // the same test, for entries recorded later
};

struct EntryPage {
    std::vector<AuditEntry> entries; // those of the scanned range that match
    std::int64_t scannedTo = 0;      // the next page starts after this sequence number
    bool complete = false;           // nothing after scannedTo yet
};

// A value or the reason there is none (translated), never an exception.
template<class T> struct AuditResult {
    std::optional<T> value;
    QString error;
    explicit operator bool() const { return value.has_value(); }
};

class AuditWorker;
class PendingRecords;

class AuditService : public QObject {
    Q_OBJECT
public:
    enum class State { Closed, Opening, Open, Failed };
    Q_ENUM(State)

    explicit AuditService(QObject *parent = nullptr);
    ~AuditService() override; // close(): never waits

    // Opens (creating if need be) the log at `path` on the worker thread: stateChanged() tells
    // Open or Failed (error() says why: an unwritable directory, a file that is not an audit log).
    // Calls made meanwhile are queued behind the opening. `clock`, if given, must outlive the
    // service (tests).
    void open(const QString &path, const Clock *clock = nullptr);
    // Stops the worker without waiting. Queued records are still appended before its thread ends;
    // main() bounds that wait with WorkerThread::awaitRetired after the event loop returned.
    void close();

    State state() const { return m_state; }
    QString error() const { return m_error; }
    const AuditInfo &info() const { return m_info; }

    // A checkpoint every `interval` while entries were added since the last one; 0 = never.
    void setCheckpointInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds checkpointInterval() const { return m_checkpointInterval; }

    // The one call every console change goes through. Queued; recorded() or recordFailed() follow.
    void record(AuditRecord record);
    // Entries appended to the same file through another connection (an evidence export run by the
    // console, assurancectl) are announced with recorded() and replicated now, not at the next
    // record.
    void catchUp();
    // Copy this installation's log into that Redis from now on (nullopt: stop). The URL carries
    // the password in memory only.
    void replicateTo(std::optional<RedisUrl> url);

    QCoro::Task<AuditResult<EntryPage>> entries(AuditQuery query);
    QCoro::Task<AuditResult<std::vector<StoredCheckpoint>>> checkpoints();
    // Signs a checkpoint now (AuditLog::checkpoint appends its `audit.checkpoint` entry).
    QCoro::Task<AuditResult<StoredCheckpoint>> checkpoint();
    // Verifies the whole log on the worker (verifyProgress() meanwhile), then records
    // `audit.verify` with the result. `cancel` may be set from the GUI thread at any time.
    QCoro::Task<VerifyReport> verify(std::shared_ptr<std::atomic<bool>> cancel = {});

Q_SIGNALS:
    void stateChanged(assurance::audit::AuditService::State state);
    void infoChanged();
    void recorded(const assurance::audit::AuditEntry &entry);
    void recordFailed(const QString &error);
    void checkpointMade(const assurance::audit::StoredCheckpoint &checkpoint);
    void checkpointFailed(const QString &error); // the periodic one; checkpoint() returns its own
    void verifyProgress(qint64 done, qint64 total);
    void replicated(qint64 lastSeqInRedis);
    void replicationFailed(const QString &error);

private:
    void setState(State state, const QString &error = {});
    void onOpened(const assurance::audit::AuditInfo &info);
    void onRecorded(const assurance::audit::AuditEntry &entry);

    WorkerThread m_thread;
    AuditWorker *m_worker = nullptr; // valid until close(); used only to post calls to it
    std::shared_ptr<PendingRecords> m_pending;
    State m_state = State::Closed;
    QString m_error;
    AuditInfo m_info;
    std::chrono::milliseconds m_checkpointInterval{std::chrono::minutes(60)};
    std::optional<RedisUrl> m_replicationTarget;
};

} // namespace assurance::audit

Q_DECLARE_METATYPE(assurance::audit::AuditEntry)
Q_DECLARE_METATYPE(assurance::audit::StoredCheckpoint)
Q_DECLARE_METATYPE(assurance::audit::AuditInfo)
