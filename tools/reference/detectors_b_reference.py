"""Reference values for Vigil's ADWIN, KSWIN, IKS and mean-variance-shift detectors
(docs/DETECTORS.md).

Run from the repository root (deterministic: fixed seeds; river 0.26.1, numpy, scipy, sklearn):

    python3 tools/reference/detectors_b_reference.py [path/to/shared/data]

Writes vigil-stats/src/test/resources/reference/detectors_b_cases.json with
- streams: the churn model's score and absolute-error streams with an injected covariate shift
  (model outputs, not data columns), and seeded synthetic streams (abrupt, gradual, no change, ties);
- adwin: River ADWIN's 0-based drift indices and its final width / estimation / variance;
- kswin: River KSWIN's drift indices (seed 42), and (index, statistic, p-value) every 25 updates;
- python_random: Random(seed).sample(range(n), k) draws, to check the Mersenne Twister port;
- iks: scipy ks_2samp statistic of (first n values) vs (latest n values) after every update;
- mean_variance: scipy Welch t-test and Brown-Forsythe (Levene, center='median') p-values.
"""

import json
import os
import random
import sys

import numpy as np
import river
import scipy
import sklearn
from river import drift
from scipy import stats
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data")
OUT = os.path.join(ROOT, "vigil-stats", "src", "test", "resources", "reference",
                   "detectors_b_cases.json")
FEATURES = ["CreditScore", "Age", "Tenure", "Balance", "NumOfProducts", "HasCrCard",
            "IsActiveMember", "EstimatedSalary"]
KSWIN_SEED = 42


def churn_streams():
    """Logistic regression fitted on rows 0..4999; scored on rows 5000..9999 in file order, with
    Age + 15 years from stream position 2500 on (the injected change)."""
    with open(os.path.join(DATA, "Churn_Modelling.csv"), newline="") as f:
        lines = [line for line in f.read().split("\r\n") if line]
    header = lines[0].split(",")
    rows = [line.split(",") for line in lines[1:]]
    x = np.array([[float(r[header.index(c)]) for c in FEATURES] for r in rows])
    y = np.array([int(r[header.index("Exited")]) for r in rows])
    scaler = StandardScaler().fit(x[:5000])
    model = LogisticRegression(max_iter=1000).fit(scaler.transform(x[:5000]), y[:5000])
    live = x[5000:].copy()
    live[2500:, FEATURES.index("Age")] += 15
    scores = model.predict_proba(scaler.transform(live))[:, 1]
    errors = np.abs(y[5000:] - scores)
    return [float(v) for v in scores], [float(v) for v in errors]


def synthetic_streams():
    rng = np.random.default_rng(20240603)
    abrupt = np.concatenate([rng.normal(0, 1, 1000), rng.normal(1, 1, 1000)])
    w = np.clip((np.arange(2000) - 800) / 500, 0, 1)
    gradual = np.where(rng.random(2000) < w, rng.normal(2, 1, 2000), rng.normal(0, 1, 2000))
    none = rng.normal(0, 1, 3000)
    ties = np.concatenate([rng.integers(0, 5, 1000), rng.integers(1, 6, 1000)]).astype(float)
    return {"abrupt": abrupt, "gradual": gradual, "no_change": none, "ties": ties}


def run_adwin(values):
    d = drift.ADWIN()
    hits = []
    for i, v in enumerate(values):
        d.update(v)
        if d.drift_detected:
            hits.append(i)
    return {"drifts": hits, "width": d.width, "estimation": d.estimation,
            "variance": d.variance, "n_detections": d.n_detections}


def run_kswin(values):
    d = drift.KSWIN(seed=KSWIN_SEED)
    hits, checks = [], []
    for i, v in enumerate(values):
        d.update(v)
        if d.drift_detected:
            hits.append(i)
    # Re-run to capture the statistic at checkpoints (River keeps only the p-value).
    d = drift.KSWIN(seed=KSWIN_SEED)
    for i, v in enumerate(values):
        d.update(v)
        if i % 25 == 0 and i >= d.window_size - 1:
            checks.append([i, float(d.p_value)])
    return {"drifts": hits, "p_values": checks}


def iks_statistics(values, n):
    ref = values[:n]
    return [float(stats.ks_2samp(ref, values[t - n + 1:t + 1]).statistic)
            for t in range(n - 1, len(values))]


def python_random():
    cases = []
    for seed, n, k, repeats in [(42, 70, 30, 3), (0, 70, 30, 2), (7, 1000, 30, 2),
                                (123456789012, 10, 10, 2), (1, 5, 1, 4)]:
        r = random.Random(seed)
        cases.append({"seed": seed, "n": n, "k": k,
                      "draws": [r.sample(range(n), k) for _ in range(repeats)]})
    return cases


def mean_variance_cases():
    rng = np.random.default_rng(99)
    specs = [(100, 100, 0, 1, 0, 1), (100, 100, 0.5, 1, 0, 1), (100, 100, 0, 2, 0, 1),
             (50, 80, 0.1, 1.3, 0, 1), (30, 200, -1, 0.5, 0, 1), (100, 100, 0, 1, 0, 1.2),
             (500, 500, 0.05, 1, 0, 1)]
    cases = []
    for n1, n2, mu, sd, mu0, sd0 in specs:
        a = [float(v) for v in rng.normal(mu0, sd0, n1)]
        b = [float(v) for v in rng.normal(mu, sd, n2)]
        cases.append(case(a, b))
    a = [float(v) for v in rng.integers(0, 4, 60)]
    b = [float(v) for v in rng.integers(0, 6, 70)]
    cases.append(case(a, b))
    return cases


def case(a, b):
    return {"reference": a, "current": b,
            "welch_p": float(stats.ttest_ind(a, b, equal_var=False).pvalue),
            "welch_t": float(stats.ttest_ind(a, b, equal_var=False).statistic),
            "levene_median_p": float(stats.levene(a, b, center="median").pvalue),
            "levene_median_w": float(stats.levene(a, b, center="median").statistic)}


def main():
    scores, errors = churn_streams()
    streams = {"churn_score": scores, "churn_abs_error": errors}
    streams.update({k: [float(v) for v in vals] for k, vals in synthetic_streams().items()})
    out = {
        "versions": {"river": river.__version__, "scipy": scipy.__version__,
                     "numpy": np.__version__, "sklearn": sklearn.__version__},
        "kswin_seed": KSWIN_SEED,
        "streams": streams,
        "adwin": {name: run_adwin(vals) for name, vals in streams.items()},
        "kswin": {name: run_kswin(vals) for name, vals in streams.items()},
        "python_random": python_random(),
        "iks": {name: {"window": 100, "statistics": iks_statistics(streams[name], 100)}
                for name in ["abrupt", "ties", "churn_score"]},
        "mean_variance": mean_variance_cases(),
    }
    with open(OUT, "w") as f:
        json.dump(out, f, indent=None, separators=(",", ":"))
        f.write("\n")
    for name in streams:
        print(name, "adwin", out["adwin"][name]["drifts"][:10], "kswin",
              out["kswin"][name]["drifts"][:10])


if __name__ == "__main__":
    main()
