package dev.vigil.core.alert;

import dev.vigil.core.serving.ServingSignals;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * Reads the serving signals of a rule from {@link ServingSignals} over the last {@link #PERIOD}:
 * {@code error_rate}, the share of requests refused or failed, and {@code latency_p99}, the 99th
 * percentile of the answered requests' latency in seconds. Absent when no request (for the latency:
 * no answered request) fell in the period.
 */
final class ServingReading {

  /** The period the serving signals cover. */
  static final Duration PERIOD = Duration.ofMinutes(15);

  private ServingReading() {}

  static SignalReading errorRate(ServingSignals serving, String model, Instant now) {
    return reading(
        serving.errorRate(model, PERIOD),
        "no request served in the last " + PERIOD.toMinutes() + " minutes",
        now);
  }

  static SignalReading latencyP99(ServingSignals serving, String model, Instant now) {
    return reading(
        serving.latencyQuantile(model, 0.99, PERIOD),
        "no request answered in the last " + PERIOD.toMinutes() + " minutes",
        now);
  }

  private static SignalReading reading(OptionalDouble value, String absent, Instant now) {
    return value.isPresent()
        ? SignalReading.of(value.getAsDouble(), now)
        : SignalReading.absent(absent, now);
  }
}
