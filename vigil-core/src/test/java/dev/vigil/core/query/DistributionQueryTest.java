package dev.vigil.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.model.WindowGranularity;
import dev.vigil.stats.drift.ColumnKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DistributionQueryTest {

  private static final QueryParameters TWO_DAYS =
      QueryParameters.of("churn").withRange("2026-11-22T00:00:00Z", "2026-11-24T00:00:00Z");

  /** Ages 0..999; France 500, Spain 300, R00..R19 10 each; active every other row. */
  private static List<Row> reference() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      int tenth = i % 10;
      String country =
          tenth < 5 ? "France" : tenth < 8 ? "Spain" : String.format("R%02d", (i / 10) % 20);
      rows.add(Row.of(0.5, i, country, i % 2 == 0));
    }
    return rows;
  }

  /**
   * 1250 rows: ages 500..1499 then 250 missing; France 40%, Spain 10%, R18 10%, Germany 30%, Italy
   * 10%; all active.
   */
  private static List<Row> current() {
    String[] countries = {
      "France", "France", "France", "France", "Spain", "R18", "Germany", "Germany", "Germany",
      "Italy"
    };
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 1250; i++) {
      Row row = Row.of(0.5, 500 + i, countries[i % 10], true);
      rows.add(i < 1000 ? row : row.ageMissing());
    }
    return rows;
  }

  private static InMemory store() {
    return new InMemory()
        .withModel(InMemory.churn(WindowGranularity.HOUR))
        .window("1", "2026-11-22T22:00:00Z", Summaries.window(0.5, current().subList(0, 600)))
        .window("1", "2026-11-23T03:00:00Z", Summaries.window(0.5, current().subList(600, 1250)))
        .reference(Summaries.reference(WindowsQueryTest.UPLOADED, reference(), false, false));
  }

  private static FeatureDistribution distribution(InMemory store, String feature) {
    return store.queries(WindowsQueryTest.NOW).distribution(TWO_DAYS, feature);
  }

  @Test
  void numericBinsAreTheReferenceDecilesWithTheCurrentSharesOfEach() {
    FeatureDistribution age = distribution(store(), "Age");
    assertEquals(ColumnKind.NUMERIC, age.kind());
    assertEquals(1000, age.referenceValues());
    assertEquals(1000, age.currentValues());
    assertEquals(0, age.referenceMissingShare());
    assertEquals(0.2, age.currentMissingShare(), 1e-12);
    assertTrue(age.exact());
    assertEquals(10, age.bins().size());
    // numpy.quantile(0..999, 0.1) = 99.9: the first bin is (-inf, 99.9]
    assertEquals(Optional.empty(), age.bins().get(0).lower());
    assertEquals(99.9, age.bins().get(0).upper().orElseThrow(), 1e-9);
    assertEquals("≤ 99.9", age.bins().get(0).label());
    assertEquals(Optional.empty(), age.bins().get(9).upper());
    assertEquals("(99.9, 199.8]", age.bins().get(1).label()); // 199.79999999999998 rounded
    assertEquals("> 899.1", age.bins().get(9).label());
    double[] current = {0, 0, 0, 0, 0, 0.1, 0.1, 0.1, 0.1, 0.6}; // ages 500..1499
    for (int i = 0; i < 10; i++) {
      assertEquals(0.1, age.bins().get(i).referenceShare(), 1e-12, "reference bin " + i);
      assertEquals(current[i], age.bins().get(i).currentShare(), 1e-12, "current bin " + i);
    }
    assertTrue(age.unseen().isEmpty());
  }

  @Test
  void categoriesAreTheReferenceTopTwentyThenOtherAndUnseen() {
    FeatureDistribution geography = distribution(store(), "Geography");
    assertEquals(ColumnKind.CATEGORICAL, geography.kind());
    List<DistributionBin> bins = geography.bins();
    assertEquals(21, bins.size());
    assertEquals(DistributionBin.category("France", 0.5, 0.4), bins.get(0));
    assertEquals(DistributionBin.category("Spain", 0.3, 0.1), bins.get(1));
    assertEquals(DistributionBin.category("R00", 0.01, 0), bins.get(2));
    assertEquals("R17", bins.get(19).label());
    // R18 and R19 pool in (other), and so does the current's R18
    assertEquals(FeatureDistribution.OTHER, bins.get(20).label());
    assertEquals(0.02, bins.get(20).referenceShare(), 1e-12);
    assertEquals(0.1, bins.get(20).currentShare(), 1e-12);
    assertEquals(
        List.of(new CategoryShare("Germany", 0.3), new CategoryShare("Italy", 0.1)),
        geography.unseen());
    assertEquals(0.4, geography.unseenShare(), 1e-12);
  }

  @Test
  void booleanFeaturesAreCategories() {
    FeatureDistribution active = distribution(store(), "IsActive");
    assertEquals(ColumnKind.BOOLEAN, active.kind());
    assertEquals(
        List.of(
            DistributionBin.category("false", 0.5, 0), DistributionBin.category("true", 0.5, 1)),
        active.bins());
  }

  @Test
  void refusesAnUnknownFeatureAndAMissingReference() {
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> distribution(store(), "Salary"));
    assertTrue(unknown.getMessage().startsWith("feature: "), unknown.getMessage());
    InMemory noReference =
        new InMemory()
            .withModel(InMemory.churn(WindowGranularity.HOUR))
            .window("1", "2026-11-22T22:00:00Z", Summaries.window(0.5, current()));
    assertThrows(MissingReferenceException.class, () -> distribution(noReference, "Age"));
    assertThrows(
        UnknownModelException.class,
        () ->
            noReference
                .queries(WindowsQueryTest.NOW)
                .distribution(QueryParameters.of("nope"), "Age"));
  }
}
