package dev.vigil.stats.significance;

/**
 * The alternative hypothesis of a two-sample test. For proportions {@code p1} (first sample, first
 * table row) and {@code p2}: {@link #LESS} is {@code p1 < p2}, {@link #GREATER} is {@code p1 > p2}
 * (for Fisher's test: odds ratio below or above 1), {@link #TWO_SIDED} is {@code p1 != p2}.
 */
public enum Alternative {
  TWO_SIDED,
  LESS,
  GREATER
}
