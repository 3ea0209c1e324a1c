package dev.vigil.http;

import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.window.FeatureValueCheck;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The series of one monitored model, resolved once so that counting a record is a few map lookups
 * and atomic adds. A model never changes once registered, so its threshold and schema are read
 * once. Versions get their own label in the order they first come, up to {@value #MAX_VERSIONS};
 * later ones share {@value #OTHER_VERSION}.
 */
final class ModelSeries {

  static final int MAX_VERSIONS = 20;
  static final String OTHER_VERSION = "other";

  /** The counters of one version label. */
  private record VersionSeries(
      CounterDataPoint positive, CounterDataPoint negative, CounterDataPoint labels) {}

  /** The data-quality counters of one schema column. */
  private record FeatureSeries(
      ColumnSchema column, CounterDataPoint missing, CounterDataPoint wrongType) {

    void check(Map<String, Object> features) {
      switch (FeatureValueCheck.of(column.kind(), features.get(column.name()))) {
        case MISSING -> missing.inc();
        case WRONG_TYPE -> wrongType.inc();
        case FITS -> {}
      }
    }
  }

  private final String model;
  private final double threshold;
  private final CommittedEventMetrics.Families families;
  private final List<FeatureSeries> features;
  private final DistributionDataPoint score;
  private final DistributionDataPoint labelDelay;
  private final Map<String, VersionSeries> versions = new HashMap<>();
  private VersionSeries other;

  ModelSeries(MonitoredModel model, CommittedEventMetrics.Families families) {
    this.model = model.name();
    this.threshold = model.decisionThreshold();
    this.families = families;
    this.features =
        model.schema().columns().stream()
            .map(
                c ->
                    new FeatureSeries(
                        c,
                        families.missing().labelValues(this.model, c.name()),
                        families.wrongType().labelValues(this.model, c.name())))
            .toList();
    this.score = families.score().labelValues(this.model);
    this.labelDelay = families.labelDelay().labelValues(this.model);
  }

  void predicted(PredictionRecord prediction) {
    VersionSeries version = version(prediction.modelVersion());
    (prediction.score() >= threshold ? version.positive() : version.negative()).inc();
    score.observe(prediction.score());
    for (FeatureSeries feature : features) {
      feature.check(prediction.features());
    }
  }

  void labelled(LabeledPrediction pair) {
    version(pair.prediction().modelVersion()).labels().inc();
    long micros =
        ChronoUnit.MICROS.between(pair.prediction().eventTime(), pair.label().labelTime());
    // A label stamped before its prediction (clock skew) counts as no delay at all.
    labelDelay.observe(Math.max(0, micros) / 1e6);
  }

  private synchronized VersionSeries version(String version) {
    VersionSeries found = versions.get(version);
    if (found != null) {
      return found;
    }
    if (versions.size() < MAX_VERSIONS) {
      VersionSeries created = seriesOf(version);
      versions.put(version, created);
      return created;
    }
    if (other == null) {
      other = seriesOf(OTHER_VERSION);
    }
    return other;
  }

  private VersionSeries seriesOf(String label) {
    return new VersionSeries(
        families.predictions().labelValues(model, label, "1"),
        families.predictions().labelValues(model, label, "0"),
        families.labels().labelValues(model, label));
  }
}
