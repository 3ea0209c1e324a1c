package dev.vigil.http;

import dev.vigil.core.model.ModelStore;
import dev.vigil.core.window.ReferenceStore;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.core.window.Window;
import dev.vigil.core.window.WindowQuery;
import dev.vigil.core.window.WindowSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory windows and references for the HTTP tests (the JDBC window store is another module's
 * work): windows are added by the test; references are kept per model, refusing unknown models as
 * the port says.
 */
final class MemoryMonitoring implements WindowSource, ReferenceStore {

  private final ModelStore models;
  private final List<Window> windows = new ArrayList<>();
  private final Map<String, ReferenceSummary> references = new ConcurrentHashMap<>();

  MemoryMonitoring(ModelStore models) {
    this.models = models;
  }

  MonitoringSources sources() {
    return new MonitoringSources(this, this);
  }

  synchronized void add(Window window) {
    windows.add(window);
  }

  @Override
  public synchronized List<Window> windows(WindowQuery query) {
    return windows.stream()
        .filter(w -> query.matches(w.key()))
        .sorted(
            Comparator.comparing((Window w) -> w.key().start())
                .thenComparing(w -> w.key().modelVersion()))
        .toList();
  }

  @Override
  public void put(String modelName, ReferenceSummary reference) {
    if (models.find(modelName).isEmpty()) {
      throw new IllegalArgumentException("name: no monitored model named '" + modelName + "'");
    }
    references.put(modelName, reference);
  }

  @Override
  public Optional<ReferenceSummary> find(String modelName) {
    return Optional.ofNullable(references.get(modelName));
  }
}
