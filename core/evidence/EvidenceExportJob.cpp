#include "EvidenceExportJob.h"

#include "audit/AuditLog.h"
#include "redis/RedisClient.h"
#include "signing/Ed25519.h"

#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <chrono>

namespace assurance::evidence {

EvidenceExportJob::EvidenceExportJob(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<std::shared_ptr<const ExportResult>>();
}

EvidenceExportJob::~EvidenceExportJob() {
    cancel();
}

void EvidenceExportJob::cancel() {
    if (m_cancel)
        m_cancel->store(true);
}

bool EvidenceExportJob::start(const ExportJobRequest &request, QString *why) {
    if (m_running) {
        if (why)
            *why = tr("An export is running already.");
        return false;
    }
    if (request.models.empty() || request.outPath.empty() || request.sinceMs > request.untilMs) {
        if (why)
            *why = tr("Choose at least one model, a file, and a range whose start is not after its end.");
        return false;
    }
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancelFlag = m_cancel;
    QPointer<EvidenceExportJob> self(this);
    QThreadPool::globalInstance()->start([self, request, cancelFlag] {
        auto deliver = [self](std::shared_ptr<const ExportResult> result, QString error) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, result = std::move(result), error = std::move(error)] {
                    if (!self)
                        return;
                    self->m_running = false;
                    Q_EMIT self->finished(result, error);
                },
                Qt::QueuedConnection);
        };
        std::string error;
        std::optional<signing::SigningKey> key;
        if (!request.keyFile.empty()) {
            key = signing::SigningKey::load(request.keyFile, &error);
            if (!key)
                return deliver(nullptr, QString::fromStdString(error));
        }
        // The log first: nothing is exported that could not be recorded.
        auto log = audit::AuditLog::open(request.auditDb, &error);
        if (!log)
            return deliver(nullptr, QString::fromStdString(error));
        RedisClient redis(request.redis);
        if (!redis.connect())
            return deliver(nullptr, QString::fromStdString(redis.error()));
        ExportOptions options;
        options.models = request.models;
        options.sinceMs = request.sinceMs;
        options.untilMs = request.untilMs;
        options.outPath = request.outPath;
        options.recordName = request.redis.redacted();
        options.key = key ? &*key : nullptr;
        options.log = log.get();
        auto lastReport = std::chrono::steady_clock::now() - std::chrono::seconds(1);
        const auto result = exportPack(
            redis, options, &error,
            [self, &lastReport](const std::string &stage, std::int64_t done, std::int64_t total) {
                const auto now = std::chrono::steady_clock::now();
                if (now - lastReport < std::chrono::milliseconds(100) && done != total)
                    return;
                lastReport = now;
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, stage = QString::fromStdString(stage), done, total] {
                        if (self && self->m_running)
                            Q_EMIT self->progress(stage, done, total);
                    },
                    Qt::QueuedConnection);
            },
            cancelFlag.get());
        if (!result)
            return deliver(nullptr, QString::fromStdString(error));
        deliver(std::make_shared<const ExportResult>(*result), {});
    });
    return true;
}

} // namespace assurance::evidence
