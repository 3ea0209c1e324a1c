package dev.vigil.core.query;

import java.util.Objects;

/** A category seen in the current values but not in the reference, with its share of them. */
public record CategoryShare(String category, double share) {

  public CategoryShare {
    Objects.requireNonNull(category, "category");
    DistributionBin.checkShare("share", share);
  }
}
