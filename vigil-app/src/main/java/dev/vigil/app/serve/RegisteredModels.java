package dev.vigil.app.serve;

import dev.vigil.core.model.ModelStore;
import dev.vigil.core.model.MonitoredModel;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Finds monitored models by name for the window aggregator, which asks once per record: a model
 * found is remembered, since a registered model never changes; a name not found is asked again next
 * time, since the model may be registered in between.
 */
final class RegisteredModels implements Function<String, Optional<MonitoredModel>> {

  private final ModelStore store;
  private final Map<String, MonitoredModel> found = new ConcurrentHashMap<>();

  RegisteredModels(ModelStore store) {
    this.store = store;
  }

  @Override
  public Optional<MonitoredModel> apply(String name) {
    MonitoredModel model = found.get(name);
    if (model != null) {
      return Optional.of(model);
    }
    Optional<MonitoredModel> stored = store.find(name);
    stored.ifPresent(m -> found.put(name, m));
    return stored;
  }
}
