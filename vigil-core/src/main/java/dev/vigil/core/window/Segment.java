package dev.vigil.core.window;

import java.util.Objects;

/**
 * A split of a model's records: all of them ({@link #ALL}), or those whose segment column has one
 * value (e.g. {@code Geography=France}).
 *
 * <p>Invariants: the column is not blank and has no {@code '='}; the value is at most 200
 * characters; {@link #ALL} is the only segment whose column is {@code "*"}.
 */
public record Segment(String column, String value) {

  /** Every record of the model, whatever its segment values. */
  public static final Segment ALL = new Segment("*", "*");

  private static final int MAX_VALUE_LENGTH = 200;

  public Segment {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    if (!column.equals("*") && !isValidColumn(column)) {
      throw new IllegalArgumentException("segment: column must not be blank or contain '='");
    }
    if (value.length() > MAX_VALUE_LENGTH) {
      throw new IllegalArgumentException("segment: value longer than 200 characters");
    }
    if (column.equals("*") && !value.equals("*")) {
      throw new IllegalArgumentException("segment: column '*' is reserved for all records");
    }
  }

  /** Whether a segment can be made of this column: not blank, no {@code '='}, not {@code "*"}. */
  static boolean isValidColumn(String column) {
    return !column.isBlank() && column.indexOf('=') < 0 && !column.equals("*");
  }

  public boolean isAll() {
    return column.equals("*");
  }

  /** {@code all}, or {@code column=value}: the form of the API's {@code segment} parameter. */
  public String id() {
    return isAll() ? "all" : column + "=" + value;
  }

  /**
   * The segment of an {@link #id()}: {@code all} (or empty) for all records, else {@code
   * column=value}.
   *
   * @throws IllegalArgumentException naming the field {@code segment}
   */
  public static Segment parse(String id) {
    if (id == null || id.isEmpty() || id.equals("all")) {
      return ALL;
    }
    int eq = id.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException(
          "segment: '" + id + "' is neither 'all' nor 'column=value'");
    }
    return new Segment(id.substring(0, eq), id.substring(eq + 1));
  }
}
