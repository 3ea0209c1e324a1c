package dev.vigil.stats.drift;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Two-proportion Z-test with pooled variance (Evidently's {@code z}): the share of the first
 * category (in sorted order) in the reference against the current; {@code p = 2 sf(|z|)}. When both
 * samples hold the same single value, z = 0 and p = 1.
 */
final class ProportionZTest {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private ProportionZTest() {}

  /**
   * @param referenceFirst reference values equal to the first category
   * @param currentFirst current values equal to the first category
   * @param singleSharedValue whether both samples hold one and the same value
   */
  static DriftResult test(
      long referenceFirst,
      long referenceTotal,
      long currentFirst,
      long currentTotal,
      boolean singleSharedValue,
      double threshold) {
    if (singleSharedValue) {
      return DriftResult.of(DriftMethod.Z, 0.0, 1.0, threshold, true, 0.0);
    }
    double n1 = referenceTotal;
    double n2 = currentTotal;
    double p1 = referenceFirst / n1;
    double p2 = currentFirst / n2;
    double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    double z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    double p = 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
    return DriftResult.of(DriftMethod.Z, z, p, threshold, true, 0.0);
  }
}
