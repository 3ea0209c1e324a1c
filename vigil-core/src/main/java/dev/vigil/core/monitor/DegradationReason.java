package dev.vigil.core.monitor;

import dev.vigil.stats.significance.SignificanceResult;
import java.util.Objects;
import java.util.Optional;

/**
 * One check of a period's metric against a comparison value, with the numbers compared, the test
 * and whether it flags. A reason flags when the shortfall exceeds its limit AND is significant;
 * docs/DEGRADATION.md gives the rules.
 *
 * @param kind what the metric is compared with
 * @param observed the period's metric value
 * @param comparedTo the threshold, the previous or baseline value, or the band's lower bound
 * @param shortfall {@code comparedTo - observed}: positive when the period is worse
 * @param limit the shortfall that counts: {@code DEGRADATION_THRESHOLD} for drops, 0 otherwise
 * @param exceeded whether the shortfall passes the limit (drops: {@code >=}; others: {@code > 0})
 * @param test the significance test, empty for the reference band (the band is its own criterion)
 * @param level the significance level the test's p-value is held to (NaN without a test)
 * @param significant {@code p < level}; for the reference band equal to {@code exceeded}
 */
public record DegradationReason(
    ReasonKind kind,
    double observed,
    double comparedTo,
    double shortfall,
    double limit,
    boolean exceeded,
    Optional<SignificanceResult> test,
    double level,
    boolean significant) {

  public DegradationReason {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(test, "test");
    if (test.isPresent() && significant != test.get().significantAt(level)) {
      throw new IllegalArgumentException("significant: disagrees with the test at level " + level);
    }
    if (test.isEmpty() && significant != exceeded) {
      throw new IllegalArgumentException("significant: without a test it equals exceeded");
    }
  }

  /** Whether this reason makes the period {@link DegradationStatus#DEGRADED}. */
  public boolean flags() {
    return exceeded && significant;
  }
}
