package dev.vigil.app.csv;

import java.util.List;
import java.util.Objects;

/**
 * Columns read from one file, all of the same length.
 *
 * @param source the file as the user named it, for messages
 */
public record Table(String source, int rows, List<TableColumn> columns) {

  public Table {
    Objects.requireNonNull(source, "source");
    columns = List.copyOf(columns);
    for (TableColumn column : columns) {
      if (column.size() != rows) {
        throw new IllegalArgumentException(
            "columns: " + column.name() + " has " + column.size() + " rows, not " + rows);
      }
    }
  }

  /** The column with this name; an error naming it and the file when there is none. */
  public TableColumn column(String name) {
    return columns.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(source + ": no column '" + name + "'"));
  }
}
