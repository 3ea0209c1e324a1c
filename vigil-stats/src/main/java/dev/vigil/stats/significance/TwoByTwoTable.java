package dev.vigil.stats.significance;

/**
 * A 2x2 contingency table {@code [[a, b], [c, d]]} of non-negative counts, laid out as scipy's
 * {@code fisher_exact} reads it. For two samples of a proportion the rows are the samples and the
 * columns successes and failures.
 */
public record TwoByTwoTable(long a, long b, long c, long d) {

  public TwoByTwoTable {
    requireNonNegative(a, "a");
    requireNonNegative(b, "b");
    requireNonNegative(c, "c");
    requireNonNegative(d, "d");
  }

  /**
   * The table of two samples: {@code [[successes1, trials1 - successes1], [successes2, trials2 -
   * successes2]]}.
   */
  public static TwoByTwoTable ofSamples(
      long successes1, long trials1, long successes2, long trials2) {
    requireSuccesses(successes1, trials1, "successes1");
    requireSuccesses(successes2, trials2, "successes2");
    return new TwoByTwoTable(successes1, trials1 - successes1, successes2, trials2 - successes2);
  }

  static void requireSuccesses(long successes, long trials, String field) {
    if (successes < 0 || successes > trials) {
      throw new IllegalArgumentException(
          field + ": must be in [0, trials], got " + successes + " of " + trials);
    }
  }

  private static void requireNonNegative(long count, String field) {
    if (count < 0) {
      throw new IllegalArgumentException(field + ": negative " + count);
    }
  }

  public long total() {
    return a + b + c + d;
  }

  /**
   * The smallest expected cell count under independence, {@code min(row) · min(column) / total}; 0
   * for an empty table. Below 5 the normal approximation is poor and Fisher's test is preferred.
   */
  public double minimumExpectedCount() {
    long total = total();
    if (total == 0) {
      return 0.0;
    }
    double minRow = Math.min(a + b, c + d);
    double minColumn = Math.min(a + c, b + d);
    return minRow * minColumn / total;
  }

  /** Whether a row or a column sums to zero, which leaves nothing to test. */
  boolean hasEmptyMargin() {
    return a + b == 0 || c + d == 0 || a + c == 0 || b + d == 0;
  }
}
