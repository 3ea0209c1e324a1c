package dev.vigil.core.tracking;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One comparison of a {@link RunFilter} on a value read from a run; a run without the value (no
 * such metric, param or tag) never matches, as in MLflow.
 */
final class Comparison<T> {

  private final Predicate<T> test;

  private Comparison(Predicate<T> test) {
    this.test = test;
  }

  Predicate<Run> on(Function<Run, T> read) {
    return run -> {
      T value = read.apply(run);
      return value != null && test.test(value);
    };
  }

  Predicate<Experiment> onExperiment(Function<Experiment, T> read) {
    return experiment -> {
      T value = read.apply(experiment);
      return value != null && test.test(value);
    };
  }

  static Comparison<Double> numeric(String op, double operand) {
    return new Comparison<>(
        switch (op) {
          case "=" -> v -> v == operand;
          case "!=" -> v -> v != operand;
          case ">" -> v -> v > operand;
          case ">=" -> v -> v >= operand;
          case "<" -> v -> v < operand;
          case "<=" -> v -> v <= operand;
          default -> throw RunFilter.refused(op + " does not compare numbers");
        });
  }

  static Comparison<String> text(String op, String operand) {
    return new Comparison<>(
        switch (op) {
          case "=" -> v -> v.equals(operand);
          case "!=" -> v -> !v.equals(operand);
          case "LIKE" -> like(operand, 0)::test;
          case "ILIKE" -> like(operand, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)::test;
          default -> throw RunFilter.refused(op + " does not compare strings");
        });
  }

  /** SQL's LIKE: {@code %} any run of characters, {@code _} one character. */
  private static Predicate<String> like(String pattern, int flags) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '%' -> regex.append(".*");
        case '_' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    Pattern compiled = Pattern.compile(regex.toString(), flags | Pattern.DOTALL);
    return v -> compiled.matcher(v).matches();
  }
}
