"""Reference signals of River's Page-Hinkley, DDM, EDDM, HDDM_A and HDDM_W detectors.

Run from the repository root (deterministic: fixed seeds, fixed row order):
    python3 tools/reference/detectors_a_reference.py [path/to/shared/data]
The data directory defaults to ../shared/data relative to the repository root.
Writes vigil-stats/src/test/resources/reference/detectors_a_cases.json.

Every stream is committed in the fixture: synthetic streams come from numpy generators with
fixed seeds; the bank-churn streams are outputs of a scikit-learn LogisticRegression fitted on
Churn_Modelling.csv rows 1-4000 and applied to rows 4001-10000 in RowNumber order (its 0/1
errors, or its scores rounded to 6 decimals), with a change injected after index 3000. Each run
feeds one stream to one River detector and records, as inclusive [first, last] index runs, the
0-based updates after which River reported a drift (drift_detected) and a warning
(warning_detected and not drift_detected: a drift supersedes a warning, as in Vigil's single
signal per update). Page-Hinkley never warns.
"""

import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import river
import sklearn
from river.drift import PageHinkley
from river.drift.binary import DDM, EDDM, HDDMA, HDDMW
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "vigil-stats/src/test/resources/reference/detectors_a_cases.json"
TRAIN_ROWS = 4000
CHANGE_AT = 3000

# Vigil's method id, River's class, and parameter sets (River's names; {} = River's defaults).
# Page-Hinkley's mode is numeric in Vigil: 0 = both, 1 = up, -1 = down.
PH_MODES = {0: "both", 1: "up", -1: "down"}
DETECTORS = {
    "page-hinkley": (PageHinkley, [
        {},
        {"mode": 1},
        {"mode": -1},
        {"min_instances": 50, "delta": 0.01, "threshold": 20, "alpha": 0.999},
        {"delta": 0.05, "threshold": 10, "mode": 1},
    ]),
    "ddm": (DDM, [
        {},
        {"warm_start": 50, "warning_threshold": 1.5, "drift_threshold": 2.5},
    ]),
    "eddm": (EDDM, [
        {},
        {"warm_start": 20, "alpha": 0.9, "beta": 0.8},
    ]),
    "hddm-a": (HDDMA, [
        {},
        {"drift_confidence": 0.0001, "warning_confidence": 0.01, "two_sided_test": 1},
    ]),
    "hddm-w": (HDDMW, [
        {},
        {"drift_confidence": 0.0005, "warning_confidence": 0.01, "lambda_val": 0.1,
         "two_sided_test": 1},
    ]),
}


def river_kwargs(method, params):
    kwargs = dict(params)
    if method == "page-hinkley" and "mode" in kwargs:
        kwargs["mode"] = PH_MODES[kwargs["mode"]]
    if "two_sided_test" in kwargs:
        kwargs["two_sided_test"] = bool(kwargs["two_sided_test"])
    for name in ("min_instances", "warm_start"):
        if name in kwargs:
            kwargs[name] = int(kwargs[name])
    return kwargs


def runs(indices):
    """Inclusive [first, last] runs of consecutive indices."""
    out = []
    for i in indices:
        if out and out[-1][1] == i - 1:
            out[-1][1] = i
        else:
            out.append([i, i])
    return out


def run_detector(method, params, values):
    cls, _ = DETECTORS[method]
    detector = cls(**river_kwargs(method, params))
    warnings, drifts = [], []
    for i, x in enumerate(values):
        detector.update(x)
        if detector.drift_detected:
            drifts.append(i)
        elif getattr(detector, "warning_detected", False):
            warnings.append(i)
    return {"warnings": runs(warnings), "drifts": runs(drifts)}


def bernoulli(rng, rates):
    return [int(b) for b in rng.random(len(rates)) < rates]


