#include "EvidenceTelemetrySource.h"

#include "evidence/TrustedKeys.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace assurance {

EvidenceTelemetrySource::EvidenceTelemetrySource(QString packPath,
                                                 std::optional<std::vector<signing::PublicKey>> trusted,
                                                 QObject *parent)
    : TelemetrySource(parent)
    , m_path(std::move(packPath))
    , m_trusted(std::move(trusted)) {}

EvidenceTelemetrySource::~EvidenceTelemetrySource() {
    if (m_alive)
        *m_alive = false;
}

QString EvidenceTelemetrySource::name() const {
    return QFileInfo(m_path).fileName();
}

void EvidenceTelemetrySource::start() {
    if (m_alive)
        *m_alive = false;
    m_alive = std::make_shared<bool>(true);
    setStatus(Part::Record, {State::Starting, Reason::None, {}, 0});
    setStatus(Part::Live, {State::Stopped, Reason::None, {}, 0}); // a pack has no live view
    auto *watcher = new QFutureWatcher<std::shared_ptr<const evidence::EvidenceContent>>(this);
    const auto alive = m_alive;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, alive] {
        watcher->deleteLater();
        if (!*alive)
            return;
        m_content = watcher->result();
        auto frame = std::make_shared<ConsoleFrame>();
        frame->nowMs = m_content->verdict.untilMs;
        frame->record = m_content->record;
        Q_EMIT loaded(m_content);
        Q_EMIT frameReady(frame);
        const bool unreadable = m_content->verdict.firstBroken.starts_with("pack");
        setStatus(Part::Record, unreadable
                                    ? PartStatus{State::Failed, Reason::ConnectionFailed,
                                                 QString::fromStdString(m_content->verdict.firstBroken), 0}
                                    : PartStatus{State::Running, Reason::None, {}, 0});
    });
    const std::string path = m_path.toStdString();
    const auto trusted = m_trusted;
    watcher->setFuture(QtConcurrent::run([path, trusted] {
        std::vector<std::string> keyProblems;
        const auto keys = trusted ? *trusted : evidence::loadTrustedKeys(&keyProblems);
        auto content = std::make_shared<evidence::EvidenceContent>(evidence::loadPack(path, keys));
        for (auto &problem : keyProblems)
            content->loadProblems.push_back("trusted key skipped: " + problem);
        return std::shared_ptr<const evidence::EvidenceContent>(std::move(content));
    }));
}

void EvidenceTelemetrySource::stop() {
    if (m_alive)
        *m_alive = false; // never waits: a load still running finishes on its pool thread, unseen
    setBothStates(State::Stopped);
}

QCoro::Task<LabelHistoryResult> EvidenceTelemetrySource::pullLabelHistory(std::string modelId,
                                                                          std::int64_t fromMs,
                                                                          std::int64_t toMs,
                                                                          PullOptions options) {
    using Outcome = LabelHistoryResult::Outcome;
    std::shared_ptr<const evidence::EvidenceContent> content = m_content;
    if (!content) {
        LabelHistoryResult none;
        none.outcome = Outcome::Failed;
        none.error = "the evidence pack is not loaded yet";
        co_return none;
    }
    QFuture<LabelHistoryResult> future = QtConcurrent::run([content, modelId = std::move(modelId), fromMs,
                                                            toMs, cancel = options.cancel] {
        LabelHistoryResult result;
        result.outcome = Outcome::Done;
        if (const auto it = content->labelHistory.find(modelId); it != content->labelHistory.end()) {
            const auto bytes = content->labelJson.find(modelId);
            for (std::size_t i = 0; i < it->second.size(); ++i) {
                const RecordLabel &r = it->second[i];
                if (r.label.windowEndMs < fromMs || r.label.windowEndMs > toMs)
                    continue;
                std::string json = bytes != content->labelJson.end() && i < bytes->second.size()
                                       ? bytes->second[i]
                                       : serializeLabel(r.label);
                result.labels.push_back({r.label, std::move(json), r.provenance});
            }
        }
        if (const auto it = content->toleranceVersions.find(modelId); it != content->toleranceVersions.end())
            for (const ToleranceSet &set : it->second)
                result.tolerances.emplace(set.version, set);
        if (cancel && cancel->load()) {
            result = {};
            result.outcome = Outcome::Cancelled;
            return result;
        }
        checkLabelChain(result);
        return result;
    });
    LabelHistoryResult result = co_await future;
    if (result.outcome == Outcome::Done && options.progress)
        options.progress(result.labels.size(), result.labels.size());
    co_return result;
}

} // namespace assurance
