package dev.vigil.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.app.serve.FreePortSettings;
import dev.vigil.app.serve.MonitoringServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * {@code vigil report --model} on a real SQLite store, fed through a running server's HTTP API (the
 * real ingestion pipeline) and closed, so the report reads what the server flushed.
 */
class StoreReportTest {

  private static final String MODEL = "churn-report";
  private static final int PERIODS = 6;
  private static final int DEGRADE_FROM = 4;

  @TempDir static Path dataDir;
  @TempDir Path dir;
  private static Instant start;

  @BeforeAll
  static void feed() throws Exception {
    start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(30, ChronoUnit.HOURS);
    MonitoringServer server = MonitoringServer.start(FreePortSettings.of(dataDir));
    try {
      StoreFeed feed = new StoreFeed(server.port());
      feed.model(MODEL, start, PERIODS, DEGRADE_FROM);
      feed.idle("idle");
    } finally {
      server.close();
    }
  }

  private ReportRun report(Path out, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--data-dir", dataDir.toString(),
                "--out", out.toString()));
    args.addAll(List.of(more));
    return ReportRun.of(args.toArray(String[]::new));
  }

  private String[] range() {
    return new String[] {
      "--model", MODEL,
      "--from", start.toString(),
      "--to", start.plus(1, ChronoUnit.DAYS).toString(),
      "--batch-size", Integer.toString(StoreFeed.PER_PERIOD)
    };
  }

  @Test
  void aDegradingPeriodMakesTheVerdictDegraded() throws Exception {
    Path out = Path.of("target", "report-store.html"); // kept for a look after the build
    ReportRun run = report(out, range());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("degraded"), run.out());
    ReportPage page = ReportPage.read(out);
    Element verdict = page.byId("verdict");
    assertEquals("degraded", verdict.getElementsByTagName("div").item(0).getTextContent());
    List<Element> periods = page.rowsOf("periods");
    assertEquals(PERIODS, periods.size());
    for (int p = 0; p < PERIODS; p++) {
      List<String> cells = ReportPage.cells(periods.get(p));
      assertEquals(Integer.toString(StoreFeed.PER_PERIOD), cells.get(3), "labelled");
      assertEquals(p >= DEGRADE_FROM ? "degraded" : "ok", cells.get(9), "period " + (p + 1));
    }
    String firstDegraded = ReportPage.cells(periods.get(DEGRADE_FROM)).get(1);
    assertTrue(verdict.getTextContent().contains(firstDegraded + " is the first degraded"));
    assertTrue(verdict.getTextContent().contains("is below ACCURACY_THRESHOLD 0.85"));
    assertEquals(3, page.rowsOf("quality").size(), "one row per schema feature");
    for (String feature : List.of("Age", "Balance", "Geography")) {
      assertFalse(page.driftRow(feature).getAttribute("data-statistic").isEmpty(), feature);
    }
    // The reference was uploaded with scores and targets, so the server's CBPE estimates every
    // hour of the range: the estimated rows cover exactly the predictions sent.
    List<Element> estimated = page.rowsOf("estimated");
    long estimatedRows =
        estimated.stream().mapToLong(r -> Long.parseLong(ReportPage.cells(r).get(2))).sum();
    assertEquals((long) PERIODS * StoreFeed.PER_PERIOD, estimatedRows);
    String accuracy = ReportPage.cells(estimated.get(0)).get(3);
    double value = Double.parseDouble(accuracy.substring(0, accuracy.indexOf(' ')));
    assertTrue(value > 0.5 && value <= 1, accuracy);
  }

  @Test
  void aHealthyRangeIsNotDegraded() throws Exception {
    Path out = dir.resolve("healthy.html");
    String to = start.plusSeconds(60L * StoreFeed.PER_PERIOD * DEGRADE_FROM).toString();
    ReportRun run =
        report(
            out, "--model", MODEL, "--from", start.toString(), "--to", to, "--batch-size", "200");
    assertEquals(0, run.exitCode(), run.err());
    ReportPage page = ReportPage.read(out);
    String status = page.byId("verdict").getElementsByTagName("div").item(0).getTextContent();
    assertFalse(status.equals("degraded"), status);
    assertEquals(DEGRADE_FROM, page.rowsOf("periods").size());
  }

  @Test
  void aReferenceFileReplacesTheStoredOneAndGivesTheBaseline() throws Exception {
    Path reference = Files.writeString(dir.resolve("older.csv"), StoreFeed.reference(15));
    Path out = dir.resolve("file-reference.html");
    List<String> args = new java.util.ArrayList<>(List.of(range()));
    args.addAll(
        List.of("--reference", reference.toString(), "--score", "score", "--target", "Exited"));
    ReportRun run = report(out, args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    ReportPage page = ReportPage.read(out);
    assertEquals("true", page.driftRow("Age").getAttribute("data-drifted"), "ages moved 15 years");
    assertEquals("false", page.driftRow("Geography").getAttribute("data-drifted"));
    String decisions = page.byId("degradation").getParentNode().getTextContent();
    assertTrue(decisions.contains("against the reference's"), "a baseline check");
    assertTrue(page.text().contains("Reference: " + reference));
    ReportRun stored = report(dir.resolve("stored.html"), range());
    assertEquals(
        "false",
        ReportPage.read(dir.resolve("stored.html")).driftRow("Age").getAttribute("data-drifted"),
        "against the stored reference, Age does not drift");
    assertEquals(0, stored.exitCode());
  }

  @Test
  void aModelWithoutReferenceOrDataSaysWhatIsMissing() throws Exception {
    Path out = dir.resolve("idle.html");
    ReportRun run = report(out, "--model", "idle");
    assertEquals(0, run.exitCode(), run.err());
    ReportPage page = ReportPage.read(out);
    assertEquals(
        "healthy", page.byId("verdict").getElementsByTagName("div").item(0).getTextContent());
    String verdict = page.byId("verdict").getTextContent();
    assertTrue(verdict.contains("drift not tested: no reference"), verdict);
    assertTrue(verdict.contains("performance not judged: no stored prediction"), verdict);
    String text = page.dom().getDocumentElement().getTextContent();
    assertTrue(text.contains("Drift was not computed: there is no reference"), text);
    assertTrue(text.contains("No realized performance: no stored prediction in the range"), text);
  }

  @Test
  void refusalsNameTheFlag() {
    Path out = dir.resolve("refused.html");
    assertRefused(report(out, "--model", "no-such-model"), "--model");
    assertRefused(report(out, "--model", MODEL, "--from", "yesterday"), "--from");
    assertRefused(
        report(
            out,
            "--model",
            MODEL,
            "--from",
            "2026-11-02T00:00:00Z",
            "--to",
            "2026-11-01T00:00:00Z"),
        "--to");
    assertRefused(report(out, "--model", MODEL, "--batch-size", "5"), "--batch-size");
    assertRefused(
        ReportRun.of(
            "--model",
            MODEL,
            "--data-dir",
            dir.resolve("empty").toString(),
            "--out",
            out.toString()),
        "--data-dir");
    assertRefused(
        ReportRun.of(
            "--reference",
            dir.resolve("missing.csv").toString(),
            "--current",
            dir.resolve("missing.csv").toString(),
            "--out",
            out.toString()),
        "--reference");
    assertRefused(ReportRun.of("--out", out.toString()), "--model");
    assertRefused(report(out, "--model", MODEL, "--score", "s"), "--score");
    assertRefused(report(out, "--model", MODEL, "--id", "x"), "--id");
    assertRefused(
        report(out, "--model", MODEL, "--reference", dir.resolve("none.csv").toString()),
        "--reference");
    assertFalse(Files.exists(out), "a refused report writes nothing");
    assertFalse(Files.exists(dir.resolve("empty")), "nor creates a store");
  }

  private static void assertRefused(ReportRun run, String flag) {
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains(flag), "'" + flag + "' in: " + run.err());
  }
}
