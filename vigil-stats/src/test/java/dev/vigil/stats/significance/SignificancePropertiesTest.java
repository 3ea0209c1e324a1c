package dev.vigil.stats.significance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Identities of the tests that scipy does not pin down, and input validation. */
class SignificancePropertiesTest {

  @Property(tries = 300)
  void oneSidedFisherTailsOverlapInExactlyTheObservedTable(
      @ForAll @IntRange(max = 60) int a,
      @ForAll @IntRange(max = 60) int b,
      @ForAll @IntRange(max = 60) int c,
      @ForAll @IntRange(max = 60) int d) {
    TwoByTwoTable table = new TwoByTwoTable(a, b, c, d);
    if (table.hasEmptyMargin()) {
      return;
    }
    double less = FisherExactTest.test(table, Alternative.LESS).pValue();
    double greater = FisherExactTest.test(table, Alternative.GREATER).pValue();
    Hypergeometric h = new Hypergeometric(table.total(), a + b, a + c);
    assertEquals(1.0, less + greater - h.probability(a), 1e-12);
  }

  @Property(tries = 300)
  void tailsEqualTheSumOfTheirTerms(
      @ForAll @IntRange(min = 1, max = 400) int population,
      @ForAll @IntRange(max = 400) int successes,
      @ForAll @IntRange(max = 400) int draws,
      @ForAll @IntRange(max = 400) int x) {
    if (successes > population || draws > population) {
      return;
    }
    Hypergeometric h = new Hypergeometric(population, successes, draws);
    double below = 0;
    for (int y = h.lower(); y <= x; y++) {
      below += h.probability(y);
    }
    assertEquals(Math.min(1.0, below), h.cumulative(x), 1e-12);
    assertEquals(Math.max(0.0, 1.0 - below), h.survival(x + 1), 1e-12);
  }

  @Property(tries = 200)
  void swappingSamplesSwapsTheOneSidedAlternatives(
      @ForAll @IntRange(max = 200) int x1,
      @ForAll @IntRange(min = 1, max = 200) int n1,
      @ForAll @IntRange(max = 200) int x2,
      @ForAll @IntRange(min = 1, max = 200) int n2) {
    if (x1 > n1 || x2 > n2) {
      return;
    }
    TwoByTwoTable forward = TwoByTwoTable.ofSamples(x1, n1, x2, n2);
    TwoByTwoTable swapped = TwoByTwoTable.ofSamples(x2, n2, x1, n1);
    assertEquals(
        FisherExactTest.test(forward, Alternative.GREATER).pValue(),
        FisherExactTest.test(swapped, Alternative.LESS).pValue(),
        1e-12);
    assertEquals(
        TwoProportionZTest.test(x1, n1, x2, n2, Alternative.GREATER).pValue(),
        TwoProportionZTest.test(x2, n2, x1, n1, Alternative.LESS).pValue(),
        1e-12);
  }

  @Test
  void zTestWithoutVarianceSaysNoDifference() {
    SignificanceResult allZero = TwoProportionZTest.test(0, 10, 0, 30, Alternative.TWO_SIDED);
    SignificanceResult allOne = TwoProportionZTest.test(10, 10, 30, 30, Alternative.GREATER);
    assertEquals(0.0, allZero.statistic());
    assertEquals(1.0, allZero.pValue());
    assertEquals(1.0, allOne.pValue());
  }

  @Test
  void minimumExpectedCountUsesTheSmallestMargins() {
    // rows 40 and 5000; columns 4536 successes and 504 failures
    TwoByTwoTable t = TwoByTwoTable.ofSamples(36, 40, 4500, 5000);
    assertEquals(40.0 * 504 / 5040, t.minimumExpectedCount(), 1e-12);
    assertEquals(0.0, new TwoByTwoTable(0, 0, 0, 0).minimumExpectedCount());
  }

  @Test
  void badInputNamesTheField() {
    assertMessage("a:", () -> new TwoByTwoTable(-1, 0, 0, 0));
    assertMessage("successes1:", () -> TwoByTwoTable.ofSamples(5, 4, 0, 1));
    assertMessage("trials2:", () -> TwoProportionZTest.test(1, 2, 0, 0, Alternative.LESS));
    assertMessage("p0:", () -> ExactBinomialTest.less(1, 2, 1.5));
    assertMessage("trials:", () -> ExactBinomialTest.less(1, 3_000_000_000L, 0.5));
    assertMessage(
        "table:",
        () ->
            FisherExactTest.test(
                new TwoByTwoTable(2_000_000_000L, 1, 1, 2_000_000_000L), Alternative.LESS));
  }

  private static void assertMessage(String prefix, Runnable action) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
    assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
  }
}
