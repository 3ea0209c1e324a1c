package dev.vigil.core.query;

import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.core.window.ReferenceStore;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.core.window.Segment;
import dev.vigil.core.window.Window;
import dev.vigil.core.window.WindowKey;
import dev.vigil.core.window.WindowQuery;
import dev.vigil.core.window.WindowSource;
import dev.vigil.core.window.WindowSummary;
import dev.vigil.stats.drift.ColumnKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory fakes of the ports the queries read, and the test model {@code churn}. */
final class InMemory implements WindowSource {

  static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

  private final Map<String, MonitoredModel> models = new HashMap<>();
  private final List<Window> windows = new ArrayList<>();
  private final Map<String, ReferenceSummary> references = new HashMap<>();

  static MonitoredModel churn(WindowGranularity granularity) {
    return new MonitoredModel(
        "churn",
        new DatasetSchema(
            List.of(
                new ColumnSchema("Age", ColumnKind.NUMERIC),
                new ColumnSchema("Geography", ColumnKind.CATEGORICAL),
                new ColumnSchema("IsActive", ColumnKind.BOOLEAN))),
        new ClassLabels("churned", List.of("1"), List.of("0")),
        0.5,
        granularity,
        List.of("Geography"),
        CREATED);
  }

  InMemory withModel(MonitoredModel model) {
    models.put(model.name(), model);
    return this;
  }

  /** Adds a window of version {@code version} of churn, segment all. */
  InMemory window(String version, String start, WindowSummary summary) {
    return window(version, Segment.ALL, start, summary);
  }

  InMemory window(String version, Segment segment, String start, WindowSummary summary) {
    windows.add(
        new Window(new WindowKey("churn", version, segment, Instant.parse(start)), summary));
    return this;
  }

  ModelStore models() {
    return new ModelStore() {
      @Override
      public void create(MonitoredModel model) {
        models.put(model.name(), model);
      }

      @Override
      public Optional<MonitoredModel> find(String name) {
        return Optional.ofNullable(models.get(name));
      }

      @Override
      public List<MonitoredModel> list() {
        return List.copyOf(models.values());
      }
    };
  }

  ReferenceStore references() {
    return new ReferenceStore() {
      @Override
      public void put(String modelName, ReferenceSummary reference) {
        references.put(modelName, reference);
      }

      @Override
      public Optional<ReferenceSummary> find(String modelName) {
        return Optional.ofNullable(references.get(modelName));
      }
    };
  }

  InMemory reference(ReferenceSummary reference) {
    references.put("churn", reference);
    return this;
  }

  MonitoringQueries queries(Instant now) {
    return new MonitoringQueries(
        models(), this, references(), java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
  }

  @Override
  public List<Window> windows(WindowQuery query) {
    return windows.stream()
        .filter(w -> query.matches(w.key()))
        .sorted(
            Comparator.comparing((Window w) -> w.key().start())
                .thenComparing(w -> w.key().modelVersion()))
        .toList();
  }
}
