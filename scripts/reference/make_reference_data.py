#!/usr/bin/python3
"""Reference values for tests/tst_statistics_drift.cpp and tests/tst_pyjson.cpp.

Computed independently with numpy / scipy / Python's json module (never by re-implementing the C++),
following SPEC.md "Metrics", "Drift, exactly" and "Serialisation of snapshots". Deterministic (fixed
seeds): running it again rewrites byte-identical files.

    /usr/bin/python3 scripts/reference/make_reference_data.py

writes tests/data/drift_reference.json and tests/data/pyjson_reference.json (both are committed).
Needs numpy and scipy (Debian's python3-numpy / python3-scipy).
"""

import json
import math
import os
import sys

import numpy as np
import scipy
import scipy.special

EPSILON = 1e-4
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "tests", "data")

DECILE_Q = np.arange(1, 10) / 10  # 0.1 .. 0.9, each i/10 correctly rounded
QUANTILE_Q = np.arange(1, 1000) / 1000  # 0.001 .. 0.999


def floats(a):
    return [float(x) for x in a]


def psi(reference_shares, window_shares):
    """SPEC: a share of exactly 0 becomes 1e-4 (no renormalising); PSI = sum (w - r) ln(w / r)."""
    total = 0.0
    for r, w in zip(reference_shares, window_shares):
        r = EPSILON if r == 0.0 else r
        w = EPSILON if w == 0.0 else w
        total += (w - r) * math.log(w / r)
    return total


def bin_counts(edges, values):
    """Bins (-inf, e1], (e1, e2], ..., (ek, +inf): a value equal to an edge goes in the lower bin."""
    idx = np.searchsorted(edges, values, side="left")
    return np.bincount(idx, minlength=len(edges) + 1)


def numeric_case(name, reference, window, with_ks):
    reference = np.asarray(reference, dtype=np.float64)
    window = np.asarray(window, dtype=np.float64)
    deciles = np.quantile(reference, DECILE_Q)  # default method "linear"
    quantiles = np.quantile(reference, QUANTILE_Q)
    lo, hi = float(reference.min()), float(reference.max())
    edges = np.unique(deciles)  # sorted unique values: equal neighbours merged
    ref_counts = bin_counts(edges, reference)
    win_counts = bin_counts(edges, window)
    ref_shares = ref_counts / len(reference)
    win_shares = win_counts / len(window)
    case = {
        "name": name,
        "reference": floats(reference),
        "window": floats(window),
        "min": lo,
        "max": hi,
        "deciles": floats(deciles),
        "quantiles": floats(quantiles),
        "edges": floats(edges),
        "reference_bin_counts": [int(c) for c in ref_counts],
        "reference_bin_shares": floats(ref_shares),
        "window_bin_counts": [int(c) for c in win_counts],
        "window_bin_shares": floats(win_shares),
        "psi": psi(ref_shares, win_shares),
        "ks": None,
        "cdf_bin_shares": None,
    }
    knots_x = np.concatenate(([lo], quantiles, [hi]))
    knots_p = np.concatenate(([0.0], QUANTILE_Q, [1.0]))
    if with_ks:
        # Only for data without ties: the reference CDF is then a strictly increasing polyline.
        assert np.all(np.diff(knots_x) > 0), name
        x = np.sort(window)
        n = len(x)
        f = np.interp(x, knots_x, knots_p)
        j = np.arange(1, n + 1)
        d = max(float(np.max(j / n - f)), float(np.max(f - (j - 1) / n)))
        case["ks"] = {
            "statistic": d,
            "lambda": math.sqrt(n) * d,
            "pvalue": float(scipy.special.kolmogorov(math.sqrt(n) * d)),
        }
        # Bin shares read from the quantiles alone (a stored profile without bin_shares).
        c = np.interp(edges, knots_x, knots_p)
        case["cdf_bin_shares"] = floats(np.diff(np.concatenate(([0.0], c, [1.0]))))
    return case


