#include "MetricEngine.h"

#include "metrics/Drift.h"
#include "metrics/HashTables.h"
#include "metrics/Statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace assurance {

const char *taskTypeKey(TaskType t) {
    switch (t) {
    case TaskType::Auto:
        return "auto";
    case TaskType::Classification:
        return "classification";
    case TaskType::Regression:
        return "regression";
    }
    return "auto";
}

std::optional<TaskType> taskTypeFromKey(std::string_view key) {
    if (key == "auto")
        return TaskType::Auto;
    if (key == "classification")
        return TaskType::Classification;
    if (key == "regression")
        return TaskType::Regression;
    return std::nullopt;
}

namespace {
std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

struct FeatureAcc {
    std::vector<std::uint64_t> bins;
    stats::SampleBuffer ksValues;

    // KS of the values so far against the reference, computed again only when values came since
    // (prepareDue() computes it ahead of the close).
    const std::optional<drift::KsResult> &ksAgainst(const NumericProfile &reference) {
        if (ksSeen != ksValues.seen()) {
            ks = drift::ks(reference, ksValues.sorted());
            ksSeen = ksValues.seen();
        }
        return ks;
    }

private:
    std::optional<drift::KsResult> ks;
    std::uint64_t ksSeen = std::numeric_limits<std::uint64_t>::max();
};
} // namespace

struct MetricEngine::Window {
    Window(std::int64_t s, std::int64_t len, const EngineConfig &c, std::shared_ptr<const ReferenceProfile> r)
        : start(s)
        , end(s + len)
        , seen(c.dedupeEntriesPerWindow)
        , confidence(c.samplesPerWindow, static_cast<std::uint64_t>(s) ^ 0x1234)
        , latency(c.samplesPerWindow, static_cast<std::uint64_t>(s) ^ 0x5678)
        , ref(std::move(r)) {
        if (ref) {
            features.reserve(ref->features.size());
            for (const auto &f : ref->features) {
                FeatureAcc acc;
                acc.bins.assign(f.numeric ? f.num.edges.size() + 1 : f.cat.shares.size() + 1, 0);
                acc.ksValues = stats::SampleBuffer(f.numeric ? c.ksSamplesPerFeature : 0,
                                                   static_cast<std::uint64_t>(s) ^ features.size());
                features.push_back(std::move(acc));
            }
            present.assign(ref->features.size(), 0);
        }
    }

    std::int64_t start;
    std::int64_t end;
    BoundedHashSet seen;
    std::uint64_t events = 0;
    std::uint64_t errors = 0;
    std::uint64_t orphans = 0;
    std::uint64_t domainViolations = 0;
    std::uint64_t labelled = 0;
    std::uint64_t correct = 0;
    double squaredError = 0.0;
    // One labelled prediction, for both accuracy (class = prediction ≥ 0.5) and RMSE: the task
    // may be decided only when the window closes.
    void addLabelled(double prediction, double label) {
        ++labelled;
        if ((prediction >= 0.5 ? 1.0 : 0.0) == label)
            ++correct;
        const double diff = prediction - label;
        squaredError += diff * diff;
    }
    stats::SampleBuffer confidence;
    double confMean = 0.0; // Welford, exact over every value even when the sample is capped
    double confM2 = 0.0;
    stats::SampleBuffer latency;
    double wattsSum = 0.0;
    std::uint64_t wattsCount = 0;
    std::shared_ptr<const ReferenceProfile> ref;
    std::vector<FeatureAcc> features;
    std::vector<std::uint32_t> present; // per reference feature: stamp of the last event that had it
    std::uint32_t stamp = 0;
    bool due = false; // queued for prepareDue()

    // The costly parts of the snapshot, kept for the close: sorted samples and KS per feature.
    void prepare() {
        (void)confidence.sorted();
        (void)latency.sorted();
        for (std::size_t i = 0; ref && i < ref->features.size(); ++i)
            if (ref->features[i].numeric)
                (void)features[i].ksAgainst(ref->features[i].num);
    }
};

