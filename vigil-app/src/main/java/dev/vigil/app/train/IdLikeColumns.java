package dev.vigil.app.train;

import dev.vigil.app.csv.Table;
import dev.vigil.app.csv.TableColumn;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds the columns of a training file that identify rows rather than describe customers, so they
 * are not learnt from: a model that splits on {@code CustomerId} memorises the training file.
 *
 * <p>Two rules, both needing at least {@value #MIN_ROWS} rows so a small file is not misread: an
 * integer column whose values are all present and all distinct ({@code RowNumber}, {@code
 * CustomerId}); a text column with more than {@value #MIN_DISTINCT} distinct values that make more
 * than a fifth of its rows ({@code Surname}, a user id). Numbers with decimals are never ids (an
 * estimated salary is distinct on every row too).
 */
final class IdLikeColumns {

  static final int MIN_ROWS = 50;
  static final int MIN_DISTINCT = 100;
  static final double TEXT_DISTINCT_SHARE = 0.2;

  private IdLikeColumns() {}

  /** The id-like columns in file order, each with the reason, for the training summary. */
  static Map<String, String> detect(Table table) {
    Map<String, String> found = new LinkedHashMap<>();
    if (table.rows() < MIN_ROWS) {
      return found;
    }
    for (TableColumn column : table.columns()) {
      String reason;
      if (column instanceof TableColumn.Numeric numeric) {
        reason = distinctIntegers(numeric) ? "distinct integer on every row" : null;
      } else {
        reason = manyTexts((TableColumn.Categorical) column, table.rows());
      }
      if (reason != null) {
        found.put(column.name(), reason);
      }
    }
    return found;
  }

  private static boolean distinctIntegers(TableColumn.Numeric column) {
    double[] sorted = column.values().clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      double v = sorted[i];
      if (Double.isNaN(v) || v != Math.rint(v) || (i > 0 && v == sorted[i - 1])) {
        return false;
      }
    }
    return true;
  }

  private static String manyTexts(TableColumn.Categorical column, int rows) {
    int distinct = column.labels().size();
    if (distinct > MIN_DISTINCT && distinct > TEXT_DISTINCT_SHARE * rows) {
      return distinct + " distinct values in " + rows + " rows";
    }
    return null;
  }
}
