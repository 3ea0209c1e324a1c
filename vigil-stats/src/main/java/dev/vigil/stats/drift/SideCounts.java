package dev.vigil.stats.drift;

import dev.vigil.stats.summary.NumericDistribution;
import java.util.Optional;

/** Counts of values below or at a point, exact or from a sketch's CDF. */
final class SideCounts {

  private final NumericDistribution distribution;
  private final ExactNumeric exact; // null when only the sketch is known

  private SideCounts(NumericDistribution distribution, ExactNumeric exact) {
    this.distribution = distribution;
    this.exact = exact;
  }

  static SideCounts of(NumericDistribution d) {
    Optional<ExactNumeric> exact = ExactNumeric.of(d);
    return new SideCounts(d, exact.orElse(null));
  }

  long total() {
    return distribution.count();
  }

  boolean isExact() {
    return exact != null;
  }

  /** Rank error as a fraction of the count; 0 when exact. */
  double rankError() {
    return exact != null ? 0.0 : distribution.rankError();
  }

  double countBelow(double x) {
    return exact != null ? exact.countBelow(x) : distribution.cdfExclusive(x) * total();
  }

  double countAtMost(double x) {
    return exact != null ? exact.countAtMost(x) : distribution.cdf(x) * total();
  }

  double quantile(double q) {
    return exact != null ? exact.quantile(q) : distribution.quantile(q);
  }

  Optional<ExactNumeric> exact() {
    return Optional.ofNullable(exact);
  }
}
