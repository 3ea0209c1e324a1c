package dev.vigil.app.csv;

import dev.vigil.stats.drift.ColumnKind;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One column of a {@link Table}, stored column-major in primitive arrays. */
public sealed interface TableColumn permits TableColumn.Numeric, TableColumn.Categorical {

  String name();

  ColumnKind kind();

  /** Number of rows, missing ones included. */
  int size();

  /** Number of missing (blank) cells. */
  int missing();

  /**
   * A cell as text: numbers without a needless ".0", so 1.0 reads as "1" (as a label or a category
   * a user wrote); null when blank.
   */
  default String text(int row) {
    if (this instanceof Numeric numeric) {
      double v = numeric.values()[row];
      if (Double.isNaN(v)) {
        return null;
      }
      return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
    Categorical categorical = (Categorical) this;
    int code = categorical.codes()[row];
    return code < 0 ? null : categorical.labels().get(code);
  }

  /**
   * A cell as a JSON-ready value: a Double for a numeric column, a Boolean for a boolean one, the
   * text otherwise; null when blank.
   */
  default Object value(int row) {
    if (this instanceof Numeric numeric) {
      double v = numeric.values()[row];
      return Double.isNaN(v) ? null : v;
    }
    String text = text(row);
    if (text == null || kind() != ColumnKind.BOOLEAN) {
      return text;
    }
    return Boolean.valueOf(text.toLowerCase(Locale.ROOT));
  }

  /** A numeric column: one double per row, NaN where the cell was blank. */
  record Numeric(String name, double[] values) implements TableColumn {
    public Numeric {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(values, "values");
    }

    @Override
    public ColumnKind kind() {
      return ColumnKind.NUMERIC;
    }

    @Override
    public int size() {
      return values.length;
    }

    @Override
    public int missing() {
      int missing = 0;
      for (double v : values) {
        if (Double.isNaN(v)) {
          missing++;
        }
      }
      return missing;
    }
  }

  /**
   * A categorical or boolean column, dictionary-encoded: {@code codes[row]} indexes {@code labels},
   * or is -1 where the cell was blank.
   */
  record Categorical(String name, ColumnKind kind, int[] codes, List<String> labels)
      implements TableColumn {
    public Categorical {
      Objects.requireNonNull(name, "name");
      if (kind == ColumnKind.NUMERIC) {
        throw new IllegalArgumentException("kind: a categorical column cannot be numeric");
      }
      labels = List.copyOf(labels);
      for (int code : codes) {
        if (code < -1 || code >= labels.size()) {
          throw new IllegalArgumentException("codes: " + code + " is not a label index");
        }
      }
    }

    @Override
    public int size() {
      return codes.length;
    }

    @Override
    public int missing() {
      int missing = 0;
      for (int code : codes) {
        if (code < 0) {
          missing++;
        }
      }
      return missing;
    }

    /** Number of rows per code. */
    public long[] countsPerCode() {
      long[] counts = new long[labels.size()];
      for (int code : codes) {
        if (code >= 0) {
          counts[code]++;
        }
      }
      return counts;
    }
  }
}
