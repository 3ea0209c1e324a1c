package dev.vigil.stats.detect;

/**
 * River's running mean update, written once so every detector rounds exactly as River does: the
 * weight {@code 1 / n} is formed first and then multiplies the deviation, which differs in the last
 * bit from dividing the deviation by {@code n}.
 */
final class RunningMean {

  private RunningMean() {}

  /** The mean after adding {@code x} as the {@code n}-th value to the mean of the first n - 1. */
  static double next(double mean, double n, double x) {
    return mean + (1.0 / n) * (x - mean);
  }
}
