package dev.vigil.stats.detect;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Named numeric parameters of a detector (River's names, e.g. {@code delta}, {@code threshold}), as
 * given by a user: a detector reads the ones it knows with their defaults and rejects the rest with
 * {@link #requireOnly}.
 */
public record DetectorParameters(Map<String, Double> values) {

  public DetectorParameters {
    for (Map.Entry<String, Double> e : values.entrySet()) {
      if (e.getValue() == null || Double.isNaN(e.getValue())) {
        throw new IllegalArgumentException("parameter " + e.getKey() + ": not a number");
      }
    }
    values = Map.copyOf(values);
  }

  public static DetectorParameters none() {
    return new DetectorParameters(Map.of());
  }

  /** Parses {@code name=value} pairs, as given on the command line. */
  public static DetectorParameters parse(Iterable<String> pairs) {
    Map<String, Double> values = new TreeMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("parameter '" + pair + "': expected name=value");
      }
      String name = pair.substring(0, eq).strip();
      String text = pair.substring(eq + 1).strip();
      try {
        values.put(name, Double.parseDouble(text));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "parameter " + name + ": '" + text + "' is not a number");
      }
    }
    return new DetectorParameters(values);
  }

  public double get(String name, double defaultValue) {
    return values.getOrDefault(name, defaultValue);
  }

  /** Throws, naming the parameter, when a value was given that this detector does not have. */
  public DetectorParameters requireOnly(DetectorMethod method, String... known) {
    Set<String> unknown = new TreeSet<>(values.keySet());
    unknown.removeAll(Set.of(known));
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          method.id()
              + " has no parameter "
              + unknown
              + "; its parameters: "
              + String.join(", ", known));
    }
    return this;
  }

  /** The given values over the defaults, in name order: what is in force. */
  public DetectorParameters withDefaults(Map<String, Double> defaults) {
    Map<String, Double> merged = new TreeMap<>(defaults);
    merged.putAll(values);
    return new DetectorParameters(merged);
  }
}