def categorical_case(name, reference_counts, window_counts):
    """reference_counts / window_counts: dict category -> count; window categories may be unseen."""
    categories = sorted(reference_counts)
    total = sum(reference_counts.values())
    ref_shares = [reference_counts[c] / total for c in categories] + [0.0]  # last bin: "unseen"
    counts = [window_counts.get(c, 0) for c in categories]
    counts.append(sum(v for c, v in window_counts.items() if c not in reference_counts))
    n = sum(counts)
    win_shares = [c / n for c in counts]
    return {
        "name": name,
        "reference_counts": {c: reference_counts[c] for c in categories},
        "window_counts": window_counts,
        "categories": categories,
        "reference_shares": ref_shares[:-1],
        "window_bin_counts": counts,
        "window_bin_shares": win_shares,
        "psi": psi(ref_shares, win_shares),
    }


def percentile_case(name, values, percents):
    values = np.asarray(values, dtype=np.float64)
    return {
        "name": name,
        "values": floats(values),
        "percents": [float(p) for p in percents],
        "percentiles": floats(np.percentile(values, percents)),
        "variance": float(np.var(values)),
    }


def quantile_case(name, values, qs):
    values = np.asarray(values, dtype=np.float64)
    return {
        "name": name,
        "values": floats(values),
        "q": [float(q) for q in qs],
        "quantiles": floats(np.quantile(values, qs)),
        "variance": float(np.var(values)),
    }


def lerp_branch_values(rng):
    """Two values and a q >= 0.5 where numpy's lerp (b - (b - a)(1 - t)) differs in the last bit
    from the naive a + (b - a) t, so the test notices which formula the C++ uses."""
    while True:
        a, b = sorted(rng.uniform(-10, 10, 2))
        t = float(rng.uniform(0.5, 1.0))
        if b - (b - a) * (1 - t) != a + (b - a) * t:
            return [a, b], t


def drift_reference():
    cases = []
    rng = np.random.default_rng(20251027)
    cases.append(numeric_case("normal_same", rng.normal(0.0, 1.0, 2000), rng.normal(0.0, 1.0, 1000), True))
    rng = np.random.default_rng(11)
    cases.append(numeric_case("normal_shifted", rng.normal(0.0, 1.0, 2000), rng.normal(0.5, 1.2, 1000), True))
    rng = np.random.default_rng(12)
    cases.append(numeric_case("lognormal", rng.lognormal(0.0, 0.75, 2000), rng.lognormal(0.2, 0.75, 1000), True))
    rng = np.random.default_rng(13)
    # Rounded values: many ties, several deciles equal, so edges merge. No KS (ties).
    cases.append(numeric_case("rounded_ties", np.round(rng.normal(5.0, 2.0, 2000)),
                              np.round(rng.normal(5.5, 2.0, 800)), False))
    rng = np.random.default_rng(14)
    # Integers 0..3: edges merge to [0, 1, 2, 3]; the last bin (3, +inf) has no reference value
    # (share 0 -> epsilon); window values equal to edges and outside [min, max].
    ref = rng.choice(4, size=1000, p=[0.35, 0.3, 0.2, 0.15]).astype(np.float64)
    win = np.concatenate((rng.choice(4, size=380, p=[0.2, 0.2, 0.3, 0.3]), [4.0] * 15, [-1.0] * 5))
    rng.shuffle(win)
    cases.append(numeric_case("integers_0_3", ref, win, False))
    rng = np.random.default_rng(15)
    cases.append(numeric_case("outside_range", rng.uniform(0.0, 10.0, 2000), rng.uniform(-2.0, 12.0, 500), True))
    rng = np.random.default_rng(16)
    cases.append(numeric_case("small_n", rng.normal(100.0, 15.0, 50), rng.normal(104.0, 15.0, 40), True))
    rng = np.random.default_rng(17)
    # Five reference values: some decile bins hold no reference value (share 0 -> epsilon).
    cases.append(numeric_case("tiny_n", rng.normal(0.0, 1.0, 5), rng.normal(0.0, 1.0, 7), True))
    rng = np.random.default_rng(18)
    cases.append(numeric_case("large_offset", 1e6 + rng.normal(0.0, 1e-3, 1500), 1e6 + rng.normal(2e-4, 1e-3, 600),
                              True))
    rng = np.random.default_rng(19)
    cases.append(numeric_case("window_identical_values", rng.exponential(2.0, 1000), np.full(50, 1.25), True))

    categorical = [
        categorical_case("soil", {"clay": 50, "loam": 30, "sand": 20},
                         {"clay": 40, "loam": 0, "sand": 35, "peat": 5, "chalk": 2}),
        categorical_case("same_shares", {"a": 1, "b": 3}, {"a": 10, "b": 30}),
        categorical_case("all_unseen", {"x": 7, "y": 2, "z": 1}, {"w": 4}),
        categorical_case("region", {"north": 120, "south": 80, "east": 60, "west": 40, "centre": 1},
                         {"north": 30, "south": 31, "east": 9, "west": 0, "centre": 0, "?": 1}),
    ]

    rng = np.random.default_rng(21)
    percentiles = [
        percentile_case("confidence_beta", rng.beta(8.0, 2.0, 1000), [5, 50, 95, 99]),
        percentile_case("latency_lognormal", rng.lognormal(3.0, 0.5, 333), [5, 50, 95, 99]),
        percentile_case("single", [0.9], [5, 50, 95, 99]),
        percentile_case("two", [1.0, 2.0], [5, 50, 95, 99]),
        percentile_case("ties", np.round(rng.normal(20.0, 3.0, 101)), [5, 50, 95, 99]),
        percentile_case("hand_four", [0.6, 0.7, 0.8, 0.9], [5, 50, 95, 99]),
        percentile_case("negative_mixed", rng.normal(-3.0, 40.0, 77), [0, 5, 50, 95, 99, 100]),
        percentile_case("large_offset", 1e9 + rng.normal(0.0, 1.0, 64), [5, 50, 95, 99]),
        # More than numpy's 8,192-value reduction buffer: np.var sums buffer by buffer, each pairwise
        # (seed 25: a plain sum, or one pairwise sum over all values, differs in the last bit).
        percentile_case("confidence_10k", np.round(np.random.default_rng(25).beta(8.0, 2.0, 10001), 3),
                        [5, 50, 95, 99]),
    ]
    lerp_values, lerp_t = lerp_branch_values(rng)
    quantiles = [
        quantile_case("lerp_branch", lerp_values, [lerp_t, 1.0 - lerp_t, 0.5, 0.0, 1.0]),
        quantile_case("random_q", rng.normal(0.0, 1.0, 257), rng.uniform(0.0, 1.0, 40)),
    ]

    lambdas = [0.05, 0.1, 0.19, 0.2, 0.21, 0.25, 0.3, 0.4, 0.5, 0.6, 0.75, 0.8, 0.9, 1.0, 1.2, 1.3581015157406195,
               1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 7.5, 10.0, 15.0, 18.0]
    kolmogorov = [{"lambda": lam, "survival": float(scipy.special.kolmogorov(lam))} for lam in lambdas]

    return {
        "generator": "scripts/reference/make_reference_data.py",
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "epsilon": EPSILON,
        "numeric_cases": cases,
        "categorical_cases": categorical,
        "percentile_cases": percentiles,
        "quantile_cases": quantiles,
        "kolmogorov": kolmogorov,
    }


