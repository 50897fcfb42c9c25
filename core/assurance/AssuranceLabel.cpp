#include "AssuranceLabel.h"

#include "json/PyJson.h"
#include "json/Timestamps.h"

#include <QCryptographicHash>

namespace assurance {

const char *verdictKey(Verdict v) {
    switch (v) {
    case Verdict::Assured:
        return "assured";
    case Verdict::Conditional:
        return "conditional";
    case Verdict::NotAssured:
        return "not_assured";
    }
    return "conditional";
}

bool AssuranceLabel::hasCritical() const {
    for (const auto &a : breakdown)
        if (a.status == MetricStatus::Critical)
            return true;
    return false;
}

char gradeForScore(double score) {
    if (score >= 90.0)
        return 'A';
    if (score >= 80.0)
        return 'B';
    if (score >= 70.0)
        return 'C';
    if (score >= 60.0)
        return 'D';
    return 'F';
}

Verdict verdictFor(std::optional<char> grade, bool anyCritical) {
    if (anyCritical || grade == 'F')
        return Verdict::NotAssured;
    if (grade == 'A' || grade == 'B')
        return Verdict::Assured;
    return Verdict::Conditional;
}

AssuranceLabel assessSnapshot(const Snapshot &snapshot, const ToleranceSet &tolerances) {
    AssuranceLabel label;
    label.modelId = snapshot.modelId;
    label.windowEndMs = snapshot.windowEndMs;
    label.toleranceVersion = tolerances.version;
    double weighted = 0.0;
    double weights = 0.0;
    for (std::size_t k = 0; k < kSeedMetricCount; ++k) {
        const auto metric = static_cast<SeedMetric>(k);
        MetricAssessment a;
        a.metric = metric;
        a.value = snapshot.seed[k].number();
        if (const MetricTolerance *t = tolerances.find(metric)) {
            const MetricEvaluation e = evaluate(*t, a.value);
            a.status = e.status;
            a.bound = e.bound;
        }
        if (a.status != MetricStatus::NotEvaluated) {
            a.weight = kMetricWeights[k];
            a.score = a.status == MetricStatus::Ok ? 100.0 : a.status == MetricStatus::Warning ? 50.0 : 0.0;
            weighted += a.weight * a.score;
            weights += a.weight;
        }
        label.breakdown.push_back(a);
    }
    if (weights > 0.0) {
        label.score = weighted / weights;
        label.grade = gradeForScore(*label.score);
    }
    label.verdict = verdictFor(label.grade, label.hasCritical());
    label.hash = QCryptographicHash::hash(QByteArray::fromStdString(canonicalLabelJson(label)),
                                          QCryptographicHash::Sha256)
                     .toHex()
                     .toStdString();
    return label;
}

namespace {
void writeLabel(pyjson::Writer &w, const AssuranceLabel &l, bool withHash) {
    auto optional = [&](const std::optional<double> &v) {
        if (v)
            w.value(*v);
        else
            w.null();
    };
    w.beginObject();
    w.key("model_id");
    w.value(l.modelId);
    w.key("timestamp");
    w.value(timestamps::formatWindowTimestamp(l.windowEndMs));
    w.key("score");
    optional(l.score);
    w.key("grade");
    if (l.grade)
        w.value(std::string_view(&*l.grade, 1));
    else
        w.null();
    w.key("verdict");
    w.value(verdictKey(l.verdict));
    w.key("tolerance_version");
    w.value(l.toleranceVersion);
    w.key("breakdown");
    w.beginArray();
    for (const auto &a : l.breakdown) {
        w.beginObject();
        w.key("metric");
        w.value(seedMetricKey(a.metric));
        w.key("value");
        optional(a.value);
        w.key("status");
        w.value(metricStatusKey(a.status));
        w.key("bound");
        optional(a.bound);
        w.key("score");
        if (a.status == MetricStatus::NotEvaluated)
            w.null();
        else
            w.value(a.score);
        w.key("weight");
        w.value(a.weight);
        w.endObject();
    }
    w.endArray();
    if (withHash) {
        w.key("hash");
        w.value(l.hash);
    }
    w.endObject();
}
} // namespace

std::string canonicalLabelJson(const AssuranceLabel &label) {
    pyjson::Writer w;
    writeLabel(w, label, false);
    return w.take();
}

std::string serializeLabel(const AssuranceLabel &label) {
    pyjson::Writer w;
    writeLabel(w, label, true);
    return w.take();
}

} // namespace assurance
