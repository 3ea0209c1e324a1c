package dev.vigil.stats.estimate;

import java.util.Arrays;
import java.util.Objects;

/**
 * The calibrated probabilities of a window, kept to estimate its ROC AUC: exactly (ascending) while
 * there are at most {@link #EXACT_LIMIT}, else as {@link #BINS} equal-width bins over [0, 1] with
 * the count and the probability sum of each (bin of {@code p} = {@code min(floor(1000 p), 999)}).
 * The representation depends only on the rows, never on how windows were merged. Immutable.
 */
public final class ProbabilityRanking {

  /** The most probabilities kept exactly. */
  public static final int EXACT_LIMIT = 4096;

  public static final int BINS = 1000;

  private static final ProbabilityRanking EMPTY = new ProbabilityRanking(new double[0], null, null);

  private final double[] exact; // ascending; null when binned
  private final long[] binCounts; // null when exact
  private final double[] binSums;

  private ProbabilityRanking(double[] exact, long[] binCounts, double[] binSums) {
    this.exact = exact;
    this.binCounts = binCounts;
    this.binSums = binSums;
  }

  public static ProbabilityRanking empty() {
    return EMPTY;
  }

  /** Exact probabilities, sorted ascending, in [0, 1], at most {@link #EXACT_LIMIT}. */
  public static ProbabilityRanking ofExact(double[] sortedProbabilities) {
    Objects.requireNonNull(sortedProbabilities, "probabilities");
    if (sortedProbabilities.length > EXACT_LIMIT) {
      throw new IllegalArgumentException("probabilities: more than " + EXACT_LIMIT + " to keep");
    }
    double[] copy = sortedProbabilities.clone();
    for (int i = 0; i < copy.length; i++) {
      copy[i] = requireProbability(copy[i], "probabilities");
      if (i > 0 && copy[i] < copy[i - 1]) {
        throw new IllegalArgumentException("probabilities: not ascending at " + i);
      }
    }
    return new ProbabilityRanking(copy, null, null);
  }

  /**
   * Binned probabilities: 1000 non-negative counts, more than {@link #EXACT_LIMIT} in all, and each
   * bin's sum within what its count of probabilities in that bin can add up to.
   */
  public static ProbabilityRanking ofBins(long[] counts, double[] sums) {
    Objects.requireNonNull(counts, "binCounts");
    Objects.requireNonNull(sums, "binSums");
    if (counts.length != BINS || sums.length != BINS) {
      throw new IllegalArgumentException("binCounts: need " + BINS + " counts and sums");
    }
    long total = 0;
    for (int b = 0; b < BINS; b++) {
      double slack = 1e-9 * (counts[b] + 1);
      if (counts[b] < 0
          || !(sums[b] >= counts[b] * (double) b / BINS - slack)
          || !(sums[b] <= counts[b] * (double) (b + 1) / BINS + slack)) {
        throw new IllegalArgumentException("binSums: bin " + b + " disagrees with its count");
      }
      total += counts[b];
    }
    if (total <= EXACT_LIMIT) {
      throw new IllegalArgumentException("binCounts: " + total + " rows must be kept exactly");
    }
    return new ProbabilityRanking(null, counts.clone(), sums.clone());
  }

  static double requireProbability(double p, String field) {
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException(field + ": must be a probability in [0, 1], got " + p);
    }
    return p + 0.0;
  }

  static ProbabilityRanking of(double[] probabilities) {
    double[] sorted = probabilities.clone();
    for (double p : sorted) {
      requireProbability(p, "probabilities");
    }
    Arrays.sort(sorted);
    ProbabilityRanking exactRanking = new ProbabilityRanking(sorted, null, null);
    return sorted.length <= EXACT_LIMIT ? exactRanking : exactRanking.toBins();
  }

  private static int binOf(double p) {
    return Math.min((int) Math.floor(BINS * p), BINS - 1);
  }

  private ProbabilityRanking toBins() {
    if (exact == null) {
      return this;
    }
    long[] counts = new long[BINS];
    double[] sums = new double[BINS];
    for (double p : exact) {
      counts[binOf(p)]++;
      sums[binOf(p)] += p;
    }
    return new ProbabilityRanking(null, counts, sums);
  }

  ProbabilityRanking merge(ProbabilityRanking other) {
    if (exact != null && other.exact != null && exact.length + other.exact.length <= EXACT_LIMIT) {
      double[] all = Arrays.copyOf(exact, exact.length + other.exact.length);
      System.arraycopy(other.exact, 0, all, exact.length, other.exact.length);
      Arrays.sort(all);
      return new ProbabilityRanking(all, null, null);
    }
    ProbabilityRanking a = toBins();
    ProbabilityRanking b = other.toBins();
    long[] counts = new long[BINS];
    double[] sums = new double[BINS];
    for (int i = 0; i < BINS; i++) {
      counts[i] = a.binCounts[i] + b.binCounts[i];
      sums[i] = a.binSums[i] + b.binSums[i];
    }
    return new ProbabilityRanking(null, counts, sums);
  }

  public boolean isExact() {
    return exact != null;
  }

  /** The exact probabilities, ascending; empty when binned. */
  public double[] exactProbabilities() {
    return exact == null ? new double[0] : exact.clone();
  }

  /** The bin counts; empty when exact. */
  public long[] binCounts() {
    return binCounts == null ? new long[0] : binCounts.clone();
  }

  /** The bin probability sums; empty when exact. */
  public double[] binSums() {
    return binSums == null ? new double[0] : binSums.clone();
  }

  public long count() {
    return exact != null ? exact.length : Arrays.stream(binCounts).sum();
  }

  EstimatedRocAuc rocAuc() {
    return exact != null
        ? EstimatedRocAuc.ofDescending(reversed(exact))
        : EstimatedRocAuc.ofBins(binCounts, binSums);
  }

  private static double[] reversed(double[] ascending) {
    double[] out = new double[ascending.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = ascending[ascending.length - 1 - i];
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProbabilityRanking other
        && Arrays.equals(exact, other.exact)
        && Arrays.equals(binCounts, other.binCounts)
        && Arrays.equals(binSums, other.binSums);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(exact), Arrays.hashCode(binCounts), Arrays.hashCode(binSums));
  }
}