def float_entry(v):
    if math.isnan(v):
        value = "nan"
    elif math.isinf(v):
        value = "inf" if v > 0 else "-inf"
    else:
        value = v
    # "hex" is exact whatever the JSON reader does with numbers; "repr" is what json.dumps writes.
    return {"value": value, "hex": v.hex(), "repr": json.dumps(v)}


def pyjson_reference():
    fixed = [42.0, 0.0, -0.0, 1e-4, 1e-5, 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1.5e300, 5e-324,
             2.2250738585072014e-308, 0.92, 1.2, 0.03, 0.01, 0.9, 0.04, 100.0, 1e22, 1e21, 12345.6789, -1.5,
             3.141592653589793,
             # around repr's switch to exponent notation (decimal point position <= -4 or > 16)
             0.00011, 9.999e-05, 0.000123456789, 1.0000000000000002e-4, 9999999999999998.0, 1e16 + 2,
             1.2345678901234567e16, 1.2345678901234567e15, 2.0 ** 53, 2.0 ** 53 + 2, 1.7976931348623157e308,
             -2.2250738585072014e-308, 4.9406564584124654e-324, 1e-7, 1.5e-10, 1e100, 0.1 + 0.2, 1e23, 5e-5,
             0.5, -0.0001, 1.0, -1.0, 10.0, 1e-300, 123.456, 2.5e-8, 8.5e15,
             float("nan"), float("inf"), float("-inf")]
    rng = np.random.default_rng(7)
    mags = 10.0 ** rng.integers(-320, 300, 120).astype(np.float64)
    randoms = list(rng.standard_normal(120) * mags)
    randoms += list(rng.uniform(-1.0, 1.0, 40) * 10.0 ** rng.integers(-6, 18, 40).astype(np.float64))
    bits = rng.integers(0, 2 ** 63, 60, dtype=np.int64).view(np.float64)
    randoms += [b for b in bits if math.isfinite(b)]
    floats_list = [float_entry(float(v)) for v in fixed + [float(r) for r in randoms]]

    ints = [0, 1, -1, 42, 2 ** 31, 2 ** 53 + 1, 2 ** 62, 2 ** 63 - 1, -2 ** 63]
    # Integers as strings: a JSON reader that goes through double would lose 2**53 + 1.
    ints_list = [{"value": str(i), "repr": json.dumps(i)} for i in ints]

    strings = ["", "model-telemetry", "flood-risk-predictor", "2025-10-27T16_22_57Z", 'say "hi"', "back\\slash",
               "a/b", "\x00", "\x1f", "\x7f", "tab\tnew\nline\rcr", "\b\f", "\x01\x02\x1e", "~ !", "é", "naïve café",
               "日本", "😀", "\u2028", "\u2029", "\ufeff", "\uffff", "\U0010ffff", "mixed \"é\" \\ 😀\n"]
    strings_list = [{"value": s, "repr": json.dumps(s)} for s in strings]

    seed = {"timestamp": "2025-10-27T16_22_57Z",
            "metrics": {"accuracy": 0.92, "rmse": 1.2, "feature_drift": 0.03, "domain_violation_count": 2,
                        "failure_rate": 0.01, "watts_per_inference": 42.0, "confidence_floor": 0.9,
                        "confidence_variance": 0.04}}
    # Nulls, a NaN (our writer writes it as null, Python would write NaN), an infinity (null too),
    # -0.0, and floats whose repr uses exponent notation.
    edge_metrics = {"accuracy": None, "rmse": 0.1 + 0.2, "feature_drift": float("nan"), "domain_violation_count": 0,
                    "failure_rate": -0.0, "watts_per_inference": 1e-05, "confidence_floor": float("inf"),
                    "confidence_variance": 1e16}
    edge = {"timestamp": "2025-10-27T16_23_00Z",
            "metrics": {k: (None if isinstance(v, float) and not math.isfinite(v) else v)
                        for k, v in edge_metrics.items()}}
    # Extra keys after the seed keys, then per-feature drift under "drift" (last).
    extras = {"timestamp": "2025-10-27T16_24_00Z",
              "metrics": {"accuracy": 0.75, "rmse": None, "feature_drift": 0.27465307216702745,
                          "domain_violation_count": 3, "failure_rate": 0.25, "watts_per_inference": 43.0,
                          "confidence_floor": 0.615, "confidence_variance": 0.0125, "latency_p50_ms": 25.0,
                          "latency_p95_ms": 38.5, "throughput_eps": 4 / 60, "events": 4, "late": 0,
                          "orphan_label": 1,
                          "drift": {"d\u00e9bit": {"psi": 0.01, "ks": 0.2, "ks_pvalue": 0.5},
                                    "rainfall_mm": {"psi": 1e-05, "ks": None, "ks_pvalue": 3e-120},
                                    "soil": {"psi": None}}}}
    snapshots = [{"name": "seed", "text": json.dumps(seed)}, {"name": "edge", "text": json.dumps(edge)},
                 {"name": "extras", "text": json.dumps(extras)}]

    return {
        "generator": "scripts/reference/make_reference_data.py",
        "python": sys.version.split()[0],
        "floats": floats_list,
        "ints": ints_list,
        "strings": strings_list,
        "snapshots": snapshots,
    }


def write(name, obj):
    os.makedirs(DATA, exist_ok=True)
    path = os.path.join(DATA, name)
    with open(path, "w", encoding="utf-8") as f:
        # allow_nan=False: the files must be strict JSON (non-finite values are stored as strings)
        json.dump(obj, f, indent=1, ensure_ascii=True, allow_nan=False)
        f.write("\n")
    print("wrote", os.path.relpath(path, ROOT))


def main():
    write("drift_reference.json", drift_reference())
    write("pyjson_reference.json", pyjson_reference())


if __name__ == "__main__":
    main()
