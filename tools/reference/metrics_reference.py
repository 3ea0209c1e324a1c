"""Reference values for Vigil's classification metrics (docs/STATISTICS.md section 3).

Run from the repository root (deterministic, fixed seeds):
    python3 tools/reference/metrics_reference.py [path/to/shared/data]
The data directory defaults to ../shared/data relative to the repository root.
Writes vigil-stats/src/test/resources/reference/metrics_cases.json.

Values come from scikit-learn (accuracy, precision, recall, F1, specificity as recall of class 0,
confusion matrix, ROC AUC, average precision, log loss, Brier score) and statsmodels (Wilson
intervals); Hanley-McNeil intervals, loss intervals and ECE follow their formulas in numpy.
Real-data cases hold RowNumbers of held-out rows of Churn_Modelling.csv and the model's scores
for them (model output, not data); the test reads the labels (Exited) from the CSV itself.
"""

import json
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.stats import norm
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (accuracy_score, average_precision_score, brier_score_loss,
                             confusion_matrix, f1_score, log_loss, precision_score, recall_score,
                             roc_auc_score)
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from statsmodels.stats.proportion import proportion_confint

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "vigil-stats/src/test/resources/reference/metrics_cases.json"
Z = norm.ppf(0.975)
EPS = np.finfo(np.float64).eps


def num(x):
    x = float(x)
    return None if math.isnan(x) else x


def wilson(count, nobs):
    if nobs == 0:
        return None
    lo, hi = proportion_confint(count, nobs, alpha=0.05, method="wilson")
    return [float(lo), float(hi)]


def hanley_mcneil(auc, n_pos, n_neg):
    q1 = auc / (2 - auc)
    q2 = 2 * auc * auc / (1 + auc)
    var = (auc * (1 - auc) + (n_pos - 1) * (q1 - auc ** 2) + (n_neg - 1) * (q2 - auc ** 2)) / (
        n_pos * n_neg)
    se = math.sqrt(max(var, 0.0))
    return [max(0.0, auc - Z * se), min(1.0, auc + Z * se)]


def normal_interval(losses):
    if len(losses) < 2:
        return None
    mean = losses.mean()
    half = Z * losses.std(ddof=1) / math.sqrt(len(losses))
    return [float(mean - half), float(mean + half)]


def ece(y, p):
    bins = np.minimum(np.floor(10 * p), 9).astype(int)
    total = 0.0
    for b in range(10):
        mask = bins == b
        if mask.any():
            total += mask.sum() / len(p) * abs(p[mask].mean() - y[mask].mean())
    return total


def expected(y, p, t):
    pred = (p >= t).astype(int)
    tn, fp, fn, tp = confusion_matrix(y, pred, labels=[0, 1]).ravel()
    n = len(y)
    two_classes = 0 < y.sum() < n
    pc = np.clip(p, EPS, 1 - EPS)
    row_log = -(y * np.log(pc) + (1 - y) * np.log(1 - pc))
    row_brier = (p - y) ** 2
    ll = log_loss(y, p, labels=[0, 1])
    assert abs(ll - row_log.mean()) <= 1e-12 * max(1, ll), (ll, row_log.mean())
    auc = roc_auc_score(y, p) if two_classes else float("nan")
    return {
        "confusion": {"tp": int(tp), "fp": int(fp), "tn": int(tn), "fn": int(fn)},
        "accuracy": {"value": accuracy_score(y, pred), "ci": wilson(tp + tn, n)},
        "precision": {"value": precision_score(y, pred, zero_division=0),
                      "ci": wilson(tp, tp + fp)},
        "recall": {"value": recall_score(y, pred, zero_division=0), "ci": wilson(tp, tp + fn)},
        "f1": {"value": f1_score(y, pred, zero_division=0)},
        "specificity": {"value": recall_score(y, pred, pos_label=0, zero_division=0),
                        "ci": wilson(tn, tn + fp)},
        "rocAuc": {"value": num(auc),
                   "ci": hanley_mcneil(auc, tp + fn, tn + fp) if two_classes else None},
        "prAuc": {"value": num(average_precision_score(y, p)) if two_classes else None},
        "logLoss": {"value": ll, "ci": normal_interval(row_log)},
        "brier": {"value": brier_score_loss(y, p), "ci": normal_interval(row_brier)},
        "ece": {"value": ece(y, p)},
        "predictedPositiveRate": {"value": (tp + fp) / n, "ci": wilson(tp + fp, n)},
        "actualPositiveRate": {"value": (tp + fn) / n, "ci": wilson(tp + fn, n)},
    }


