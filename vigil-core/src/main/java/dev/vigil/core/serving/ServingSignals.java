package dev.vigil.core.serving;

import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What the inference requests of a model looked like over a recent period: its error rate, its
 * latency quantiles and its minutes. A period {@code over} is the last {@code ceil(over / 1 min)}
 * minutes, the current (unfinished) one included, and is at most {@link #HORIZON}; a reading is
 * empty when no request (for latencies: no answered request) fell in it.
 */
public interface ServingSignals {

  /** How far back the signals reach. */
  Duration HORIZON = Duration.ofMinutes(60);

  /** The share of requests refused or failed, in [0, 1]. */
  OptionalDouble errorRate(String model, Duration over);

  /** The {@code q} quantile ({@code q} in [0, 1]) of the answered requests' latency, in seconds. */
  OptionalDouble latencyQuantile(String model, double q, Duration over);

  /** The minutes of the period that had a request, oldest first. */
  List<ServingMinute> minutes(String model, Duration over);
}
