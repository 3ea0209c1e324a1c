package dev.vigil.stats.sum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunningSumTest {

  private static RunningSum sumOf(double... terms) {
    RunningSum sum = new RunningSum();
    for (double t : terms) {
      sum.add(t);
    }
    return sum;
  }

  @Test
  void recoversWhatNaiveSummationLoses() {
    // Naively 1 + 1e100 + 1 - 1e100 is 0; Neumaier keeps both ones.
    assertEquals(2.0, sumOf(1.0, 1e100, 1.0, -1e100).value());
    double tenth = 0;
    RunningSum tenths = new RunningSum();
    for (int i = 0; i < 1_000_000; i++) {
      tenth += 0.1;
      tenths.add(0.1);
    }
    assertEquals(100_000.0, tenths.value(), Math.ulp(100_000.0));
    assertTrue(Math.abs(tenth - 100_000.0) > 100 * Math.ulp(100_000.0));
  }

  @Test
  void nonFiniteTermsEndCompensation() {
    assertEquals(Double.POSITIVE_INFINITY, sumOf(1.0, Double.POSITIVE_INFINITY, 2.0).value());
    assertEquals(Double.POSITIVE_INFINITY, sumOf(Double.MAX_VALUE, Double.MAX_VALUE).value());
    assertTrue(Double.isNaN(sumOf(1.0, Double.NaN).value()));
  }

  @Test
  void frozenSumsMergeAsOneRunningSum() {
    CompensatedSum left = sumOf(1.0, 1e100).toSum();
    CompensatedSum right = sumOf(1.0, -1e100).toSum();
    assertEquals(1e100, left.sum());
    assertEquals(1.0, left.compensation());
    assertEquals(2.0, left.plus(right).value());
    assertEquals(left, left.plus(CompensatedSum.ZERO));
    assertThrows(IllegalArgumentException.class, () -> new CompensatedSum(Double.NaN, 0));
  }
}