struct MetricEngine::ModelState {
    std::string id;
    std::uint64_t idHash = 0;
    std::int64_t maxTs = std::numeric_limits<std::int64_t>::min();
    std::int64_t lastArrivalMs = 0;
    std::int64_t closedUpTo = std::numeric_limits<std::int64_t>::min();
    std::uint64_t pendingLate = 0;
    bool nonBinaryLabel = false;
    bool predictionOutsideUnit = false;
    std::map<std::int64_t, std::unique_ptr<Window>> open; // by window start
    // Feature-name lookup: the order of the previous event's features, mapped to reference
    // indexes, so the usual case (same order every time) costs one string compare per feature.
    std::vector<std::string> lastOrder;
    std::vector<int> lastOrderIndex;
    const ReferenceProfile *lastOrderRef = nullptr; // the profile lastOrderIndex points into
};

struct MetricEngine::LabelCacheHolder {
    explicit LabelCacheHolder(std::size_t n)
        : cache(n) {}
    LabelJoinCache cache;
};

MetricEngine::MetricEngine(EngineConfig config, const Clock &clock)
    : m_config(config)
    , m_clock(clock)
    , m_labels(std::make_unique<LabelCacheHolder>(config.labelCacheEntries)) {
    if (m_config.windowMs <= 0)
        m_config.windowMs = 60'000;
    if (!m_config.sharedModelCount) // a count of its own
        m_config.sharedModelCount = std::make_shared<std::atomic<std::size_t>>(0);
}

MetricEngine::~MetricEngine() {
    forgetModels();
}

void MetricEngine::forgetModels() {
    m_config.sharedModelCount->fetch_sub(m_models.size());
    m_models.clear();
    m_lastModel = nullptr;
    m_due.clear();
}

void MetricEngine::setTask(const std::string &modelId, TaskType task) {
    m_tasks[modelId] = task;
}

TaskType MetricEngine::task(const std::string &modelId) const {
    if (const auto *m = findModel(modelId))
        return resolveTask(*m);
    auto it = m_tasks.find(modelId);
    return it == m_tasks.end() ? TaskType::Auto : it->second;
}

TaskType MetricEngine::resolveTask(const ModelState &m) const {
    auto it = m_tasks.find(m.id);
    if (it != m_tasks.end() && it->second != TaskType::Auto)
        return it->second;
    // SPEC.md: all labels in {0, 1} and all predictions in [0, 1] → classification. "All" means
    // everything this engine has seen for the model, so a model never flips back.
    return (m.nonBinaryLabel || m.predictionOutsideUnit) ? TaskType::Regression : TaskType::Classification;
}

void MetricEngine::setReference(std::shared_ptr<const ReferenceProfile> profile) {
    if (profile)
        m_references[profile->modelId] = std::move(profile);
}

std::shared_ptr<const ReferenceProfile> MetricEngine::reference(const std::string &modelId) const {
    auto it = m_references.find(modelId);
    return it == m_references.end() ? nullptr : it->second;
}

MetricEngine::ModelState *MetricEngine::model(const std::string &id) {
    if (m_lastModel && m_lastModel->id == id)
        return m_lastModel;
    auto it = m_models.find(id);
    if (it == m_models.end()) {
        if (m_config.sharedModelCount->fetch_add(1) >= m_config.maxModels) {
            m_config.sharedModelCount->fetch_sub(1);
            ++m_counters.droppedModels;
            return nullptr;
        }
        auto state = std::make_unique<ModelState>();
        state->id = id;
        state->idHash = hashText(id);
        it = m_models.emplace(id, std::move(state)).first;
    }
    m_lastModel = it->second.get();
    return m_lastModel;
}

const MetricEngine::ModelState *MetricEngine::findModel(const std::string &id) const {
    auto it = m_models.find(id);
    return it == m_models.end() ? nullptr : it->second.get();
}

