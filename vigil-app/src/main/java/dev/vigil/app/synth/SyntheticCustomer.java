package dev.vigil.app.synth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One generated bank customer: the features in {@link ChurnGenerator#featureNames()} order and
 * whether they churned (1) or stayed (0). The feature map is unmodifiable and keeps column order.
 */
public record SyntheticCustomer(Map<String, Object> features, int churned) {

  public SyntheticCustomer {
    features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
    if (churned != 0 && churned != 1) {
      throw new IllegalArgumentException("churned must be 0 or 1, was " + churned);
    }
  }
}
