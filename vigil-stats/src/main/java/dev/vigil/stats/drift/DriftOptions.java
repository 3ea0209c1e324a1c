package dev.vigil.stats.drift;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Overrides of the automatic choice of drift method and threshold. Precedence: per column, then per
 * kind ({@code numMethod} for numeric columns, {@code catMethod} for categorical and boolean ones),
 * then the automatic choice. A threshold given without a method applies to whichever method is
 * chosen.
 *
 * @param driftShare the dataset is drifted when drifted columns / columns {@code >=} this
 */
public record DriftOptions(
    Optional<DriftMethod> numMethod,
    Optional<DriftMethod> catMethod,
    Map<String, DriftMethod> perColumnMethod,
    OptionalDouble threshold,
    Map<String, Double> perColumnThreshold,
    double driftShare) {

  public static final double DEFAULT_DRIFT_SHARE = 0.5;

  public DriftOptions {
    Objects.requireNonNull(numMethod, "numMethod");
    Objects.requireNonNull(catMethod, "catMethod");
    perColumnMethod = Map.copyOf(perColumnMethod);
    Objects.requireNonNull(threshold, "threshold");
    perColumnThreshold = Map.copyOf(perColumnThreshold);
    if (!(driftShare > 0 && driftShare <= 1)) {
      throw new IllegalArgumentException("driftShare must be in (0, 1]: " + driftShare);
    }
  }

  public static DriftOptions defaults() {
    return new DriftOptions(
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        OptionalDouble.empty(),
        Map.of(),
        DEFAULT_DRIFT_SHARE);
  }
}
