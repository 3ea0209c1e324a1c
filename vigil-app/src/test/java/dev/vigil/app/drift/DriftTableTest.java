package dev.vigil.app.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.stats.drift.DriftReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftTableTest {

  @Test
  void rendersEveryColumnTheTargetSkippedColumnsAndTheVerdict() {
    String expected =
        """
        Reference: ref.csv (5014 rows); current: cur.csv (2509 rows)

        column   type         method         statistic    p-value  threshold  drifted
        Balance  numeric      wasserstein       0.9003          -        0.1  yes
        Gender   categorical  chisquare        19.2500  1.200e-05       0.05  yes
        Age      numeric      ks              0.0420 ~     0.3000       0.05  no

        target (not counted in the dataset drift):
        Exited   numeric      jensenshannon     0.0123          -        0.1  no

        ~ approximate: computed from sketches, see error bounds in --format json

        skipped Notes: no values in cur.csv

        Dataset drift: 2 of 3 columns drifted (66.7%); drift share threshold 50%: DRIFTED
        """;
    assertEquals(
        expected.replace("\n", System.lineSeparator()), DriftTable.render(DriftOutcomes.sample()));
  }

  @Test
  void infiniteStatisticsAndTinyPValues() {
    String table = DriftTable.render(DriftOutcomes.withInfiniteStatistic());
    assertEquals(
        "City    categorical  chisquare        inf   0.0000       0.05  yes",
        table.lines().filter(l -> l.startsWith("City")).findFirst().orElseThrow());
  }

  @Test
  void verdictWordingWhenNotDrifted() {
    assertEquals(
        "Dataset drift: 0 of 0 columns drifted (0.0%); drift share threshold 12.5%: NOT DRIFTED",
        DriftTable.verdict(new DriftReport(List.of(), 0, 0.125, false)));
  }

  @Test
  void numberFormats() {
    assertEquals("0.0000", Numbers.statistic(0));
    assertEquals("1.235e-07", Numbers.statistic(1.2345e-7));
    assertEquals("1.235e+06", Numbers.statistic(1234567));
    assertEquals("-inf", Numbers.statistic(Double.NEGATIVE_INFINITY));
    assertEquals("0.05", Numbers.plain(0.05));
    assertEquals("3", Numbers.plain(3.0));
  }
}
