"""Reference values for Vigil's drift tests (docs/STATISTICS.md section 2).

Run from the repository root (deterministic; numpy, scipy installed):

    python3 tools/reference/drift_reference.py [path/to/shared/data]

Writes vigil-stats/src/test/resources/reference/drift_cases.json. Cases taken from the real data
hold only the split definition (file, column, filter, head N) and the expected values; the JUnit
test reads the CSV and applies the same split. Generated cases are either inline (small) or a
"sequence" u_i = (offset + i * step) mod 1 that Java recomputes with the same IEEE operations.
"""

import json
import math
import os
import sys

import numpy as np
import scipy
from scipy import stats
from scipy.spatial import distance
from scipy.stats import _stats_py

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data")
OUT = os.path.join(ROOT, "vigil-stats", "src", "test", "resources", "reference", "drift_cases.json")
CSV = "Churn_Modelling.csv"
NUMERIC_COLUMNS = {"CreditScore", "Age", "Tenure", "Balance", "NumOfProducts", "HasCrCard",
                   "IsActiveMember", "EstimatedSalary", "Exited"}


# ---------------------------------------------------------------- data sources
def read_csv():
    with open(os.path.join(DATA, CSV), newline="") as f:
        lines = f.read().split("\r\n")
    header = lines[0].split(",")
    rows = [line.split(",") for line in lines[1:] if line]
    return {name: [row[i] for row in rows] for i, name in enumerate(header)}


TABLE = read_csv()


def select(side):
    """Values of side["column"] on rows passing the filter, first `head` of them."""
    col = TABLE[side["column"]]
    keep = []
    f = side.get("filter")
    for i, value in enumerate(col):
        if f is not None:
            fv = TABLE[f["column"]][i]
            if "equals" in f and fv != f["equals"]:
                continue
            if "range" in f:
                lo, hi = f["range"]
                x = float(fv)
                if (lo is not None and x < lo) or (hi is not None and x >= hi):
                    continue
        keep.append(value)
    if side.get("head") is not None:
        keep = keep[: side["head"]]
    return keep


def sequence(spec):
    i = np.arange(spec["n"], dtype=np.float64)
    u = np.array([(spec["offset"] + k * spec["step"]) % 1.0 for k in i])
    if spec.get("power", 1) == 2:
        u = u * u
    if spec.get("levels", 0):
        u = np.floor(u * spec["levels"])
    return spec["shift"] + spec["scale"] * u


def values(source, numeric):
    if source["type"] == "csv":
        raw = select(source)
        return np.array([float(v) for v in raw]) if numeric else np.array(raw, dtype=object)
    if source["type"] == "inline":
        return np.array(source["values"], dtype=np.float64 if numeric else object)
    if source["type"] == "sequence":
        return sequence(source)
    if source["type"] == "counts":  # categorical counts {category: count}
        return np.array([k for k, n in sorted(source["counts"].items()) for _ in range(n)],
                        dtype=object)
    raise ValueError(source["type"])


# ---------------------------------------------------------------- the definitions
def per_value_counts(r, c):
    keys = sorted(set(r.tolist()) | set(c.tolist()))
    index = {k: i for i, k in enumerate(keys)}
    rc = np.zeros(len(keys))
    cc = np.zeros(len(keys))
    for k, n in zip(*np.unique(r, return_counts=True)):
        rc[index[k]] = n
    for k, n in zip(*np.unique(c, return_counts=True)):
        cc[index[k]] = n
    return keys, rc, cc


def evidently_bins(r, c, numeric):
    if numeric and len(np.unique(r)) > 20:
        edges = np.histogram_bin_edges(np.concatenate([r, c]), bins="sturges")
        return np.histogram(r, edges)[0] / len(r), np.histogram(c, edges)[0] / len(c)
    _, rc, cc = per_value_counts(r, c)
    return rc / len(r), cc / len(c)


