package dev.vigil.app.report;

import dev.vigil.app.csv.TableColumn;
import java.util.Locale;

/**
 * The scores and labels of one CSV file, row by row: a score in [0, 1] per row (the score column,
 * or the predicted class as 0/1 when only a prediction column is given) and a label 0/1, or -1
 * where the target cell is blank.
 */
record LabelledRows(double[] scores, int[] labels) {

  static final int UNLABELLED = -1;

  /**
   * @param scoreFlag the flag that named the score column, for messages
   */
  static LabelledRows of(TableColumn score, String scoreFlag, TableColumn target, String source) {
    return new LabelledRows(scores(score, scoreFlag, source), labels(target, source));
  }

  static double[] scores(TableColumn column, String flag, String source) {
    if (!(column instanceof TableColumn.Numeric numeric)) {
      throw new IllegalArgumentException(
          flag + ": column '" + column.name() + "' of " + source + " is not numeric");
    }
    double[] values = numeric.values();
    for (int row = 0; row < values.length; row++) {
      if (!(values[row] >= 0 && values[row] <= 1)) {
        throw new IllegalArgumentException(
            flag
                + ": column '"
                + column.name()
                + "' of "
                + source
                + " has "
                + values[row]
                + " in data row "
                + (row + 1)
                + "; scores must be in [0, 1] and present in every row");
      }
    }
    return values;
  }

  static int[] labels(TableColumn column, String source) {
    int[] labels = new int[column.size()];
    for (int row = 0; row < labels.length; row++) {
      String text = cell(column, row);
      labels[row] =
          switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "" -> UNLABELLED;
            case "1", "1.0", "true" -> 1;
            case "0", "0.0", "false" -> 0;
            default ->
                throw new IllegalArgumentException(
                    "--target: column '"
                        + column.name()
                        + "' of "
                        + source
                        + " has '"
                        + text
                        + "' in data row "
                        + (row + 1)
                        + "; labels must be 0/1 or true/false (blank: unlabelled)");
          };
    }
    return labels;
  }

  private static String cell(TableColumn column, int row) {
    if (column instanceof TableColumn.Numeric numeric) {
      double v = numeric.values()[row];
      return Double.isNaN(v) ? "" : Double.toString(v);
    }
    TableColumn.Categorical categorical = (TableColumn.Categorical) column;
    int code = categorical.codes()[row];
    return code < 0 ? "" : categorical.labels().get(code);
  }

  int size() {
    return scores.length;
  }

  /** The rows {@code from..to-1} that have a label. */
  LabelledRows labelledBetween(int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += labels[i] == UNLABELLED ? 0 : 1;
    }
    double[] s = new double[n];
    int[] l = new int[n];
    int at = 0;
    for (int i = from; i < to; i++) {
      if (labels[i] != UNLABELLED) {
        s[at] = scores[i];
        l[at++] = labels[i];
      }
    }
    return new LabelledRows(s, l);
  }
}
