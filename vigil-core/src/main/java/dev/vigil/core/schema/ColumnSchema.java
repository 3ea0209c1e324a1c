package dev.vigil.core.schema;

import dev.vigil.stats.drift.ColumnKind;
import java.util.Objects;

/** A named column and the kind of its values. The name is never blank. */
public record ColumnSchema(String name, ColumnKind kind) {

  public ColumnSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
  }
}
