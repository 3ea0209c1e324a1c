package dev.vigil.app.drift;

import dev.vigil.stats.drift.ColumnDrift;
import dev.vigil.stats.drift.DriftReport;
import dev.vigil.stats.drift.DriftResult;
import java.util.ArrayList;
import java.util.List;

/** Renders a {@link DriftOutcome} as an aligned plain-text table followed by the verdict. */
public final class DriftTable {

  static final List<String> HEADINGS =
      List.of("column", "type", "method", "statistic", "p-value", "threshold", "drifted");

  /** Appended to a statistic computed from sketches rather than from exact values. */
  static final String APPROXIMATE = " ~";

  private DriftTable() {}

  public static String render(DriftOutcome outcome) {
    List<List<String>> rows = new ArrayList<>();
    outcome.features().columns().forEach(c -> rows.add(cells(c)));
    List<String> targetRow = outcome.target().map(DriftTable::cells).orElse(null);
    int[] widths = widths(rows, targetRow);
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "Reference: %s (%d rows); current: %s (%d rows)%n%n",
            outcome.referenceFile(),
            outcome.referenceRows(),
            outcome.currentFile(),
            outcome.currentRows()));
    appendRow(out, HEADINGS, widths);
    rows.forEach(r -> appendRow(out, r, widths));
    if (targetRow != null) {
      out.append(String.format("%ntarget (not counted in the dataset drift):%n"));
      appendRow(out, targetRow, widths);
    }
    boolean approximate =
        outcome.features().columns().stream().anyMatch(c -> !c.result().exact())
            || outcome.target().map(c -> !c.result().exact()).orElse(false);
    if (approximate) {
      out.append(
          String.format(
              "%n%s approximate: computed from sketches, see error bounds in --format json%n",
              APPROXIMATE.strip()));
    }
    for (SkippedColumn skipped : outcome.skipped()) {
      out.append(String.format("%nskipped %s: %s", skipped.name(), skipped.reason()));
    }
    if (!outcome.skipped().isEmpty()) {
      out.append(System.lineSeparator());
    }
    out.append(System.lineSeparator())
        .append(verdict(outcome.features()))
        .append(System.lineSeparator());
    return out.toString();
  }

  /**
   * E.g. {@code Dataset drift: 2 of 10 columns drifted (20.0%); drift share threshold 50%: NOT
   * DRIFTED}.
   */
  static String verdict(DriftReport report) {
    return String.format(
        "Dataset drift: %d of %d columns drifted (%s); drift share threshold %s: %s",
        report.driftedColumns(),
        report.columns().size(),
        Numbers.share(report.driftShare()),
        Numbers.percent(report.shareThreshold()),
        report.datasetDrift() ? "DRIFTED" : "NOT DRIFTED");
  }

  static List<String> cells(ColumnDrift column) {
    DriftResult r = column.result();
    return List.of(
        column.name(),
        column.kind().id(),
        r.method().id(),
        Numbers.statistic(r.statistic()) + (r.exact() ? "" : APPROXIMATE),
        r.hasPValue() ? Numbers.statistic(r.pValue()) : "-",
        Numbers.plain(r.threshold()),
        r.drifted() ? "yes" : "no");
  }

  private static int[] widths(List<List<String>> rows, List<String> targetRow) {
    int[] widths = HEADINGS.stream().mapToInt(String::length).toArray();
    List<List<String>> all = new ArrayList<>(rows);
    if (targetRow != null) {
      all.add(targetRow);
    }
    for (List<String> row : all) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    return widths;
  }

  /** Text columns are left-aligned, numbers right-aligned. */
  private static void appendRow(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      boolean number = i >= 3 && i <= 5;
      String format = "%" + (number ? "" : "-") + widths[i] + "s";
      line.append(i == 0 ? "" : "  ").append(String.format(format, cells.get(i)));
    }
    out.append(line.toString().stripTrailing()).append(System.lineSeparator());
  }
}
