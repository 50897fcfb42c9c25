#include "LiveFrameBuilder.h"

#include "pipeline/TelemetryProcessor.h"

#include <algorithm>

namespace assurance {

LiveFrameBuilder::LiveFrameBuilder()
    : LiveFrameBuilder(Options{}) {}

LiveFrameBuilder::LiveFrameBuilder(Options options)
    : m_options(options) {}

void LiveFrameBuilder::submitted(const TelemetryProcessor &processor, MessageKind kind,
                                 std::int64_t arrivalMs, bool countInRate) {
    if (kind == MessageKind::Rejected)
        return;
    const TelemetryMessage &m = processor.lastMessage();
    if (kind == MessageKind::Inference) {
        const InferenceEvent &e = m.inference;
        m_dirty.insert(e.modelId);
        if (m_seen.insert(e.modelId).second)
            m_new.push_back(e.modelId);
        if (countInRate)
            ++m_sinceBuild;
        m_log.push_back({arrivalMs, e.hasTs ? e.tsMs : arrivalMs, e.modelId, e.txid, e.prediction, e.label,
                         e.confidence, e.latencyMs, e.error, processor.lastOutcome()});
        if (m_log.size() > m_options.logPerFrame)
            m_log.pop_front();
    } else if (kind == MessageKind::Label) {
        m_dirty.insert(m.label.modelId);
    }
}

void LiveFrameBuilder::closed(const std::vector<ProcessedWindow> &windows) {
    for (const ProcessedWindow &w : windows)
        m_dirty.insert(w.snapshot.modelId);
}

double LiveFrameBuilder::rate(std::int64_t wallNowMs) {
    if (m_firstBuildMs < 0)
        m_firstBuildMs = wallNowMs;
    m_rate.push_back({wallNowMs, m_sinceBuild});
    m_sinceBuild = 0;
    // Keep the builds of the last rateWindowMs; the oldest one kept marks where the span starts.
    while (m_rate.size() > 1 && wallNowMs - m_rate[1].first >= m_options.rateWindowMs)
        m_rate.pop_front();
    std::uint64_t events = 0;
    for (std::size_t i = 1; i < m_rate.size(); ++i) // the first entry's events are before the span
        events += m_rate[i].second;
    const std::int64_t span = m_rate.size() > 1 ? wallNowMs - m_rate.front().first : 0;
    return span > 0 ? static_cast<double>(events) * 1000.0 / static_cast<double>(span) : 0.0;
}

bool LiveFrameBuilder::hasNews(const TelemetryProcessor &processor, std::int64_t wallNowMs) const {
    const bool rebuildDue = !m_dirty.empty() && (m_lastRebuildMs < 0 || wallNowMs - m_lastRebuildMs >=
                                                                            m_options.provisionalIntervalMs);
    return !m_log.empty() || !m_new.empty() || rebuildDue || m_sinceBuild > 0 || m_lastRate != 0.0 ||
           processor.accepted() != m_lastAccepted || processor.rejections().total() != m_lastRejected;
}

void LiveFrameBuilder::build(TelemetryProcessor &processor, std::int64_t wallNowMs, LiveDelta &out) {
    if (!m_dirty.empty() &&
        (m_lastRebuildMs < 0 || wallNowMs - m_lastRebuildMs >= m_options.provisionalIntervalMs)) {
        for (const std::string &id : m_dirty) {
            ++m_rebuilds;
            if (auto p = processor.engine().provisional(id))
                out.provisional.push_back(std::move(*p));
            else
                out.provisionalGone.push_back(id);
        }
        m_dirty.clear();
        m_lastRebuildMs = wallNowMs;
    }
    out.provisionalRebuilds = m_rebuilds;
    for (const std::string &id : m_new) {
        out.newModels.push_back({id, {}, TaskType::Auto});
        out.newModelTolerances.push_back(defaultTolerances(id));
    }
    m_new.clear();
    out.log.assign(m_log.begin(), m_log.end());
    m_log.clear();
    const RejectionLog &rejections = processor.rejections();
    out.rejectedByReason = rejections.counts();
    out.rejectedTotal = rejections.total();
    const auto &recent = rejections.recent();
    const std::size_t keep = std::min<std::size_t>(recent.size(), 50);
    out.recentRejections.assign(recent.end() - static_cast<std::ptrdiff_t>(keep), recent.end());
    out.counters = processor.engine().counters();
    out.acceptedTotal = processor.accepted();
    out.eventsPerSecond = rate(wallNowMs);
    m_lastRate = out.eventsPerSecond;
    m_lastAccepted = processor.accepted();
    m_lastRejected = rejections.total();
}

} // namespace assurance
