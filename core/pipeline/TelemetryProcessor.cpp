#include "TelemetryProcessor.h"

namespace assurance {

TelemetryProcessor::TelemetryProcessor(EngineConfig config, const Clock &clock, ParserLimits limits)
    : m_clock(clock)
    , m_parser(limits)
    , m_engine(config, clock) {}

MessageKind TelemetryProcessor::parse(std::string_view bytes) {
    const MessageKind kind = m_parser.parse(bytes, m_message);
    if (kind == MessageKind::Rejected)
        m_rejections.record(m_message.rejection, bytes, m_clock.nowMs());
    return kind;
}

void TelemetryProcessor::ingestParsed() {
    switch (m_message.kind) {
    case MessageKind::Rejected:
        return;
    case MessageKind::Inference:
        m_lastOutcome = m_engine.ingest(m_message.inference);
        break;
    case MessageKind::Label:
        m_lastOutcome = m_engine.ingest(m_message.label);
        break;
    case MessageKind::Snapshot:
        m_lastOutcome = m_engine.ingest(m_message.snapshot);
        break;
    }
    ++m_accepted;
    if (m_engine.hasClosed())
        evaluateClosed();
}

void TelemetryProcessor::advance() {
    m_engine.advanceTime();
    evaluateClosed();
}

void TelemetryProcessor::finish() {
    m_engine.closeAll();
    evaluateClosed();
}

void TelemetryProcessor::evaluateClosed() {
    for (Snapshot &s : m_engine.takeClosed()) {
        ProcessedWindow p;
        p.snapshot = std::move(s);
        if (m_assessOnClose)
            assess(p);
        m_processed.push_back(std::move(p));
    }
}

void TelemetryProcessor::assess(ProcessedWindow &window) {
    window.label = assessSnapshot(window.snapshot, tolerances(window.snapshot.modelId));
    if (m_chainLabels) {
        ChainHead &head = m_chain[window.snapshot.modelId];
        chainLabel(window.label, head.hash);
        if (window.snapshot.windowEndMs > head.windowEndMs)
            head = {window.label.hash, window.snapshot.windowEndMs};
    }
    window.episodes = m_violations.apply(window.label);
    window.assessed = true;
}

std::vector<ProcessedWindow> TelemetryProcessor::takeProcessed() {
    std::vector<ProcessedWindow> out;
    out.swap(m_processed);
    return out;
}

const TelemetryProcessor::ChainHead *TelemetryProcessor::labelChainHead(const std::string &modelId) const {
    const auto it = m_chain.find(modelId);
    return it == m_chain.end() ? nullptr : &it->second;
}

void TelemetryProcessor::setTolerances(ToleranceSet set) {
    const std::string id = set.modelId;
    m_tolerances[id] = std::move(set);
}

void TelemetryProcessor::clearTolerances(const std::string &modelId) {
    m_tolerances.erase(modelId);
}

const ToleranceSet &TelemetryProcessor::tolerances(const std::string &modelId) {
    auto it = m_tolerances.find(modelId);
    if (it == m_tolerances.end())
        it = m_tolerances.emplace(modelId, defaultTolerances(modelId)).first;
    return it->second;
}

} // namespace assurance
