package dev.vigil.stats.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comparison docs/STATISTICS.md states: relative, or absolute near zero. */
final class Tolerance {

  static final double RELATIVE = 1e-9;
  static final double ABSOLUTE = 1e-12;

  private Tolerance() {}

  /** Relative only: tiny p-values must match in their leading digits too. */
  static void assertRelative(double expected, double actual, double relative, String what) {
    double allowed = expected == 0 ? 0 : relative * Math.abs(expected);
    assertTrue(
        Math.abs(expected - actual) <= allowed,
        () -> what + ": expected " + expected + " but was " + actual);
  }

  static void assertClose(double expected, double actual, double relative, String what) {
    if (Double.isInfinite(expected) || Double.isNaN(expected)) {
      assertEquals(expected, actual, what);
      return;
    }
    double allowed = Math.max(ABSOLUTE, relative * Math.abs(expected));
    assertTrue(
        Math.abs(expected - actual) <= allowed,
        () ->
            what
                + ": expected "
                + expected
                + " but was "
                + actual
                + " (relative error "
                + Math.abs(expected - actual) / Math.abs(expected)
                + ")");
  }
}
