package dev.vigil.app.train;

import dev.vigil.app.csv.Table;
import dev.vigil.app.csv.TableColumn;
import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A training file turned into what a model learns from: the input columns (every column but the
 * target), one row of raw values per line ({@link String}, {@link Double}, {@link Boolean} or
 * {@code null}, as a served model receives them) and the 0/1 label of each line.
 *
 * <p>Invariants: {@code rows.size() == labels.length}; each row has one value per input; both
 * classes occur.
 */
public record TrainingTable(
    DatasetSchema inputs, List<Object[]> rows, int[] labels, ClassLabels classes) {

  /** Target spellings taken as the positive class when the user names none. */
  private static final Set<String> POSITIVE_SPELLINGS = Set.of("1", "true", "yes", "y", "churn");

  public TrainingTable {
    if (rows.size() != labels.length) {
      throw new IllegalArgumentException(
          "labels: " + labels.length + " for " + rows.size() + " rows");
    }
  }

  /**
   * @param target the label column: 0/1 numbers, true/false, or two texts of which {@code positive}
   *     (or one of 1/true/yes/y/churn) is the positive class
   * @throws IllegalArgumentException naming {@code --target} or {@code --positive-label} when the
   *     column is not binary, has a blank cell, or the positive class cannot be told
   */
  public static TrainingTable of(Table table, String target, Optional<String> positive) {
    TableColumn label = table.column(target);
    List<String> values = distinctValues(label);
    if (values.size() != 2) {
      throw new IllegalArgumentException(
          "--target " + target + " must have exactly two values, has " + values);
    }
    String positiveValue = positiveOf(values, positive, target);
    String negativeValue = values.get(0).equals(positiveValue) ? values.get(1) : values.get(0);
    int[] labels = new int[table.rows()];
    for (int row = 0; row < labels.length; row++) {
      String value = label.text(row);
      if (value == null) {
        throw new IllegalArgumentException(
            "--target " + target + ": line " + (row + 2) + " has no label");
      }
      labels[row] = value.equals(positiveValue) ? 1 : 0;
    }
    List<TableColumn> inputs = table.columns().stream().filter(c -> c != label).toList();
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("--data: no column to learn from besides " + target);
    }
    ClassLabels classes = new ClassLabels(target, List.of(positiveValue), List.of(negativeValue));
    return new TrainingTable(schema(inputs), rows(inputs, table.rows()), labels, classes);
  }

  private static String positiveOf(List<String> values, Optional<String> positive, String target) {
    if (positive.isPresent()) {
      if (!values.contains(positive.get())) {
        throw new IllegalArgumentException(
            "--positive-label " + positive.get() + " is not a value of " + target + ": " + values);
      }
      return positive.get();
    }
    List<String> known =
        values.stream()
            .filter(v -> POSITIVE_SPELLINGS.contains(v.toLowerCase(Locale.ROOT)))
            .toList();
    if (known.size() != 1) {
      throw new IllegalArgumentException(
          "--positive-label is needed: which of " + values + " in " + target + " is positive?");
    }
    return known.get(0);
  }

  private static List<String> distinctValues(TableColumn column) {
    List<String> values = new ArrayList<>();
    for (int row = 0; row < column.size() && values.size() <= 2; row++) {
      String value = column.text(row);
      if (value != null && !values.contains(value)) {
        values.add(value);
      }
    }
    values.sort(null);
    return values;
  }

  private static DatasetSchema schema(List<TableColumn> columns) {
    return new DatasetSchema(
        columns.stream().map(c -> new ColumnSchema(c.name(), c.kind())).toList());
  }

  private static List<Object[]> rows(List<TableColumn> columns, int count) {
    List<Object[]> rows = new ArrayList<>(count);
    for (int row = 0; row < count; row++) {
      Object[] values = new Object[columns.size()];
      for (int c = 0; c < values.length; c++) {
        values[c] = columns.get(c).value(row);
      }
      rows.add(values);
    }
    return rows;
  }
}
