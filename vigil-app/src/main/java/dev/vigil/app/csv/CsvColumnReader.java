package dev.vigil.app.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parses a whole CSV file into one {@link ColumnBuilder} per requested column. */
final class CsvColumnReader {

  /** The parsed columns of a file, in header order, and its number of data rows. */
  record Parsed(int rows, List<ColumnBuilder> columns) {
    ColumnBuilder column(String name) {
      return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
  }

  private CsvColumnReader() {}

  /**
   * @param modes how to read each column to keep, by name; the others are skipped unparsed
   */
  static Parsed read(CsvLayout layout, Map<String, ColumnBuilder.Mode> modes, ProgressMeter meter) {
    ColumnBuilder[] byField = new ColumnBuilder[layout.header().size()];
    List<ColumnBuilder> columns = new ArrayList<>();
    for (int i = 0; i < byField.length; i++) {
      ColumnBuilder.Mode mode = modes.get(layout.header().get(i));
      if (mode != null) {
        byField[i] =
            new ColumnBuilder(layout.header().get(i), mode, layout.source(), layout.expectedRows());
        columns.add(byField[i]);
      }
    }
    ColumnarHandler handler = new ColumnarHandler(layout.source(), byField);
    try (InputStream in = meter.track(layout.source(), layout.bytes(), open(layout));
        CsvReader<Object> reader =
            CsvReader.builder()
                .fieldSeparator(layout.delimiter())
                .detectBomHeader(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .build(handler, in, StandardCharsets.UTF_8)) {
      reader.iterator().hasNext();
    } catch (CsvParseException e) {
      throw asInputError(layout.source(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new CsvInputException(layout.source() + ": cannot be read (" + e.getMessage() + ")", e);
    }
    return new Parsed(handler.rows(), columns);
  }

  private static InputStream open(CsvLayout layout) throws IOException {
    return Files.newInputStream(layout.path());
  }

  private static CsvInputException asInputError(String source, CsvParseException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CsvInputException input) {
        return input;
      }
    }
    return new CsvInputException(source + ": " + e.getMessage(), e);
  }
}
