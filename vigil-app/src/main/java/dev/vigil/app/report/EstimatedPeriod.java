package dev.vigil.app.report;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Estimated performance of one period, by metric name (accuracy, precision, recall, f1, roc_auc).
 */
public record EstimatedPeriod(String label, long rows, Map<String, EstimatedValue> metrics) {

  public EstimatedPeriod {
    Objects.requireNonNull(label, "label");
    metrics = Map.copyOf(metrics);
  }

  public Optional<EstimatedValue> metric(String name) {
    return Optional.ofNullable(metrics.get(name));
  }
}
