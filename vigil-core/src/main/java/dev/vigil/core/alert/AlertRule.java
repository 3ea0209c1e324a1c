package dev.vigil.core.alert;

import dev.vigil.core.model.MonitoredModel;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A rule that fires an alert when a model's signal compares with a threshold for long enough.
 *
 * <p>Invariants: the id is a slug ({@code [a-z0-9][a-z0-9-]{0,62}}), unique per model; the model
 * name is a valid model name; the name is 1-200 characters; the threshold is finite; {@code
 * forDuration} is whole seconds in [0, 7 days]; labels are at most {@value #MAX_LABELS} Prometheus
 * label names ({@code [a-zA-Z_][a-zA-Z0-9_]*}, not starting with {@code __}) to values of at most
 * 256 characters, sorted by name; {@code renotifyInterval} is zero (never re-notify) or whole
 * minutes in [1 minute, 7 days].
 */
public record AlertRule(
    String id,
    String model,
    String name,
    Signal signal,
    Comparison comparison,
    double threshold,
    Duration forDuration,
    Severity severity,
    Map<String, String> labels,
    Duration renotifyInterval) {

  /** The most labels a rule may carry. */
  public static final int MAX_LABELS = 16;

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]{0,99}");
  private static final Duration WEEK = Duration.ofDays(7);

  public AlertRule {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "id: must be 1-63 characters of a-z, 0-9 and '-', starting with a letter or digit, was '"
              + id
              + "'");
    }
    if (model == null) {
      throw new IllegalArgumentException("model: required");
    }
    try {
      MonitoredModel.requireValidName(model);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("model: " + e.getMessage(), e);
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("name: must be 1-200 characters, not blank");
    }
    required(signal, "signal");
    required(comparison, "comparison");
    required(severity, "severity");
    if (!Double.isFinite(threshold)) {
      throw new IllegalArgumentException("threshold: must be a finite number, was " + threshold);
    }
    checkFor(forDuration);
    labels = checkedLabels(labels);
    checkRenotify(renotifyInterval);
  }

  /** Whether the condition holds for this value. */
  public boolean holds(double value) {
    return comparison.holds(value, threshold);
  }

  private static void required(Object value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + ": required");
    }
  }

  private static void checkFor(Duration forDuration) {
    required(forDuration, "for");
    if (forDuration.isNegative() || forDuration.compareTo(WEEK) > 0 || forDuration.getNano() != 0) {
      throw new IllegalArgumentException(
          "for: must be whole seconds from 0 to 7 days, was " + forDuration);
    }
  }

  private static void checkRenotify(Duration interval) {
    required(interval, "renotifyInterval");
    boolean wholeMinutes = interval.equals(Duration.ofMinutes(interval.toMinutes()));
    if (!interval.isZero()
        && (interval.toMinutes() < 1 || interval.compareTo(WEEK) > 0 || !wholeMinutes)) {
      throw new IllegalArgumentException(
          "renotifyInterval: must be 0 (never) or whole minutes from 1 minute to 7 days, was "
              + interval);
    }
  }

  private static Map<String, String> checkedLabels(Map<String, String> labels) {
    required(labels, "labels");
    if (labels.size() > MAX_LABELS) {
      throw new IllegalArgumentException(
          "labels: at most " + MAX_LABELS + " labels, were " + labels.size());
    }
    Map<String, String> sorted = new TreeMap<>();
    labels.forEach(
        (key, value) -> {
          if (key == null || !LABEL.matcher(key).matches() || key.startsWith("__")) {
            throw new IllegalArgumentException(
                "labels: '" + key + "' is not a Prometheus label name");
          }
          if (value == null || value.length() > 256) {
            throw new IllegalArgumentException(
                "labels: the value of '" + key + "' must be 0-256 characters");
          }
          sorted.put(key, value);
        });
    return Collections.unmodifiableMap(sorted);
  }
}
