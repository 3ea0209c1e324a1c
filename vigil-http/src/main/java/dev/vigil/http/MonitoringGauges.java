package dev.vigil.http;

import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.query.MonitoringQueries;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.MetricFamilyDescriptor;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drift and performance gauges of every registered model ({@link MonitoringGauge}), computed at
 * scrape time with the monitoring queries and kept per model for {@link ModelGaugeCache#TTL}
 * (docs/METRICS.md). A model whose queries fail is logged and left out of the scrape (for that
 * period too), and a model store that cannot list the models leaves all out: the scrape itself
 * never fails because of them. Safe for concurrent scrapes.
 */
public final class MonitoringGauges implements MultiCollector {

  private static final Logger LOG = LoggerFactory.getLogger(MonitoringGauges.class);

  private final ModelStore models;
  private final ModelGaugeCache cache;

  /**
   * @param queries the queries the API answers with, so that gauges and API agree
   * @param clock the clock the cache ages its entries by
   */
  public MonitoringGauges(MonitoringQueries queries, ModelStore models, Clock clock) {
    this.models = Objects.requireNonNull(models, "models");
    ModelGaugeReader reader = new ModelGaugeReader(Objects.requireNonNull(queries, "queries"));
    this.cache = new ModelGaugeCache(clock, model -> readOrNothing(reader, model));
  }

  @Override
  public MetricSnapshots collect() {
    Map<MonitoringGauge, GaugeSnapshot.Builder> families = new EnumMap<>(MonitoringGauge.class);
    for (MonitoringGauge gauge : MonitoringGauge.values()) {
      families.put(gauge, GaugeSnapshot.builder().name(gauge.prometheusName()).help(gauge.help()));
    }
    for (List<GaugeSample> samples : cache.samples(modelNames()).values()) {
      for (GaugeSample sample : samples) {
        families
            .get(sample.gauge())
            .dataPoint(
                GaugeDataPointSnapshot.builder()
                    .labels(sample.labels())
                    .value(sample.value())
                    .build());
      }
    }
    MetricSnapshots.Builder snapshots = MetricSnapshots.builder();
    families.values().forEach(family -> snapshots.metricSnapshot(family.build()));
    return snapshots.build();
  }

  @Override
  public List<MetricFamilyDescriptor> getMetricFamilyDescriptors() {
    List<MetricFamilyDescriptor> descriptors = new ArrayList<>();
    for (MonitoringGauge gauge : MonitoringGauge.values()) {
      descriptors.add(gauge.descriptor());
    }
    return descriptors;
  }

  private List<String> modelNames() {
    try {
      return models.list().stream().map(MonitoredModel::name).toList();
    } catch (RuntimeException e) {
      LOG.warn("monitoring gauges: cannot list the models; no drift or performance series", e);
      return List.of();
    }
  }

  private static List<GaugeSample> readOrNothing(ModelGaugeReader reader, String model) {
    try {
      return reader.read(model);
    } catch (RuntimeException e) {
      LOG.warn(
          "monitoring gauges: model '{}' left out for {} s",
          model,
          ModelGaugeCache.TTL.toSeconds(),
          e);
      return List.of();
    }
  }
}
