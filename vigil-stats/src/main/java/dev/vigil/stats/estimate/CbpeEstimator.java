package dev.vigil.stats.estimate;

import dev.vigil.stats.summary.DecisionThreshold;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Confidence-based performance estimation (CBPE, as NannyML's {@code CBPE} for binary
 * classification; docs/ESTIMATION.md), fitted on a labelled reference: whether and how to calibrate
 * scores ({@link CalibrationCheck}, {@link IsotonicCalibrator}), the sampling-error model ({@link
 * SamplingErrors}) and the alert limits of every metric from its realized values on reference
 * chunks ({@link StandardDeviationThreshold}). Windows are summarized without labels into mergeable
 * {@link EstimatedConfusion}s and estimated from them. Immutable.
 */
public final class CbpeEstimator {

  private final double threshold;
  private final IsotonicCalibrator calibrator;
  private final SamplingErrors samplingErrors;
  private final Map<EstimatedMetric, StandardDeviationThreshold> limits;

  private CbpeEstimator(
      double threshold,
      IsotonicCalibrator calibrator,
      SamplingErrors samplingErrors,
      Map<EstimatedMetric, StandardDeviationThreshold> limits) {
    this.threshold = threshold;
    this.calibrator = calibrator;
    this.samplingErrors = samplingErrors;
    this.limits = limits;
  }

  /**
   * Fits on reference rows (model scores in [0, 1], labels 0/1, in time order) with predictions
   * {@code score >= threshold}, reference chunks of {@code chunkSize} consecutive rows (a shorter
   * last chunk kept, as NannyML's default), and calibration splits seeded with {@code seed}.
   *
   * @throws IllegalArgumentException naming the bad argument
   */
  public static CbpeEstimator fit(
      double[] scores, int[] labels, double threshold, int chunkSize, long seed) {
    boolean calibrate = CalibrationCheck.needsCalibration(scores, labels, seed);
    return fit(scores, labels, threshold, chunkSize, calibrate);
  }

  /**
   * Fits as {@link #fit(double[], int[], double, int, long)} but with the calibration decision
   * given, e.g. to reproduce a decision made elsewhere: NannyML's depends on numpy's draw of the
   * splits whenever the ECE gap is small.
   *
   * @throws IllegalArgumentException naming the bad argument
   */
  public static CbpeEstimator fit(
      double[] scores, int[] labels, double threshold, int chunkSize, boolean calibrate) {
    LabelledScores reference = LabelledScores.of(scores, labels);
    DecisionThreshold.require(threshold);
    for (double s : scores) {
      ProbabilityRanking.requireProbability(s, "scores");
    }
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunkSize: must be >= 1, got " + chunkSize);
    }
    IsotonicCalibrator calibrator =
        calibrate ? IsotonicCalibrator.fit(scores, labels) : IsotonicCalibrator.identity();
    Map<EstimatedMetric, StandardDeviationThreshold> limits = new EnumMap<>(EstimatedMetric.class);
    int chunks = (reference.size() + chunkSize - 1) / chunkSize;
    for (EstimatedMetric metric : EstimatedMetric.values()) {
      double[] values = new double[chunks];
      for (int c = 0; c < chunks; c++) {
        LabelledScores chunk =
            reference.slice(c * chunkSize, Math.min(reference.size(), (c + 1) * chunkSize));
        values[c] = RealizedMetrics.of(metric, chunk, threshold);
      }
      limits.put(metric, StandardDeviationThreshold.of(values));
    }
    return new CbpeEstimator(
        threshold + 0.0, calibrator, SamplingErrors.of(reference, threshold), limits);
  }

  /** The window of these unlabelled scores. */
  public EstimatedConfusion summarize(double[] scores) {
    return EstimatedConfusion.of(threshold, scores, calibrator);
  }

  /**
   * The estimate of every metric on a window.
   *
   * @throws IllegalArgumentException if the window's threshold is not this estimator's
   */
  public Map<EstimatedMetric, MetricEstimate> estimate(EstimatedConfusion window) {
    Objects.requireNonNull(window, "window");
    if (Double.compare(window.threshold(), threshold) != 0) {
      throw new IllegalArgumentException(
          "window: threshold " + window.threshold() + " is not the estimator's " + threshold);
    }
    Map<EstimatedMetric, MetricEstimate> out = new EnumMap<>(EstimatedMetric.class);
    for (EstimatedMetric metric : EstimatedMetric.values()) {
      out.put(
          metric,
          MetricEstimate.of(
              window.estimate(metric),
              samplingErrors.standardError(metric, window.count()),
              limits.get(metric)));
    }
    return out;
  }

  /** Whether the reference asked for calibration. */
  public boolean calibrates() {
    return !calibrator.isIdentity();
  }

  public IsotonicCalibrator calibrator() {
    return calibrator;
  }

  public double threshold() {
    return threshold;
  }

  public StandardDeviationThreshold limits(EstimatedMetric metric) {
    return limits.get(metric);
  }
}
