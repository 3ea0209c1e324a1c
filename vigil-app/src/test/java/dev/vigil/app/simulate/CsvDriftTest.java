package dev.vigil.app.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.app.csv.TableColumn;
import dev.vigil.stats.drift.ColumnKind;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CsvDriftTest {

  // Age: sd 10 (sample), median 35, whole numbers; Balance: sd 2.5, not whole; Active: 0/1.
  private final List<TableColumn> columns =
      List.of(
          new TableColumn.Numeric("Age", new double[] {20, 30, 40, 50, Double.NaN}),
          new TableColumn.Numeric("Balance", new double[] {0.5, 3, 5.5, 8, 10.5}),
          new TableColumn.Numeric("Active", new double[] {0, 1, 1, 0, 1}),
          new TableColumn.Categorical(
              "Geography", ColumnKind.CATEGORICAL, new int[] {0, 1, 0, 1, 0}, List.of("FR", "ES")));

  @Test
  void covariateShiftsNonBinaryNumericColumnsByAShareOfTheirStandardDeviation() {
    CsvDrift drift = new CsvDrift(DriftKind.COVARIATE, 0.5, columns);
    double ageSd = Math.sqrt((225 + 25 + 25 + 225) / 3.0);
    double balanceSd = Math.sqrt((25 + 6.25 + 0 + 6.25 + 25) / 4.0);
    assertEquals(
        Map.of("Age", (double) Math.round(0.5 * ageSd), "Balance", 0.5 * balanceSd),
        drift.shifts());
    Map<String, Object> row =
        new HashMap<>(Map.of("Age", 40.0, "Balance", 3.0, "Active", 1.0, "Geography", "FR"));
    assertEquals(1, drift.apply(row, 1, new SplittableRandom(1)));
    assertEquals(40.0 + Math.round(0.5 * ageSd), row.get("Age"));
    assertEquals(3.0 + 0.5 * balanceSd, (double) row.get("Balance"), 1e-12);
    assertEquals(1.0, row.get("Active"));
    assertEquals("FR", row.get("Geography"));
  }

  @Test
  void aMissingValueStaysMissing() {
    Map<String, Object> row = new HashMap<>();
    row.put("Age", null);
    new CsvDrift(DriftKind.COVARIATE, 1, columns).apply(row, 0, new SplittableRandom(1));
    assertNull(row.get("Age"));
  }

  @Test
  void conceptRelabelsAShareOfRowsByTheFirstNumericColumnBelowItsMedian() {
    CsvDrift drift = new CsvDrift(DriftKind.CONCEPT, 1, columns);
    assertEquals("Age", drift.conceptColumn());
    assertEquals(1, drift.apply(new HashMap<>(Map.of("Age", 20.0)), 0, new SplittableRandom(1)));
    assertEquals(0, drift.apply(new HashMap<>(Map.of("Age", 50.0)), 1, new SplittableRandom(1)));
    assertNull(drift.apply(new HashMap<>(Map.of("Age", 20.0)), null, new SplittableRandom(1)));
  }

  @Test
  void labelNoiseFlipsAboutTheShareOfLabels() {
    CsvDrift drift = new CsvDrift(DriftKind.LABEL_NOISE, 0.3, columns);
    SplittableRandom random = new SplittableRandom(5);
    int flipped = 0;
    for (int i = 0; i < 20_000; i++) {
      flipped += drift.apply(new HashMap<>(), 0, random);
    }
    // Binomial(20000, 0.3): standard deviation 0.0032 of the share; 0.015 is over 4 of them.
    assertEquals(0.3, flipped / 20_000.0, 0.015);
  }

  @Test
  void conceptNeedsANumericColumn() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new CsvDrift(DriftKind.CONCEPT, 0.5, List.of(columns.get(3))));
    assertTrue(e.getMessage().contains("--drift concept"), e.getMessage());
  }

  @Test
  void driftStartsAtAStoryTimeOrAFractionOfThePlannedRows() {
    DriftPlan byRows = new DriftPlan(DriftKind.CONCEPT, 0.5, DriftStart.parse("0.25"), 1000);
    assertEquals(false, byRows.active(249, Duration.ofDays(9)));
    assertEquals(true, byRows.active(250, Duration.ZERO));
    DriftPlan byTime = new DriftPlan(DriftKind.CONCEPT, 0.5, DriftStart.parse("2h"), 0);
    assertEquals(false, byTime.active(10_000, Duration.ofMinutes(119)));
    assertEquals(true, byTime.active(0, Duration.ofHours(2)));
    assertEquals(false, DriftPlan.NONE.active(5, Duration.ofDays(1)));
    assertEquals(Duration.ofDays(1), DriftStart.parse("1d").storyTime());
    assertEquals(0.0, DriftStart.parse("0").fraction());
    assertEquals(1.0, DriftStart.parse("1").fraction());
    assertThrows(
        IllegalArgumentException.class,
        () -> new DriftPlan(DriftKind.COVARIATE, 0.5, DriftStart.parse("0.5"), 0));
  }
}
