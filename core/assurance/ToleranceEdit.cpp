#include "ToleranceEdit.h"

#include "json/PyJson.h"

#include <algorithm>
#include <numeric>

namespace assurance {

BaselineProposal proposeBaseline(const std::vector<Snapshot> &windows, SeedMetric metric, std::int64_t fromMs,
                                 std::int64_t toMs, BaselineStatistic statistic) {
    BaselineProposal p;
    p.metric = metric;
    p.statistic = statistic;
    p.fromMs = std::min(fromMs, toMs);
    p.toMs = std::max(fromMs, toMs);
    for (const Snapshot &s : windows) {
        if (s.windowEndMs < p.fromMs || s.windowEndMs > p.toMs)
            continue;
        if (const auto v = s[metric].number())
            p.samples.push_back({s.windowEndMs, *v});
        else
            ++p.windowsWithout;
    }
    std::stable_sort(
        p.samples.begin(), p.samples.end(),
        [](const BaselineSample &a, const BaselineSample &b) { return a.windowEndMs < b.windowEndMs; });
    if (p.samples.empty())
        return p;
    std::vector<double> values;
    values.reserve(p.samples.size());
    for (const auto &s : p.samples)
        values.push_back(s.value);
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    p.min = *lo;
    p.max = *hi;
    if (statistic == BaselineStatistic::Mean) {
        p.value = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    } else {
        std::sort(values.begin(), values.end());
        const std::size_t n = values.size();
        p.value = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    }
    return p;
}

std::string toleranceFieldText(const MetricTolerance &t, const std::string &field) {
    if (field == "direction")
        return std::string("\"") + directionKey(t.direction) + "\"";
    if (field == "mode")
        return std::string("\"") + boundModeKey(t.mode) + "\"";
    if (field == "baseline")
        return t.baseline ? pyjson::floatRepr(*t.baseline) : std::string("null");
    if (field == "warning")
        return pyjson::floatRepr(t.warning);
    if (field == "critical")
        return pyjson::floatRepr(t.critical);
    if (field == "enabled")
        return t.enabled ? "true" : "false";
    return {};
}

std::vector<ToleranceFieldChange> diffToleranceSets(const ToleranceSet &before, const ToleranceSet &after) {
    std::vector<ToleranceFieldChange> out;
    const ToleranceSet defaultsBefore = defaultTolerances(before.modelId);
    const ToleranceSet defaultsAfter = defaultTolerances(after.modelId);
    for (std::size_t i = 0; i < kSeedMetricCount; ++i) {
        const auto metric = static_cast<SeedMetric>(i);
        const MetricTolerance *b = before.find(metric);
        const MetricTolerance *a = after.find(metric);
        if (!b)
            b = defaultsBefore.find(metric);
        if (!a)
            a = defaultsAfter.find(metric);
        if (!a || !b)
            continue;
        for (const char *field : kToleranceFields) {
            std::string x = toleranceFieldText(*b, field), y = toleranceFieldText(*a, field);
            if (x != y)
                out.push_back({metric, field, std::move(x), std::move(y)});
        }
    }
    return out;
}

} // namespace assurance
