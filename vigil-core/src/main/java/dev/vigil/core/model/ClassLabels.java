package dev.vigil.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The positive class of a binary classifier and the label values that mean positive or negative.
 *
 * <p>Label values are kept as the text of what clients send ({@code 1}, {@code Yes}, {@code
 * true}...), so one model can accept several spellings. Invariants: the positive class name is not
 * blank; each side has at least one value; no value is blank, repeated, or on both sides.
 */
public record ClassLabels(
    String positiveClass, List<String> positiveValues, List<String> negativeValues) {

  public ClassLabels {
    Objects.requireNonNull(positiveClass, "positiveClass");
    if (positiveClass.isBlank()) {
      throw new IllegalArgumentException("positiveClass must not be blank");
    }
    positiveValues = checked("positiveValues", positiveValues);
    negativeValues = checked("negativeValues", negativeValues);
    for (String value : positiveValues) {
      if (negativeValues.contains(value)) {
        throw new IllegalArgumentException(
            "negativeValues: '" + value + "' is also in positiveValues");
      }
    }
  }

  /** True for a positive value, false for a negative one, empty for a value of neither side. */
  public Optional<Boolean> meaningOf(String labelValue) {
    if (positiveValues.contains(labelValue)) {
      return Optional.of(true);
    }
    if (negativeValues.contains(labelValue)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  private static List<String> checked(String field, List<String> values) {
    List<String> copy = List.copyOf(Objects.requireNonNull(values, field));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    Set<String> seen = new HashSet<>();
    for (String value : copy) {
      if (value.isBlank()) {
        throw new IllegalArgumentException(field + " must not contain a blank value");
      }
      if (!seen.add(value)) {
        throw new IllegalArgumentException(field + ": '" + value + "' is repeated");
      }
    }
    return copy;
  }
}
