package dev.vigil.app.csv;

import dev.vigil.stats.drift.ColumnKind;
import java.nio.file.Path;
import java.util.Map;

/** Reads one column of a CSV file as numbers (blank cells become NaN), e.g. a stream to watch. */
public final class NumericColumnReader {

  private NumericColumnReader() {}

  /**
   * @throws CsvInputException naming the file, and the line and column of a cell that is not a
   *     number
   */
  public static double[] read(Path path, String column, ProgressMeter meter) {
    CsvLayout layout = CsvLayout.probe(path);
    if (!layout.header().contains(column)) {
      throw new CsvInputException(
          layout.source() + ": no column '" + column + "'; its columns: " + layout.header());
    }
    CsvColumnReader.Parsed parsed =
        CsvColumnReader.read(layout, Map.of(column, ColumnBuilder.Mode.NUMBERS), meter);
    meter.finish();
    return ((TableColumn.Numeric) parsed.column(column).build(ColumnKind.NUMERIC)).values();
  }
}
