package dev.vigil.stats.significance;

/** Which test produced a {@link SignificanceResult}. */
public enum SignificanceMethod {
  /** Two-proportion z-test with pooled variance; the statistic is z. */
  TWO_PROPORTION_Z,
  /** Fisher's exact test on a 2x2 table; the statistic is the sample odds ratio. */
  FISHER_EXACT,
  /** One-sample exact binomial test; the statistic is the observed proportion. */
  EXACT_BINOMIAL
}
