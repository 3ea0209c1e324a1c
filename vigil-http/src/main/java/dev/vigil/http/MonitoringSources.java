package dev.vigil.http;

import dev.vigil.core.event.EventReader;
import dev.vigil.core.window.ReferenceStore;
import dev.vigil.core.window.WindowSource;
import java.util.Objects;

/**
 * What the monitoring routes read besides the models: the windows (stored and pending, read
 * consistently), the models' references, which the reference upload writes, and the raw predictions
 * in time order, which the count-based periods read.
 */
public record MonitoringSources(
    WindowSource windows, ReferenceStore references, EventReader events) {

  public MonitoringSources {
    Objects.requireNonNull(windows, "windows");
    Objects.requireNonNull(references, "references");
    Objects.requireNonNull(events, "events");
  }

  /** Without raw predictions: the periods route then answers 503. */
  public MonitoringSources(WindowSource windows, ReferenceStore references) {
    this(
        windows,
        references,
        (model, from, to, version, after, limit) -> {
          throw new ApiException(503, null, "raw predictions are not available in this server");
        });
  }
}
