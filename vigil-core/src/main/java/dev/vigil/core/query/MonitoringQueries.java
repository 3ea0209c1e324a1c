package dev.vigil.core.query;

import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.window.FeatureSummary;
import dev.vigil.core.window.ReferenceStore;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.core.window.Segment;
import dev.vigil.core.window.Window;
import dev.vigil.core.window.WindowKey;
import dev.vigil.core.window.WindowQuery;
import dev.vigil.core.window.WindowSource;
import dev.vigil.stats.drift.DriftOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The monitoring queries of a model (windows, drift, performance) over its base windows and its
 * reference. Parses and checks the client's parameters (errors are IllegalArgumentExceptions naming
 * the parameter), reads the windows once per query and merges them. Its only state is the cache of
 * CBPE estimators fitted on each model's reference; safe for concurrent use when its ports are.
 */
public final class MonitoringQueries {

  /** The most buckets one query may ask for: 7 days of minutes, more than 400 days of hours. */
  public static final long MAX_BUCKETS = 7 * 24 * 60;

  private final ModelStore models;
  private final WindowSource windows;
  private final ReferenceStore references;
  private final Clock clock;
  private final ReferenceEstimators estimators = new ReferenceEstimators();

  public MonitoringQueries(
      ModelStore models, WindowSource windows, ReferenceStore references, Clock clock) {
    this.models = Objects.requireNonNull(models, "models");
    this.windows = Objects.requireNonNull(windows, "windows");
    this.references = Objects.requireNonNull(references, "references");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Volume, predicted positive rate, scores, labels, data quality and latency per bucket of the
   * granularity asked (default: the model's base granularity).
   *
   * @throws UnknownModelException when the model is not monitored
   * @throws IllegalArgumentException naming the parameter at fault
   */
  public WindowsView windows(QueryParameters parameters) {
    QueryScope scope = scope(parameters);
    BucketGranularity granularity = granularity(parameters, scope);
    Optional<ReferenceSummary> reference = references.find(scope.model().name());
    List<BucketStats> buckets =
        RollUp.buckets(read(scope, granularity), granularity, scope.range()).stream()
            .map(bucket -> BucketStats.of(bucket, scope.model(), reference))
            .toList();
    return new WindowsView(
        scope, granularity, reference.map(ReferenceSummary::uploadedAt), buckets);
  }

  /**
   * Drift of the range's merged windows against the reference, per feature, of the scores and of
   * the label, with the automatic choice of method and the default thresholds.
   *
   * @throws MissingReferenceException when the model has no reference
   */
  public DriftView drift(QueryParameters parameters) {
    QueryScope scope = scope(parameters);
    if (parameters.granularity().isPresent()) {
      throw new IllegalArgumentException("granularity: the drift query covers the whole range");
    }
    ReferenceSummary reference =
        references
            .find(scope.model().name())
            .orElseThrow(() -> new MissingReferenceException(scope.model().name()));
    return DriftComparison.compare(
        scope,
        reference,
        RollUp.total(readByDay(scope), threshold(scope)),
        DriftOptions.defaults());
  }

  /**
   * The drift of each bucket of the granularity asked (required) against the reference, as {@link
   * #drift} computes it over the bucket's part of the range, and of the whole range; buckets with
   * no window are left out.
   *
   * @throws MissingReferenceException when the model has no reference
   * @throws IllegalArgumentException naming {@code granularity} when absent, finer than the base
   *     windows, or giving more than 744 buckets
   */
  public DriftBucketsView driftBuckets(QueryParameters parameters) {
    QueryScope scope = scope(parameters);
    if (parameters.granularity().isEmpty()) {
      throw new IllegalArgumentException("granularity: the drift per bucket needs one");
    }
    BucketGranularity granularity = granularity(parameters, scope);
    DriftBuckets.requireFew(bucketCount(scope.range(), granularity), granularity);
    ReferenceSummary reference =
        references
            .find(scope.model().name())
            .orElseThrow(() -> new MissingReferenceException(scope.model().name()));
    return DriftBuckets.compare(
        scope,
        reference,
        granularity,
        RollUp.buckets(read(scope, granularity), granularity, scope.range()),
        threshold(scope));
  }

  /**
   * One feature's distribution in the range's merged windows beside the reference's, as bars
   * (reference deciles for a numeric feature, the reference's top categories otherwise).
   *
   * @throws MissingReferenceException when the model has no reference
   * @throws IllegalArgumentException naming {@code feature} when the model has no such feature
   */
  public FeatureDistribution distribution(QueryParameters parameters, String feature) {
    QueryScope scope = scope(parameters);
    if (parameters.granularity().isPresent()) {
      throw new IllegalArgumentException(
          "granularity: the distribution query covers the whole range");
    }
    ColumnSchema column =
        scope
            .model()
            .schema()
            .column(feature)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "feature: model '"
                            + scope.model().name()
                            + "' has no feature '"
                            + feature
                            + "'"));
    ReferenceSummary reference =
        references
            .find(scope.model().name())
            .orElseThrow(() -> new MissingReferenceException(scope.model().name()));
    FeatureSummary current =
        RollUp.total(readByDay(scope), threshold(scope))
            .features()
            .getOrDefault(feature, DataQuality.emptyOf(column.kind()));
    return DistributionComparison.compare(scope, column, reference, current);
  }