bool MetricEngine::refusedAsFuture(std::int64_t tsMs) {
    if (m_config.maxFutureSkewMs <= 0 || tsMs <= m_clock.nowMs() + m_config.maxFutureSkewMs)
        return false;
    ++m_counters.futureTimestamps;
    return true;
}

void MetricEngine::observeTime(ModelState &m, std::int64_t tsMs) {
    m.lastArrivalMs = m_clock.nowMs();
    m.maxTs = std::max(m.maxTs, tsMs);
}

MetricEngine::Window *MetricEngine::windowFor(ModelState &m, std::int64_t tsMs, IngestOutcome &outcome) {
    const std::int64_t start = floorDiv(tsMs, m_config.windowMs) * m_config.windowMs;
    if (start + m_config.windowMs <= m.closedUpTo) {
        ++m.pendingLate;
        ++m_counters.late;
        outcome = IngestOutcome::Late;
        return nullptr;
    }
    auto it = m.open.find(start);
    if (it == m.open.end()) {
        // A new window: the model's event time has moved on, and earlier windows it has passed
        // wait only for late events now (those the watermark passes too close right after this).
        const std::int64_t watermark = m.maxTs - m_config.allowedLatenessMs;
        if (m_config.prepareAhead)
            for (auto &[openStart, open] : m.open)
                if (!open->due && open->end <= m.maxTs && open->end > watermark) {
                    open->due = true;
                    m_due.emplace_back(m.id, openStart);
                }
        it =
            m.open
                .emplace(start, std::make_unique<Window>(start, m_config.windowMs, m_config, reference(m.id)))
                .first;
    }
    return it->second.get();
}

std::uint64_t MetricEngine::joinKey(std::uint64_t modelHash, std::uint64_t txidHash) const {
    return mix64(txidHash ^ modelHash);
}

MetricEngine::Window *MetricEngine::admit(const std::string &modelId, bool hasTs, std::int64_t &tsMs,
                                          ModelState *&model, IngestOutcome &outcome) {
    m_lastWindowEndMs = 0;
    model = this->model(modelId);
    if (!model) {
        outcome = IngestOutcome::TooManyModels;
        return nullptr;
    }
    if (!hasTs) {
        tsMs = m_clock.nowMs(); // arrival time stands in for a missing ts
    } else if (refusedAsFuture(tsMs)) {
        outcome = IngestOutcome::FutureTimestamp;
        return nullptr;
    }
    observeTime(*model, tsMs);
    Window *w = windowFor(*model, tsMs, outcome);
    m_lastWindowEndMs = w ? w->end : 0;
    return w;
}

