#include "ReferenceProfile.h"

#include "metrics/Statistics.h"
#include "json/PyJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    auto fail = [&](std::string why) -> std::optional<ReferenceProfile> {
        if (error)
            *error = std::move(why);
        return std::nullopt;
    };
    QJsonParseError perr;
    const auto doc = QJsonDocument::fromJson(QByteArray(json.data(), qsizetype(json.size())), &perr);
    if (perr.error != QJsonParseError::NoError)
        return fail("reference profile is not JSON: " + perr.errorString().toStdString());
    if (!doc.isObject())
        return fail("reference profile is not a JSON object");
    const QJsonObject root = doc.object();
    ReferenceProfile p;
    p.modelId = root.value(QLatin1String("model_id")).toString().toStdString();
    p.events = static_cast<std::uint64_t>(root.value(QLatin1String("events")).toInteger());
    const QJsonValue featuresValue = root.value(QLatin1String("features"));
    if (!featuresValue.isObject())
        return fail("reference profile has no features object");
    const QJsonObject features = featuresValue.toObject();
    auto numbers = [](const QJsonValue &v, std::vector<double> &out) {
        out.clear();
        if (!v.isArray())
            return false;
        for (const auto &x : v.toArray()) {
            if (!x.isDouble())
                return false;
            out.push_back(x.toDouble());
        }
        return std::is_sorted(out.begin(), out.end());
    };
    for (auto it = features.begin(); it != features.end(); ++it) {
        const std::string name = it.key().toStdString();
        if (!it.value().isObject())
            return fail("feature " + name + " is not an object");
        const QJsonObject o = it.value().toObject();
        FeatureProfile f;
        f.name = name;
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("numeric")) {
            f.numeric = true;
            NumericProfile &n = f.num;
            if (!numbers(o.value(QLatin1String("deciles")), n.deciles) || n.deciles.size() != 9)
                return fail("feature " + name + ": deciles must be 9 ascending numbers");
            if (!numbers(o.value(QLatin1String("quantiles")), n.quantiles) || n.quantiles.size() != 999)
                return fail("feature " + name + ": quantiles must be 999 ascending numbers");
            if (!o.value(QLatin1String("min")).isDouble() || !o.value(QLatin1String("max")).isDouble())
                return fail("feature " + name + ": min and max must be numbers");
            n.min = o.value(QLatin1String("min")).toDouble();
            n.max = o.value(QLatin1String("max")).toDouble();
            if (n.min > n.max)
                return fail("feature " + name + ": min is greater than max");
            n.count = static_cast<std::uint64_t>(o.value(QLatin1String("count")).toInteger());
            n.binShares.clear();
            if (o.contains(QLatin1String("bin_shares"))) {
                const QJsonArray shares = o.value(QLatin1String("bin_shares")).toArray();
                for (const auto &x : shares)
                    n.binShares.push_back(x.toDouble());
            }
            finalizeNumericProfile(n, nullptr);
        } else if (type == QLatin1String("categorical")) {
            f.numeric = false;
            const QJsonValue sharesValue = o.value(QLatin1String("shares"));
            if (!sharesValue.isObject())
                return fail("feature " + name + ": shares must be an object");
            const QJsonObject shares = sharesValue.toObject();
            for (auto s = shares.begin(); s != shares.end(); ++s) {
                if (!s.value().isDouble())
                    return fail("feature " + name + ": share of " + s.key().toStdString() +
                                " is not a number");
                f.cat.shares.emplace_back(s.key().toStdString(), s.value().toDouble());
            }
            std::sort(f.cat.shares.begin(), f.cat.shares.end());
            f.cat.count = static_cast<std::uint64_t>(o.value(QLatin1String("count")).toInteger());
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
