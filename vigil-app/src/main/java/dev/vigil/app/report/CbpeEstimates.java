package dev.vigil.app.report;

import dev.vigil.stats.estimate.CbpeEstimator;
import dev.vigil.stats.estimate.EstimatedMetric;
import dev.vigil.stats.estimate.MetricEstimate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV mode's estimated performance: CBPE fitted on the reference's labelled scores (chunks of the
 * period size) and applied to the scores of each period of the current file, labels unused.
 */
final class CbpeEstimates implements EstimatedPerformance {

  /** The seed of CBPE's calibration check: fixed, so a report is reproducible. */
  static final long SEED = 42;

  private final LabelledRows reference;
  private final double[] currentScores;
  private final int size;
  private final double threshold;

  CbpeEstimates(LabelledRows reference, double[] currentScores, int size, double threshold) {
    this.reference = reference;
    this.currentScores = currentScores;
    this.size = size;
    this.threshold = threshold;
  }

  @Override
  public EstimatedSeries estimate() {
    LabelledRows labelled = reference.labelledBetween(0, reference.size());
    if (labelled.size() == 0) {
      return EstimatedSeries.unavailable("the reference has no labelled row to fit CBPE on");
    }
    CbpeEstimator estimator;
    try {
      estimator = CbpeEstimator.fit(labelled.scores(), labelled.labels(), threshold, size, SEED);
    } catch (IllegalArgumentException e) {
      return EstimatedSeries.unavailable(
          "CBPE cannot be fitted on the reference: " + e.getMessage());
    }
    List<EstimatedPeriod> periods = new ArrayList<>();
    for (int from = 0; from < currentScores.length; from += size) {
      int to = Math.min(currentScores.length, from + size);
      double[] scores = Arrays.copyOfRange(currentScores, from, to);
      Map<EstimatedMetric, MetricEstimate> estimates =
          estimator.estimate(estimator.summarize(scores));
      Map<String, MetricEstimate> byName = new LinkedHashMap<>();
      estimates.forEach((metric, e) -> byName.put(metric.key(), e));
      periods.add(
          new EstimatedPeriod(
              CsvPeriods.label(from, to), to - from, StoreEstimates.values(byName)));
    }
    return EstimatedSeries.of(periods);
  }
}
