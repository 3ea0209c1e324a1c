package dev.vigil.core.window;

import dev.vigil.stats.summary.CategoricalSummary;
import dev.vigil.stats.summary.NumericSummary;
import java.util.Objects;

/**
 * What a window saw of one feature: the distribution of its well-typed values (missing values
 * counted by the distribution itself) and how many values had the wrong type for the schema (left
 * out of the distribution). Out-of-range values and unseen categories are not counted here: they
 * are relative to a reference, so queries derive them from the distribution.
 */
public sealed interface FeatureSummary {

  /** Values of the wrong type for the column's kind, e.g. a string in a numeric column. */
  long typeErrors();

  /** Missing values (absent or null). */
  long missing();

  /**
   * This and other together.
   *
   * @throws IllegalArgumentException when the two are of different kinds
   */
  FeatureSummary merge(FeatureSummary other);

  /** A numeric feature. */
  record Numeric(NumericSummary values, long typeErrors) implements FeatureSummary {
    public Numeric {
      Objects.requireNonNull(values, "values");
      if (typeErrors < 0) {
        throw new IllegalArgumentException("typeErrors must be >= 0, was " + typeErrors);
      }
    }

    public static Numeric empty() {
      return new Numeric(NumericSummary.empty(), 0);
    }

    @Override
    public long missing() {
      return values.missing();
    }

    @Override
    public FeatureSummary merge(FeatureSummary other) {
      if (!(other instanceof Numeric n)) {
        throw new IllegalArgumentException("cannot merge a numeric and a categorical feature");
      }
      return new Numeric(values.merge(n.values), typeErrors + n.typeErrors);
    }
  }

  /** A categorical (or boolean) feature. */
  record Categorical(CategoricalSummary values, long typeErrors) implements FeatureSummary {
    public Categorical {
      Objects.requireNonNull(values, "values");
      if (typeErrors < 0) {
        throw new IllegalArgumentException("typeErrors must be >= 0, was " + typeErrors);
      }
    }

    public static Categorical empty() {
      return new Categorical(CategoricalSummary.empty(), 0);
    }

    @Override
    public long missing() {
      return values.missing();
    }

    @Override
    public FeatureSummary merge(FeatureSummary other) {
      if (!(other instanceof Categorical c)) {
        throw new IllegalArgumentException("cannot merge a categorical and a numeric feature");
      }
      return new Categorical(values.merge(c.values), typeErrors + c.typeErrors);
    }
  }
}
