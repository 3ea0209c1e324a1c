package dev.vigil.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.window.FeatureSummary;
import dev.vigil.core.window.ReferenceSummary;
import dev.vigil.core.window.WindowSummary;
import dev.vigil.stats.drift.ColumnData;
import dev.vigil.stats.drift.ColumnDrift;
import dev.vigil.stats.drift.ColumnInput;
import dev.vigil.stats.drift.ColumnKind;
import dev.vigil.stats.drift.DriftOptions;
import dev.vigil.stats.drift.DriftReport;
import dev.vigil.stats.summary.CategoryCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DriftQueryTest {

  private static final QueryParameters TWO_DAYS =
      QueryParameters.of("churn").withRange("2026-11-22T00:00:00Z", "2026-11-24T00:00:00Z");

  private static DriftView drift(InMemory store, QueryParameters parameters) {
    return store.queries(WindowsQueryTest.NOW).drift(parameters);
  }

  private static WindowSummary mergedRange() {
    List<Row> all = new ArrayList<>();
    all.addAll(WindowsQueryTest.SUNDAY_22H);
    all.addAll(WindowsQueryTest.SUNDAY_23H);
    all.addAll(WindowsQueryTest.MONDAY_00H);
    all.addAll(WindowsQueryTest.MONDAY_10H);
    return Summaries.window(0.5, all);
  }

  private static ColumnInput input(
      String name, ColumnKind kind, FeatureSummary r, FeatureSummary c) {
    return new ColumnInput(name, kind, data(r), data(c));
  }

  private static ColumnData data(FeatureSummary f) {
    return f instanceof FeatureSummary.Numeric n
        ? new ColumnData.Numeric(n.values())
        : new ColumnData.Categorical(((FeatureSummary.Categorical) f).values());
  }

  @Test
  void equalsTheDriftReportOfTheMergedSummaries() {
    DriftView view = drift(WindowsQueryTest.storeWithReference(), TWO_DAYS);
    ReferenceSummary reference = view.reference();
    WindowSummary current = mergedRange();
    Map<String, FeatureSummary> r = reference.features();
    Map<String, FeatureSummary> c = current.features();
    DriftReport expected =
        DriftReport.compute(
            List.of(
                input("Age", ColumnKind.NUMERIC, r.get("Age"), c.get("Age")),
                input("Geography", ColumnKind.CATEGORICAL, r.get("Geography"), c.get("Geography")),
                input("IsActive", ColumnKind.BOOLEAN, r.get("IsActive"), c.get("IsActive"))),
            DriftOptions.defaults());
    assertEquals(expected, view.features());
    assertEquals(7, view.predictions());
    assertTrue(view.skipped().isEmpty());

    ColumnDrift scores =
        DriftReport.column(
            new ColumnInput(
                "score",
                ColumnKind.NUMERIC,
                new ColumnData.Numeric(reference.scores().scores()),
                new ColumnData.Numeric(current.scores().scores())),
            DriftOptions.defaults());
    assertEquals(scores, view.prediction().orElseThrow());
  }

  @Test
  void labelDriftComparesActualPositiveRates() {
    LabelDrift label = drift(WindowsQueryTest.storeWithReference(), TWO_DAYS).label().orElseThrow();
    assertEquals(0.5, label.referencePositiveRate(), 1e-12);
    assertEquals(0.5, label.currentPositiveRate(), 1e-12); // one 1 and one 0 labelled
    ColumnDrift expected =
        DriftReport.column(
            new ColumnInput(
                "label",
                ColumnKind.CATEGORICAL,
                new ColumnData.Categorical(CategoryCounts.of(Map.of("0", 2L, "1", 2L))),
                new ColumnData.Categorical(CategoryCounts.of(Map.of("0", 1L, "1", 1L)))),
            DriftOptions.defaults());
    assertEquals(expected.result(), label.drift().result());
    assertEquals("z", label.drift().result().method().id()); // binary, small reference
  }

  @Test
  void aShiftedFeatureDrifts() {
    List<Row> old =
        IntStream.range(0, 7).mapToObj(i -> Row.of(0.5, 70 + i, "France", true)).toList();
    InMemory store =
        new InMemory()
            .withModel(InMemory.churn(WindowGranularity.HOUR))
            .window("1", "2026-11-23T05:00:00Z", Summaries.window(0.5, old))
            .reference(
                Summaries.reference(
                    WindowsQueryTest.UPLOADED, WindowsQueryTest.REFERENCE, false, false));
    DriftView view = drift(store, TWO_DAYS);
    ColumnDrift age = view.features().columns().get(0);
    assertEquals("Age", age.name());
    assertEquals("ks", age.result().method().id());
    assertTrue(age.result().drifted(), age.toString());
    // Without reference scores and target, no prediction or label drift.
    assertTrue(view.prediction().isEmpty());
    assertTrue(view.label().isEmpty());
  }

  @Test
  void featuresWithoutValuesOnASideAreSkipped() {
    List<Row> noAge = List.of(Row.of(0.5, 0, "France", true).ageMissing());
    InMemory store =
        new InMemory()
            .withModel(InMemory.churn(WindowGranularity.HOUR))
            .window("1", "2026-11-23T05:00:00Z", Summaries.window(0.5, noAge))
            .reference(
                Summaries.reference(
                    WindowsQueryTest.UPLOADED, WindowsQueryTest.REFERENCE, true, true));
    DriftView view = drift(store, TWO_DAYS);
    assertEquals(List.of(new SkippedFeature("Age", "no values in the range")), view.skipped());
    assertEquals(
        List.of("Geography", "IsActive"),
        view.features().columns().stream().map(ColumnDrift::name).toList());
    assertTrue(view.label().isEmpty()); // no label in range
  }

  @Test
  void needsAReference() {
    MissingReferenceException e =
        assertThrows(
            MissingReferenceException.class, () -> drift(WindowsQueryTest.store(), TWO_DAYS));
    assertTrue(e.getMessage().startsWith("reference: "), e.getMessage());
  }

  @Test
  void anEmptyRangeTestsNothing() {
    DriftView view =
        drift(
            WindowsQueryTest.storeWithReference(),
            QueryParameters.of("churn").withRange("2026-10-01T00:00:00Z", "2026-10-02T00:00:00Z"));
    assertEquals(0, view.predictions());
    assertTrue(view.features().columns().isEmpty());
    assertEquals(3, view.skipped().size());
    assertTrue(view.prediction().isEmpty());
  }
}
