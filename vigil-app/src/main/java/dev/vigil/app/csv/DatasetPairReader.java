package dev.vigil.app.csv;

import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a reference and a current CSV file in parallel, infers the schema from the reference and
 * checks the current file against it.
 *
 * <p>Both files are parsed at once with kinds inferred on the fly; the schema is known only when
 * the reference is finished. A file is read a second time, with the schema fixed, only when a
 * column needs it: a reference column whose first non-number came after numbers (their text was not
 * kept), or a current column that disagrees with the reference (which also produces the error for a
 * non-number in a numeric column, at its line).
 */
public final class DatasetPairReader {

  private DatasetPairReader() {}

  /**
   * @param columns the columns to read, by name; each must be in both headers
   */
  public static DatasetPair read(
      CsvLayout reference, CsvLayout current, Set<String> columns, ProgressMeter meter) {
    checkHeaders(reference, current, columns);
    Map<String, ColumnBuilder.Mode> inferAll = TableReader.modes(reference, columns, null);
    ExecutorService pool =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "vigil-read-current");
              t.setDaemon(true);
              return t;
            });
    try {
      Future<CsvColumnReader.Parsed> currentRead =
          pool.submit(() -> CsvColumnReader.read(current, inferAll, meter));
      CsvColumnReader.Parsed ref;
      try {
        ref = CsvColumnReader.read(reference, inferAll, meter);
      } catch (RuntimeException e) {
        currentRead.cancel(true);
        throw e;
      }
      DatasetSchema schema = TableReader.schemaOf(ref);
      if (ref.columns().stream().anyMatch(ColumnBuilder::lostText)) {
        ref = CsvColumnReader.read(reference, TableReader.modes(reference, columns, schema), meter);
      }
      CsvColumnReader.Parsed cur = await(currentRead);
      if (!agrees(cur, schema)) {
        cur = CsvColumnReader.read(current, TableReader.modes(current, columns, schema), meter);
      }
      return new DatasetPair(schema, table(reference, ref, schema), table(current, cur, schema));
    } finally {
      pool.shutdownNow();
      meter.finish();
    }
  }

  private static void checkHeaders(CsvLayout reference, CsvLayout current, Set<String> columns) {
    for (String name : columns) {
      if (!reference.header().contains(name)) {
        throw new CsvInputException(reference.source() + ": no column '" + name + "'");
      }
      if (!current.header().contains(name)) {
        throw new CsvInputException(
            current.source()
                + ": column '"
                + name
                + "' of the reference "
                + reference.source()
                + " is missing");
      }
    }
    for (String name : current.header()) {
      if (!reference.header().contains(name)) {
        throw new CsvInputException(
            current.source()
                + ": column '"
                + name
                + "' is not in the reference "
                + reference.source()
                + " (exclude it to ignore it)");
      }
    }
  }

  private static boolean agrees(CsvColumnReader.Parsed current, DatasetSchema schema) {
    for (ColumnSchema column : schema.columns()) {
      ColumnBuilder read = current.column(column.name());
      boolean ok =
          column.kind() == ColumnKind.NUMERIC
              ? read.holdsNumbers()
              : !read.lostText() && !(read.holdsNumbers() && read.sawNumber());
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static Table table(
      CsvLayout layout, CsvColumnReader.Parsed parsed, DatasetSchema schema) {
    List<TableColumn> columns = new ArrayList<>();
    for (ColumnSchema column : schema.columns()) {
      columns.add(parsed.column(column.name()).build(column.kind()));
    }
    return new Table(layout.source(), parsed.rows(), columns);
  }

  private static CsvColumnReader.Parsed await(Future<CsvColumnReader.Parsed> read) {
    try {
      return read.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CsvInputException("interrupted while reading", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
