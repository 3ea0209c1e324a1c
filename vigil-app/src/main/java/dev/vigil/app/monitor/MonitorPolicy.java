package dev.vigil.app.monitor;

import dev.vigil.core.monitor.DegradationPolicy;
import java.util.Map;

/**
 * The degradation policy of a monitoring job: the core's defaults, then the environment ({@code
 * ACCURACY_THRESHOLD}, {@code DEGRADATION_THRESHOLD}, {@code SIGNIFICANCE_LEVEL}), then the flags,
 * which win.
 */
final class MonitorPolicy {

  static final String SIGNIFICANCE_LEVEL = "SIGNIFICANCE_LEVEL";

  private MonitorPolicy() {}

  /** Each argument is null when its flag was not given. */
  static DegradationPolicy resolve(
      Map<String, String> environment,
      Double accuracyThreshold,
      Double degradationThreshold,
      Double significanceLevel,
      Long minimumSampleSize) {
    DegradationPolicy policy = DegradationPolicy.fromEnvironment(environment);
    String level = environment.get(SIGNIFICANCE_LEVEL);
    if (level != null && !level.isBlank()) {
      policy = policy.withSignificanceLevel(parse(level, SIGNIFICANCE_LEVEL));
    }
    if (accuracyThreshold != null) {
      policy =
          policy.withAbsoluteThreshold(within(accuracyThreshold, 0, 1, "--accuracy-threshold"));
    }
    if (degradationThreshold != null) {
      policy =
          policy.withDegradationThreshold(
              within(degradationThreshold, 0, 1, "--degradation-threshold"));
    }
    if (significanceLevel != null) {
      policy = policy.withSignificanceLevel(open(significanceLevel, "--significance-level"));
    }
    if (minimumSampleSize != null) {
      if (minimumSampleSize < 1) {
        throw new IllegalArgumentException(
            "--minimum-sample-size: must be at least 1, got " + minimumSampleSize);
      }
      policy = policy.withMinimumSampleSize(minimumSampleSize);
    }
    return policy;
  }

  private static double within(double value, double low, double high, String name) {
    if (!(value >= low && value <= high)) {
      throw new IllegalArgumentException(
          name + ": must be in [" + low + ", " + high + "], got " + value);
    }
    return value;
  }

  private static double open(double value, String name) {
    if (!(value > 0.0 && value < 1.0)) {
      throw new IllegalArgumentException(name + ": must be in (0, 1), got " + value);
    }
    return value;
  }

  private static double parse(String text, String name) {
    try {
      return open(Double.parseDouble(text.strip()), name);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": not a number '" + text + "'", e);
    }
  }
}
