package dev.vigil.app.csv;

import dev.vigil.core.schema.DatasetSchema;
import java.util.Objects;

/**
 * A reference and a current table with the same columns, read against the schema inferred from the
 * reference.
 */
public record DatasetPair(DatasetSchema schema, Table reference, Table current) {

  public DatasetPair {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(current, "current");
  }
}
