package dev.vigil.stats.sum;

/**
 * An immutable sum kept as a rounded total plus the rounding error not yet added to it (Neumaier's
 * variant of Kahan summation), so that sums of many terms and their merges stay accurate to about
 * one ulp of the result. The frozen, mergeable form of {@link RunningSum}; never NaN.
 *
 * @param sum the rounded running total
 * @param compensation the accumulated rounding error; the sum's value is {@code sum + compensation}
 */
public record CompensatedSum(double sum, double compensation) {

  public static final CompensatedSum ZERO = new CompensatedSum(0.0, 0.0);

  public CompensatedSum {
    if (Double.isNaN(sum) || Double.isNaN(compensation)) {
      throw new IllegalArgumentException("sum and compensation: NaN");
    }
  }

  public double value() {
    return sum + compensation;
  }

  public CompensatedSum plus(CompensatedSum other) {
    RunningSum running = new RunningSum(sum, compensation);
    running.add(other.sum);
    running.addCompensation(other.compensation);
    return running.toSum();
  }
}
