package dev.vigil.core.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The quality gate a version must pass to become champion: absolute bounds ({@code minimum}, e.g.
 * roc_auc at least 0.75; {@code maximum}, e.g. log_loss at most 0.45) and the largest worsening
 * against the current champion measured on the same holdout ({@code maxDrop}: for a metric where
 * higher is better a drop, for one in {@code lowerIsBetter} a rise).
 *
 * <p>Invariants: every bound is finite; drops are not negative. A metric the candidate lacks fails
 * its rules; a drop rule passes when there is no champion or the champion lacks the metric (there
 * is nothing to compare with), and its evidence says so.
 */
public record PromotionPolicy(
    Map<String, Double> minimum,
    Map<String, Double> maximum,
    Map<String, Double> maxDrop,
    Set<String> lowerIsBetter) {

  /** Metrics where lower is better when the configuration names none. */
  public static final Set<String> DEFAULT_LOWER_IS_BETTER = Set.of("log_loss", "brier");

  /** No rule: every candidate passes. */
  public static final PromotionPolicy NONE =
      new PromotionPolicy(Map.of(), Map.of(), Map.of(), DEFAULT_LOWER_IS_BETTER);

  // Rounding in stored metrics must not turn an exact bound into a failure.
  private static final double TOLERANCE = 1e-12;

  public PromotionPolicy {
    minimum = sortedFinite("minimum", minimum);
    maximum = sortedFinite("maximum", maximum);
    maxDrop = sortedFinite("maxDrop", maxDrop);
    maxDrop.forEach(
        (metric, drop) -> {
          if (drop < 0) {
            throw new IllegalArgumentException(
                "maxDrop." + metric + " must not be negative, was " + drop);
          }
        });
    lowerIsBetter = Set.copyOf(Objects.requireNonNull(lowerIsBetter, "lowerIsBetter"));
  }

  /** Applies every rule to the candidate's metrics and, for drops, the champion's. */
  public GateDecision evaluate(
      Map<String, Double> candidate, Optional<Map<String, Double>> championOnSameHoldout) {
    List<GateCheck> checks = new ArrayList<>();
    minimum.forEach(
        (metric, bound) -> {
          Optional<Double> value = Optional.ofNullable(candidate.get(metric));
          boolean ok = value.filter(v -> v >= bound - TOLERANCE).isPresent();
          checks.add(new GateCheck("minimum", metric, value, bound, Optional.empty(), ok));
        });
    maximum.forEach(
        (metric, bound) -> {
          Optional<Double> value = Optional.ofNullable(candidate.get(metric));
          boolean ok = value.filter(v -> v <= bound + TOLERANCE).isPresent();
          checks.add(new GateCheck("maximum", metric, value, bound, Optional.empty(), ok));
        });
    maxDrop.forEach(
        (metric, bound) -> checks.add(dropCheck(metric, bound, candidate, championOnSameHoldout)));
    return GateDecision.of(checks);
  }

  private GateCheck dropCheck(
      String metric, double bound, Map<String, Double> candidate, Optional<Map<String, Double>> c) {
    Optional<Double> value = Optional.ofNullable(candidate.get(metric));
    Optional<Double> champion = c.map(m -> m.get(metric));
    if (value.isEmpty()) {
      return new GateCheck("max_drop", metric, value, bound, champion, false);
    }
    if (champion.isEmpty()) {
      return new GateCheck("max_drop", metric, value, bound, champion, true);
    }
    double worsening =
        lowerIsBetter.contains(metric)
            ? value.get() - champion.get()
            : champion.get() - value.get();
    return new GateCheck(
        "max_drop", metric, value, bound, champion, worsening <= bound + TOLERANCE);
  }

  private static Map<String, Double> sortedFinite(String field, Map<String, Double> bounds) {
    Objects.requireNonNull(bounds, field);
    bounds.forEach(
        (metric, bound) -> {
          if (bound == null || !Double.isFinite(bound)) {
            throw new IllegalArgumentException(
                field + "." + metric + " must be a finite number, was " + bound);
          }
        });
    return Collections.unmodifiableSortedMap(new TreeMap<>(bounds));
  }
}
