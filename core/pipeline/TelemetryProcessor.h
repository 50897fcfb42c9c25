#pragma once

#include "assurance/AssuranceLabel.h"
#include "assurance/Tolerance.h"
#include "assurance/ViolationTracker.h"
#include "metrics/MetricEngine.h"
#include "telemetry/RejectionLog.h"
#include "telemetry/TelemetryParser.h"

#include <map>
#include <string>
#include <vector>

namespace assurance {

// A closed window after assurance evaluation (`assessed` false: label and episodes still to come,
// see TelemetryProcessor::setAssessOnClose).
struct ProcessedWindow {
    Snapshot snapshot;
    AssuranceLabel label;
    std::vector<EpisodeEvent> episodes;
    bool assessed = false;
};

// The core path shared by the console, the agent, assurancectl and the benchmark:
// bytes → parse (or reject with a reason) → engine windows → tolerances → label → violation
// episodes. Single-threaded: the owner calls everything from one thread.
class TelemetryProcessor {
public:
    TelemetryProcessor(EngineConfig config, const Clock &clock, ParserLimits limits = {});

    // Parses and ingests one message; evaluates any window that closed as a result.
    MessageKind submit(std::string_view bytes) {
        const MessageKind kind = parse(bytes);
        if (kind != MessageKind::Rejected)
            ingestParsed();
        return kind;
    }
    // The two halves of submit(): parse() fills lastMessage() (recording a rejection), and
    // ingestParsed() ingests it. The agent looks a new model up in Redis between the two.
    MessageKind parse(std::string_view bytes);
    void ingestParsed();
    // The message last submitted, as parsed (valid until the next submit).
    const TelemetryMessage &lastMessage() const { return m_message; }
    IngestOutcome lastOutcome() const { return m_lastOutcome; }

    void advance(); // idle-closes windows by the clock, then evaluates
    void finish();  // closes every open window, then evaluates

    std::vector<ProcessedWindow> takeProcessed();

    // True (the default): windows are assessed (label, episodes) as they close. False: they are
    // handed over unassessed and the owner calls assess() when it is about to store them — the
    // agent does, so that labels use the tolerances current at write time and episodes continue
    // the ones already in Redis.
    void setAssessOnClose(bool on) { m_assessOnClose = on; }
    void assess(ProcessedWindow &window);

    // Label chain (docs/assurance.md "Label history"), off by default (the console's provisional
    // labels are not chained). On: assess() links each window's label to the model's chain head
    // (prevHash = the head's hash, "" before any) and, when the window is newer than the head,
    // makes the label the new head. A window not newer (a recomputed one, already written) is
    // linked but leaves the head alone. The agent sets the head from the stored label:{id} when it
    // seeds a model, and again from what the window script reports is stored.
    void setChainLabels(bool on) { m_chainLabels = on; }
    struct ChainHead {
        std::string hash;             // "" before the model's first label
        std::int64_t windowEndMs = 0; // the window of the label that hash belongs to (0: none)
    };
    void setLabelChainHead(const std::string &modelId, ChainHead head) { m_chain[modelId] = std::move(head); }
    const ChainHead *labelChainHead(const std::string &modelId) const;
    void forgetLabelChain(const std::string &modelId) { m_chain.erase(modelId); }

    void setTolerances(ToleranceSet set);
    void clearTolerances(const std::string &modelId);           // back to the shipped defaults
    const ToleranceSet &tolerances(const std::string &modelId); // shipped defaults when none set

    MetricEngine &engine() { return m_engine; }
    const MetricEngine &engine() const { return m_engine; }
    TelemetryParser &parser() { return m_parser; }
    RejectionLog &rejections() { return m_rejections; }
    const RejectionLog &rejections() const { return m_rejections; }
    ViolationTracker &violations() { return m_violations; }
    std::uint64_t accepted() const { return m_accepted; }

private:
    void evaluateClosed();
    const Clock &m_clock;
    TelemetryParser m_parser;
    MetricEngine m_engine;
    RejectionLog m_rejections;
    ViolationTracker m_violations;
    std::map<std::string, ToleranceSet> m_tolerances;
    TelemetryMessage m_message;
    IngestOutcome m_lastOutcome = IngestOutcome::Counted;
    std::vector<ProcessedWindow> m_processed;
    std::uint64_t m_accepted = 0;
    bool m_assessOnClose = true;
    bool m_chainLabels = false;
    std::map<std::string, ChainHead> m_chain;
};

} // namespace assurance
