package dev.vigil.stats.sum;

/**
 * Neumaier's compensated summation, mutable and allocation-free for hot loops: the sum of many
 * terms with about one rounding error instead of n. Once the total overflows or meets an infinite
 * or NaN term, it is that non-finite value and compensation stops. Freeze it with {@link #toSum()}.
 */
public final class RunningSum {

  private double sum;
  private double compensation;

  public RunningSum() {}

  RunningSum(double sum, double compensation) {
    this.sum = sum;
    this.compensation = compensation;
  }

  public void add(double term) {
    double next = sum + term;
    if (!Double.isFinite(next)) {
      sum = next; // no compensation beyond the finite range
      return;
    }
    // Recover the low-order bits lost by whichever operand was smaller.
    if (Math.abs(sum) >= Math.abs(term)) {
      compensation += (sum - next) + term;
    } else {
      compensation += (term - next) + sum;
    }
    sum = next;
  }

  void addCompensation(double c) {
    compensation += c;
  }

  /** The compensated total: {@code sum + compensation}, or the non-finite sum. */
  public double value() {
    return Double.isFinite(sum) ? sum + compensation : sum;
  }

  /** An immutable snapshot of the rounded sum and its compensation. */
  public CompensatedSum toSum() {
    return new CompensatedSum(sum, compensation);
  }
}
