package dev.vigil.stats.summary;

/**
 * Count, mean, sum of squared deviations ({@code m2}), minimum and maximum of finite values,
 * mergeable with Chan et al.'s parallel update.
 *
 * <p>Invariants: {@code count >= 0}; an empty instance has NaN mean, min and max and {@code m2 =
 * 0}; otherwise mean, min and max are finite, {@code min <= mean <= max} up to rounding, and {@code
 * m2 >= 0} (it may overflow to infinity for huge values).
 */
public record Moments(long count, double mean, double m2, double min, double max) {

  public static final Moments EMPTY = new Moments(0, Double.NaN, 0.0, Double.NaN, Double.NaN);

  public Moments {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0: " + count);
    }
    if (count == 0
        ? !(Double.isNaN(mean) && m2 == 0.0 && Double.isNaN(min) && Double.isNaN(max))
        : !(Double.isFinite(mean) && Double.isFinite(min) && Double.isFinite(max))) {
      throw new IllegalArgumentException(
          "mean, min and max must be NaN when count is 0 and finite otherwise: " + count);
    }
    if (count > 0 && !(min <= max)) {
      throw new IllegalArgumentException("min must be <= max: " + min + " > " + max);
    }
    if (!(m2 >= 0.0)) {
      throw new IllegalArgumentException("m2 must be >= 0: " + m2);
    }
  }

  /** Moments of {@code values[from, to)}, which must all be finite; two passes for accuracy. */
  public static Moments of(double[] values, int from, int to) {
    int n = to - from;
    if (n <= 0) {
      return EMPTY;
    }
    double min = values[from];
    double max = values[from];
    // Two interleaved sums halve the add-latency chain on the hot path.
    double sumEven = 0;
    double sumOdd = 0;
    int i = from;
    for (; i + 1 < to; i += 2) {
      double v = values[i];
      double w = values[i + 1];
      sumEven += v;
      sumOdd += w;
      // Plain comparisons: values are finite, so Math.min's NaN and -0.0 care is not needed.
      min = v < min ? v : min;
      min = w < min ? w : min;
      max = v > max ? v : max;
      max = w > max ? w : max;
    }
    if (i < to) {
      sumEven += values[i];
      min = values[i] < min ? values[i] : min;
      max = values[i] > max ? values[i] : max;
    }
    double mean = (sumEven + sumOdd) / n;
    if (!Double.isFinite(mean)) {
      // The plain sum overflowed; the running mean cannot.
      mean = runningMean(values, from, to);
    }
    mean = Math.min(max, Math.max(min, mean));
    return new Moments(n, mean, squaredDeviations(values, from, to, mean), min, max);
  }

  private static double squaredDeviations(double[] values, int from, int to, double mean) {
    double even = 0;
    double odd = 0;
    int i = from;
    for (; i + 1 < to; i += 2) {
      double d = values[i] - mean;
      double e = values[i + 1] - mean;
      even += d * d;
      odd += e * e;
    }
    if (i < to) {
      double d = values[i] - mean;
      even += d * d;
    }
    return even + odd;
  }

  private static double runningMean(double[] values, int from, int to) {
    double mean = 0;
    for (int i = from; i < to; i++) {
      mean += (values[i] - mean) / (i - from + 1);
    }
    return mean;
  }

  /** Population variance (divides by n); NaN when empty. */
  public double variance() {
    return count == 0 ? Double.NaN : m2 / count;
  }

  /** Sample variance (divides by n - 1); NaN when fewer than two values. */
  public double sampleVariance() {
    return count < 2 ? Double.NaN : m2 / (count - 1);
  }

  /**
   * Chan et al.'s combination. The operands are put in a canonical order first, so merging is
   * exactly commutative.
   */
  public Moments merge(Moments other) {
    if (other.count == 0) {
      return this;
    }
    if (count == 0) {
      return other;
    }
    boolean thisFirst =
        count != other.count
            ? count > other.count
            : Double.compare(mean, other.mean) != 0 ? mean < other.mean : m2 <= other.m2;
    return thisFirst ? combine(this, other) : combine(other, this);
  }

  private static Moments combine(Moments a, Moments b) {
    long n = a.count + b.count;
    double delta = b.mean - a.mean;
    double mean = a.mean + delta * ((double) b.count / n);
    double m2 = a.m2 + b.m2 + delta * delta * ((double) a.count * b.count / n);
    // Rounding could push the mean a hair outside [min, max] when all values are equal.
    double min = Math.min(a.min, b.min);
    double max = Math.max(a.max, b.max);
    return new Moments(n, Math.min(max, Math.max(min, mean)), m2, min, max);
  }
}
