package dev.vigil.core.query;

import dev.vigil.stats.estimate.CbpeEstimator;
import dev.vigil.stats.estimate.EstimatedConfusion;
import dev.vigil.stats.estimate.EstimatedMetric;
import dev.vigil.stats.estimate.MetricEstimate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Performance estimated without labels (CBPE) on the predictions of a set of windows.
 *
 * @param predictions the predictions estimated on
 * @param exact whether the estimate used the exact scores (false: quantiles of a sketch, see
 *     docs/ESTIMATION.md#live-estimation)
 * @param metrics by name ({@link #METRICS}, in that order): value, band and alert limits; empty
 *     without predictions
 */
public record EstimatedMetrics(
    long predictions, boolean exact, Map<String, MetricEstimate> metrics) {

  /** The metrics estimated, named as the performance query names them. */
  public static final List<EstimatedMetric> METRICS =
      List.of(
          EstimatedMetric.ACCURACY,
          EstimatedMetric.PRECISION,
          EstimatedMetric.RECALL,
          EstimatedMetric.F1,
          EstimatedMetric.ROC_AUC);

  public EstimatedMetrics {
    Objects.requireNonNull(metrics, "metrics");
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }

  /** The names of {@link #METRICS}, e.g. {@code roc_auc}. */
  public static List<String> names() {
    return METRICS.stream().map(EstimatedMetric::key).toList();
  }

  static EstimatedMetrics of(CbpeEstimator estimator, EstimatedConfusion window, boolean exact) {
    if (window.count() == 0) {
      return new EstimatedMetrics(0, true, Map.of());
    }
    Map<EstimatedMetric, MetricEstimate> all = estimator.estimate(window);
    Map<String, MetricEstimate> metrics = new LinkedHashMap<>();
    for (EstimatedMetric metric : METRICS) {
      metrics.put(metric.key(), all.get(metric));
    }
    return new EstimatedMetrics(window.count(), exact, metrics);
  }
}
