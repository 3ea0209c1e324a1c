package dev.vigil.core.detector;

import dev.vigil.stats.detect.DetectorMethod;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The detectors of one model's live streams: the score stream's, the error stream's, and one per
 * chosen numeric feature (in the order given). Invariants: the score and feature detectors take
 * real values (not a 0/1 error-stream method such as DDM); feature names are not blank.
 */
public record ModelDetectors(
    StreamDetector score, StreamDetector error, Map<String, StreamDetector> features) {

  /** What a model runs when the configuration says nothing: ADWIN on scores, DDM on errors. */
  public static final ModelDetectors DEFAULT =
      new ModelDetectors(
          StreamDetector.of(DetectorMethod.ADWIN), StreamDetector.of(DetectorMethod.DDM), Map.of());

  public ModelDetectors {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(error, "error");
    requireRealValued(score, "score");
    Map<String, StreamDetector> copy = new LinkedHashMap<>();
    features.forEach(
        (feature, detector) -> {
          if (feature == null || feature.isBlank()) {
            throw new IllegalArgumentException("features: a feature name is blank");
          }
          requireRealValued(Objects.requireNonNull(detector, "features"), "features." + feature);
          copy.put(feature, detector);
        });
    features = java.util.Collections.unmodifiableMap(copy);
  }

  /** The detector the stream runs; empty for a feature stream this model does not choose. */
  public Optional<StreamDetector> of(String stream) {
    if (stream.equals(LiveDetectors.SCORE)) {
      return Optional.of(score);
    }
    if (stream.equals(LiveDetectors.ERROR)) {
      return Optional.of(error);
    }
    return LiveDetectors.featureOf(stream).map(features::get);
  }

  private static void requireRealValued(StreamDetector detector, String field) {
    if (detector.method().errorStream()) {
      throw new IllegalArgumentException(
          field
              + ": "
              + detector.method().id()
              + " takes a 0/1 error stream; use adwin, page-hinkley, kswin, iks or"
              + " mean-variance-shift");
    }
  }
}
