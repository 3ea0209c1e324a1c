package dev.vigil.core.window;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which base windows to read: those of one model and segment whose start is in {@code [from, to)},
 * of one version or (empty) of every version.
 */
public record WindowQuery(
    String modelName, Instant from, Instant to, Segment segment, Optional<String> version) {

  public WindowQuery {
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(version, "version");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to, were " + from + " and " + to);
    }
  }

  /** Whether a window key is one this query reads. */
  public boolean matches(WindowKey key) {
    return key.modelName().equals(modelName)
        && key.segment().equals(segment)
        && version.map(v -> v.equals(key.modelVersion())).orElse(true)
        && !key.start().isBefore(from)
        && key.start().isBefore(to);
  }
}
