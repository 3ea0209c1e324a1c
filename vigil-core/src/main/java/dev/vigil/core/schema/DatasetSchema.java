package dev.vigil.core.schema;

import dev.vigil.stats.drift.ColumnKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The columns of a dataset in file order. Column names are unique. */
public record DatasetSchema(List<ColumnSchema> columns) {

  public DatasetSchema {
    columns = List.copyOf(columns);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      Integer previous = seen.put(columns.get(i).name(), i);
      if (previous != null) {
        throw new IllegalArgumentException(
            "columns: duplicate name '"
                + columns.get(i).name()
                + "' at positions "
                + (previous + 1)
                + " and "
                + (i + 1));
      }
    }
  }

  /** The column with this name, if there is one. */
  public Optional<ColumnSchema> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The kind of the named column; an error naming the column when there is none. */
  public ColumnKind kindOf(String name) {
    return column(name)
        .orElseThrow(() -> new IllegalArgumentException("no column named '" + name + "'"))
        .kind();
  }

  public List<String> names() {
    return columns.stream().map(ColumnSchema::name).toList();
  }

  public int size() {
    return columns.size();
  }
}
