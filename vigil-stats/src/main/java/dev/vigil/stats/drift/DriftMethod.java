package dev.vigil.stats.drift;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The drift tests Vigil knows, with Evidently's identifiers and default thresholds. A p-value test
 * drifts when {@code p < threshold}; a distance drifts when {@code statistic >= threshold}.
 * Definitions are in docs/STATISTICS.md.
 */
public enum DriftMethod {
  KS("ks", Kind.P_VALUE, 0.05),
  CHI_SQUARE("chisquare", Kind.P_VALUE, 0.05),
  Z("z", Kind.P_VALUE, 0.05),
  PSI("psi", Kind.DISTANCE, 0.1),
  KL_DIV("kl_div", Kind.DISTANCE, 0.1),
  JENSEN_SHANNON("jensenshannon", Kind.DISTANCE, 0.1),
  HELLINGER("hellinger", Kind.DISTANCE, 0.1),
  WASSERSTEIN("wasserstein", Kind.DISTANCE, 0.1),
  WASSERSTEIN_RAW("wasserstein_raw", Kind.DISTANCE, Double.POSITIVE_INFINITY),
  LINF("linf", Kind.DISTANCE, 0.1);

  /** Whether the threshold applies to a p-value or to a distance. */
  public enum Kind {
    P_VALUE,
    DISTANCE
  }

  private final String id;
  private final Kind kind;
  private final double defaultThreshold;

  DriftMethod(String id, Kind kind, double defaultThreshold) {
    this.id = id;
    this.kind = kind;
    this.defaultThreshold = defaultThreshold;
  }

  public String id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public double defaultThreshold() {
    return defaultThreshold;
  }

  /** Whether a result with this statistic and p-value counts as drift at {@code threshold}. */
  public boolean drifted(double statistic, double pValue, double threshold) {
    return kind == Kind.P_VALUE ? pValue < threshold : statistic >= threshold;
  }

  /** The method with this identifier (case-insensitive), or an error naming the valid ones. */
  public static DriftMethod fromId(String id) {
    for (DriftMethod m : values()) {
      if (m.id.equals(id.toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown drift method '"
            + id
            + "'; known: "
            + Arrays.stream(values()).map(DriftMethod::id).collect(Collectors.joining(", ")));
  }
}
