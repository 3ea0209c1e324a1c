"""Reference values for Vigil's significance tests (dev.vigil.stats.significance).

Run from the repository root (deterministic, fixed seed):
    python3 tools/reference/significance_reference.py
Writes vigil-stats/src/test/resources/reference/significance_cases.json.

- Fisher's exact test on a 2x2 table [[a, b], [c, d]]: scipy.stats.fisher_exact (odds ratio and
  p-value) for alternative two-sided, less and greater.
- Two-proportion z-test with pooled variance: statsmodels proportions_ztest(count=[x1, x2],
  nobs=[n1, n2]) for alternative two-sided, smaller (LESS) and larger (GREATER). Cases where the
  pooled proportion is 0 or 1 are left out: statsmodels divides 0 by 0 there (Vigil defines z = 0,
  p = 1 and tests that separately).
- One-sided exact binomial test: scipy.stats.binomtest(k, n, p, alternative='less').
"""

import json
import math
from pathlib import Path

import numpy as np
import scipy
import statsmodels
from scipy.stats import binomtest, fisher_exact
from statsmodels.stats.proportion import proportions_ztest

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "vigil-stats/src/test/resources/reference/significance_cases.json"
ALTERNATIVES = {"TWO_SIDED": "two-sided", "LESS": "less", "GREATER": "greater"}
Z_ALTERNATIVES = {"TWO_SIDED": "two-sided", "LESS": "smaller", "GREATER": "larger"}


def num(x):
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


FIXED_TABLES = [
    # small counts
    [[1, 9], [11, 3]], [[8, 2], [1, 5]], [[3, 1], [1, 3]], [[7, 12], [0, 2]], [[2, 7], [8, 2]],
    # zeros: degenerate margins give NaN odds ratio and p = 1
    [[0, 5], [5, 0]], [[0, 10], [3, 7]], [[3, 0], [0, 3]], [[0, 0], [3, 4]], [[5, 0], [5, 0]],
    [[0, 4], [0, 9]], [[6, 0], [2, 0]], [[0, 0], [0, 0]],
    # ties between the observed table and its mirror image
    [[5, 5], [5, 5]], [[2, 8], [8, 2]], [[10, 0], [0, 10]], [[4, 6], [6, 4]],
    # the degradation examples: a 5-point accuracy drop on 5,000 and on 40 labels
    [[4500, 500], [4250, 750]], [[36, 4], [34, 6]], [[4500, 500], [34, 6]],
    # medium and large
    [[45, 55], [60, 40]], [[4500, 500], [4480, 520]], [[120, 880], [95, 905]],
    # huge tables (log-space hypergeometric) and tiny p-values
    [[500000, 500000], [501500, 498500]], [[2000000, 1000], [1999000, 2000]],
    [[300, 0], [0, 300]], [[90000, 10000], [88000, 12000]], [[1, 999999], [12, 999988]],
]

FIXED_Z = [
    (4500, 5000, 4250, 5000), (36, 40, 34, 40), (4500, 5000, 34, 40), (0, 10, 3, 10),
    (10, 10, 7, 10), (1, 3, 2, 5), (50, 100, 50, 100), (45, 100, 60, 100),
    (900000000, 1000000000, 899990000, 1000000000), (1, 1000000, 12, 1000000),
    (2, 2, 0, 2), (123, 456, 78, 90),
]

FIXED_BINOMIAL = [
    (80, 100, 0.85), (4200, 5000, 0.85), (34, 40, 0.85), (0, 10, 0.3), (10, 10, 0.85),
    (84, 100, 0.85), (3, 5, 1e-9), (850, 1000, 0.85), (4000, 5000, 0.85), (7, 20, 0.5),
]


def random_tables(rng, count):
    tables = []
    for _ in range(count):
        scale = int(10 ** rng.uniform(0, 5))
        n1, n2 = (int(rng.integers(1, scale + 2)) for _ in range(2))
        p1 = rng.uniform(0, 1)
        p2 = np.clip(p1 + rng.normal(0, 0.1), 0, 1)
        a = int(rng.binomial(n1, p1))
        c = int(rng.binomial(n2, p2))
        tables.append([[a, n1 - a], [c, n2 - c]])
    return tables


def fisher_cases(tables):
    cases = []
    for t in tables:
        for name, alt in ALTERNATIVES.items():
            res = fisher_exact(t, alternative=alt)
            cases.append({"table": t, "alternative": name,
                          "oddsRatio": num(res.statistic), "pValue": num(res.pvalue)})
    return cases


def z_cases(quads):
    cases = []
    for x1, n1, x2, n2 in quads:
        if x1 + x2 in (0, n1 + n2):
            continue
        for name, alt in Z_ALTERNATIVES.items():
            z, p = proportions_ztest(np.array([x1, x2]), np.array([n1, n2]), alternative=alt)
            cases.append({"x1": x1, "n1": n1, "x2": x2, "n2": n2, "alternative": name,
                          "z": num(z), "pValue": num(p)})
    return cases


def main():
    rng = np.random.default_rng(20261124)
    tables = FIXED_TABLES + random_tables(rng, 40)
    quads = FIXED_Z + [(t[0][0], sum(t[0]), t[1][0], sum(t[1])) for t in random_tables(rng, 30)]
    binomial = FIXED_BINOMIAL + [
        (int(k), int(n), float(p)) for n, p in
        ((int(10 ** rng.uniform(0.5, 6)), rng.uniform(0.01, 0.99)) for _ in range(20))
        for k in [rng.binomial(n, max(0.0, p - 0.02))]]
    out = {
        "generator": "tools/reference/significance_reference.py",
        "versions": {"scipy": scipy.__version__, "statsmodels": statsmodels.__version__,
                     "numpy": np.__version__},
        "fisher": fisher_cases(tables),
        "zTest": z_cases(quads),
        "binomialLess": [{"successes": k, "trials": n, "p": p,
                          "pValue": num(binomtest(k, n, p, alternative="less").pvalue)}
                         for k, n, p in binomial],
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {OUT}: {len(out['fisher'])} fisher, {len(out['zTest'])} z, "
          f"{len(out['binomialLess'])} binomial cases")


if __name__ == "__main__":
    main()
