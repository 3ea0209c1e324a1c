package dev.vigil.http;

import dev.vigil.core.window.ReferenceStore;
import dev.vigil.core.window.WindowSource;
import java.util.Objects;

/**
 * What the monitoring routes read besides the models: the windows (stored and pending, read
 * consistently) and the models' references, which the reference upload writes.
 */
public record MonitoringSources(WindowSource windows, ReferenceStore references) {

  public MonitoringSources {
    Objects.requireNonNull(windows, "windows");
    Objects.requireNonNull(references, "references");
  }
}
