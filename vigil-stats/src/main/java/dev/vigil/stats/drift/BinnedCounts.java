package dev.vigil.stats.drift;

/**
 * Reference and current counts over the same bins, with the sample sizes they are proportions of.
 *
 * @param errorBound 0 when exact; else the bound on each bin's proportion error (both sides)
 */
record BinnedCounts(
    double[] reference,
    double[] current,
    long referenceTotal,
    long currentTotal,
    boolean exact,
    double errorBound) {

  BinnedCounts {
    if (reference.length != current.length) {
      throw new IllegalArgumentException("reference and current bins differ in number");
    }
  }

  int bins() {
    return reference.length;
  }

  double[] referenceProportions() {
    return proportions(reference, referenceTotal);
  }

  double[] currentProportions() {
    return proportions(current, currentTotal);
  }

  private static double[] proportions(double[] counts, long total) {
    double[] p = new double[counts.length];
    for (int i = 0; i < counts.length; i++) {
      p[i] = counts[i] / total;
    }
    return p;
  }
}