IngestOutcome MetricEngine::ingest(const InferenceEvent &e) {
    ++m_counters.inferenceEvents;
    ModelState *mp = nullptr;
    IngestOutcome outcome = IngestOutcome::Counted;
    std::int64_t ts = e.tsMs;
    Window *w = admit(e.modelId, e.hasTs, ts, mp, outcome);
    if (!w)
        return outcome;
    ModelState &m = *mp;
    const std::uint64_t txidHash = e.txid.empty() ? 0 : hashText(e.txid); // once, for dedupe and join
    if (!e.txid.empty() && !w->seen.insert(txidHash)) {
        ++m_counters.duplicates;
        return IngestOutcome::Duplicate;
    }

    ++w->events;
    if (e.error)
        ++w->errors;
    if (e.prediction && (*e.prediction < 0.0 || *e.prediction > 1.0))
        m.predictionOutsideUnit = true;
    if (e.label && *e.label != 0.0 && *e.label != 1.0)
        m.nonBinaryLabel = true;

    if (e.label && e.prediction) {
        w->addLabelled(*e.prediction, *e.label);
    }
    if (!e.txid.empty())
        m_labels->cache.insert(joinKey(m.idHash, txidHash), ts, e.prediction.has_value(),
                               e.prediction.value_or(0.0), e.label.has_value());

    if (e.confidence) {
        const double c = *e.confidence;
        w->confidence.add(c);
        const double n = static_cast<double>(w->confidence.seen());
        const double delta = c - w->confMean;
        w->confMean += delta / n;
        w->confM2 += delta * (c - w->confMean);
    }
    if (e.latencyMs)
        w->latency.add(*e.latencyMs);
    if (e.watts) {
        w->wattsSum += *e.watts;
        ++w->wattsCount;
    }

    if (w->ref) {
        const ReferenceProfile &ref = *w->ref;
        const auto features = e.features();
        bool violation = false;
        ++w->stamp;
        if (m.lastOrder.size() != features.size() || m.lastOrderRef != &ref) {
            m.lastOrderRef = &ref;
            m.lastOrder.assign(features.size(), {});
            m.lastOrderIndex.assign(features.size(), -2);
        }
        for (std::size_t i = 0; i < features.size(); ++i) {
            const FeatureValue &f = features[i];
            int idx;
            if (m.lastOrderIndex[i] != -2 && m.lastOrder[i] == f.name) {
                idx = m.lastOrderIndex[i];
            } else {
                idx = ref.indexOf(f.name);
                m.lastOrder[i] = f.name;
                m.lastOrderIndex[i] = idx;
            }
            if (idx < 0)
                continue; // a feature the reference does not know: not scored
            const FeatureProfile &fp = ref.features[static_cast<std::size_t>(idx)];
            FeatureAcc &acc = w->features[static_cast<std::size_t>(idx)];
            w->present[static_cast<std::size_t>(idx)] = w->stamp;
            if (fp.numeric != f.numeric) {
                violation = true; // wrong kind of value for this feature: outside its domain
                continue;
            }
            if (f.numeric) {
                ++acc.bins[drift::numericBin(fp.num, f.number)];
                acc.ksValues.add(f.number);
                if (f.number < fp.num.min || f.number > fp.num.max)
                    violation = true;
            } else {
                const int c = fp.cat.indexOf(f.category);
                ++acc.bins[c < 0 ? acc.bins.size() - 1 : static_cast<std::size_t>(c)];
                if (c < 0)
                    violation = true;
            }
        }
        if (!violation)
            for (std::uint32_t stamp : w->present)
                if (stamp != w->stamp) {
                    violation = true; // a reference feature is missing
                    break;
                }
        if (violation)
            ++w->domainViolations;
    }
    closeDue(m);
    return outcome;
}

IngestOutcome MetricEngine::ingest(const LabelEvent &e) {
    ++m_counters.labelEvents;
    ModelState *mp = nullptr;
    IngestOutcome outcome = IngestOutcome::LabelJoined;
    std::int64_t ts = e.tsMs;
    Window *w = admit(e.modelId, e.hasTs, ts, mp, outcome);
    if (!w)
        return outcome;
    ModelState &m = *mp;
    auto *entry = m_labels->cache.find(joinKey(m.idHash, hashText(e.txid)));
    if (!entry || ts - entry->tsMs > m_config.labelCacheTtlMs) {
        ++w->orphans;
        ++m_counters.orphanLabels;
        closeDue(m);
        return IngestOutcome::OrphanLabel;
    }
    if (entry->labelled) {
        ++m_counters.duplicateLabels;
        closeDue(m);
        return IngestOutcome::DuplicateLabel;
    }
    entry->labelled = true;
    if (e.label != 0.0 && e.label != 1.0)
        m.nonBinaryLabel = true;
    if (entry->hasPrediction) {
        w->addLabelled(entry->prediction, e.label);
    }
    closeDue(m);
    return outcome;
}

IngestOutcome MetricEngine::ingest(const Snapshot &sidecar) {
    ++m_counters.snapshotMessages;
    if (refusedAsFuture(sidecar.windowEndMs))
        return IngestOutcome::FutureTimestamp;
    Snapshot s = sidecar;
    s.provisional = false;
    m_outbox.push_back(std::move(s));
    return IngestOutcome::Counted;
}