def psi_bins(r, c, numeric):
    if not numeric:
        _, rc, cc = per_value_counts(r, c)
        return rc / len(r), cc / len(c)
    edges = np.unique(np.quantile(r, np.arange(1, 10) / 10))
    rb = np.bincount(np.searchsorted(edges, r, side="left"), minlength=len(edges) + 1)
    cb = np.bincount(np.searchsorted(edges, c, side="left"), minlength=len(edges) + 1)
    return rb / len(r), cb / len(c)


def fill_zeros(p):
    p = p.copy()
    m = np.min(p[p != 0])
    p[p == 0] = m / 10**6 if m <= 0.0001 else 0.0001
    return p


def psi(rp, cp):
    rp = np.where(rp == 0, 0.0001, rp)
    cp = np.where(cp == 0, 0.0001, cp)
    return float(np.sum((cp - rp) * np.log(cp / rp)))


def chisquare(r, c):
    keys, rc, cc = per_value_counts(r, c)
    if len(keys) == 1:
        return 0.0, 1.0  # scipy answers NaN; Vigil defines p = 1 (nothing to test)
    f_exp = rc * (len(c) / len(r))
    with np.errstate(divide="ignore", invalid="ignore"):
        res = stats.chisquare(cc, f_exp)
    return float(res.statistic), float(res.pvalue)


def z_test(r, c):
    keys = sorted(set(r.tolist()) | set(c.tolist()))
    if len(keys) == 1:
        return 0.0, 1.0
    first = keys[0]
    n1, n2 = len(r), len(c)
    p1 = float(np.sum(r == first)) / n1
    p2 = float(np.sum(c == first)) / n2
    pooled = float(p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2))
    return float(z), float(2 * stats.norm.sf(abs(z)))


DEFAULT_THRESHOLD = {"ks": 0.05, "chisquare": 0.05, "z": 0.05, "psi": 0.1, "kl_div": 0.1,
                     "jensenshannon": 0.1, "hellinger": 0.1, "wasserstein": 0.1, "linf": 0.1}
P_VALUE_METHODS = {"ks", "chisquare", "z"}


def auto_method(r, c, numeric):
    n_unique = len(set(r.tolist()) | set(c.tolist()))
    small = len(r) <= 1000
    if numeric:
        if small:
            return "ks" if n_unique > 5 else "chisquare" if n_unique > 2 else "z"
        return "wasserstein" if n_unique > 5 else "jensenshannon"
    if small:
        return "chisquare" if n_unique > 2 else "z"
    return "jensenshannon"


def expected(r, c, numeric):
    out = {}
    n_unique = len(set(r.tolist()) | set(c.tolist()))
    if numeric:
        ks = stats.ks_2samp(r, c)
        out["ks"] = {"statistic": float(ks.statistic), "p_value": float(ks.pvalue)}
        w = float(stats.wasserstein_distance(r, c))
        out["wasserstein_raw"] = {"statistic": w}
        out["wasserstein"] = {"statistic": w / max(float(np.std(r)), 0.001)}
    s, p = chisquare(r, c)
    out["chisquare"] = {"statistic": s, "p_value": p}
    if n_unique <= 2:
        z, p = z_test(r, c)
        out["z"] = {"statistic": z, "p_value": p}
    out["psi"] = {"statistic": psi(*psi_bins(r, c, numeric))}
    rp, cp = evidently_bins(r, c, numeric)
    out["kl_div"] = {"statistic": float(stats.entropy(fill_zeros(rp), fill_zeros(cp)))}
    out["jensenshannon"] = {"statistic": float(distance.jensenshannon(rp, cp))}
    out["hellinger"] = {"statistic": float(np.sqrt(0.5 * np.sum((np.sqrt(rp) - np.sqrt(cp)) ** 2)))}
    out["linf"] = {"statistic": float(np.max(np.abs(rp - cp)))}
    method = auto_method(r, c, numeric)
    res = out[method]
    drifted = (res["p_value"] < 0.05) if method in P_VALUE_METHODS else (
        res["statistic"] >= DEFAULT_THRESHOLD[method])
    return out, {"method": method, "drifted": bool(drifted), "n_unique": n_unique}


