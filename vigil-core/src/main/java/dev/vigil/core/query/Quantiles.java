package dev.vigil.core.query;

import dev.vigil.stats.summary.NumericSummary;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The count, mean and some quantiles of a numeric summary, keyed {@code p05}, {@code p50}, {@code
 * p99}... in the order asked. {@code exact} is false when the summary is a sketch (quantiles then
 * within its rank error; the count and mean stay exact).
 */
public record Quantiles(long count, double mean, Map<String, Double> values, boolean exact) {

  public Quantiles {
    Objects.requireNonNull(values, "values");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The quantiles at each {@code q} (in [0, 1], whole percents), or empty with no value. */
  public static Optional<Quantiles> of(NumericSummary summary, double... qs) {
    if (summary.count() == 0) {
      return Optional.empty();
    }
    Map<String, Double> values = new LinkedHashMap<>();
    for (double q : qs) {
      values.put(key(q), summary.quantile(q));
    }
    return Optional.of(new Quantiles(summary.count(), summary.mean(), values, summary.isExact()));
  }

  /** {@code p05} for 0.05, {@code p50} for 0.5, {@code p99} for 0.99. */
  static String key(double q) {
    long percent = Math.round(q * 100);
    if (percent < 0 || percent > 100 || Math.abs(percent - q * 100) > 1e-9) {
      throw new IllegalArgumentException("q must be a whole percent in [0, 1], was " + q);
    }
    return String.format(java.util.Locale.ROOT, "p%02d", percent);
  }

  /** The quantile under {@code key}, e.g. {@code p50}. */
  public double get(String key) {
    Double value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("key: no quantile '" + key + "' in " + values.keySet());
    }
    return value;
  }
}
