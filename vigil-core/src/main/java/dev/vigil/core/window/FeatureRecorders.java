package dev.vigil.core.window;

import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import dev.vigil.stats.summary.CategoricalRecorder;
import dev.vigil.stats.summary.NumericRecorder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mutable side of a feature map: one recorder per schema column, recording a row's values by
 * the rules of docs/WINDOWS.md (shared by windows and references, so both compare like with like).
 * Single-threaded.
 *
 * <p>A numeric column takes a Double; a Boolean or a non-blank String is a type error (strings are
 * never parsed). A categorical or boolean column takes a String, a Boolean ({@code true}/{@code
 * false}) or a Double (its {@link FeatureText#number} text). Null, an absent column and a blank
 * String are missing; a value of any other Java type is a type error.
 */
final class FeatureRecorders {

  private final String[] names;
  private final Column[] columns;

  FeatureRecorders(DatasetSchema schema) {
    List<ColumnSchema> schemaColumns = schema.columns();
    names = new String[schemaColumns.size()];
    columns = new Column[schemaColumns.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = schemaColumns.get(i).name();
      columns[i] =
          schemaColumns.get(i).kind() == ColumnKind.NUMERIC
              ? new NumericColumn()
              : new CategoricalColumn();
    }
  }

  /** Records the row's value of every schema column; other keys of the row are ignored. */
  void record(Map<String, ?> row) {
    for (int i = 0; i < names.length; i++) {
      columns[i].record(row.get(names[i]));
    }
  }

  /** Every column's summary so far, by name; recording may continue. */
  Map<String, FeatureSummary> summary() {
    Map<String, FeatureSummary> features = new TreeMap<>();
    for (int i = 0; i < names.length; i++) {
      features.put(names[i], columns[i].summary());
    }
    return features;
  }

  private interface Column {
    void record(Object value);

    FeatureSummary summary();
  }

  private static final class NumericColumn implements Column {
    private final NumericRecorder values = new NumericRecorder();
    private long typeErrors;

    @Override
    public void record(Object value) {
      switch (FeatureValueCheck.of(ColumnKind.NUMERIC, value)) {
        case FITS -> values.record((Double) value);
        case MISSING -> values.recordMissing();
        case WRONG_TYPE -> typeErrors++;
      }
    }

    @Override
    public FeatureSummary summary() {
      return new FeatureSummary.Numeric(values.summary(), typeErrors);
    }
  }

  private static final class CategoricalColumn implements Column {
    private final CategoricalRecorder values = new CategoricalRecorder();
    private long typeErrors;

    @Override
    public void record(Object value) {
      switch (FeatureValueCheck.of(ColumnKind.CATEGORICAL, value)) {
        case FITS -> recordFitting(value);
        case MISSING -> values.recordMissing();
        case WRONG_TYPE -> typeErrors++;
      }
    }

    private void recordFitting(Object value) {
      if (value instanceof String s) {
        values.record(s);
      } else if (value instanceof Boolean b) {
        values.recordBoolean(b);
      } else {
        values.record(FeatureText.number((Double) value));
      }
    }

    @Override
    public FeatureSummary summary() {
      return new FeatureSummary.Categorical(values.summary(), typeErrors);
    }
  }
}
