package dev.vigil.core.query;

import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.core.window.WindowSummary;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the windows query reports for one bucket.
 *
 * @param predictions number of predictions
 * @param predictedPositiveRate share of predictions at or above the decision threshold (the
 *     predicted churn rate); empty without predictions
 * @param scores the scores' mean and p05, p25, p50, p75, p95; empty without predictions
 * @param labelled predictions whose label has arrived
 * @param dataQuality each schema feature, in schema order
 * @param latencySeconds p50 and p99 of the serving latency of the predictions that carried one
 */
public record BucketStats(
    Instant start,
    Instant end,
    boolean partial,
    long predictions,
    OptionalDouble predictedPositiveRate,
    Optional<Quantiles> scores,
    long labelled,
    List<FeatureQuality> dataQuality,
    Optional<Quantiles> latencySeconds) {

  public BucketStats {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(predictedPositiveRate, "predictedPositiveRate");
    Objects.requireNonNull(scores, "scores");
    dataQuality = List.copyOf(dataQuality);
    Objects.requireNonNull(latencySeconds, "latencySeconds");
  }

  /** The statistics of a bucket of {@code model}, data quality against {@code reference}. */
  public static BucketStats of(
      Bucket bucket, MonitoredModel model, Optional<ReferenceSummary> reference) {
    return of(bucket.start(), bucket.end(), bucket.partial(), bucket.summary(), model, reference);
  }

  /**
   * The statistics of any summary of {@code model}'s predictions, e.g. a count-based period (whose
   * {@code start} and {@code end} are its first and last prediction times).
   */
  public static BucketStats of(
      Instant start,
      Instant end,
      boolean partial,
      WindowSummary s,
      MonitoredModel model,
      Optional<ReferenceSummary> reference) {
    long n = s.predictions();
    return new BucketStats(
        start,
        end,
        partial,
        n,
        n == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of((double) s.scores().predictedPositive() / n),
        Quantiles.of(s.scores().scores(), 0.05, 0.25, 0.5, 0.75, 0.95),
        s.labelledCount(),
        DataQuality.of(model.schema(), s.features(), reference),
        Quantiles.of(s.latencySeconds(), 0.5, 0.99));
  }
}