void MetricEngine::closeDue(ModelState &m) {
    const std::int64_t watermark = m.maxTs - m_config.allowedLatenessMs;
    while (!m.open.empty() && m.open.begin()->second->end <= watermark) {
        auto node = m.open.extract(m.open.begin());
        closeWindow(m, std::move(node.mapped()));
    }
}

void MetricEngine::closeWindow(ModelState &m, std::unique_ptr<Window> w) {
    m.closedUpTo = std::max(m.closedUpTo, w->end);
    const std::uint64_t late = m.pendingLate;
    m.pendingLate = 0;
    m_outbox.push_back(buildSnapshot(m, *w, late));
    ++m_counters.windowsClosed;
}

void MetricEngine::advanceTime() {
    const std::int64_t now = m_clock.nowMs();
    const std::int64_t idle = m_config.idleTimeout();
    for (auto &[id, m] : m_models) {
        if (m->open.empty() || now - m->lastArrivalMs < idle)
            continue;
        while (!m->open.empty()) {
            auto node = m->open.extract(m->open.begin());
            closeWindow(*m, std::move(node.mapped()));
        }
    }
}

void MetricEngine::restartIdleClocks() {
    const std::int64_t now = m_clock.nowMs();
    for (auto &[id, m] : m_models)
        m->lastArrivalMs = now;
}

void MetricEngine::closeAll() {
    for (auto &[id, m] : m_models)
        while (!m->open.empty()) {
            auto node = m->open.extract(m->open.begin());
            closeWindow(*m, std::move(node.mapped()));
        }
}

void MetricEngine::dropOpenWindows() {
    for (auto &[id, m] : m_models) {
        m_counters.windowsDropped += m->open.size();
        m->open.clear();
        // The messages of dropped windows will be consumed again: forget the watermark they
        // raised, or the re-read windows would close after their first event.
        m->maxTs = std::numeric_limits<std::int64_t>::min();
        // Like a restart: re-read events of windows closed before rebuild (partial) windows that
        // the write-once store skips, instead of being counted as late.
        m->closedUpTo = std::numeric_limits<std::int64_t>::min();
        m->pendingLate = 0;
    }
    m_lastWindowEndMs = 0;
    m_due.clear();
    // Re-read predictions and labels must join again, not count as duplicate labels.
    m_labels = std::make_unique<LabelCacheHolder>(m_config.labelCacheEntries);
}

std::vector<Snapshot> MetricEngine::takeClosed() {
    std::vector<Snapshot> out;
    out.swap(m_outbox);
    return out;
}

std::size_t MetricEngine::prepareDue(std::chrono::microseconds budget) {
    const auto until = std::chrono::steady_clock::now() + budget;
    while (!m_due.empty()) {
        const auto [id, start] = std::move(m_due.front());
        m_due.pop_front();
        if (auto m = m_models.find(id); m != m_models.end())
            if (auto w = m->second->open.find(start); w != m->second->open.end()) {
                w->second->prepare();
                ++m_counters.windowsPrepared;
            }
        if (std::chrono::steady_clock::now() >= until)
            break;
    }
    return m_due.size();
}

std::optional<Snapshot> MetricEngine::provisional(const std::string &modelId) {
    auto it = m_models.find(modelId);
    if (it == m_models.end() || it->second->open.empty())
        return std::nullopt;
    ModelState &m = *it->second;
    Snapshot s = buildSnapshot(m, *m.open.rbegin()->second, m.pendingLate);
    s.provisional = true;
    return s;
}

