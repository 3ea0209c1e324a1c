package dev.vigil.stats.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.stats.summary.CategoryCounts;
import dev.vigil.stats.summary.SortedSample;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The automatic choice table, the dataset share rule, overrides and error messages. */
class DriftReportTest {

  private static ColumnInput numeric(String name, int n, int distinct, int currentShift) {
    double[] r = IntStream.range(0, n).mapToDouble(i -> i % distinct).toArray();
    double[] c = IntStream.range(0, n).mapToDouble(i -> (i % distinct) + currentShift).toArray();
    return new ColumnInput(
        name,
        ColumnKind.NUMERIC,
        new ColumnData.Numeric(SortedSample.of(r)),
        new ColumnData.Numeric(SortedSample.of(c)));
  }

  private static ColumnInput categorical(
      String name, ColumnKind kind, Map<String, Long> r, Map<String, Long> c) {
    return new ColumnInput(
        name,
        kind,
        new ColumnData.Categorical(CategoryCounts.of(r)),
        new ColumnData.Categorical(CategoryCounts.of(c)));
  }

  @Test
  void automaticChoiceFollowsEvidentlysTable() {
    assertEquals(DriftMethod.KS, MethodChoice.automatic(numeric("a", 1000, 6, 0)));
    assertEquals(DriftMethod.CHI_SQUARE, MethodChoice.automatic(numeric("a", 1000, 5, 0)));
    assertEquals(DriftMethod.CHI_SQUARE, MethodChoice.automatic(numeric("a", 1000, 3, 0)));
    assertEquals(DriftMethod.Z, MethodChoice.automatic(numeric("a", 1000, 2, 0)));
    assertEquals(DriftMethod.WASSERSTEIN, MethodChoice.automatic(numeric("a", 1001, 6, 0)));
    assertEquals(DriftMethod.JENSEN_SHANNON, MethodChoice.automatic(numeric("a", 1001, 5, 0)));
    // n_unique is over reference ∪ current: 2 values each but 4 together.
    assertEquals(DriftMethod.CHI_SQUARE, MethodChoice.automatic(numeric("a", 100, 2, 2)));
    Map<String, Long> two = Map.of("x", 600L, "y", 400L);
    Map<String, Long> three = Map.of("x", 600L, "y", 300L, "z", 100L);
    assertEquals(
        DriftMethod.Z, MethodChoice.automatic(categorical("b", ColumnKind.BOOLEAN, two, two)));
    assertEquals(
        DriftMethod.CHI_SQUARE,
        MethodChoice.automatic(categorical("c", ColumnKind.CATEGORICAL, three, two)));
    Map<String, Long> big = Map.of("x", 1001L);
    assertEquals(
        DriftMethod.JENSEN_SHANNON,
        MethodChoice.automatic(categorical("c", ColumnKind.CATEGORICAL, big, two)));
  }

