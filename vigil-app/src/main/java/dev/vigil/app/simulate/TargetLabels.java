package dev.vigil.app.simulate;

import dev.vigil.app.csv.TableColumn;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The 0/1 labels of a CSV's target column: the positive value is the one named by {@code
 * --positive-label}, else the one spelled 1, true, yes, y or churn (as {@code vigil train}
 * decides); every other value is negative, a blank cell unknown.
 */
final class TargetLabels {

  private static final Set<String> POSITIVE_SPELLINGS = Set.of("1", "true", "yes", "y", "churn");

  private TargetLabels() {}

  /** One label per row: 1, 0, or null for a blank cell. */
  static Integer[] of(TableColumn target, String positiveOrNull) {
    Set<String> values = new TreeSet<>();
    for (int row = 0; row < target.size(); row++) {
      String value = target.text(row);
      if (value != null) {
        values.add(value);
      }
    }
    String positive =
        positiveOrNull == null ? spelledPositive(values, target.name()) : positiveOrNull;
    if (!values.contains(positive)) {
      throw new IllegalArgumentException(
          "--positive-label " + positive + " is not a value of " + target.name() + ": " + values);
    }
    Integer[] labels = new Integer[target.size()];
    for (int row = 0; row < labels.length; row++) {
      String value = target.text(row);
      labels[row] = value == null ? null : value.equals(positive) ? 1 : 0;
    }
    return labels;
  }

  private static String spelledPositive(Set<String> values, String target) {
    var known =
        values.stream()
            .filter(v -> POSITIVE_SPELLINGS.contains(v.toLowerCase(Locale.ROOT)))
            .toList();
    if (known.size() != 1) {
      throw new IllegalArgumentException(
          "--positive-label is needed: which of " + values + " in " + target + " is positive?");
    }
    return known.get(0);
  }
}
