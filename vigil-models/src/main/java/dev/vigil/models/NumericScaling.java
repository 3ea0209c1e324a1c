package dev.vigil.models;

/**
 * Standardization of one numeric input, {@code (x - mean) / std}, fitted on the training split.
 *
 * <p>Invariants: the mean is finite; the standard deviation is finite and positive.
 */
public record NumericScaling(double mean, double std) {

  public NumericScaling {
    if (!Double.isFinite(mean)) {
      throw new IllegalArgumentException("mean must be finite, was " + mean);
    }
    if (!(Double.isFinite(std) && std > 0)) {
      throw new IllegalArgumentException("std must be finite and positive, was " + std);
    }
  }

  /**
   * The population mean and standard deviation of the finite values; a constant column (or one
   * without values) gets std 1, as scikit-learn's StandardScaler does, so it scales to 0.
   */
  public static NumericScaling fit(double[] values, int count) {
    if (count == 0) {
      return new NumericScaling(0, 1);
    }
    double mean = 0;
    for (int i = 0; i < count; i++) {
      mean += (values[i] - mean) / (i + 1);
    }
    double squares = 0;
    for (int i = 0; i < count; i++) {
      double d = values[i] - mean;
      squares += d * d;
    }
    double std = Math.sqrt(squares / count);
    return new NumericScaling(mean, std > 0 ? std : 1);
  }

  public double apply(double value) {
    return (value - mean) / std;
  }
}
