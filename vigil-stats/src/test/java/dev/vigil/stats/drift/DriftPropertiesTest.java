package dev.vigil.stats.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.stats.summary.SortedSample;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/** Properties every drift test must have whatever the data. */
class DriftPropertiesTest {

  private static ColumnInput column(double[] r, double[] c) {
    return new ColumnInput(
        "p",
        ColumnKind.NUMERIC,
        new ColumnData.Numeric(SortedSample.of(r)),
        new ColumnData.Numeric(SortedSample.of(c)));
  }

  @Property(tries = 200)
  void ksIsSymmetric(
      @ForAll @Size(min = 1, max = 60) double[] a, @ForAll @Size(min = 1, max = 60) double[] b) {
    if (!allFinite(a) || !allFinite(b)) {
      return;
    }
    DriftResult ab = ColumnTest.run(column(a, b), DriftMethod.KS, 0.05);
    DriftResult ba = ColumnTest.run(column(b, a), DriftMethod.KS, 0.05);
    assertEquals(ab.statistic(), ba.statistic());
    assertEquals(ab.pValue(), ba.pValue());
  }

  @Property(tries = 200)
  void identicalSamplesShowNoDrift(
      @ForAll @Size(min = 1, max = 80) @DoubleRange(min = -1e6, max = 1e6) double[] a) {
    assertNoDriftAgainstItself(a);
  }

  /** Values spanning more than Double.MAX_VALUE once made 0 * infinity in Wasserstein. */
  @Example
  void identicalSamplesAtTheEdgesOfTheDoubleRangeShowNoDrift() {
    assertNoDriftAgainstItself(new double[] {-1.542364420014542E308, 1.7976931348623157E308});
  }

  private static void assertNoDriftAgainstItself(double[] a) {
    ColumnInput same = column(a, a.clone());
    for (DriftMethod m :
        new DriftMethod[] {
          DriftMethod.KS,
          DriftMethod.WASSERSTEIN,
          DriftMethod.PSI,
          DriftMethod.KL_DIV,
          DriftMethod.JENSEN_SHANNON,
          DriftMethod.HELLINGER,
          DriftMethod.LINF
        }) {
      DriftResult r = ColumnTest.run(same, m, m.defaultThreshold());
      assertEquals(0.0, r.statistic(), 1e-12, m.id());
      assertEquals(false, r.drifted(), m.id());
    }
  }

  private static boolean allFinite(double[] values) {
    for (double v : values) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }
}
