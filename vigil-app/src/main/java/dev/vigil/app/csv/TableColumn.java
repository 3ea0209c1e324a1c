package dev.vigil.app.csv;

import dev.vigil.stats.drift.ColumnKind;
import java.util.List;
import java.util.Objects;

/** One column of a {@link Table}, stored column-major in primitive arrays. */
public sealed interface TableColumn permits TableColumn.Numeric, TableColumn.Categorical {

  String name();

  ColumnKind kind();

  /** Number of rows, missing ones included. */
  int size();

  /** Number of missing (blank) cells. */
  int missing();

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
