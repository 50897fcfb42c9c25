#include "EvidenceTelemetrySource.h"

#include "evidence/TrustedKeys.h"

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

} // namespace assurance
