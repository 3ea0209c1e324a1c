package dev.vigil.stats.drift;

/** Neumaier's compensated summation: the sum of many terms with one rounding error, not n. */
final class CompensatedSum {
  private double sum;
  private double compensation;

  void add(double term) {
    double next = sum + term;
    if (Math.abs(sum) >= Math.abs(term)) {
      compensation += (sum - next) + term;
    } else {
      compensation += (term - next) + sum;
    }
    sum = next;
  }

  double value() {
    return sum + compensation;
  }
}