# ---------------------------------------------------------------- the cases
def csv_side(column, filter_column=None, equals=None, value_range=None, head=None):
    side = {"type": "csv", "file": CSV, "column": column}
    if filter_column is not None:
        side["filter"] = {"column": filter_column}
        if equals is not None:
            side["filter"]["equals"] = equals
        if value_range is not None:
            side["filter"]["range"] = value_range
    if head is not None:
        side["head"] = head
    return side


def by(column, filter_column, a, b, head_a=None, head_b=None):
    return (csv_side(column, filter_column, equals=a, head=head_a),
            csv_side(column, filter_column, equals=b, head=head_b))


def by_age(column, head_a=None, head_b=None):
    return (csv_side(column, "Age", value_range=[None, 40], head=head_a),
            csv_side(column, "Age", value_range=[40, None], head=head_b))


def seq(n, step, offset=0.0, scale=1.0, shift=0.0, power=1, levels=0):
    return {"type": "sequence", "n": n, "step": step, "offset": offset, "scale": scale,
            "shift": shift, "power": power, "levels": levels}


def inline(vals):
    return {"type": "inline", "values": [float(v) for v in vals]}


PHI = 0.6180339887498949
SQRT2M1 = 0.41421356237309515
rng = np.random.default_rng(20260501)

CASES = [
    ("age_france_vs_germany", True, *by("Age", "Geography", "France", "Germany")),
    ("balance_france_vs_germany", True, *by("Balance", "Geography", "France", "Germany")),
    ("creditscore_france_vs_germany", True, *by("CreditScore", "Geography", "France", "Germany")),
    ("salary_france_vs_germany", True, *by("EstimatedSalary", "Geography", "France", "Germany")),
    ("age_stayed_vs_exited", True, *by("Age", "Exited", "0", "1")),
    ("creditscore_stayed_vs_exited", True, *by("CreditScore", "Exited", "0", "1")),
    ("balance_stayed_vs_exited", True, *by("Balance", "Exited", "0", "1")),
    ("products_stayed_vs_exited", True, *by("NumOfProducts", "Exited", "0", "1")),
    ("tenure_france_vs_germany", True, *by("Tenure", "Geography", "France", "Germany")),
    ("hascrcard_stayed_vs_exited", True, *by("HasCrCard", "Exited", "0", "1")),
    ("age_small_france_vs_germany", True, *by("Age", "Geography", "France", "Germany", 200, 150)),
    ("age_small_equal_n", True, *by("Age", "Geography", "France", "Spain", 100, 100)),
    ("age_tiny_equal_n", True, *by("Age", "Geography", "Germany", "Spain", 12, 12)),
    ("products_small", True, *by("NumOfProducts", "Exited", "0", "1", 300, 300)),
    ("hascrcard_small", True, *by("HasCrCard", "Exited", "0", "1", 500, 400)),
    ("creditscore_small_unequal", True, *by("CreditScore", "Exited", "0", "1", 800, 60)),
    ("tenure_small", True, *by("Tenure", "Geography", "France", "Germany", 1000, 1000)),
    ("balance_small_age", True, *by_age("Balance", 400, 250)),
    ("geography_by_age", False, *by_age("Geography")),
    ("gender_by_age", False, *by_age("Gender")),
    ("geography_by_age_small", False, *by_age("Geography", 500, 300)),
    ("gender_small_by_exited", False, *by("Gender", "Exited", "0", "1", 600, 200)),
    ("normal_shift_small", True,
     inline(np.round(rng.normal(0, 1, 50), 2)), inline(np.round(rng.normal(0.6, 1, 70), 2))),
    ("identical_samples", True, inline(np.round(rng.normal(5, 2, 30), 1)),
     None),  # current = reference
    ("constant_same", True, inline([5.0] * 40), inline([5.0] * 25)),
    ("constant_different", True, inline([1.0] * 40), inline([2.0] * 25)),
    ("exact_n_10000", True, seq(10000, PHI, scale=10.0), seq(9000, SQRT2M1, 0.1, 10.0, 0.3)),
    ("asymptotic_shift", True, seq(20000, PHI, scale=10.0), seq(15000, SQRT2M1, 0.2, 10.0, 0.25)),
    ("asymptotic_same_law", True, seq(12000, PHI, scale=5.0), seq(30000, SQRT2M1, 0.05, 5.0, 0.06)),
    ("asymptotic_skewed_ties", True, seq(60000, PHI, scale=50.0, power=2, levels=200),
     seq(50000, SQRT2M1, 0.3, 50.0, 0.25, 2, 200)),
    ("asymptotic_large_n", True, seq(250000, PHI, scale=3.0), seq(200000, SQRT2M1, 0.7, 3.0, 0.004)),
    ("unequal_100_vs_20000", True, inline(np.round(rng.uniform(0, 1, 100), 3)),
     seq(20000, PHI, scale=1.0)),
    ("unequal_60_vs_15000_shift", True, inline(np.round(rng.uniform(0.1, 1.1, 60), 3)),
     seq(15000, SQRT2M1, scale=1.0)),
    ("category_new_in_current", False, {"type": "counts", "counts": {"a": 30, "b": 20}},
     {"type": "counts", "counts": {"a": 25, "b": 10, "c": 5}}),
    ("category_emptied", False, {"type": "counts", "counts": {"a": 30, "b": 20, "c": 10}},
     {"type": "counts", "counts": {"a": 40, "b": 5}}),
    ("boolean_shift", False, {"type": "counts", "counts": {"false": 700, "true": 300}},
     {"type": "counts", "counts": {"false": 550, "true": 450}}),
    ("boolean_large", False, {"type": "counts", "counts": {"false": 7000, "true": 3000}},
     {"type": "counts", "counts": {"false": 6900, "true": 3100}}),
]


