#include "AssuranceLabel.h"

#include "json/JsonFields.h"
#include "json/PyJson.h"
#include "json/Timestamps.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>

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

std::vector<MetricContribution> scoreContributions(const AssuranceLabel &label) {
    double weights = 0.0;
    for (const MetricAssessment &a : label.breakdown)
        if (a.status != MetricStatus::NotEvaluated)
            weights += a.weight;
    std::vector<MetricContribution> out(label.breakdown.size());
    if (weights <= 0.0)
        return out;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const MetricAssessment &a = label.breakdown[i];
        if (a.status == MetricStatus::NotEvaluated)
            continue;
        out[i].share = a.weight / weights;
        out[i].points = a.score * out[i].share;
    }
    return out;
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
    label.hash = labelHash(label);
    return label;
}

namespace {
void writeLabel(pyjson::Writer &w, const AssuranceLabel &l, bool withHash) {
    w.beginObject();
    w.key("model_id");
    w.value(l.modelId);
    w.key("timestamp");
    w.value(timestamps::formatWindowTimestamp(l.windowEndMs));
    w.key("score");
    w.value(l.score);
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
        w.value(a.value);
        w.key("status");
        w.value(metricStatusKey(a.status));
        w.key("bound");
        w.value(a.bound);
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
    if (l.prevHash) {
        w.key("prev_hash");
        w.value(*l.prevHash);
    }
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

std::string labelHash(const AssuranceLabel &label) {
    return QCryptographicHash::hash(QByteArray::fromStdString(canonicalLabelJson(label)),
                                    QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

void chainLabel(AssuranceLabel &label, const std::string &predecessorHash) {
    label.prevHash = predecessorHash;
    label.hash = labelHash(label);
}

std::optional<Verdict> verdictFromKey(std::string_view key) {
    for (Verdict v : {Verdict::Assured, Verdict::Conditional, Verdict::NotAssured})
        if (key == verdictKey(v))
            return v;
    return std::nullopt;
}

std::optional<MetricStatus> metricStatusFromKey(std::string_view key) {
    for (MetricStatus s :
         {MetricStatus::NotEvaluated, MetricStatus::Ok, MetricStatus::Warning, MetricStatus::Critical})
        if (key == metricStatusKey(s))
            return s;
    return std::nullopt;
}

std::optional<AssuranceLabel> parseLabel(std::string_view bytes, const std::string &modelId,
                                         std::string *error) {
    const std::string context = "label:" + modelId;
    const auto root = json::parseObject(bytes, context, error);
    if (!root)
        return std::nullopt;
    auto failed = [&](std::string why) { return json::failure<AssuranceLabel>(error, std::move(why)); };
    json::Fields f(*root, context);
    AssuranceLabel l;
    std::string timestamp, grade, verdict;
    std::int64_t toleranceVersion = 0;
    if (!f.string("model_id", l.modelId, true) || !f.string("timestamp", timestamp, true) ||
        !f.number("score", l.score) || !f.string("grade", grade) || !f.string("verdict", verdict, true) ||
        !f.integer("tolerance_version", toleranceVersion, true, 0) || !f.string("hash", l.hash, true))
        return failed(f.error());
    if (l.modelId != modelId)
        return failed(context + ": model_id is " + l.modelId + ", not the key's model");
    const auto end = timestamps::parseWindowTimestamp(timestamp);
    if (!end)
        return failed(context + ": timestamp must be a window timestamp");
    l.windowEndMs = *end;
    if (!grade.empty()) {
        if (grade.size() != 1 || std::string_view("ABCDF").find(grade[0]) == std::string_view::npos)
            return failed(context + ": grade must be A, B, C, D or F");
        l.grade = grade[0];
    }
    const auto v = verdictFromKey(verdict);
    if (!v)
        return failed(context + ": verdict must be assured, conditional or not_assured");
    l.verdict = *v;
    l.toleranceVersion = static_cast<int>(std::min<std::int64_t>(toleranceVersion, 1'000'000'000));
    if (root->contains(QLatin1String("prev_hash"))) { // absent: a label from before the chain
        std::string prev;
        if (!f.string("prev_hash", prev, true))
            return failed(f.error());
        const bool hex = std::all_of(prev.begin(), prev.end(),
                                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
        if (!(prev.empty() || (prev.size() == 64 && hex)))
            return failed(context + ": prev_hash must be \"\" or 64 lowercase hex digits");
        l.prevHash = std::move(prev);
    }
    const QJsonValue breakdown = root->value(QLatin1String("breakdown"));
    if (!breakdown.isArray())
        return failed(context + ": breakdown must be an array");
    for (const QJsonValue &item : breakdown.toArray()) {
        if (!item.isObject())
            return failed(context + ": breakdown entries must be objects");
        json::Fields b(item.toObject(), context + ": breakdown");
        MetricAssessment a;
        std::string metric, status;
        std::optional<double> score, weight;
        if (!b.string("metric", metric, true) || !b.number("value", a.value) ||
            !b.string("status", status, true) || !b.number("bound", a.bound) || !b.number("score", score) ||
            !b.number("weight", weight, true))
            return failed(b.error());
        const auto m = seedMetricFromKey(metric);
        const auto st = metricStatusFromKey(status);
        if (!m || !st)
            return failed(context + ": breakdown has an unknown metric or status (" + metric + ", " + status +
                          ")");
        a.metric = *m;
        a.status = *st;
        a.score = score.value_or(0.0);
        a.weight = *weight;
        l.breakdown.push_back(a);
    }
    return l;
}

} // namespace assurance
