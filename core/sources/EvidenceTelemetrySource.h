#pragma once

#include "evidence/EvidenceContent.h"
#include "sources/TelemetrySource.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace assurance {

// The read-only source of an evidence pack (docs/evidence.md): no network at all. start() reads and
// verifies the pack on a pool thread, then hands the record to the views as one frame; the live
// part stays Stopped (a pack has no live view). The verdict and what only the Audit & Evidence tab shows are
// in content(). Nothing can be written through it. start() again reads and verifies the pack anew (e.g. after
// its signer was trusted).
class EvidenceTelemetrySource final : public TelemetrySource {
    Q_OBJECT
public:
    // `trusted`: the keys a signer is trusted by; none given: the trusted-keys setting
    // (evidence/TrustedKeys.h), read on the pool thread with the pack, again at every start().
    explicit EvidenceTelemetrySource(QString packPath,
                                     std::optional<std::vector<signing::PublicKey>> trusted = std::nullopt,
                                     QObject *parent = nullptr);
    ~EvidenceTelemetrySource() override;

    void start() override;
    void stop() override;
    QString name() const override;
    SourceKind kind() const override { return SourceKind::Evidence; }
    // The pack's labels of the model (labels.jsonl, the stored bytes verbatim) and tolerance
    // versions, checked on a pool thread. Failed until the pack is loaded.
    QCoro::Task<LabelHistoryResult> pullLabelHistory(std::string modelId, std::int64_t fromMs,
                                                     std::int64_t toMs, PullOptions options) override;

    const QString &packPath() const { return m_path; }
    // nullptr until loaded.
    std::shared_ptr<const evidence::EvidenceContent> content() const { return m_content; }

Q_SIGNALS:
    void loaded(std::shared_ptr<const assurance::evidence::EvidenceContent> content);

private:
    QString m_path;
    std::optional<std::vector<signing::PublicKey>> m_trusted;
    std::shared_ptr<const evidence::EvidenceContent> m_content;
    std::shared_ptr<bool> m_alive; // false once stopped: a load that finishes later is dropped
};

} // namespace assurance
