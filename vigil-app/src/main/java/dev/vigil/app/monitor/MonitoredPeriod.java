package dev.vigil.app.monitor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One period as the monitoring job sees it, from a file or a running Vigil: its metrics, its scores
 * when known (for estimation) and the contents of its {@code predictions_period_N.json} and {@code
 * period_N_ground_truth.json}.
 *
 * @param start the first prediction's time (or the calendar period's start), when known
 * @param end the last prediction's time (or the calendar period's end), when known
 */
record MonitoredPeriod(
    int index,
    Optional<Instant> start,
    Optional<Instant> end,
    PeriodMetrics metrics,
    Optional<double[]> scores,
    ObjectNode predictions,
    ObjectNode groundTruth) {

  MonitoredPeriod {
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(predictions, "predictions");
    Objects.requireNonNull(groundTruth, "groundTruth");
  }
}
