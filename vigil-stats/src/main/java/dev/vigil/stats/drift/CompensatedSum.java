package dev.vigil.stats.drift;

/** Neumaier's compensated summation: the sum of many terms with one rounding error, not n. */
final class CompensatedSum {
  private double sum;
  private double compensation;

  void add(double term) {
    double next = sum + term;
    if (Double.isInfinite(next) || Double.isNaN(next)) {
      sum = next; // no compensation beyond the finite range
      return;
    }
    if (Math.abs(sum) >= Math.abs(term)) {
      compensation += (sum - next) + term;
    } else {
      compensation += (term - next) + sum;
    }
    sum = next;
  }

  double value() {
    return Double.isFinite(sum) ? sum + compensation : sum;
  }
}
