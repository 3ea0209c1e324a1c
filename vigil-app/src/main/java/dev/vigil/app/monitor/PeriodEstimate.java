package dev.vigil.app.monitor;

import dev.vigil.stats.estimate.EstimatedMetric;
import dev.vigil.stats.estimate.MetricEstimate;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One period's estimated metrics, or why it has none; with server estimates, the span the server
 * estimated over. Invariant: exactly one of {@code metrics} and {@code reason} is present.
 */
record PeriodEstimate(
    Optional<Map<EstimatedMetric, MetricEstimate>> metrics,
    Optional<String> reason,
    Optional<Span> span) {

  /**
   * What a server estimate covers: the base windows whose start is in {@code [from, to)}, holding
   * {@code predictions} predictions (the period's and any others of those windows).
   *
   * @param predictions how many the server estimated over; meaningful only with metrics
   * @param exact false when the server estimated a window from a sketch of its scores
   */
  record Span(Instant from, Instant to, long predictions, boolean exact) {
    Span {
      if (!to.isAfter(from)) {
        throw new IllegalArgumentException("to: must be after from, were " + from + ", " + to);
      }
    }
  }

  PeriodEstimate {
    metrics = metrics.map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m)));
    Objects.requireNonNull(span, "span");
    if (metrics.isPresent() == reason.isPresent()) {
      throw new IllegalArgumentException("reason: given exactly when there are no metrics");
    }
  }

  static PeriodEstimate of(Map<EstimatedMetric, MetricEstimate> metrics) {
    return new PeriodEstimate(Optional.of(metrics), Optional.empty(), Optional.empty());
  }

  static PeriodEstimate none(String reason) {
    return new PeriodEstimate(Optional.empty(), Optional.of(reason), Optional.empty());
  }
}
