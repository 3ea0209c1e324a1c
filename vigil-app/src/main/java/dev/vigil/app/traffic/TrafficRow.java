package dev.vigil.app.traffic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of traffic: the feature values to score, by column name (numbers, strings, booleans or
 * null), and its true label (1 positive, 0 negative) or null when it is unknown.
 */
public record TrafficRow(Map<String, Object> features, Integer label) {

  public TrafficRow {
    Objects.requireNonNull(features, "features");
    // LinkedHashMap, not Map.copyOf: keeps column order and allows null (missing) values
    features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
    if (label != null && label != 0 && label != 1) {
      throw new IllegalArgumentException("label must be 0, 1 or null, was " + label);
    }
  }
}
