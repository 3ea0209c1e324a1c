package dev.vigil.app.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Estimated performance over periods, or why there is none. Invariant: unavailable exactly when a
 * reason is given, and then without periods.
 */
public record EstimatedSeries(List<EstimatedPeriod> periods, Optional<String> unavailable) {

  /** The metrics in the order the report shows them. */
  public static final List<String> METRICS =
      List.of("accuracy", "precision", "recall", "f1", "roc_auc");

  public EstimatedSeries {
    periods = List.copyOf(periods);
    Objects.requireNonNull(unavailable, "unavailable");
    if (unavailable.isPresent() && !periods.isEmpty()) {
      throw new IllegalArgumentException("periods: none when unavailable");
    }
  }

  public static EstimatedSeries of(List<EstimatedPeriod> periods) {
    return new EstimatedSeries(periods, Optional.empty());
  }

  public static EstimatedSeries unavailable(String reason) {
    return new EstimatedSeries(List.of(), Optional.of(reason));
  }

  /** The periods whose estimated accuracy lies outside its alert limits. */
  public List<EstimatedPeriod> accuracyAlerts() {
    return periods.stream()
        .filter(p -> p.metric("accuracy").map(EstimatedValue::alerts).orElse(false))
        .toList();
  }
}
