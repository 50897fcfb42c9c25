#pragma once

#include "evidence/EvidenceExport.h"
#include "redis/RedisUrl.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

// One evidence export started from the console (Audit & Evidence → Export Evidence…): exportPack on
// a pool thread with its own Redis connection and its own connection to the audit log (SQLite lets
// the console's AuditService append beside it), progress and the outcome delivered on the thread
// that started it. The export records its own `evidence.export` entry like assurancectl's.
//
// Threading: construct, start() and cancel() on the GUI thread; it never waits for the pool thread.
// Deleting the job while it runs cancels it: the export stops at its next record and leaves no
// file behind, and nothing is delivered.
namespace assurance::evidence {

struct ExportJobRequest {
    RedisUrl redis; // with its password, in memory only
    std::vector<std::string> models;
    std::int64_t sinceMs = 0, untilMs = 0;
    std::string outPath;
    std::string keyFile; // empty: unsigned
    std::string auditDb; // the console's audit log
};

class EvidenceExportJob : public QObject {
    Q_OBJECT
public:
    explicit EvidenceExportJob(QObject *parent = nullptr);
    ~EvidenceExportJob() override;

    // Refused (false, with why) while one runs.
    bool start(const ExportJobRequest &request, QString *why = nullptr);
    void cancel();
    bool running() const { return m_running; }

Q_SIGNALS:
    // At most ~10 a second. `total` 0: unknown.
    void progress(const QString &stage, qint64 done, qint64 total);
    // `error` empty: the pack is written; "cancelled" when cancel() stopped it.
    void finished(const std::shared_ptr<const assurance::evidence::ExportResult> &result,
                  const QString &error);

private:
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
};

} // namespace assurance::evidence
