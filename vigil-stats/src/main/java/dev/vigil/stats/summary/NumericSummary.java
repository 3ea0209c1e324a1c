package dev.vigil.stats.summary;

import java.util.Optional;
import org.apache.datasketches.kll.KllDoublesSketch;

/**
 * An immutable, mergeable summary of a numeric column (docs/STATISTICS.md §1), built by a {@link
 * NumericRecorder} or by merging.
 *
 * <p>Invariants: {@link #count()} counts finite values, {@link #missing()} null/blank/NaN and
 * {@link #nonFinite()} ±infinity, none of which enter any statistic. The exact sorted values are
 * kept iff {@code count <= EXACT_LIMIT}; the distinct values with their counts iff there are at
 * most {@code DISTINCT_LIMIT} of them; a KLL sketch ({@code k = 200}) iff neither is kept, so every
 * answer is exact ({@code rankError() == 0}) unless the column is both large and has many distinct
 * values. -0.0 is recorded as 0.0.
 */
public final class NumericSummary implements NumericDistribution {

  /** Exact values are kept while the count is at most this. */
  public static final int EXACT_LIMIT = 4096;

  /** Distinct values and their counts are kept while there are at most this many. */
  public static final int DISTINCT_LIMIT = 128;

  private static final NumericSummary EMPTY = exact(0, 0, Moments.EMPTY, new double[0]);

  private final long missing;
  private final long nonFinite;
  private final Moments moments;
  private final SortedSample exact;
  private final CountedValues counted;
  private final KllDoublesSketch sketch;
  private final KllQuantiles sketched;

  private NumericSummary(
      long missing,
      long nonFinite,
      Moments moments,
      SortedSample exact,
      ValueCounts counts,
      KllDoublesSketch sketch) {
    this.missing = missing;
    this.nonFinite = nonFinite;
    this.moments = moments;
    this.exact = exact;
    this.counted = exact == null && counts != null ? new CountedValues(counts) : null;
    this.sketch = sketch;
    this.sketched = sketch == null ? null : new KllQuantiles(sketch);
  }

  /** The summary of no values; the identity of {@link #merge}. */
  public static NumericSummary empty() {
    return EMPTY;
  }

  /** Summarizes an array (NaN is missing, ±infinity non-finite). */
  public static NumericSummary of(double... values) {
    NumericRecorder recorder = new NumericRecorder();
    recorder.record(values);
    return recorder.summary();
  }

  /** Takes ownership of ascending finite values; {@code sorted.length == moments.count()}. */
  static NumericSummary exact(long missing, long nonFinite, Moments moments, double[] sorted) {
    SortedSample sample = SortedSample.ofSortedUnchecked(sorted, DISTINCT_LIMIT);
    return new NumericSummary(missing, nonFinite, moments, sample, null, null);
  }

  /** A summary beyond the exact limit with few distinct values. */
  static NumericSummary counted(long missing, long nonFinite, Moments moments, ValueCounts counts) {
    return new NumericSummary(missing, nonFinite, moments, null, counts, null);
  }

  /** A summary beyond both limits; takes ownership of a sketch nobody mutates any more. */
  static NumericSummary sketched(
      long missing, long nonFinite, Moments moments, KllDoublesSketch sketch) {
    return new NumericSummary(missing, nonFinite, moments, null, null, sketch);
  }

  /**
   * Rebuilds a summary from its parts (as the codec stores them), checking every invariant. Exactly
   * one of {@code sortedValues} (when {@code count <= EXACT_LIMIT}), {@code valueCounts} and {@code
   * sketchBytes} (DataSketches' own KLL serialization) must be non-null.
   *
   * @throws IllegalArgumentException naming the inconsistent part
   */
  public static NumericSummary fromParts(
      long missing,
      long nonFinite,
      Moments moments,
      double[] sortedValues,
      ValueCounts valueCounts,
      byte[] sketchBytes) {
    return NumericSummaryParts.check(
        missing, nonFinite, moments, sortedValues, valueCounts, sketchBytes);
  }

  /** Null, blank or NaN values. */
  public long missing() {
    return missing;
  }

  /** ±infinity values, kept out of every statistic. */
  public long nonFinite() {
    return nonFinite;
  }

  /** Count, mean, m2, min and max of the finite values. */
  public Moments moments() {
    return moments;
  }

  @Override
  public long count() {
    return moments.count();
  }

  @Override
  public double min() {
    return moments.min();
  }

  @Override
  public double max() {
    return moments.max();
  }

  @Override
  public double mean() {
    return moments.mean();
  }

  @Override
  public double variance() {
    return moments.variance();
  }

  /** Sample variance (divides by n - 1); NaN when fewer than two values. */
  public double sampleVariance() {
    return moments.sampleVariance();
  }

  @Override
  public Optional<double[]> sortedValues() {
    return exact == null ? Optional.empty() : exact.sortedValues();
  }

  @Override
  public Optional<ValueCounts> valueCounts() {
    return exact != null
        ? exact.valueCounts()
        : counted == null ? Optional.empty() : counted.valueCounts();
  }

  /** DataSketches' serialization of the KLL sketch, present iff neither exact form is kept. */
  public Optional<byte[]> sketchBytes() {
    return sketch == null ? Optional.empty() : Optional.of(sketch.toByteArray());
  }

  @Override
  public double cdf(double x) {
    return exact != null ? exact.cdf(x) : counted != null ? counted.cdf(x) : sketched.cdf(x);
  }

  @Override
  public double cdfExclusive(double x) {
    return exact != null
        ? exact.cdfExclusive(x)
        : counted != null ? counted.cdfExclusive(x) : sketched.cdfExclusive(x);
  }

  @Override
  public double quantile(double q) {
    if (!(q >= 0.0 && q <= 1.0)) {
      throw new IllegalArgumentException("q must be in [0, 1]: " + q);
    }
    return exact != null
        ? exact.quantile(q)
        : counted != null ? counted.quantile(q) : sketched.quantile(q);
  }

  @Override
  public double rankError() {
    return sketched == null ? 0.0 : sketched.rankError();
  }

  /** The summary of both summaries' values. */
  public NumericSummary merge(NumericSummary other) {
    return NumericMerge.merge(this, other);
  }

  KllDoublesSketch sketch() {
    return sketch;
  }

  @Override
  public String toString() {
    String form = exact != null ? "exact" : counted != null ? "counted" : "sketched";
    return "NumericSummary["
        + form
        + ", missing="
        + missing
        + ", nonFinite="
        + nonFinite
        + ", "
        + moments
        + "]";
  }
}
