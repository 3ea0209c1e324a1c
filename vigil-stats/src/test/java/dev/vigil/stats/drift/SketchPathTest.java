package dev.vigil.stats.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.stats.SketchRandomness;
import dev.vigil.stats.summary.NumericSummary;
import dev.vigil.stats.summary.SortedSample;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sketch-based results stay within their stated bound of the exact ones, on the churn data. */
class SketchPathTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "age_france_vs_germany",
        "balance_france_vs_germany",
        "creditscore_france_vs_germany",
        "salary_france_vs_germany",
        "age_stayed_vs_exited",
        "balance_stayed_vs_exited",
        "creditscore_stayed_vs_exited"
      })
  void sketchedResultsAreWithinTheirBound(String name) {
    SketchRandomness.seed(name.hashCode());
    JsonNode c = ReferenceCases.find(name);
    double[] r = ReferenceCases.numbers(c.get("reference"));
    double[] cur = ReferenceCases.numbers(c.get("current"));
    ColumnInput exact = column(new ColumnData.Numeric(SortedSample.of(r)), SortedSample.of(cur));
    ColumnInput sketched =
        column(new ColumnData.Numeric(new KllDistribution(r)), new KllDistribution(cur));
    assertTrue(((ColumnData.Numeric) sketched.reference()).distribution().rankError() > 0);
    for (DriftMethod m :
        new DriftMethod[] {DriftMethod.KS, DriftMethod.WASSERSTEIN, DriftMethod.LINF}) {
      DriftResult e = ColumnTest.run(exact, m, m.defaultThreshold());
      DriftResult s = ColumnTest.run(sketched, m, m.defaultThreshold());
      assertTrue(e.exact());
      assertFalse(s.exact(), m.id() + " from sketches must say it is inexact");
      assertTrue(s.errorBound() > 0);
      assertTrue(
          Math.abs(s.statistic() - e.statistic()) <= s.errorBound(),
          () ->
              name
                  + " "
                  + m.id()
                  + ": sketch "
                  + s.statistic()
                  + " exact "
                  + e.statistic()
                  + " bound "
                  + s.errorBound());
    }
  }

  /**
   * The same check through the production summary: a {@code NumericSummary} of more than 4096
   * values with more than 128 distinct ones is a KLL sketch; the other side may be exact.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "balance_france_vs_germany",
        "creditscore_france_vs_germany",
        "salary_france_vs_germany",
        "balance_stayed_vs_exited",
        "creditscore_stayed_vs_exited"
      })
  void resultsFromNumericSummariesAreWithinTheirBound(String name) {
    SketchRandomness.seed(name.hashCode());
    JsonNode c = ReferenceCases.find(name);
    double[] r = ReferenceCases.numbers(c.get("reference"));
    double[] cur = ReferenceCases.numbers(c.get("current"));
    ColumnInput exact = column(new ColumnData.Numeric(SortedSample.of(r)), SortedSample.of(cur));
    ColumnInput summarised =
        column(new ColumnData.Numeric(NumericSummary.of(r)), NumericSummary.of(cur));
    assertTrue(r.length > NumericSummary.EXACT_LIMIT, "the reference side must be sketched");
    for (DriftMethod m :
        new DriftMethod[] {DriftMethod.KS, DriftMethod.WASSERSTEIN, DriftMethod.LINF}) {
      DriftResult e = ColumnTest.run(exact, m, m.defaultThreshold());
      DriftResult s = ColumnTest.run(summarised, m, m.defaultThreshold());
      assertFalse(s.exact(), m.id() + " from a sketched summary must say it is inexact");
      assertTrue(
          Math.abs(s.statistic() - e.statistic()) <= s.errorBound(),
          () -> name + " " + m.id() + ": " + s.statistic() + " vs exact " + e.statistic());
      if (m.kind() == DriftMethod.Kind.DISTANCE
          && Math.abs(e.statistic() - m.defaultThreshold()) > s.errorBound()) {
        // Clear of the threshold by more than the bound, the sketch cannot flip the verdict.
        assertEquals(e.drifted(), s.drifted(), name + " " + m.id() + ": same verdict");
      }
    }
  }

  private static ColumnInput column(
      ColumnData reference, dev.vigil.stats.summary.NumericDistribution current) {
    return new ColumnInput("x", ColumnKind.NUMERIC, reference, new ColumnData.Numeric(current));
  }
}