  /** Realized performance over the range, and per bucket when a granularity is given. */
  public PerformanceView performance(QueryParameters parameters) {
    QueryScope scope = scope(parameters);
    Optional<BucketGranularity> granularity =
        parameters.granularity().map(g -> granularity(parameters, scope));
    List<Window> read = readByDay(scope);
    List<BucketPerformance> buckets =
        granularity
            .map(
                g ->
                    RollUp.buckets(read(scope, g), g, scope.range()).stream()
                        .map(BucketPerformance::of)
                        .toList())
            .orElse(List.of());
    return new PerformanceView(
        scope, PerformanceStats.of(RollUp.total(read, threshold(scope))), granularity, buckets);
  }

  /**
   * Performance estimated without labels (CBPE, docs/ESTIMATION.md#live-estimation) over the range,
   * and per bucket when a granularity is given: fitted on the reference's (score, label) pairs at
   * the model's decision threshold (once per reference upload), applied to the windows' scores.
   * Unavailable, with the reason, when the model has no reference or its reference has no usable
   * pairs.
   *
   * @throws UnknownModelException when the model is not monitored
   * @throws IllegalArgumentException naming the parameter at fault
   */
  public EstimatedPerformanceView estimatedPerformance(QueryParameters parameters) {
    QueryScope scope = scope(parameters);
    Optional<BucketGranularity> granularity =
        parameters.granularity().map(g -> granularity(parameters, scope));
    double threshold = threshold(scope);
    ReferenceEstimators.Fitted fitted =
        estimators.of(scope.model().name(), references.find(scope.model().name()), threshold);
    if (fitted.estimator().isEmpty()) {
      return new EstimatedPerformanceView(
          scope,
          threshold,
          fitted.reason(),
          new EstimatedMetrics(0, true, Map.of()),
          granularity,
          List.of());
    }
    // Base windows, not day roll-ups: each keeps its exact scores up to 4096 predictions.
    WindowEstimates estimates = new WindowEstimates(fitted.estimator().get(), read(scope));
    return new EstimatedPerformanceView(
        scope,
        threshold,
        Optional.empty(),
        estimates.total(),
        granularity,
        granularity.map(g -> estimates.buckets(g, scope.range())).orElse(List.of()));
  }

