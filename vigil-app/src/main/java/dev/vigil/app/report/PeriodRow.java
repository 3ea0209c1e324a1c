package dev.vigil.app.report;

import dev.vigil.core.monitor.DegradationDecision;
import dev.vigil.stats.metrics.ClassificationMetrics;
import java.util.Objects;
import java.util.Optional;

/**
 * Realized performance of one period of the current data.
 *
 * @param label how the period is named to the reader (rows or times)
 * @param rows predictions in the period
 * @param labelled those with a label
 * @param metrics the metrics of the labelled ones; empty without any
 * @param decision the degradation decision; empty without labels
 */
public record PeriodRow(
    String label,
    long rows,
    long labelled,
    Optional<ClassificationMetrics> metrics,
    Optional<DegradationDecision> decision) {

  public PeriodRow {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(decision, "decision");
    if (labelled < 0 || labelled > rows) {
      throw new IllegalArgumentException("labelled: must be in [0, rows], was " + labelled);
    }
  }
}
