package dev.vigil.stats.metrics;

/** The mutable, allocation-free counterpart of {@link CompensatedSum} for the hot path. */
final class RunningSum {

  private double sum;
  private double compensation;

  RunningSum() {}

  RunningSum(double sum, double compensation) {
    this.sum = sum;
    this.compensation = compensation;
  }

  void add(double x) {
    double t = sum + x;
    // Neumaier: recover the low-order bits lost by whichever operand was smaller.
    if (Math.abs(sum) >= Math.abs(x)) {
      compensation += (sum - t) + x;
    } else {
      compensation += (x - t) + sum;
    }
    sum = t;
  }

  void addCompensation(double c) {
    compensation += c;
  }

  CompensatedSum toSum() {
    return new CompensatedSum(sum, compensation);
  }
}
