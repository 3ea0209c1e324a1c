package dev.vigil.core.query;

import java.util.Objects;
import java.util.Optional;

/**
 * One bar of a {@link FeatureDistribution}: a range of a numeric feature's values ({@code (lower,
 * upper]}, unbounded on an absent side) or a category, with the share of the reference's and of the
 * current values that fall in it. Shares are of the non-missing values of each side, in [0, 1].
 */
public record DistributionBin(
    String label,
    Optional<Double> lower,
    Optional<Double> upper,
    double referenceShare,
    double currentShare) {

  public DistributionBin {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    checkShare("referenceShare", referenceShare);
    checkShare("currentShare", currentShare);
  }

  /** A category (or the pooled {@code "(other)"} categories). */
  static DistributionBin category(String category, double referenceShare, double currentShare) {
    return new DistributionBin(
        category, Optional.empty(), Optional.empty(), referenceShare, currentShare);
  }

  static void checkShare(String name, double share) {
    // Sketched counts may overshoot by a rounding error; anything else is a bug.
    if (!(share >= 0 && share <= 1 + 1e-9)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], was " + share);
    }
  }
}
