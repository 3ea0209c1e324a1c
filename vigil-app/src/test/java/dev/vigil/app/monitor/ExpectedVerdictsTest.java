package dev.vigil.app.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The test's own tail probabilities, against scipy 1.17 ({@code binom.cdf}, {@code norm.sf}) as
 * printed by tools/reference/monitor_expected_tails.py.
 */
class ExpectedVerdictsTest {

  @Test
  void binomialTailsMatchScipy() {
    assertEquals(0.23613156845222483, ExpectedVerdicts.binomialCdf(208, 250, 0.85), 1e-12);
    assertEquals(0.01956224646017733, ExpectedVerdicts.binomialCdf(200, 250, 0.85), 1e-12);
    assertEquals(0.012986107546933327, ExpectedVerdicts.binomialCdf(199, 250, 0.85), 1e-12);
  }

  @Test
  void normalTailsMatchScipyWithinTheApproximation() {
    assertEquals(0.025, ExpectedVerdicts.upperTail(1.959963984540054), 1e-7);
    assertEquals(0.0027942691606387677, ExpectedVerdicts.upperTail(2.7709944275358076), 1e-7);
    assertEquals(0.5, ExpectedVerdicts.upperTail(0), 1e-7);
    assertEquals(0.975, ExpectedVerdicts.upperTail(-1.959963984540054), 1e-7);
  }
}
