package dev.vigil.core.monitor;

import dev.vigil.stats.metrics.ConfusionCounts;
import dev.vigil.stats.metrics.LabelledSummary;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of degradation decisions and the decision itself (docs/DEGRADATION.md). A period is
 * {@link DegradationStatus#DEGRADED} when its metric is significantly below the absolute threshold,
 * drops significantly by at least {@code degradationThreshold} against the previous period or the
 * baseline, or falls below the optional reference band. The significance level is shared among the
 * tests made for one period (Bonferroni), so a stable model flags a period with probability at most
 * {@code significanceLevel}.
 *
 * @param metric the metric judged
 * @param absoluteThreshold {@code ACCURACY_THRESHOLD}, in [0, 1], applied to {@code metric}
 * @param degradationThreshold {@code DEGRADATION_THRESHOLD}, in [0, 1]: the smallest drop, in
 *     metric units (0.05 = five percentage points), that counts
 * @param significanceLevel per period, in (0, 1)
 * @param minimumSampleSize the fewest trials for the metric (rows for accuracy) a period, the
 *     previous period or the baseline needs to be judged or compared; at least 1
 * @param referenceBand the band from reference chunks, if any
 */
public record DegradationPolicy(
    PerformanceMetric metric,
    double absoluteThreshold,
    double degradationThreshold,
    double significanceLevel,
    long minimumSampleSize,
    Optional<ReferenceBand> referenceBand) {

  public static final String ACCURACY_THRESHOLD = "ACCURACY_THRESHOLD";
  public static final String DEGRADATION_THRESHOLD = "DEGRADATION_THRESHOLD";
  public static final double DEFAULT_ABSOLUTE_THRESHOLD = 0.85;
  public static final double DEFAULT_DEGRADATION_THRESHOLD = 0.05;
  public static final double DEFAULT_SIGNIFICANCE_LEVEL = 0.05;
  public static final long DEFAULT_MINIMUM_SAMPLE_SIZE = 100;

  public DegradationPolicy {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(referenceBand, "referenceBand");
    requireUnit(absoluteThreshold, "absoluteThreshold");
    requireUnit(degradationThreshold, "degradationThreshold");
    if (!(significanceLevel > 0.0 && significanceLevel < 1.0)) {
      throw new IllegalArgumentException(
          "significanceLevel: must be in (0, 1), got " + significanceLevel);
    }
    if (minimumSampleSize < 1) {
      throw new IllegalArgumentException(
          "minimumSampleSize: must be at least 1, got " + minimumSampleSize);
    }
  }

  private static void requireUnit(double value, String field) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(field + ": must be in [0, 1], got " + value);
    }
  }

  /** Accuracy, threshold 0.85, drop 0.05, level 0.05, at least 100 trials, no band. */
  public static DegradationPolicy defaults() {
    return new DegradationPolicy(
        PerformanceMetric.ACCURACY,
        DEFAULT_ABSOLUTE_THRESHOLD,
        DEFAULT_DEGRADATION_THRESHOLD,
        DEFAULT_SIGNIFICANCE_LEVEL,
        DEFAULT_MINIMUM_SAMPLE_SIZE,
        Optional.empty());
  }

  /**
   * The defaults with {@code ACCURACY_THRESHOLD} and {@code DEGRADATION_THRESHOLD} taken from
   * {@code environment} when set (e.g. {@code System.getenv()} in the application).
   *
   * @throws IllegalArgumentException naming the variable when a value is not a number in [0, 1]
   */
  public static DegradationPolicy fromEnvironment(Map<String, String> environment) {
    DegradationPolicy d = defaults();
    return d.withAbsoluteThreshold(read(environment, ACCURACY_THRESHOLD, d.absoluteThreshold))
        .withDegradationThreshold(read(environment, DEGRADATION_THRESHOLD, d.degradationThreshold));
  }

  private static double read(Map<String, String> environment, String name, double fallback) {
    String text = environment.get(name);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      double value = Double.parseDouble(text.strip());
      requireUnit(value, name);
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": not a number '" + text + "'", e);
    }
  }

  public DegradationPolicy withMetric(PerformanceMetric m) {
    return new DegradationPolicy(
        m,
        absoluteThreshold,
        degradationThreshold,
        significanceLevel,
        minimumSampleSize,
        referenceBand);
  }

  public DegradationPolicy withAbsoluteThreshold(double t) {
    return new DegradationPolicy(
        metric, t, degradationThreshold, significanceLevel, minimumSampleSize, referenceBand);
  }

  public DegradationPolicy withDegradationThreshold(double t) {
    return new DegradationPolicy(
        metric, absoluteThreshold, t, significanceLevel, minimumSampleSize, referenceBand);
  }

  public DegradationPolicy withSignificanceLevel(double level) {
    return new DegradationPolicy(
        metric, absoluteThreshold, degradationThreshold, level, minimumSampleSize, referenceBand);
  }

  public DegradationPolicy withMinimumSampleSize(long size) {
    return new DegradationPolicy(
        metric, absoluteThreshold, degradationThreshold, significanceLevel, size, referenceBand);
  }

  public DegradationPolicy withReferenceBand(ReferenceBand band) {
    return new DegradationPolicy(
        metric,
        absoluteThreshold,
        degradationThreshold,
        significanceLevel,
        minimumSampleSize,
        Optional.of(band));
  }

  /**
   * The decision on the {@code current} period.
   *
   * @param previous the period before, if any; ignored when it has too few trials
   * @param baseline the baseline (e.g. the reference data), if any; ignored when too small
   */
  public DegradationDecision decide(
      ConfusionCounts current,
      Optional<ConfusionCounts> previous,
      Optional<ConfusionCounts> baseline) {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(baseline, "baseline");
    return new DegradationChecks(this, current).decide(previous, baseline);
  }

  /** {@link #decide(ConfusionCounts, Optional, Optional)} on the summaries' confusion counts. */
  public DegradationDecision decide(
      LabelledSummary current,
      Optional<LabelledSummary> previous,
      Optional<LabelledSummary> baseline) {
    return decide(
        current.confusion(),
        previous.map(LabelledSummary::confusion),
        baseline.map(LabelledSummary::confusion));
  }
}