std::vector<std::string> MetricEngine::models() const {
    std::vector<std::string> ids;
    ids.reserve(m_models.size());
    for (const auto &[id, m] : m_models)
        ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::size_t MetricEngine::openWindows() const {
    std::size_t n = 0;
    for (const auto &[id, m] : m_models)
        n += m->open.size();
    return n;
}

std::size_t MetricEngine::labelCacheSize() const {
    return m_labels->cache.size();
}

Snapshot MetricEngine::buildSnapshot(ModelState &m, Window &w, std::uint64_t late) {
    Snapshot s;
    s.modelId = m.id;
    s.windowEndMs = w.end;
    const TaskType task = resolveTask(m);
    const bool enoughLabels = w.labelled >= m_config.minLabels && w.labelled > 0;
    const double labelled = static_cast<double>(w.labelled);

    if (task == TaskType::Classification && enoughLabels)
        s[SeedMetric::Accuracy] = MetricValue::real(static_cast<double>(w.correct) / labelled);
    if (task == TaskType::Regression && enoughLabels)
        s[SeedMetric::Rmse] = MetricValue::real(std::sqrt(w.squaredError / labelled));
    if (w.events > 0)
        s[SeedMetric::FailureRate] =
            MetricValue::real(static_cast<double>(w.errors) / static_cast<double>(w.events));
    if (w.wattsCount > 0)
        s[SeedMetric::WattsPerInference] = MetricValue::real(w.wattsSum / static_cast<double>(w.wattsCount));
    if (w.confidence.seen() > 0) {
        s[SeedMetric::ConfidenceFloor] =
            MetricValue::real(stats::quantileSorted(w.confidence.sorted(), 0.05));
        // Summed in arrival order, so the value does not depend on sorting (or preparing) before.
        const auto variance =
            w.confidence.exact() ? stats::populationVariance(w.confidence.values())
                                 : std::optional<double>(w.confM2 / static_cast<double>(w.confidence.seen()));
        s[SeedMetric::ConfidenceVariance] = MetricValue::real(variance);
    }

    if (w.ref) {
        s[SeedMetric::DomainViolationCount] =
            MetricValue::integer(static_cast<std::int64_t>(w.domainViolations));
        s.hasDrift = true;
        std::optional<double> maxPsi;
        for (std::size_t i = 0; i < w.ref->features.size(); ++i) {
            const FeatureProfile &fp = w.ref->features[i];
            FeatureAcc &acc = w.features[i];
            FeatureDrift d;
            d.feature = fp.name;
            if (fp.numeric) {
                d.psi = drift::numericPsi(fp.num, acc.bins);
                if (const auto &k = acc.ksAgainst(fp.num)) {
                    d.ks = k->statistic;
                    d.ksPValue = k->pValue;
                }
            } else {
                d.psi = drift::categoricalPsi(fp.cat, acc.bins);
            }
            if (d.psi && (!maxPsi || *d.psi > *maxPsi))
                maxPsi = d.psi;
            s.drift.push_back(std::move(d));
        }
        s[SeedMetric::FeatureDrift] = MetricValue::real(maxPsi);
    }

    const std::span<const double> latency = w.latency.sorted();
    auto percentile = [&](double q) -> MetricValue {
        return latency.empty() ? MetricValue::null() : MetricValue::real(stats::quantileSorted(latency, q));
    };
    s.extras.reserve(7);
    s.extras.emplace_back("latency_p50_ms", percentile(0.50));
    s.extras.emplace_back("latency_p95_ms", percentile(0.95));
    s.extras.emplace_back("latency_p99_ms", percentile(0.99));
    s.extras.emplace_back(
        "throughput_eps",
        MetricValue::real(static_cast<double>(w.events) / (static_cast<double>(m_config.windowMs) / 1000.0)));
    s.extras.emplace_back("events", MetricValue::integer(static_cast<std::int64_t>(w.events)));
    s.extras.emplace_back("late", MetricValue::integer(static_cast<std::int64_t>(late)));
    s.extras.emplace_back("orphan_label", MetricValue::integer(static_cast<std::int64_t>(w.orphans)));
    return s;
}

} // namespace assurance
