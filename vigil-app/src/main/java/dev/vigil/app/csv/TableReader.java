package dev.vigil.app.csv;

import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one CSV file into a {@link Table} with each column's kind inferred, as {@link
 * DatasetPairReader} does for a reference: the file is read a second time, with the kinds fixed,
 * only when a column's first non-number came after numbers (their text was not kept).
 */
public final class TableReader {

  private TableReader() {}

  /**
   * @param columns the columns to read, by name; each must be in the header
   */
  public static Table read(CsvLayout layout, Set<String> columns, ProgressMeter meter) {
    for (String name : columns) {
      if (!layout.header().contains(name)) {
        throw new CsvInputException(layout.source() + ": no column '" + name + "'");
      }
    }
    try {
      CsvColumnReader.Parsed parsed =
          CsvColumnReader.read(layout, modes(layout, columns, null), meter);
      DatasetSchema schema = schemaOf(parsed);
      if (parsed.columns().stream().anyMatch(ColumnBuilder::lostText)) {
        parsed = CsvColumnReader.read(layout, modes(layout, columns, schema), meter);
      }
      List<TableColumn> built = new ArrayList<>();
      for (ColumnSchema column : schema.columns()) {
        built.add(parsed.column(column.name()).build(column.kind()));
      }
      return new Table(layout.source(), parsed.rows(), built);
    } finally {
      meter.finish();
    }
  }

  /** Modes in header order: inference when {@code schema} is null, else the schema's kinds. */
  static Map<String, ColumnBuilder.Mode> modes(
      CsvLayout layout, Set<String> columns, DatasetSchema schema) {
    Map<String, ColumnBuilder.Mode> modes = new LinkedHashMap<>();
    for (String name : layout.header()) {
      if (columns.contains(name)) {
        ColumnBuilder.Mode mode = ColumnBuilder.Mode.INFER;
        if (schema != null) {
          mode =
              schema.kindOf(name) == ColumnKind.NUMERIC
                  ? ColumnBuilder.Mode.NUMERIC
                  : ColumnBuilder.Mode.CATEGORICAL;
        }
        modes.put(name, mode);
      }
    }
    return modes;
  }

  static DatasetSchema schemaOf(CsvColumnReader.Parsed parsed) {
    List<ColumnSchema> columns = new ArrayList<>();
    for (ColumnBuilder column : parsed.columns()) {
      columns.add(new ColumnSchema(column.name(), column.inferredKind()));
    }
    return new DatasetSchema(columns);
  }
}
