package dev.vigil.core.alert;

import java.util.Locale;
import java.util.Objects;

/** How a rule compares a signal's value with its threshold. */
public enum Comparison {
  /** value &gt; threshold */
  ABOVE,
  /** value &lt; threshold */
  BELOW,
  /** value &ge; threshold */
  AT_LEAST,
  /** value &le; threshold */
  AT_MOST;

  /** Whether the condition holds for this value. */
  public boolean holds(double value, double threshold) {
    return switch (this) {
      case ABOVE -> value > threshold;
      case BELOW -> value < threshold;
      case AT_LEAST -> value >= threshold;
      case AT_MOST -> value <= threshold;
    };
  }

  /** The lower-case id used in config, JSON and the database, e.g. {@code "at_least"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The comparison of this id.
   *
   * @throws IllegalArgumentException naming {@code comparison}
   */
  public static Comparison fromId(String id) {
    Objects.requireNonNull(id, "comparison");
    for (Comparison c : values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "comparison: unknown '" + id + "' (above, below, at_least or at_most)");
  }
}