def synthetic_streams():
    rng = np.random.default_rng(20240603)
    abrupt = np.r_[np.full(1500, 0.1), np.full(1500, 0.3)]
    gradual = np.r_[np.full(1000, 0.1), np.linspace(0.1, 0.35, 1000), np.full(1000, 0.35)]
    improve = np.r_[np.full(1500, 0.3), np.full(1500, 0.1)]
    steady = np.full(5000, 0.2)
    streams = [
        ("bernoulli-abrupt", "errors", "error rate 0.1 for 1500 updates, then 0.3 for 1500",
         bernoulli(rng, abrupt)),
        ("bernoulli-gradual", "errors",
         "error rate 0.1 for 1000 updates, rising linearly to 0.35 over 1000, then 0.35 for 1000",
         bernoulli(rng, gradual)),
        ("bernoulli-improve", "errors", "error rate 0.3 for 1500 updates, then 0.1 for 1500",
         bernoulli(rng, improve)),
        ("bernoulli-steady", "errors", "error rate 0.2 for 5000 updates: no change",
         bernoulli(rng, steady)),
    ]
    up = np.r_[rng.normal(0, 1, 1000), rng.normal(1, 1, 1000)]
    down = np.r_[rng.normal(5, 1, 1000), rng.normal(4, 1, 1000)]
    ramp = np.r_[rng.normal(0, 1, 1000), rng.normal(np.linspace(0, 2, 1000), 1),
                 rng.normal(2, 1, 500)]
    flat = rng.normal(0, 1, 5000)
    streams += [
        ("gaussian-up", "values", "N(0, 1) for 1000 updates, then N(1, 1) for 1000", up),
        ("gaussian-down", "values", "N(5, 1) for 1000 updates, then N(4, 1) for 1000", down),
        ("gaussian-gradual", "values",
         "N(0, 1) for 1000 updates, mean rising linearly to 2 over 1000, then N(2, 1) for 500",
         ramp),
        ("gaussian-steady", "values", "N(0, 1) for 5000 updates: no change", flat),
    ]
    return [(n, k, d, [round(float(v), 6) for v in vals] if k == "values" else vals)
            for n, k, d, vals in streams]


def churn_streams(data):
    df = pd.read_csv(data / "Churn_Modelling.csv").sort_values("RowNumber")
    features = pd.get_dummies(
        df[["CreditScore", "Geography", "Gender", "Age", "Tenure", "Balance", "NumOfProducts",
            "HasCrCard", "IsActiveMember", "EstimatedSalary"]],
        columns=["Geography", "Gender"], dtype=float)
    x, y = features.to_numpy(dtype=float), df["Exited"].to_numpy()
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    model.fit(x[:TRAIN_ROWS], y[:TRAIN_ROWS])
    held_x, held_y = x[TRAIN_ROWS:], y[TRAIN_ROWS:]

    predicted = model.predict(held_x)
    rng = np.random.default_rng(7)
    flip = (np.arange(len(predicted)) >= CHANGE_AT) & (rng.random(len(predicted)) < 0.25)
    predicted = np.where(flip, 1 - predicted, predicted)
    errors = [int(e) for e in predicted != held_y]

    # A degraded segment: after CHANGE_AT the model sees ages 10 years too high (a feature
    # pipeline bug), so its churn scores rise.
    aged = held_x.copy()
    age = list(features.columns).index("Age")
    aged[CHANGE_AT:, age] += 10
    scores = [round(float(s), 6) for s in model.predict_proba(aged)[:, 1]]
    rows = f"rows {TRAIN_ROWS + 1}-{len(df)}"
    return [
        ("churn-errors-flipped", "errors",
         f"0/1 errors of a logistic regression (fit on rows 1-{TRAIN_ROWS}) on {rows}; from "
         f"index {CHANGE_AT} a random 25% of its predictions are flipped", errors),
        ("churn-scores-aged", "values",
         f"churn scores (6 decimals) of the same model on {rows}; from index {CHANGE_AT} "
         "each customer's Age is raised by 10", scores),
    ]


def main():
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data"
    streams = churn_streams(data) + synthetic_streams()
    out_streams, out_runs = [], []
    for name, kind, description, values in streams:
        entry = {"name": name, "kind": kind, "description": description}
        if kind == "errors":
            entry["bits"] = "".join(str(v) for v in values)
        else:
            entry["values"] = values
        out_streams.append(entry)
        for method, (_, param_sets) in DETECTORS.items():
            if method != "page-hinkley" and kind != "errors":
                continue
            for params in param_sets:
                result = run_detector(method, params, values)
                out_runs.append({"stream": name, "method": method, "params": params, **result})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc = {"river": river.__version__, "sklearn": sklearn.__version__, "numpy": np.__version__,
           "streams": out_streams, "runs": out_runs}
    OUT.write_text(json.dumps(doc, allow_nan=False) + "\n")
    for r in out_runs:
        print(r["stream"], r["method"], r["params"], "W", len(r["warnings"]), "D",
              [a for a, _ in r["drifts"]][:8])


if __name__ == "__main__":
    main()
