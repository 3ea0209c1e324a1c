package dev.vigil.stats.detect;

/**
 * Checks shared by the window-based detectors (ADWIN, KSWIN, IKS, mean-variance shift): each reads
 * a parameter and throws an IllegalArgumentException naming it when the value is out of range.
 */
final class WindowParameters {

  private WindowParameters() {}

  /** A whole number of at least {@code min}. */
  static int integer(DetectorParameters p, String name, double defaultValue, int min) {
    double v = p.get(name, defaultValue);
    if (v != Math.rint(v) || v < min || v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "parameter " + name + ": must be a whole number >= " + min + ", got " + v);
    }
    return (int) v;
  }

  /** A whole number that fits a Python int seed, taken as non-negative as Python does. */
  static long seed(DetectorParameters p, String name, double defaultValue) {
    double v = p.get(name, defaultValue);
    if (v != Math.rint(v) || Math.abs(v) > 0x1p53) {
      throw new IllegalArgumentException(
          "parameter " + name + ": must be a whole number of magnitude <= 2^53, got " + v);
    }
    return Math.abs((long) v);
  }

  /** A probability strictly between 0 and 1. */
  static double probability(DetectorParameters p, String name, double defaultValue) {
    double v = p.get(name, defaultValue);
    if (!(v > 0 && v < 1)) {
      throw new IllegalArgumentException("parameter " + name + ": must be in (0, 1), got " + v);
    }
    return v;
  }

  /** Validates a value held by a restored state. */
  static void require(boolean ok, String field, Object value) {
    if (!ok) {
      throw new IllegalArgumentException(field + ": invalid value " + value);
    }
  }
}
