#include "ReferenceProfile.h"

#include "metrics/Statistics.h"
#include "json/PyJson.h"

#include <simdjson.h>

#include <algorithm>
#include <cmath>

namespace assurance {

double NumericProfile::cdf(double x) const {
    if (x < min)
        return 0.0;
    if (x >= max)
        return 1.0;
    // Knots: (min,0), (q1,0.001) ... (q999,0.999), (max,1). Find the last knot with position <= x.
    const std::size_t n = quantiles.size();
    auto knotX = [&](std::size_t k) { return k == 0 ? min : (k <= n ? quantiles[k - 1] : max); };
    auto knotP = [&](std::size_t k) {
        return k == 0 ? 0.0 : (k <= n ? static_cast<double>(k) / (n + 1) : 1.0);
    };
    // upper_bound over knots 0..n+1
    std::size_t lo = 0, hi = n + 2;
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (knotX(mid) <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    const std::size_t k = lo - 1; // knotX(k) <= x < knotX(k+1)
    const double x0 = knotX(k), x1 = knotX(k + 1);
    const double p0 = knotP(k), p1 = knotP(k + 1);
    if (x1 <= x0)
        return p0;
    return p0 + (p1 - p0) * (x - x0) / (x1 - x0);
}

int CategoricalProfile::indexOf(std::string_view category) const {
    for (std::size_t i = 0; i < shares.size(); ++i)
        if (shares[i].first == category)
            return static_cast<int>(i);
    return -1;
}

int ReferenceProfile::indexOf(std::string_view feature) const {
    for (std::size_t i = 0; i < features.size(); ++i)
        if (features[i].name == feature)
            return static_cast<int>(i);
    return -1;
}

ReferenceProfileBuilder::ReferenceProfileBuilder(std::string modelId)
    : m_modelId(std::move(modelId)) {}

void ReferenceProfileBuilder::add(const InferenceEvent &event) {
    ++m_events;
    for (const FeatureValue &f : event.features()) {
        auto [it, inserted] = m_columns.try_emplace(f.name);
        Column &c = it->second;
        if (inserted)
            c.numeric = f.numeric;
        if (c.numeric != f.numeric) {
            ++m_mixed;
            continue;
        }
        if (f.numeric)
            c.values.push_back(f.number);
        else
            ++c.categories[f.category];
    }
}

void finalizeNumericProfile(NumericProfile &p, const std::vector<double> *sortedData) {
    const std::size_t q = p.quantiles.size();
    p.knotX.resize(q + 2);
    p.knotP.resize(q + 2);
    p.knotX[0] = p.min;
    p.knotP[0] = 0.0;
    for (std::size_t i = 0; i < q; ++i) {
        p.knotX[i + 1] = p.quantiles[i];
        p.knotP[i + 1] = static_cast<double>(i + 1) / static_cast<double>(q + 1);
    }
    p.knotX[q + 1] = p.max;
    p.knotP[q + 1] = 1.0;
    p.knotSlope.assign(q + 1, 0.0);
    for (std::size_t k = 0; k + 1 < p.knotX.size(); ++k)
        if (p.knotX[k + 1] > p.knotX[k])
            p.knotSlope[k] = (p.knotP[k + 1] - p.knotP[k]) / (p.knotX[k + 1] - p.knotX[k]);
    p.edges.clear();
    for (double e : p.deciles)
        if (p.edges.empty() || e != p.edges.back())
            p.edges.push_back(e);
    if (sortedData) {
        // Exact reference shares per bin (−∞,e1], (e1,e2], …, (ek,+∞).
        std::vector<std::uint64_t> counts(p.edges.size() + 1, 0);
        for (double v : *sortedData)
            ++counts[static_cast<std::size_t>(std::lower_bound(p.edges.begin(), p.edges.end(), v) -
                                              p.edges.begin())];
        p.binShares.clear();
        for (auto c : counts)
            p.binShares.push_back(static_cast<double>(c) / static_cast<double>(sortedData->size()));
    } else if (p.binShares.size() != p.edges.size() + 1) {
        p.binShares.clear();
        double prev = 0.0;
        for (double e : p.edges) {
            const double c = p.cdf(e);
            p.binShares.push_back(c - prev);
            prev = c;
        }
        p.binShares.push_back(1.0 - prev);
    }
}

ReferenceProfile ReferenceProfileBuilder::build() const {
    ReferenceProfile profile;
    profile.modelId = m_modelId;
    profile.events = m_events;
    for (const auto &[name, column] : m_columns) {
        FeatureProfile f;
        f.name = name;
        f.numeric = column.numeric;
        if (column.numeric) {
            std::vector<double> sorted = column.values;
            std::sort(sorted.begin(), sorted.end());
            if (sorted.empty())
                continue;
            NumericProfile &p = f.num;
            p.count = sorted.size();
            p.min = sorted.front();
            p.max = sorted.back();
            for (int i = 1; i <= 9; ++i)
                p.deciles.push_back(*stats::quantileSorted(sorted, i / 10.0));
            for (int i = 1; i <= 999; ++i)
                p.quantiles.push_back(*stats::quantileSorted(sorted, i / 1000.0));
            finalizeNumericProfile(p, &sorted);
        } else {
            std::uint64_t total = 0;
            for (const auto &[cat, n] : column.categories)
                total += n;
            f.cat.count = total;
            for (const auto &[cat, n] : column.categories)
                f.cat.shares.emplace_back(cat, static_cast<double>(n) / static_cast<double>(total));
        }
        profile.features.push_back(std::move(f));
    }
    return profile;
}

std::string serializeReferenceProfile(const ReferenceProfile &profile) {
    pyjson::Writer w;
    auto array = [&](const std::vector<double> &v) {
        w.beginArray();
        for (double x : v)
            w.value(x);
        w.endArray();
    };
    w.beginObject();
    w.key("model_id");
    w.value(profile.modelId);
    w.key("events");
    w.value(profile.events);
    w.key("features");
    w.beginObject();
    for (const auto &f : profile.features) {
        w.key(f.name);
        w.beginObject();
        w.key("type");
        w.value(f.numeric ? "numeric" : "categorical");
        if (f.numeric) {
            w.key("count");
            w.value(f.num.count);
            w.key("min");
            w.value(f.num.min);
            w.key("max");
            w.value(f.num.max);
            w.key("deciles");
            array(f.num.deciles);
            w.key("quantiles");
            array(f.num.quantiles);
            w.key("bin_shares");
            array(f.num.binShares);
        } else {
            w.key("count");
            w.value(f.cat.count);
            w.key("shares");
            w.beginObject();
            for (const auto &[cat, share] : f.cat.shares) {
                w.key(cat);
                w.value(share);
            }
            w.endObject();
        }
        w.endObject();
    }
    w.endObject();
    w.endObject();
    return w.take();
}

std::optional<ReferenceProfile> parseReferenceProfile(std::string_view json, std::string *error) {
    // simdjson: a profile holds ~8,000 numbers per eight features, and an agent reads one per model
    // at start — QJsonDocument took a noticeable share of an agent's start.
    auto fail = [&](std::string why) -> std::optional<ReferenceProfile> {
        if (error)
            *error = std::move(why);
        return std::nullopt;
    };
    using namespace simdjson;
    dom::parser parser;
    dom::element root;
    if (const auto e = parser.parse(json.data(), json.size(), true).get(root); e)
        return fail(std::string("reference profile is not JSON: ") + error_message(e));
    if (!root.is_object())
        return fail("reference profile is not a JSON object");
    auto number = [](dom::element v, double &out) {
        switch (v.type()) {
        case dom::element_type::INT64:
            out = static_cast<double>(v.get_int64().value_unsafe());
            return true;
        case dom::element_type::UINT64:
            out = static_cast<double>(v.get_uint64().value_unsafe());
            return true;
        case dom::element_type::DOUBLE:
            out = v.get_double().value_unsafe();
            return true;
        default:
            return false;
        }
    };
    auto count = [&](dom::object o) -> std::uint64_t {
        double c = 0;
        dom::element v;
        return !o["count"].get(v) && number(v, c) && c > 0 ? static_cast<std::uint64_t>(c) : 0;
    };
    // An ascending array of numbers of exactly `size` entries.
    auto numbers = [&](dom::object o, const char *key, std::size_t size, std::vector<double> &out) {
        out.clear();
        dom::array a;
        if (o[key].get(a))
            return false;
        for (dom::element x : a) {
            double d = 0;
            if (!number(x, d))
                return false;
            out.push_back(d);
        }
        return out.size() == size && std::is_sorted(out.begin(), out.end());
    };
    const dom::object top = root.get_object().value_unsafe();
    ReferenceProfile p;
    if (std::string_view id; !top["model_id"].get(id))
        p.modelId = std::string(id);
    if (dom::element v; !top["events"].get(v)) {
        double events = 0;
        if (number(v, events) && events > 0)
            p.events = static_cast<std::uint64_t>(events);
    }
    dom::object features;
    if (top["features"].get(features))
        return fail("reference profile has no features object");
    for (auto [key, value] : features) {
        const std::string name(key);
        dom::object o;
        if (value.get(o))
            return fail("feature " + name + " is not an object");
        FeatureProfile f;
        f.name = name;
        std::string_view type;
        if (o["type"].get(type))
            type = {};
        if (type == "numeric") {
            f.numeric = true;
            NumericProfile &n = f.num;
            if (!numbers(o, "deciles", 9, n.deciles))
                return fail("feature " + name + ": deciles must be 9 ascending numbers");
            if (!numbers(o, "quantiles", 999, n.quantiles))
                return fail("feature " + name + ": quantiles must be 999 ascending numbers");
            dom::element mn, mx;
            if (o["min"].get(mn) || o["max"].get(mx) || !number(mn, n.min) || !number(mx, n.max))
                return fail("feature " + name + ": min and max must be numbers");
            if (n.min > n.max)
                return fail("feature " + name + ": min is greater than max");
            n.count = count(o);
            n.binShares.clear();
            if (dom::array shares; !o["bin_shares"].get(shares))
                for (dom::element x : shares) {
                    double d = 0;
                    number(x, d);
                    n.binShares.push_back(d);
                }
            finalizeNumericProfile(n, nullptr);
        } else if (type == "categorical") {
            f.numeric = false;
            dom::object shares;
            if (o["shares"].get(shares))
                return fail("feature " + name + ": shares must be an object");
            for (auto [category, share] : shares) {
                double d = 0;
                if (!number(share, d))
                    return fail("feature " + name + ": share of " + std::string(category) +
                                " is not a number");
                f.cat.shares.emplace_back(std::string(category), d);
            }
            std::sort(f.cat.shares.begin(), f.cat.shares.end());
            f.cat.count = count(o);
        } else {
            return fail("feature " + name + ": type must be numeric or categorical");
        }
        p.features.push_back(std::move(f));
    }
    std::sort(p.features.begin(), p.features.end(),
              [](const auto &a, const auto &b) { return a.name < b.name; });
    return p;
}

} // namespace assurance
