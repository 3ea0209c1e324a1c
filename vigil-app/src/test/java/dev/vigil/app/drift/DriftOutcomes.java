package dev.vigil.app.drift;

import dev.vigil.stats.drift.ColumnDrift;
import dev.vigil.stats.drift.ColumnKind;
import dev.vigil.stats.drift.DriftMethod;
import dev.vigil.stats.drift.DriftReport;
import dev.vigil.stats.drift.DriftResult;
import java.util.List;
import java.util.Optional;

/** A hand-built outcome for rendering tests. */
final class DriftOutcomes {

  private DriftOutcomes() {}

  static DriftOutcome sample() {
    ColumnDrift balance =
        new ColumnDrift(
            "Balance",
            ColumnKind.NUMERIC,
            5014,
            2509,
            DriftResult.of(DriftMethod.WASSERSTEIN, 0.9003, Double.NaN, 0.1, true, 0));
    ColumnDrift gender =
        new ColumnDrift(
            "Gender",
            ColumnKind.CATEGORICAL,
            5014,
            2500,
            DriftResult.of(DriftMethod.CHI_SQUARE, 19.25, 1.2e-5, 0.05, true, 0));
    ColumnDrift age =
        new ColumnDrift(
            "Age",
            ColumnKind.NUMERIC,
            5000,
            2509,
            DriftResult.of(DriftMethod.KS, 0.042, 0.3, 0.05, false, 0.01));
    ColumnDrift exited =
        new ColumnDrift(
            "Exited",
            ColumnKind.NUMERIC,
            5014,
            2509,
            DriftResult.of(DriftMethod.JENSEN_SHANNON, 0.0123, Double.NaN, 0.1, true, 0));
    return new DriftOutcome(
        "ref.csv",
        5014,
        "cur.csv",
        2509,
        new DriftReport(List.of(balance, gender, age), 2, 0.5, true),
        Optional.of(exited),
        List.of(new SkippedColumn("Notes", "no values in cur.csv")));
  }

  static DriftOutcome withInfiniteStatistic() {
    ColumnDrift city =
        new ColumnDrift(
            "City",
            ColumnKind.CATEGORICAL,
            10,
            10,
            DriftResult.of(DriftMethod.CHI_SQUARE, Double.POSITIVE_INFINITY, 0.0, 0.05, true, 0));
    return new DriftOutcome(
        "a.csv",
        10,
        "b.csv",
        10,
        new DriftReport(List.of(city), 1, 0.5, true),
        Optional.empty(),
        List.of());
  }
}
