package dev.vigil.store;

import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import java.time.Instant;
import java.util.List;

/** Monitored models for the store tests, every field set to something other than a default. */
final class Models {

  private Models() {}

  static MonitoredModel churn(String name) {
    return new MonitoredModel(
        name,
        new DatasetSchema(
            List.of(
                new ColumnSchema("CreditScore", ColumnKind.NUMERIC),
                new ColumnSchema("Geography", ColumnKind.CATEGORICAL),
                new ColumnSchema("Gender", ColumnKind.CATEGORICAL),
                new ColumnSchema("Age", ColumnKind.NUMERIC),
                new ColumnSchema("HasCrCard", ColumnKind.BOOLEAN),
                new ColumnSchema("Ünïcode \"quoted\"", ColumnKind.CATEGORICAL))),
        new ClassLabels("churned", List.of("1", "Yes", "true"), List.of("0", "No", "false")),
        0.37,
        WindowGranularity.MINUTE,
        List.of("Geography", "HasCrCard"),
        Instant.parse("2026-11-23T10:15:30.123456Z"));
  }

  static MonitoredModel simple(String name, double threshold) {
    return new MonitoredModel(
        name,
        new DatasetSchema(List.of(new ColumnSchema("x", ColumnKind.NUMERIC))),
        new ClassLabels("positive", List.of("1"), List.of("0")),
        threshold,
        WindowGranularity.HOUR,
        List.of(),
        Instant.parse("1969-12-31T23:59:59.999999Z"));
  }
}
