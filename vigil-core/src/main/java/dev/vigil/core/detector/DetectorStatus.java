package dev.vigil.core.detector;

import dev.vigil.stats.detect.DetectorMethod;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a streaming detector of a model's live stream has seen: its method, how many observations,
 * and the event times of the observations at which it last warned and last detected a change, with
 * the number of detections. Invariants: counts are not negative, a detector that has detected has a
 * last detection time, and {@code stream} is {@code score}, {@code error} or {@code feature:NAME}
 * ({@link LiveDetectors#isStream}).
 */
public record DetectorStatus(
    String model,
    String stream,
    DetectorMethod method,
    long observations,
    Optional<Instant> lastWarning,
    Optional<Instant> lastDetection,
    long detections) {

  public DetectorStatus {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(lastWarning, "lastWarning");
    Objects.requireNonNull(lastDetection, "lastDetection");
    if (!LiveDetectors.isStream(stream)) {
      throw new IllegalArgumentException(
          "stream: '" + stream + "' is not score, error or feature:NAME");
    }
    if (observations < 0 || detections < 0 || detections > observations) {
      throw new IllegalArgumentException(
          "detections: " + detections + " of " + observations + " observations");
    }
    if (detections > 0 && lastDetection.isEmpty()) {
      throw new IllegalArgumentException("lastDetection: missing after " + detections);
    }
  }

  /** A detector that has seen nothing yet. */
  public static DetectorStatus fresh(String model, String stream, DetectorMethod method) {
    return new DetectorStatus(model, stream, method, 0, Optional.empty(), Optional.empty(), 0);
  }
}
