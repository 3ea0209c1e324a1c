package dev.vigil.models;

import java.util.Locale;

/** A training algorithm, both run by XGBoost4J (docs/MODELS.md, "Training"). */
public enum Algorithm {
  /** Gradient-boosted trees: {@code booster=gbtree}, {@code objective=binary:logistic}. */
  XGBOOST,
  /**
   * L2-regularized logistic regression: XGBoost's linear booster ({@code booster=gblinear}, {@code
   * objective=binary:logistic}) on standardized numeric inputs.
   */
  LOGISTIC;

  /** The name used on the command line and in manifests: {@code xgboost}, {@code logistic}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The algorithm with this id; an error naming the known ones otherwise. */
  public static Algorithm of(String id) {
    for (Algorithm algorithm : values()) {
      if (algorithm.id().equals(id)) {
        return algorithm;
      }
    }
    throw new IllegalArgumentException("algorithm: expected xgboost or logistic, got '" + id + "'");
  }
}