def clean(obj):
    if isinstance(obj, dict):
        return {k: clean(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [clean(v) for v in obj]
    if isinstance(obj, (float, np.floating)):
        return num(obj)
    if isinstance(obj, np.integer):
        return int(obj)
    return obj


def inline_case(name, scores, labels, threshold=0.5):
    p = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=int)
    return {"name": name, "threshold": threshold, "scores": p.tolist(), "labels": y.tolist(),
            "expected": expected(y, p, threshold)}


def churn_features(df):
    numeric = df[["CreditScore", "Age", "Tenure", "Balance", "NumOfProducts", "HasCrCard",
                  "IsActiveMember", "EstimatedSalary"]]
    onehot = pd.get_dummies(df[["Geography", "Gender"]], dtype=float)
    return pd.concat([numeric, onehot], axis=1).to_numpy(dtype=float)


def real_case(name, df, model, test_size, seed, threshold=0.5):
    x = churn_features(df)
    y = df["Exited"].to_numpy(dtype=int)
    rows = df["RowNumber"].to_numpy(dtype=int)
    x_tr, x_te, y_tr, y_te, _, rows_te = train_test_split(
        x, y, rows, test_size=test_size, random_state=seed, stratify=y)
    model.fit(x_tr, y_tr)
    p = model.predict_proba(x_te)[:, 1]
    return {"name": name, "threshold": threshold, "rowNumbers": rows_te.tolist(),
            "scores": p.tolist(), "expected": expected(y_te, p, threshold)}


def generated_cases():
    rng = np.random.default_rng(20240611)
    cases = []
    y = rng.integers(0, 2, 400)
    ties = np.round(np.clip(0.3 * y + rng.uniform(0, 0.7, 400), 0, 1), 1)
    cases.append(inline_case("heavy_ties", ties, y))
    y = rng.integers(0, 2, 60)
    extremes = np.where(rng.uniform(size=60) < 0.5, y, 1 - y).astype(float)
    extremes[:10] = rng.uniform(size=10)
    cases.append(inline_case("scores_exactly_0_and_1", extremes, y))
    cases.append(inline_case("all_positive", rng.uniform(size=50), np.ones(50, int)))
    cases.append(inline_case("all_negative", rng.uniform(size=50), np.zeros(50, int)))
    y = rng.integers(0, 2, 500)
    cases.append(inline_case("threshold_0_3", rng.beta(2 + 2 * y, 4 - 2 * y), y, 0.3))
    y = (rng.uniform(size=200) < 0.1).astype(int)
    cases.append(inline_case("rare_positives_threshold_0_9", rng.beta(1 + 3 * y, 3), y, 0.9))
    y = rng.integers(0, 2, 6000)
    cases.append(inline_case("large_synthetic", rng.beta(2 + y, 3 - y), y))
    return cases


def main():
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data"
    df = pd.read_csv(data / "Churn_Modelling.csv")
    cases = [
        real_case("churn_logistic_regression", df,
                  make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)), 0.3, 42),
        real_case("churn_gradient_boosting", df,
                  GradientBoostingClassifier(random_state=0), 0.5, 7),
    ] + generated_cases()
    OUT.write_text(json.dumps({"z": Z, "cases": clean(cases)}, allow_nan=False) + "\n")
    print(f"wrote {OUT} ({len(cases)} cases)")


if __name__ == "__main__":
    main()
