package dev.vigil.stats.estimate;

import java.util.Locale;

/** The metrics CBPE estimates for a binary classifier, named as NannyML names them. */
public enum EstimatedMetric {
  ROC_AUC,
  F1,
  PRECISION,
  RECALL,
  SPECIFICITY,
  ACCURACY;

  /** NannyML's key, e.g. {@code roc_auc}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  double fromExpected(ExpectedCounts c) {
    return switch (this) {
      case F1 -> c.f1();
      case PRECISION -> c.precision();
      case RECALL -> c.recall();
      case SPECIFICITY -> c.specificity();
      case ACCURACY -> c.correct() / c.total();
      case ROC_AUC -> throw new IllegalStateException("ROC AUC needs the ranking");
    };
  }
}
