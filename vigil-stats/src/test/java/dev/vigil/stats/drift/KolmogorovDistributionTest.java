package dev.vigil.stats.drift;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.stats.drift.ks.KolmogorovDistribution;
import dev.vigil.stats.drift.ks.TwoSampleKsExact;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** {@code kstwo.sf} over every regime, and the exact two-sample p-values, against scipy. */
class KolmogorovDistributionTest {

  /** Relative tolerance, also for p-values far below 1e-12 (no absolute floor here). */
  static final double RELATIVE = 1e-9;

  /**
   * Beyond n = 100000 the Smirnov sum runs over up to n terms whose logarithms each carry about one
   * ulp times their exponent; 5e-9 relative is what that achieves (measured 3.1e-9 at n = 500000).
   */
  static final double RELATIVE_LARGE_N = 5e-9;

  @TestFactory
  Stream<DynamicTest> kstwoSurvivalMatchesScipy() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode row : ReferenceCases.root().get("kstwo_sf")) {
      long n = row.get("n").asLong();
      double x = row.get("x").asDouble();
      tests.add(
          DynamicTest.dynamicTest(
              "n=" + n + " x=" + x,
              () ->
                  Tolerance.assertRelative(
                      row.get("sf").asDouble(),
                      KolmogorovDistribution.sf(n, x),
                      n > 100000 ? RELATIVE_LARGE_N : RELATIVE,
                      "kstwo.sf(" + x + ", " + n + ")")));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> exactTwoSampleMatchesScipy() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode row : ReferenceCases.root().get("ks_exact")) {
      int n1 = row.get("n1").asInt();
      int n2 = row.get("n2").asInt();
      long h = row.get("h").asLong();
      tests.add(
          DynamicTest.dynamicTest(
              n1 + " vs " + n2 + " h=" + h,
              () ->
                  Tolerance.assertClose(
                      row.get("p").asDouble(),
                      TwoSampleKsExact.pValue(n1, n2, h).orElseThrow(),
                      Tolerance.RELATIVE,
                      "exact p")));
    }
    return tests.stream();
  }
}