  /**
   * The start of the latest UTC day, among the {@code days} days that end with today's (by the
   * clock), in which at least one prediction of the model (any version) has its label; empty when
   * none has. Reads the day roll-ups once and merges nothing, so it is cheap to ask often.
   *
   * @throws UnknownModelException when the model is not monitored
   * @throws IllegalArgumentException naming {@code days} unless it is in [1, 400]
   */
  public Optional<Instant> latestLabelledDay(String model, int days) {
    if (days < 1 || days > TimeRange.MAX_LENGTH.toDays()) {
      throw new IllegalArgumentException("days: must be in [1, 400], was " + days);
    }
    models.find(model).orElseThrow(() -> new UnknownModelException(model));
    Instant to =
        WindowKey.windowStart(clock.instant(), WindowKey.DAY_SECONDS)
            .plusSeconds(WindowKey.DAY_SECONDS);
    Instant from = to.minus(Duration.ofDays(days));
    return windows.days(new WindowQuery(model, from, to, Segment.ALL, Optional.empty())).stream()
        .filter(day -> day.summary().labelledCount() > 0)
        .map(day -> day.key().start())
        .max(Instant::compareTo);
  }

  private QueryScope scope(QueryParameters parameters) {
    MonitoredModel model =
        models
            .find(parameters.model())
            .orElseThrow(() -> new UnknownModelException(parameters.model()));
    TimeRange range = TimeRange.resolve(parameters.from(), parameters.to(), clock);
    Segment segment = Segment.parse(parameters.segment().orElse("all"));
    return new QueryScope(model, range, segment, parameters.version());
  }

  private static BucketGranularity granularity(QueryParameters parameters, QueryScope scope) {
    BucketGranularity granularity =
        parameters
            .granularity()
            .map(BucketGranularity::fromId)
            .orElse(BucketGranularity.of(scope.model().windowGranularity()))
            .requireNotFinerThan(scope.model().windowGranularity());
    long buckets = bucketCount(scope.range(), granularity);
    if (buckets > MAX_BUCKETS) {
      throw new IllegalArgumentException(
          "granularity: the range holds up to "
              + buckets
              + " "
              + granularity.id()
              + " buckets, more than "
              + MAX_BUCKETS
              + "; shorten the range or use a coarser granularity");
    }
    return granularity;
  }

  /** How many buckets of {@code granularity} the range touches. */
  static long bucketCount(TimeRange range, BucketGranularity granularity) {
    long seconds = Duration.between(granularity.bucketStart(range.from()), range.to()).toSeconds();
    long length = granularity.length().toSeconds();
    return (seconds + length - 1) / length;
  }

  private List<Window> read(QueryScope scope) {
    return windows.windows(scope.windowQuery());
  }

  /**
   * The same records as {@link #read}, in fewer rows: the day roll-ups of the range's whole UTC
   * days and the base windows of its partial days at either end. Right for totals and for buckets
   * of a day or longer, which a day roll-up never straddles.
   */
  private List<Window> readByDay(QueryScope scope) {
    Instant from = scope.range().from();
    Instant to = scope.range().to();
    Instant firstDay = WindowKey.windowStart(from, WindowKey.DAY_SECONDS);
    if (firstDay.isBefore(from)) {
      firstDay = firstDay.plusSeconds(WindowKey.DAY_SECONDS);
    }
    Instant lastDay = WindowKey.windowStart(to, WindowKey.DAY_SECONDS);
    if (!firstDay.isBefore(lastDay)) {
      return read(scope);
    }
    List<Window> read = new ArrayList<>();
    if (from.isBefore(firstDay)) {
      read.addAll(windows.windows(query(scope, from, firstDay)));
    }
    read.addAll(windows.days(query(scope, firstDay, lastDay)));
    if (lastDay.isBefore(to)) {
      read.addAll(windows.windows(query(scope, lastDay, to)));
    }
    return read;
  }

  private List<Window> read(QueryScope scope, BucketGranularity granularity) {
    return granularity.length().toSeconds() >= WindowKey.DAY_SECONDS
        ? readByDay(scope)
        : read(scope);
  }

  private static WindowQuery query(QueryScope scope, Instant from, Instant to) {
    return new WindowQuery(scope.model().name(), from, to, scope.segment(), scope.version());
  }

  private static double threshold(QueryScope scope) {
    return scope.model().decisionThreshold();
  }
}
