package dev.vigil.core.monitor;

import dev.vigil.stats.metrics.ConfusionCounts;
import java.util.List;
import java.util.Objects;

/**
 * The range a metric took over reference chunks, as NannyML's {@code StandardDeviationThreshold}:
 * {@code mean ± multiplier · sd} of the per-chunk values, {@code sd} the population standard
 * deviation ({@code np.nanstd}, divide by n), clipped to the metric's range [0, 1]. Invariant:
 * {@code 0 <= lower <= upper <= 1}.
 */
public record ReferenceBand(double lower, double upper) {

  /** NannyML's default multiplier of the standard deviation. */
  public static final double DEFAULT_MULTIPLIER = 3.0;

  public ReferenceBand {
    if (!(lower >= 0.0 && lower <= 1.0)) {
      throw new IllegalArgumentException("lower: must be in [0, 1], got " + lower);
    }
    if (!(upper >= lower && upper <= 1.0)) {
      throw new IllegalArgumentException("upper: must be in [lower, 1], got " + upper);
    }
  }

  /**
   * The band of a metric over reference chunks; chunks without trials for the metric are skipped
   * (NannyML's NaN-ignoring mean and sd).
   */
  public static ReferenceBand fromChunks(
      List<ConfusionCounts> chunks, PerformanceMetric metric, double multiplier) {
    Objects.requireNonNull(chunks, "chunks");
    Objects.requireNonNull(metric, "metric");
    double[] values =
        chunks.stream().mapToDouble(metric::value).filter(v -> !Double.isNaN(v)).toArray();
    return fromValues(values, multiplier);
  }

  /** The band of per-chunk metric values, each in [0, 1]; at least one value. */
  public static ReferenceBand fromValues(double[] values, double multiplier) {
    Objects.requireNonNull(values, "values");
    if (values.length == 0) {
      throw new IllegalArgumentException("values: no reference chunk with trials");
    }
    if (!(multiplier >= 0.0 && multiplier < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("multiplier: must be finite and >= 0, got " + multiplier);
    }
    double sum = 0;
    for (double v : values) {
      if (!(v >= 0.0 && v <= 1.0)) {
        throw new IllegalArgumentException("values: must be in [0, 1], got " + v);
      }
      sum += v;
    }
    double mean = sum / values.length;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double offset = multiplier * Math.sqrt(squares / values.length);
    return new ReferenceBand(Math.max(0.0, mean - offset), Math.min(1.0, mean + offset));
  }

  /** Whether {@code value} lies below the band: the only side that means degradation. */
  public boolean isBelow(double value) {
    return value < lower;
  }
}
