package dev.vigil.http.serving;

import java.time.Duration;
import java.util.Objects;

/**
 * How the inference routes behave.
 *
 * <p>Invariants: the SLA is positive; at least one row per request is allowed.
 *
 * @param sla a request that takes longer counts in {@code vigil_inference_sla_violations_total}
 * @param monitorPredictions whether served predictions are recorded for monitoring (turning it off
 *     only serves to measure what monitoring costs)
 * @param maxRows the most rows one inference request may carry
 */
public record ServingSettings(Duration sla, boolean monitorPredictions, int maxRows) {

  public static final Duration DEFAULT_SLA = Duration.ofMillis(100);
  public static final int DEFAULT_MAX_ROWS = 10_000;

  public ServingSettings {
    Objects.requireNonNull(sla, "sla");
    if (sla.isZero() || sla.isNegative()) {
      throw new IllegalArgumentException("sla must be positive, was " + sla);
    }
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows must be >= 1, was " + maxRows);
    }
  }

  /** An SLA of 100 ms, predictions monitored, at most 10,000 rows a request. */
  public static ServingSettings defaults() {
    return new ServingSettings(DEFAULT_SLA, true, DEFAULT_MAX_ROWS);
  }
}
