package dev.vigil.core.serving;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The inference requests of one model in one minute.
 *
 * <p>Invariants: {@code start} is a whole minute; {@code 0 <= errors <= requests}; the quantiles
 * are present exactly when at least one request was answered ({@code requests > errors}).
 *
 * @param start the minute's first instant
 * @param requests requests answered or refused by the model or its inputs, or failed
 * @param errors requests refused (4xx) or failed (5xx)
 * @param p50Seconds the median latency of the answered requests
 * @param p99Seconds their 99th percentile
 */
public record ServingMinute(
    Instant start,
    long requests,
    long errors,
    OptionalDouble p50Seconds,
    OptionalDouble p99Seconds) {

  public ServingMinute {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(p50Seconds, "p50Seconds");
    Objects.requireNonNull(p99Seconds, "p99Seconds");
    if (start.getEpochSecond() % 60 != 0 || start.getNano() != 0) {
      throw new IllegalArgumentException("start must be a whole minute, was " + start);
    }
    if (errors < 0 || errors > requests) {
      throw new IllegalArgumentException(
          "errors must be in [0, requests=" + requests + "], was " + errors);
    }
    boolean answered = requests > errors;
    if (p50Seconds.isPresent() != answered || p99Seconds.isPresent() != answered) {
      throw new IllegalArgumentException(
          "p50Seconds and p99Seconds must be present exactly when a request was answered");
    }
  }
}
