package dev.vigil.stats.detect;

/**
 * The range checks of every detector, so that parameters read from a user and parameters decoded
 * from a snapshot are held to the same rules; every message names the parameter by River's name (or
 * the state field).
 */
final class ParameterChecks {

  private ParameterChecks() {}

  /** A whole number in [0, Integer.MAX_VALUE], given as a double (as parameters are). */
  static int count(String name, double value) {
    return wholeAtLeast(name, value, 0);
  }

  static int count(String name, int value) {
    return count(name, (double) value);
  }

  /** A whole number in [min, Integer.MAX_VALUE], given as a double (as parameters are). */
  static int wholeAtLeast(String name, double value, int min) {
    if (!(value >= min && value <= Integer.MAX_VALUE && value == Math.rint(value))) {
      throw new IllegalArgumentException(name + " must be a whole number >= " + min + ": " + value);
    }
    return (int) value;
  }

  static void atLeast(String name, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ": " + value);
    }
  }

  /** A whole number that fits a Python int seed, taken as non-negative as Python does. */
  static long seed(String name, double value) {
    if (!(value == Math.rint(value) && Math.abs(value) <= 0x1p53)) {
      throw new IllegalArgumentException(
          name + " must be a whole number of magnitude <= 2^53: " + value);
    }
    return Math.abs((long) value);
  }

  static double positive(String name, double value) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite and > 0: " + value);
    }
    return value;
  }

  static double nonNegative(String name, double value) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0: " + value);
    }
    return value;
  }

  /** A probability strictly between 0 and 1, such as a confidence level. */
  static double openUnit(String name, double value) {
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException(name + " must be in (0, 1): " + value);
    }
    return value;
  }

  /** A factor in (0, 1], such as a forgetting factor or a ratio threshold. */
  static double halfOpenUnit(String name, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in (0, 1]: " + value);
    }
    return value;
  }

  /** A yes/no parameter, given as 1 or 0. */
  static boolean flag(String name, double value) {
    if (value != 0 && value != 1) {
      throw new IllegalArgumentException(name + " must be 0 or 1: " + value);
    }
    return value == 1;
  }

  /** An error-stream value: 0 (correct) or 1 (error). */
  static double errorBit(double value) {
    if (value != 0 && value != 1) {
      throw new IllegalArgumentException("value must be 0 (correct) or 1 (error): " + value);
    }
    return value;
  }

  /** A state count decoded from a snapshot. */
  static void stateCount(String name, double value) {
    if (!(value >= 0 && value == Math.rint(value))) {
      throw new IllegalArgumentException(name + " must be a whole number >= 0: " + value);
    }
  }

  /** A consistency condition on a decoded or restored state. */
  static void require(boolean ok, String field, Object value) {
    if (!ok) {
      throw new IllegalArgumentException(field + ": invalid value " + value);
    }
  }
}
