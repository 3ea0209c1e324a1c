package dev.vigil.http;

import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.IngestListener;
import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.model.MonitoredModel;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Prometheus series of what the ingestion pipeline committed, told of each commit as an {@link
 * IngestListener}: predictions by model, version and predicted class, joined labels by model and
 * version, the score and label-delay histograms, and missing and wrongly typed feature values
 * (docs/METRICS.md). Labels stay bounded: models are registered ones, versions are capped per model
 * ({@link ModelSeries}), features are schema columns (others are not counted).
 *
 * <p>Quick and never throwing, as the writer's thread needs: each model is looked up once and kept
 * (a model never changes once registered); a failure is logged and the rest of the commit skipped.
 * Safe for concurrent use, should commits be reported from more than one thread.
 */
public final class CommittedEventMetrics implements IngestListener {

  private static final Logger LOG = LoggerFactory.getLogger(CommittedEventMetrics.class);

  /** Upper bounds of the score histogram: 0.05, 0.10, ..., 1.0. */
  static final double[] SCORE_BUCKETS = scoreBuckets();

  /** Upper bounds of the label-delay histogram, seconds: 1 minute to 90 days. */
  static final double[] LABEL_DELAY_BUCKETS = {
    60, 300, 900, 1_800, 3_600, 10_800, 21_600, 43_200, 86_400, 172_800, 345_600, 604_800,
    1_209_600, 2_592_000, 5_184_000, 7_776_000
  };

  /** The metric families, registered once and shared by every {@link ModelSeries}. */
  record Families(
      Counter predictions,
      Counter labels,
      Histogram score,
      Histogram labelDelay,
      Counter missing,
      Counter wrongType) {}

  private final Families families;
  private final Function<String, Optional<MonitoredModel>> models;
  private final Map<String, ModelSeries> series = new ConcurrentHashMap<>();

  /**
   * @param models the registered model of a name, e.g. {@code ModelStore::find}; asked once per
   *     model
   */
  public CommittedEventMetrics(
      PrometheusRegistry registry, Function<String, Optional<MonitoredModel>> models) {
    this.families = register(registry);
    this.models = models;
  }

  @Override
  public void committed(EventCommit commit) {
    try {
      for (PredictionRecord prediction : commit.insertedPredictions()) {
        seriesOf(prediction.modelName()).ifPresent(s -> s.predicted(prediction));
      }
      for (LabeledPrediction pair : commit.joined()) {
        seriesOf(pair.prediction().modelName()).ifPresent(s -> s.labelled(pair));
      }
    } catch (RuntimeException e) {
      LOG.warn("ingestion metrics left incomplete for commit {}", commit.lastSequence(), e);
    }
  }

  private Optional<ModelSeries> seriesOf(String model) {
    ModelSeries found = series.get(model);
    if (found != null) {
      return Optional.of(found);
    }
    // Not computeIfAbsent: an unknown model (never committed, in practice) is not remembered.
    Optional<ModelSeries> created = models.apply(model).map(m -> new ModelSeries(m, families));
    created.ifPresent(s -> series.putIfAbsent(model, s));
    return created.map(s -> series.get(model));
  }

  private static Families register(PrometheusRegistry registry) {
    return new Families(
        counter(
            registry,
            "vigil_predictions_total",
            "Predictions stored, by model, version and predicted class (score >= threshold: 1).",
            "model",
            "version",
            "class"),
        counter(
            registry,
            "vigil_labels_total",
            "Labels joined with their prediction, by model and the prediction's version.",
            "model",
            "version"),
        histogram(
            registry,
            "vigil_prediction_score",
            "Scores of the predictions stored, by model.",
            SCORE_BUCKETS),
        histogram(
            registry,
            "vigil_label_delay_seconds",
            "Label time minus prediction time of the joined pairs, by model.",
            LABEL_DELAY_BUCKETS),
        counter(
            registry,
            "vigil_feature_missing_total",
            "Stored predictions whose value of a schema column is absent, null or blank.",
            "model",
            "feature"),
        counter(
            registry,
            "vigil_feature_type_errors_total",
            "Stored predictions whose value of a schema column has the wrong type for its kind.",
            "model",
            "feature"));
  }

  private static Counter counter(
      PrometheusRegistry registry, String name, String help, String... labels) {
    return Counter.builder().name(name).help(help).labelNames(labels).register(registry);
  }

  private static Histogram histogram(
      PrometheusRegistry registry, String name, String help, double[] buckets) {
    return Histogram.builder()
        .name(name)
        .help(help)
        .labelNames("model")
        .classicOnly()
        .classicUpperBounds(buckets)
        .register(registry);
  }

  private static double[] scoreBuckets() {
    double[] bounds = new double[20];
    for (int i = 0; i < bounds.length; i++) {
      // i / 20.0, not i * 0.05, so that the bounds print as 0.15, not 0.15000000000000002.
      bounds[i] = (i + 1) / 20.0;
    }
    return bounds;
  }
}
