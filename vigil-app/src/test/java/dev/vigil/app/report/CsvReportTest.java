package dev.vigil.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.app.DriftCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import picocli.CommandLine;

/** {@code vigil report} on two CSV files: the bank churn data, France as reference, Germany now. */
class CsvReportTest {

  @TempDir static Path dir;
  private static Path france;
  private static Path germany;

  @BeforeAll
  static void split() {
    france = ChurnFiles.country("France", dir.resolve("fr.csv"));
    germany = ChurnFiles.country("Germany", dir.resolve("de.csv"));
  }

  private static List<String> common(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--reference", france.toString(),
                "--current", germany.toString(),
                "--target", "Exited",
                "--exclude", "Surname,Geography,predicted",
                "--id", "RowNumber",
                "--id", "CustomerId"));
    args.addAll(List.of(more));
    return args;
  }

  private static ReportPage report(String name, String... more) throws Exception {
    Path out = dir.resolve(name);
    List<String> args = common(more);
    args.addAll(List.of("--out", out.toString()));
    ReportRun run = ReportRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    return ReportPage.read(out);
  }

  @Test
  void driftEqualsVigilDriftAndNamesBalanceAndAge() throws Exception {
    ReportPage page = report("drift.html", "--score", "score");
    List<String> driftArgs = new ArrayList<>(List.of("--format", "json"));
    driftArgs.addAll(common("--exclude", "score"));
    StringWriter json = new StringWriter();
    CommandLine drift = new CommandLine(new DriftCommand());
    drift.setOut(new PrintWriter(json));
    assertEquals(0, drift.execute(driftArgs.toArray(String[]::new)));
    JsonNode root = new ObjectMapper().readTree(json.toString());
    List<String> names = new ArrayList<>();
    for (JsonNode column : root.get("columns")) {
      String name = column.get("column").asText();
      names.add(name);
      Element row = page.driftRow(name);
      assertEquals(column.get("statistic").asDouble(), number(row, "data-statistic"), name);
      assertEquals(column.get("threshold").asDouble(), number(row, "data-threshold"), name);
      if (column.get("p_value").isNull()) {
        assertEquals("", row.getAttribute("data-p-value"), name);
      } else {
        assertEquals(column.get("p_value").asDouble(), number(row, "data-p-value"), name);
      }
      assertEquals(
          column.get("drifted").asBoolean(), row.getAttribute("data-drifted").equals("true"));
      assertEquals(column.get("method").asText(), ReportPage.cells(row).get(2), name);
    }
    List<String> tested =
        page.rowsOf("drift").stream()
            .map(r -> r.getAttribute("data-feature"))
            .filter(f -> !f.equals("Exited") && !f.equals("score"))
            .toList();
    assertEquals(names, tested, "the report tests the same features, in the same order");
    assertEquals("yes", ReportPage.cells(page.driftRow("Balance")).get(6));
    assertEquals("yes", ReportPage.cells(page.driftRow("Age")).get(6));
    assertEquals("no", ReportPage.cells(page.driftRow("CreditScore")).get(6));
    String verdict = page.byId("verdict").getTextContent();
    assertTrue(verdict.contains("Balance") && verdict.contains("Age"), verdict);
    assertEquals(
        root.at("/target/statistic").asDouble(), number(page.driftRow("Exited"), "data-statistic"));
  }

  @Test
  void loadsNothingFromTheNetwork() throws Exception {
    ReportPage page = report("offline.html", "--score", "score");
    assertFalse(page.text().contains("http://"), "no http:// anywhere");
    assertFalse(page.text().contains("https://"), "no https:// anywhere");
    assertTrue(page.elements("script").isEmpty(), "no script");
    assertTrue(page.elements("link").isEmpty(), "no link");
    assertTrue(page.elements("img").isEmpty(), "no img");
    for (Element e : page.elements("*")) {
      for (String attribute : List.of("src", "href", "xlink:href")) {
        assertEquals("", e.getAttribute(attribute), e.getTagName() + " " + attribute);
      }
    }
    assertFalse(page.text().contains("url("), "no CSS url()");
    assertTrue(
        page.elements("meta").stream()
            .anyMatch(m -> m.getAttribute("content").startsWith("default-src 'none'")),
        "a policy forbids any load");
    assertTrue(page.elements("svg").size() > 10, "charts are inline SVG");
  }

  @Test
  void periodsHoldTheRealizedAndEstimatedPerformance() throws Exception {
    ReportPage page = report("performance.html", "--score", "score", "--batch-size", "500");
    List<Element> periods = page.rowsOf("periods");
    long rows = Files.readAllLines(germany).size() - 1;
    assertEquals((rows + 499) / 500, periods.size());
    List<String> lines = Files.readAllLines(germany);
    List<String> header = List.of(lines.get(0).split(","));
    long correct = 0;
    for (String line : lines.subList(1, 501)) {
      String[] cells = line.split(",", -1);
      int predicted = Double.parseDouble(cells[header.indexOf("score")]) >= 0.5 ? 1 : 0;
      correct += predicted == Integer.parseInt(cells[header.indexOf("Exited")]) ? 1 : 0;
    }
    String accuracy = ReportPage.cells(periods.get(0)).get(4);
    assertTrue(
        accuracy.startsWith(String.format(java.util.Locale.ROOT, "%.3f [", correct / 500.0)),
        accuracy);
    List<Element> estimated = page.rowsOf("estimated");
    assertEquals(periods.size(), estimated.size());
    String estimate = ReportPage.cells(estimated.get(0)).get(3);
    double value = Double.parseDouble(estimate.substring(0, estimate.indexOf(' ')));
    assertTrue(value > 0.5 && value <= 1, estimate);
    assertTrue(page.text().contains("ACCURACY_THRESHOLD 0.85"));
  }

  @Test
  void aPredictionColumnGivesTheSameRealizedPerformanceButNoEstimate() throws Exception {
    List<List<String>> scored =
        report("scored.html", "--score", "score").rowsOf("periods").stream()
            .map(ReportPage::cells)
            .map(c -> c.subList(0, 8))
            .toList();
    Path out = dir.resolve("predicted.html");
    List<String> args = new ArrayList<>(common("--out", out.toString()));
    args.set(args.indexOf("Surname,Geography,predicted"), "Surname,Geography,score");
    args.addAll(List.of("--prediction", "predicted"));
    ReportRun run = ReportRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    ReportPage page = ReportPage.read(out);
    List<List<String>> predicted =
        page.rowsOf("periods").stream().map(ReportPage::cells).map(c -> c.subList(0, 8)).toList();
    assertEquals(scored, predicted, "accuracy, precision, recall and F1 per period");
    assertTrue(
        page.byId("estimated").getParentNode().getTextContent().contains("CBPE needs a --score"));
  }

  @Test
  void sameInputsGiveTheSameBytes() throws Exception {
    String first = report("a.html", "--score", "score").text();
    String second = report("b.html", "--score", "score").text();
    assertEquals(first, second);
    assertTrue(first.contains("Generated by Vigil at " + ReportRun.NOW));
  }

  @Test
  void thresholdsComeFromTheEnvironment() throws Exception {
    Path out = dir.resolve("env.html");
    List<String> args = common("--score", "score", "--out", out.toString());
    ReportRun run =
        ReportRun.withEnvironment(
            Map.of("ACCURACY_THRESHOLD", "0.99"), args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    ReportPage page = ReportPage.read(out);
    assertTrue(page.text().contains("ACCURACY_THRESHOLD 0.99"));
    assertEquals(
        "degraded", page.byId("verdict").getElementsByTagName("div").item(0).getTextContent());
  }

  private static double number(Element row, String attribute) {
    return Double.parseDouble(row.getAttribute(attribute));
  }

  @Test
  void withoutAScoreThereIsDriftButNoPerformance() throws Exception {
    Path out = dir.resolve("no-score.html");
    List<String> args = common("--exclude", "score", "--out", out.toString());
    ReportRun run = ReportRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        out
            + ": healthy (2 of 9 features drifted (Age, Balance): 22.2%, below the drift share"
            + " threshold 50.0%)\n",
        run.out()); // as docs/REPORT.md shows
    ReportPage page = ReportPage.read(out);
    assertTrue(
        page.byId("performance")
            .getParentNode()
            .getTextContent()
            .contains("No realized performance: no --score or --prediction column given."));
  }

  @Test
  void userTextIsEscaped() throws Exception {
    String name = "<b>x</b>&\"'";
    String category = "<script>alert(1)</script>";
    StringBuilder ref = new StringBuilder("\"" + name.replace("\"", "\"\"") + "\",n\n");
    StringBuilder cur = new StringBuilder(ref);
    for (int i = 0; i < 50; i++) {
      ref.append(i % 2 == 0 ? "a" : "b").append(',').append(i).append('\n');
      cur.append(i % 3 == 0 ? category : "a").append(',').append(i + 10).append('\n');
    }
    Path a = Files.writeString(dir.resolve("esc-ref.csv"), ref);
    Path b = Files.writeString(dir.resolve("esc-cur.csv"), cur);
    Path out = dir.resolve("escaped.html");
    ReportRun run =
        ReportRun.of(
            "--reference", a.toString(), "--current", b.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    ReportPage page = ReportPage.read(out);
    assertTrue(page.elements("script").isEmpty());
    assertTrue(page.elements("b").isEmpty());
    assertEquals(name, page.driftRow(name).getAttribute("data-feature"));
    assertTrue(page.text().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertEquals(
        "17", ReportPage.cells(page.rowsOf("quality").get(0)).get(6), "unseen category counted");
  }

  @Test
  void refusalsNameTheFlag() throws Exception {
    Path out = dir.resolve("refused.html");
    assertRefused(report(out, "--target", "Nope"), "--target");
    assertRefused(report(out, "--score", "Surname"), "--score");
    assertRefused(report(out, "--score", "Balance"), "--score");
    assertRefused(report(out, "--target", "Exited", "--score", "score", "--from", "x"), "--from");
    assertRefused(report(out, "--batch-size", "0"), "--batch-size");
    assertRefused(
        ReportRun.of("--reference", france.toString(), "--out", out.toString()), "--current");
    assertFalse(Files.exists(out), "a refused report writes nothing");
  }

  private static ReportRun report(Path out, String... args) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "--reference",
                france.toString(),
                "--current",
                germany.toString(),
                "--out",
                out.toString()));
    all.addAll(List.of(args));
    return ReportRun.of(all.toArray(String[]::new));
  }

  private static void assertRefused(ReportRun run, String flag) {
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains(flag), "'" + flag + "' in: " + run.err());
  }
}
