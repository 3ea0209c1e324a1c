package dev.vigil.core.alert;

import dev.vigil.core.detector.DetectorStates;
import dev.vigil.core.detector.DetectorStatus;
import dev.vigil.core.monitor.DegradationPolicy;
import dev.vigil.core.query.BucketStats;
import dev.vigil.core.query.DriftView;
import dev.vigil.core.query.FeatureQuality;
import dev.vigil.core.query.MissingReferenceException;
import dev.vigil.core.query.MonitoringQueries;
import dev.vigil.core.query.QueryParameters;
import dev.vigil.core.query.UnknownModelException;
import dev.vigil.core.query.WindowsView;
import dev.vigil.core.serving.ServingSignals;
import dev.vigil.stats.drift.ColumnDrift;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads rules' signals with Vigil's monitoring queries, over all versions and segment {@code all}.
 * Performance (realized and estimated), drift and data-quality signals cover the {@value
 * #RANGE_HOURS} hours that end now; {@code no_data} its own window, widened to the start of the
 * model's base window it begins in (windows are the unit of storage). {@code streaming_drift} reads
 * the live detectors (1 when the named stream's detector detected a change at an event time within
 * the same hours, else 0; absent before it has seen anything or without detectors). {@code
 * error_rate} and {@code latency_p99} read the {@link ServingSignals} over the last 15 minutes of
 * the serving clock (absent when no request was served then, or without serving signals). {@code
 * degradation} is the decision of a {@link DegradationPolicy} (by default {@link
 * DegradationPolicy#defaults()}) on the labelled predictions of the same hours, against its
 * absolute threshold and the {@value #RANGE_HOURS} hours before: 1 when degraded, 0 when not,
 * absent with too few labels.
 */
public final class QuerySignalSource implements SignalSource {

  /** The hours the performance, drift and data-quality signals look back. */
  public static final int RANGE_HOURS = 24;

  private final MonitoringQueries queries;
  private final DetectorStates detectors;
  private final Optional<ServingSignals> serving;
  private final DegradationPolicy degradation;

  /** A source without streaming detectors: {@code streaming_drift} readings are absent. */
  public QuerySignalSource(MonitoringQueries queries) {
    this(queries, model -> List.of());
  }

  /** A source without serving signals: {@code error_rate} and {@code latency_p99} are absent. */
  public QuerySignalSource(MonitoringQueries queries, DetectorStates detectors) {
    this(queries, detectors, Optional.empty(), DegradationPolicy.defaults());
  }

  public QuerySignalSource(
      MonitoringQueries queries, DetectorStates detectors, ServingSignals serving) {
    this(
        queries,
        detectors,
        Optional.of(Objects.requireNonNull(serving, "serving")),
        DegradationPolicy.defaults());
  }

  private QuerySignalSource(
      MonitoringQueries queries,
      DetectorStates detectors,
      Optional<ServingSignals> serving,
      DegradationPolicy degradation) {
    this.queries = Objects.requireNonNull(queries, "queries");
    this.detectors = Objects.requireNonNull(detectors, "detectors");
    this.serving = serving;
    this.degradation = Objects.requireNonNull(degradation, "degradation");
  }

  /** This source, with {@code degradation} deciding the {@code degradation} signal. */
  public QuerySignalSource withDegradationPolicy(DegradationPolicy degradation) {
    return new QuerySignalSource(queries, detectors, serving, degradation);
  }

  @Override
  public SignalReading read(AlertRule rule, Instant now) {
    try {
      return readOrFail(rule, now);
    } catch (UnknownModelException e) {
      return SignalReading.absent("model '" + rule.model() + "' is not monitored", now);
    } catch (MissingReferenceException e) {
      return SignalReading.absent("the model has no reference to compare with", now);
    }
  }

  private SignalReading readOrFail(AlertRule rule, Instant now) {
    Signal signal = rule.signal();
    String model = rule.model();
    Instant from = now.minus(Duration.ofHours(RANGE_HOURS));
    if (signal instanceof Signal.Performance p) {
      return PerformanceReading.of(queries.performance(range(model, from, now)), p.metric(), now);
    }
    if (signal instanceof Signal.EstimatedPerformance e) {
      return EstimatedReading.value(
          queries.estimatedPerformance(range(model, from, now)), e.metric(), now);
    }
    if (signal instanceof Signal.EstimatedDrop e) {
      return EstimatedReading.drop(
          queries.estimatedPerformance(range(model, from, now)), e.metric(), now);
    }
    if (signal instanceof Signal.DriftShare) {
      DriftView drift = queries.drift(range(model, from, now));
      return noPredictions(drift)
          ? absentInRange(now)
          : SignalReading.of(drift.features().driftShare(), now);
    }
    if (signal instanceof Signal.FeatureDrift f) {
      return featureDrift(queries.drift(range(model, from, now)), f.feature(), now);
    }
    if (signal instanceof Signal.MissingShare m) {
      return QualityReading.of(
          windows(model, from, now), m.feature(), FeatureQuality::missing, now);
    }
    if (signal instanceof Signal.TypeErrorShare t) {
      return QualityReading.of(
          windows(model, from, now), t.feature(), FeatureQuality::typeErrors, now);
    }
    if (signal instanceof Signal.NoData n) {
      return SignalReading.of(predictionsSince(model, now.minus(n.window()), now), now);
    }
    if (signal instanceof Signal.Degradation) {
      Instant before = from.minus(Duration.ofHours(RANGE_HOURS));
      return DegradationReading.of(
          degradation,
          queries.performance(range(model, from, now)).total(),
          () -> queries.performance(range(model, before, from)).total(),
          now);
    }
    if (signal instanceof Signal.StreamingDrift d) {
      return streamingDrift(model, d.detector(), from, now);
    }
    if (signal instanceof Signal.ErrorRate && serving.isPresent()) {
      return ServingReading.errorRate(serving.get(), model, now);
    }
    if (signal instanceof Signal.LatencyP99 && serving.isPresent()) {
      return ServingReading.latencyP99(serving.get(), model, now);
    }
    return SignalReading.absent(
        "signal " + signal.kind() + " is not available from the monitoring queries yet", now);
  }

  private SignalReading streamingDrift(String model, String stream, Instant from, Instant now) {
    return detectors.of(model).stream()
        .filter(status -> status.stream().equals(stream) && status.observations() > 0)
        .findFirst()
        .map(status -> SignalReading.of(detectedSince(status, from) ? 1 : 0, now))
        .orElseGet(
            () -> SignalReading.absent("detector '" + stream + "' has seen nothing yet", now));
  }

  private static boolean detectedSince(DetectorStatus status, Instant from) {
    return status.lastDetection().filter(at -> !at.isBefore(from)).isPresent();
  }

  private static boolean noPredictions(DriftView drift) {
    return drift.predictions() == 0 || drift.features().columns().isEmpty();
  }

  private static SignalReading featureDrift(DriftView drift, String feature, Instant now) {
    if (drift.predictions() == 0) {
      return absentInRange(now);
    }
    return drift.features().columns().stream()
        .filter(column -> column.name().equals(feature))
        .map(ColumnDrift::result)
        .findFirst()
        .map(result -> SignalReading.of(result.statistic(), now))
        .orElseGet(
            () ->
                SignalReading.absent(
                    "feature '" + feature + "' was not tested (unknown, or skipped)", now));
  }

  private long predictionsSince(String model, Instant from, Instant now) {
    WindowsView view = windows(model, from, now);
    Instant aligned = view.granularity().bucketStart(from);
    if (aligned.isBefore(from)) {
      view = windows(model, aligned, now);
    }
    return view.buckets().stream().mapToLong(BucketStats::predictions).sum();
  }

  private WindowsView windows(String model, Instant from, Instant to) {
    return queries.windows(range(model, from, to));
  }

  private static QueryParameters range(String model, Instant from, Instant to) {
    return QueryParameters.of(model).withRange(from.toString(), to.toString());
  }

  static SignalReading absentInRange(Instant now) {
    return SignalReading.absent("no prediction in the last " + RANGE_HOURS + " hours", now);
  }
}