  @Test
  void sketchedColumnsCountAsManyDistinctValues() {
    double[] v = IntStream.range(0, 500).mapToDouble(i -> i % 3).toArray();
    ColumnInput column =
        new ColumnInput(
            "s",
            ColumnKind.NUMERIC,
            new ColumnData.Numeric(new KllDistribution(v)),
            new ColumnData.Numeric(SortedSample.of(v)));
    assertEquals(DriftMethod.KS, MethodChoice.automatic(column));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ColumnTest.run(column, DriftMethod.Z, 0.05));
    assertTrue(e.getMessage().contains("column s"), e.getMessage());
  }

  @Test
  void datasetDriftsWhenTheShareReachesTheThreshold() {
    List<ColumnInput> columns =
        List.of(
            numeric("same1", 500, 50, 0),
            numeric("same2", 500, 50, 0),
            numeric("moved1", 500, 50, 30),
            numeric("moved2", 500, 50, 30));
    DriftReport report = DriftReport.compute(columns, DriftOptions.defaults());
    assertEquals(2, report.driftedColumns());
    assertEquals(0.5, report.driftShare());
    assertTrue(report.datasetDrift(), "2 of 4 drifted: share 0.5 >= 0.5");
    DriftOptions stricter =
        new DriftOptions(
            Optional.empty(), Optional.empty(), Map.of(), OptionalDouble.empty(), Map.of(), 0.75);
    assertFalse(DriftReport.compute(columns, stricter).datasetDrift());
    assertTrue(report.columns().get(2).result().drifted());
    assertFalse(report.columns().get(0).result().drifted());
  }

  @Test
  void overridesApplyPerColumnThenPerKindThenAutomatic() {
    ColumnInput a = numeric("a", 500, 50, 0);
    ColumnInput b = numeric("b", 500, 50, 0);
    ColumnInput g =
        categorical(
            "g",
            ColumnKind.CATEGORICAL,
            Map.of("x", 5L, "y", 5L, "z", 3L),
            Map.of("x", 4L, "y", 6L, "z", 1L));
    DriftOptions options =
        new DriftOptions(
            Optional.of(DriftMethod.WASSERSTEIN),
            Optional.of(DriftMethod.PSI),
            Map.of("b", DriftMethod.KS),
            OptionalDouble.of(0.2),
            Map.of("a", 0.3),
            0.5);
    DriftReport report = DriftReport.compute(List.of(a, b, g), options);
    assertEquals(DriftMethod.WASSERSTEIN, report.columns().get(0).result().method());
    assertEquals(0.3, report.columns().get(0).result().threshold());
    assertEquals(DriftMethod.KS, report.columns().get(1).result().method());
    assertEquals(0.2, report.columns().get(1).result().threshold());
    assertEquals(DriftMethod.PSI, report.columns().get(2).result().method());
    DriftReport defaults = DriftReport.compute(List.of(a, g), DriftOptions.defaults());
    assertEquals(DriftMethod.KS, defaults.columns().get(0).result().method());
    assertEquals(0.05, defaults.columns().get(0).result().threshold());
    assertEquals(DriftMethod.CHI_SQUARE, defaults.columns().get(1).result().method());
  }

  @Test
  void emptyColumnsAndImpossibleMethodsAreRejectedByName() {
    ColumnInput empty =
        new ColumnInput(
            "Balance",
            ColumnKind.NUMERIC,
            new ColumnData.Numeric(SortedSample.of(new double[] {1, 2})),
            new ColumnData.Numeric(SortedSample.of(new double[0])));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DriftReport.compute(List.of(empty), DriftOptions.defaults()));
    assertTrue(e.getMessage().contains("Balance") && e.getMessage().contains("current"));

    DriftOptions forceZ =
        new DriftOptions(
            Optional.empty(),
            Optional.empty(),
            Map.of("Age", DriftMethod.Z),
            OptionalDouble.empty(),
            Map.of(),
            0.5);
    IllegalArgumentException z =
        assertThrows(
            IllegalArgumentException.class,
            () -> DriftReport.compute(List.of(numeric("Age", 100, 3, 0)), forceZ));
    assertTrue(z.getMessage().contains("Age"), z.getMessage());

    ColumnInput g = categorical("Geo", ColumnKind.CATEGORICAL, Map.of("x", 1L), Map.of("x", 2L));
    IllegalArgumentException ks =
        assertThrows(IllegalArgumentException.class, () -> ColumnTest.run(g, DriftMethod.KS, 0.05));
    assertTrue(ks.getMessage().contains("Geo"), ks.getMessage());
  }

  @Test
  void sketchedCategoriesPoolTheRestAndCarryTheirBound() {
    var sketched =
        new dev.vigil.stats.summary.CategoricalDistribution() {
          @Override
          public long count() {
            return 100;
          }

          @Override
          public java.util.SortedMap<String, Long> counts() {
            return new java.util.TreeMap<>(Map.of("x", 60L, "y", 30L));
          }

          @Override
          public long otherCount() {
            return 10;
          }

          @Override
          public long countError() {
            return 2;
          }
        };
    ColumnInput column =
        new ColumnInput(
            "c",
            ColumnKind.CATEGORICAL,
            new ColumnData.Categorical(CategoryCounts.of(Map.of("x", 50L, "y", 50L))),
            new ColumnData.Categorical(sketched));
    DriftResult js = ColumnTest.run(column, DriftMethod.JENSEN_SHANNON, 0.1);
    assertFalse(js.exact());
    assertEquals(2.0 / 100, js.errorBound(), 1e-15);
    // The pooled "other" bin (10 % now, 0 before) counts: linf = max(|.5-.6|, |.5-.3|, .1).
    assertEquals(0.2, ColumnTest.run(column, DriftMethod.LINF, 0.1).statistic(), 1e-15);
  }
}
