package dev.vigil.core.query;

import dev.vigil.core.window.LabelledScoreSample;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.stats.estimate.CalibrationCheck;
import dev.vigil.stats.estimate.CbpeEstimator;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CBPE estimator fitted on each model's reference pairs (docs/ESTIMATION.md#live-estimation),
 * kept per model until its reference's upload time or its threshold changes, so that a query fits
 * at most once per reference. Safe for concurrent use: two queries racing on a new reference may
 * both fit it, and fitting is deterministic, so either result serves.
 */
final class ReferenceEstimators {

  /** The fewest pairs an estimator is fitted on. */
  static final int MIN_PAIRS = 100;

  /** Reference chunks for the alert limits: NannyML's default chunker makes 10. */
  static final int CHUNKS = 10;

  /** The estimator of one reference, or why there is none. */
  record Fitted(
      Instant uploadedAt,
      double threshold,
      Optional<CbpeEstimator> estimator,
      Optional<String> reason) {}

  private final Map<String, Fitted> fitted = new ConcurrentHashMap<>();

  /** The estimator of the model's reference at its decision threshold, or why there is none. */
  Fitted of(String model, Optional<ReferenceSummary> reference, double threshold) {
    if (reference.isEmpty()) {
      fitted.remove(model);
      return new Fitted(
          Instant.EPOCH, threshold, Optional.empty(), Optional.of("the model has no reference"));
    }
    Instant uploadedAt = reference.get().uploadedAt();
    Fitted found = fitted.get(model);
    if (found != null
        && found.uploadedAt().equals(uploadedAt)
        && Double.compare(found.threshold(), threshold) == 0) {
      return found;
    }
    Fitted fresh = fit(reference.get().labelledScores(), uploadedAt, threshold);
    fitted.put(model, fresh);
    return fresh;
  }

  /** The chunk size of the alert limits for a reference of {@code pairs} pairs. */
  static int chunkSize(int pairs) {
    return Math.max(1, (pairs + CHUNKS - 1) / CHUNKS);
  }

  private static Fitted fit(LabelledScoreSample pairs, Instant uploadedAt, double threshold) {
    Optional<String> reason = unfit(pairs);
    if (reason.isPresent()) {
      return new Fitted(uploadedAt, threshold, Optional.empty(), reason);
    }
    try {
      CbpeEstimator estimator =
          CbpeEstimator.fit(
              pairs.scores(),
              pairs.labels(),
              threshold,
              chunkSize(pairs.size()),
              CalibrationCheck.DEFAULT_SEED);
      return new Fitted(uploadedAt, threshold, Optional.of(estimator), Optional.empty());
    } catch (IllegalArgumentException e) {
      return new Fitted(
          uploadedAt,
          threshold,
          Optional.empty(),
          Optional.of("the reference's labelled scores cannot be fitted: " + e.getMessage()));
    }
  }

  private static Optional<String> unfit(LabelledScoreSample pairs) {
    if (pairs.isEmpty()) {
      return Optional.of(
          "the reference has no labelled scores (upload one with both a score and a target"
              + " column)");
    }
    if (pairs.size() < MIN_PAIRS) {
      return Optional.of(
          "the reference has "
              + pairs.size()
              + " labelled scores, estimation needs at least "
              + MIN_PAIRS);
    }
    long positives = pairs.positives();
    if (positives == 0 || positives == pairs.size()) {
      return Optional.of("the reference's labelled scores hold one class only");
    }
    return Optional.empty();
  }
}