def kstwo_grid():
    rows = []
    for n in [1, 2, 3, 5, 10, 50, 100, 140, 141, 500, 1000, 5000, 8571, 20000, 100000, 100001,
              111111, 500000]:
        for x in [0.5 / n + 1e-9, 0.75 / n, 1.0 / n, 1.5 / n, 0.3 / math.sqrt(n),
                  0.6 / math.sqrt(n), 0.85 / math.sqrt(n), 1.0 / math.sqrt(n),
                  1.3 / math.sqrt(n), 1.6 / math.sqrt(n), 2.5 / math.sqrt(n),
                  5.0 / math.sqrt(n), 0.1, 0.3, 0.49, 0.5, 0.7, 1 - 1.5 / n, 1 - 0.5 / n]:
            if 0 < x < 1:
                rows.append({"n": n, "x": x, "sf": float(stats.kstwo.sf(x, n))})
    return rows


def ks_exact_grid():
    rows = []
    for n1, n2 in [(5, 5), (10, 10), (100, 100), (1000, 1000), (7, 11), (30, 45), (200, 150),
                   (1000, 999), (2000, 3000), (10000, 9000), (9973, 10000), (3, 10000)]:
        g = math.gcd(n1, n2)
        lcm = n1 // g * n2
        for frac in [0.02, 0.05, 0.1, 0.2, 0.35, 0.6, 0.95]:
            h = max(1, int(round(frac * lcm)))
            ok, d, p = _stats_py._attempt_exact_2kssamp(n1, n2, g, h / lcm, "two-sided")
            if ok:
                rows.append({"n1": n1, "n2": n2, "h": h, "p": float(p)})
    return rows


def main():
    cases = []
    for name, numeric, ref, cur in CASES:
        cur = ref if cur is None else cur
        r = values(ref, numeric)
        c = values(cur, numeric)
        exp, auto = expected(r, c, numeric)
        cases.append({"name": name, "kind": "numeric" if numeric else "categorical",
                      "reference": ref, "current": cur,
                      "reference_count": int(len(r)), "current_count": int(len(c)),
                      "expected": exp, "auto": auto})
    doc = {"generated_by": "tools/reference/drift_reference.py",
           "numpy": np.__version__, "scipy": scipy.__version__,
           "cases": cases, "kstwo_sf": kstwo_grid(), "ks_exact": ks_exact_grid()}
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
