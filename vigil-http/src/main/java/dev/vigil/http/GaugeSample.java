package dev.vigil.http;

import io.prometheus.metrics.model.snapshots.Labels;
import java.util.List;
import java.util.Objects;

/**
 * One sample of a {@link MonitoringGauge}: its label values, in the order of the gauge's label
 * names (as many), and its value.
 */
record GaugeSample(MonitoringGauge gauge, List<String> labelValues, double value) {

  GaugeSample {
    Objects.requireNonNull(gauge, "gauge");
    labelValues = List.copyOf(labelValues);
    if (labelValues.size() != gauge.labelNames().size()) {
      throw new IllegalArgumentException(
          "labelValues: "
              + gauge.prometheusName()
              + " has labels "
              + gauge.labelNames()
              + ", was given "
              + labelValues);
    }
  }

  static GaugeSample of(MonitoringGauge gauge, double value, String... labelValues) {
    return new GaugeSample(gauge, List.of(labelValues), value);
  }

  Labels labels() {
    return Labels.of(gauge.labelNames(), labelValues);
  }
}
