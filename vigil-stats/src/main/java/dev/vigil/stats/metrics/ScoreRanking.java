package dev.vigil.stats.metrics;

/**
 * What a {@link LabelledSummary} keeps to rank scores: the exact pairs while there are few, a score
 * histogram per class beyond.
 */
public sealed interface ScoreRanking permits ScorePairs, ScoreHistogram {

  /** The number of (score, label) rows. */
  long count();

  /** Whether ROC AUC and PR AUC computed from this ranking are exact. */
  boolean exact();

  /** This ranking's rows as a histogram. */
  ScoreHistogram toHistogram();
}
