#!/usr/bin/env python3
"""Makes the XGBoost reference model that vigil-models' import test scores.

Trains a small gradient-boosted tree model with Python's xgboost (2.1.4) on the shared bank churn
data, with the features encoded in Vigil's feature layout (docs/MODELS.md): numeric inputs as they
are (NaN when missing), categorical inputs one-hot over the listed categories in their order (an
unknown or missing category is all zeros). Writes, into
vigil-models/src/test/resources/models/xgboost-churn/:

  model.json    the booster in XGBoost's native JSON (Booster.save_model)
  model.ubj     the same booster in UBJ
  schema.json   the schema file `vigil registry import` takes (inputs with categories, threshold)
  expected.csv  200 raw rows (some with missing values and an unknown category) and Python's
                predict_proba for class 1

Usage: python3 tools/reference/make_xgboost_model.py [--data /work/shared/data/Churn_Modelling.csv]
"""
import argparse
import json
import os

import numpy as np
import pandas as pd
import xgboost as xgb

NUMERIC = ["CreditScore", "Age", "Tenure", "Balance", "NumOfProducts", "HasCrCard",
           "IsActiveMember", "EstimatedSalary"]
CATEGORICAL = ["Geography", "Gender"]
INPUTS = ["CreditScore", "Geography", "Gender", "Age", "Tenure", "Balance", "NumOfProducts",
          "HasCrCard", "IsActiveMember", "EstimatedSalary"]
TARGET = "Exited"
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "vigil-models", "src", "test",
                   "resources", "models", "xgboost-churn")


def encode(frame, categories):
    """The float matrix of Vigil's layout: inputs in order, categoricals one-hot in place."""
    columns = []
    for name in INPUTS:
        if name in categories:
            values = frame[name]
            for category in categories[name]:
                columns.append((values == category).astype(np.float64).to_numpy())
        else:
            columns.append(pd.to_numeric(frame[name]).astype(np.float64).to_numpy())
    return np.column_stack(columns)


def expected_rows(frame, rng):
    """200 rows of the data with some values blanked and one unknown category."""
    rows = frame.sample(n=200, random_state=7)[INPUTS].astype(object).reset_index(drop=True)
    for i in range(0, 200, 17):
        rows.at[i, rng.choice(NUMERIC)] = None
    for i in range(5, 200, 41):
        rows.at[i, rng.choice(CATEGORICAL)] = None
    rows.at[3, "Geography"] = "Italy"
    rows.at[11, "CreditScore"] = None
    rows.at[11, "Gender"] = None
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="/work/shared/data/Churn_Modelling.csv")
    args = parser.parse_args()
    data = pd.read_csv(args.data)
    categories = {name: sorted(data[name].dropna().unique().tolist()) for name in CATEGORICAL}
    features = encode(data, categories)
    model = xgb.XGBClassifier(n_estimators=60, max_depth=3, learning_rate=0.2,
                              tree_method="hist", random_state=42, missing=np.nan)
    model.fit(features, data[TARGET].to_numpy())

    os.makedirs(OUT, exist_ok=True)
    booster = model.get_booster()
    booster.save_model(os.path.join(OUT, "model.json"))
    booster.save_model(os.path.join(OUT, "model.ubj"))
    schema = {"inputs": [
        {"name": n, "kind": "categorical", "categories": categories[n]} if n in categories
        else {"name": n, "kind": "numeric"} for n in INPUTS], "threshold": 0.5}
    with open(os.path.join(OUT, "schema.json"), "w") as f:
        json.dump(schema, f, indent=2)
        f.write("\n")

    rows = expected_rows(data, np.random.default_rng(3))
    probability = model.predict_proba(encode(rows, categories))[:, 1]
    with open(os.path.join(OUT, "expected.csv"), "w") as f:
        f.write(",".join(INPUTS + ["expected"]) + "\n")
        for i in range(len(rows)):
            cells = ["" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v)
                     for v in rows.loc[i, INPUTS]]
            f.write(",".join(cells + [repr(float(probability[i]))]) + "\n")
    print("xgboost", xgb.__version__, "->", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
