package dev.vigil.app.report;

import java.util.List;
import java.util.Objects;

/**
 * A feature's distribution on both sides as bars: one label per bar and the share of each side's
 * non-missing values in it. Invariant: as many reference and current shares as labels, each in [0,
 * 1].
 *
 * @param histogram true for adjacent numeric bins (drawn as a histogram), false for categories
 */
public record Bars(
    boolean histogram, List<String> labels, List<Double> reference, List<Double> current) {

  public Bars {
    labels = List.copyOf(labels);
    reference = List.copyOf(reference);
    current = List.copyOf(current);
    if (reference.size() != labels.size() || current.size() != labels.size()) {
      throw new IllegalArgumentException("reference, current: one share per label");
    }
    for (double share : concat(reference, current)) {
      if (!(share >= 0 && share <= 1 + 1e-9)) {
        throw new IllegalArgumentException("shares: must be in [0, 1], was " + share);
      }
    }
    Objects.requireNonNull(labels, "labels");
  }

  /** No bar: nothing to draw. */
  public static Bars none() {
    return new Bars(false, List.of(), List.of(), List.of());
  }

  public boolean isEmpty() {
    return labels.isEmpty();
  }

  private static List<Double> concat(List<Double> a, List<Double> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
