package dev.vigil.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegisteredModelsTest {

  private static final MonitoredModel CHURN =
      new MonitoredModel(
          "churn",
          new DatasetSchema(List.of(new ColumnSchema("Age", ColumnKind.NUMERIC))),
          new ClassLabels("churn", List.of("1"), List.of("0")),
          0.5,
          WindowGranularity.HOUR,
          List.of(),
          Instant.EPOCH);

  /** A store counting its look-ups, where models can be registered. */
  private static final class CountingStore implements ModelStore {
    final List<MonitoredModel> models = new ArrayList<>();
    int finds;

    @Override
    public void create(MonitoredModel model) {
      models.add(model);
    }

    @Override
    public Optional<MonitoredModel> find(String name) {
      finds++;
      return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    @Override
    public List<MonitoredModel> list() {
      return models;
    }
  }

  @Test
  void aFoundModelIsAskedForOnceAndAMissingOneAgainUntilItIsRegistered() {
    CountingStore store = new CountingStore();
    RegisteredModels models = new RegisteredModels(store);

    assertEquals(Optional.empty(), models.apply("churn"));
    store.create(CHURN);
    assertSame(CHURN, models.apply("churn").orElseThrow());
    assertSame(CHURN, models.apply("churn").orElseThrow());
    assertEquals(2, store.finds);
  }
}
