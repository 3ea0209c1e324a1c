"""Reference values for Vigil's label-free performance estimation (docs/ESTIMATION.md): NannyML CBPE.

Run from the repository root (deterministic, fixed seeds):
    python3 tools/reference/cbpe_reference.py [path/to/shared/data]
The data directory defaults to ../shared/data relative to the repository root.
Writes vigil-stats/src/test/resources/reference/cbpe_cases.json.

A logistic regression is fitted (seed 11) on 3000 rows of Churn_Modelling.csv. Of the other rows,
3000 random ones form the labelled reference; the remaining 4000, sorted by Age (then RowNumber),
form the analysis set, so its 500-row chunks drift from young to old customers (covariate shift).
Three scenarios score these rows: "logistic" (the model's probabilities), "distorted" (their square
root: a badly calibrated model) and "blended" (the mean of the probabilities and an isotonic fit of
them on the reference labels: already calibrated enough that NannyML decides not to calibrate).
Predictions are score >= 0.5. nannyml.CBPE(problem_type='classification_binary', chunk_size=500)
is fitted on the reference and estimates both sets; per chunk the fixture holds the estimated,
realized, sampling-error, confidence-band and threshold values of each metric.
The fixture holds RowNumbers and model scores (model outputs), never data columns: the Java test
reads the labels (Exited) from the CSV itself.
"""

import json
import math
import sys
import warnings
from pathlib import Path

import os

os.environ.setdefault("NML_DISABLE_USAGE_LOGGING", "1")
import nannyml  # noqa: E402  (after the switch that keeps it offline)
import numpy as np
import pandas as pd
import sklearn
from sklearn.isotonic import IsotonicRegression
from sklearn.model_selection import StratifiedShuffleSplit
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "vigil-stats/src/test/resources/reference/cbpe_cases.json"
METRICS = ["roc_auc", "f1", "precision", "recall", "specificity", "accuracy"]
FIELDS = ["value", "realized", "sampling_error", "upper_confidence_boundary",
          "lower_confidence_boundary", "upper_threshold", "lower_threshold", "alert"]
CHUNK_SIZE = 500


def num(x):
    if x is None:
        return None
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    x = float(x)
    return None if math.isnan(x) else x


def features(df):
    out = df[["CreditScore", "Age", "Tenure", "Balance", "NumOfProducts", "HasCrCard",
              "IsActiveMember", "EstimatedSalary"]].astype(float).copy()
    out["Germany"] = (df["Geography"] == "Germany").astype(float)
    out["Spain"] = (df["Geography"] == "Spain").astype(float)
    out["Male"] = (df["Gender"] == "Male").astype(float)
    return out.to_numpy()


def chunk_rows(result, period):
    data = result.filter(period=period).to_df()
    rows = []
    for i in range(len(data)):
        row = {"start": int(data[("chunk", "start_index")].iloc[i]),
               "end": int(data[("chunk", "end_index")].iloc[i])}
        for metric in METRICS:
            row[metric] = {field: num(data[(metric, field)].iloc[i]) for field in FIELDS}
        rows.append(row)
    return rows


def calibration_votes(scores, labels, seeds=20):
    """How many of NannyML's decisions with split seeds 0..seeds-1 say calibrate: a decision that
    is not unanimous depends on the draw of the splits, which Vigil does not reproduce."""
    from nannyml.calibration import _calculate_expected_calibration_error as ece
    from nannyml.calibration import _get_bin_index_edges
    votes = 0
    for seed in range(seeds):
        truth, raw, calibrated = [], [], []
        splits = StratifiedShuffleSplit(n_splits=10, test_size=0.1, random_state=seed)
        for train, test in splits.split(scores, labels):
            iso = IsotonicRegression(out_of_bounds="clip").fit(scores[train], labels[train])
            truth.append(labels[test])
            raw.append(scores[test])
            calibrated.append(iso.predict(scores[test]))
        truth, raw, calibrated = map(np.concatenate, (truth, raw, calibrated))
        edges = _get_bin_index_edges(len(truth), 10)
        votes += int(ece(truth, raw, edges) > ece(truth, calibrated, edges))
    return votes


def scenario(name, reference, analysis, transform):
    ref = reference.assign(score=transform(reference["proba"]))
    ana = analysis.assign(score=transform(analysis["proba"]))
    for frame in (ref, ana):
        frame["pred"] = (frame["score"] >= 0.5).astype(int)
    estimator = nannyml.CBPE(problem_type="classification_binary", y_pred_proba="score",
                             y_pred="pred", y_true="Exited", metrics=METRICS,
                             chunk_size=CHUNK_SIZE)
    estimator.fit(ref[["score", "pred", "Exited"]].reset_index(drop=True))
    result = estimator.estimate(ana[["score", "pred", "Exited"]].reset_index(drop=True))
    calibrated = (estimator.calibrator.calibrate(ana["score"].to_numpy())
                  if estimator.needs_calibration else ana["score"].to_numpy())
    return {
        "name": name,
        "threshold": 0.5,
        "chunk_size": CHUNK_SIZE,
        "needs_calibration": bool(estimator.needs_calibration),
        "calibration_votes_of_20_split_seeds": calibration_votes(
            ref["score"].to_numpy(), ref["Exited"].to_numpy()),
        "reference_rows": [int(r) for r in ref["RowNumber"]],
        "reference_scores": [float(s) for s in ref["score"]],
        "analysis_rows": [int(r) for r in ana["RowNumber"]],
        "analysis_scores": [float(s) for s in ana["score"]],
        "analysis_calibrated": [float(s) for s in calibrated],
        "reference_chunks": chunk_rows(result, "reference"),
        "analysis_chunks": chunk_rows(result, "analysis"),
    }


def blend(reference):
    iso = IsotonicRegression(out_of_bounds="clip").fit(reference["proba"], reference["Exited"])
    return lambda p: 0.5 * p + 0.5 * iso.predict(p)


def main():
    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data"
    df = pd.read_csv(data_dir / "Churn_Modelling.csv")
    order = np.random.default_rng(11).permutation(len(df))
    train = df.iloc[order[:3000]]
    reference = df.iloc[order[3000:6000]].copy()
    analysis = df.iloc[order[6000:]].sort_values(["Age", "RowNumber"], kind="stable").copy()
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    model.fit(features(train), train["Exited"])
    for frame in (reference, analysis):
        frame["proba"] = model.predict_proba(features(frame))[:, 1]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cases = [scenario("logistic", reference, analysis, lambda p: p),
                 scenario("distorted", reference, analysis, np.sqrt),
                 scenario("blended", reference, analysis, blend(reference))]
    payload = {
        "generator": "tools/reference/cbpe_reference.py",
        "versions": {"nannyml": nannyml.__version__, "scikit-learn": sklearn.__version__,
                     "numpy": np.__version__, "pandas": pd.__version__},
        "cases": cases,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(payload, indent=1) + "\n")
    for case in cases:
        print(case["name"], "needs_calibration", case["needs_calibration"],
              "votes", case["calibration_votes_of_20_split_seeds"],
              "chunks", len(case["reference_chunks"]), len(case["analysis_chunks"]))


if __name__ == "__main__":
    main()
