package dev.vigil.core.registry;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of a promotion policy applied to a candidate: the metric, the kind of rule ({@code
 * minimum}, {@code maximum}, {@code max_drop}), the candidate's value (absent when it has none),
 * the bound, the champion's value for a drop rule, and whether it passed.
 */
public record GateCheck(
    String rule,
    String metric,
    Optional<Double> value,
    double bound,
    Optional<Double> championValue,
    boolean passed) {

  public GateCheck {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(championValue, "championValue");
  }

  /** One line of evidence, e.g. {@code roc_auc max_drop 0.01: 0.861 vs champion 0.858 -> pass}. */
  public String line() {
    String candidate = value.map(GateCheck::number).orElse("missing");
    String champion = championValue.map(v -> " vs champion " + number(v)).orElse("");
    return metric
        + " "
        + rule
        + " "
        + number(bound)
        + ": "
        + candidate
        + champion
        + " -> "
        + (passed ? "pass" : "FAIL");
  }

  static String number(double v) {
    return String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+(e|$)", "$1");
  }
}
