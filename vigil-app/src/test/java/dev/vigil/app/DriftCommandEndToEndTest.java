package dev.vigil.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil drift} on the real data sets, split at test time into temporary files. Verdicts
 * asserted here are far from their thresholds (checked against scipy when the tests were written).
 */
class DriftCommandEndToEndTest {

  private static final String CHURN = "Churn_Modelling.csv";
  private static final String EXPRESSO = "expresso_churn_subset_58200.csv";
  private static final String[] CHURN_IDS = {"--id", "RowNumber", "--id", "CustomerId"};

  @TempDir static Path dir;
  private static List<String> churn;
  private static Path france;
  private static Path germany;

  @BeforeAll
  static void split() {
    churn = SharedData.lines(CHURN);
    int geography = SharedData.column(churn, "Geography");
    france =
        SharedData.subset(churn, f -> f[geography].equals("France"), ',', dir.resolve("fr.csv"));
    germany =
        SharedData.subset(churn, f -> f[geography].equals("Germany"), ',', dir.resolve("de.csv"));
  }

  private static JsonNode json(CommandRun run) throws Exception {
    assertEquals("", run.err(), "stderr");
    return new ObjectMapper().readTree(run.out());
  }

  private static CommandRun drift(Path reference, Path current, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of("drift", "--reference", reference.toString(), "--current", current.toString()));
    args.addAll(List.of(options));
    return CommandRun.of(args.toArray(String[]::new));
  }

  private static JsonNode column(JsonNode root, String name) {
    return StreamSupport.stream(root.get("columns").spliterator(), false)
        .filter(c -> c.get("column").asText().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no column " + name + " in " + root));
  }

  private static List<String> columnNames(JsonNode root) {
    return StreamSupport.stream(root.get("columns").spliterator(), false)
        .map(c -> c.get("column").asText())
        .toList();
  }

  private static long count(
      List<String> lines, int column, java.util.function.Predicate<String[]> p) {
    return lines.stream().skip(1).map(l -> l.split(",", -1)).filter(p).count();
  }

  @Test
  void franceVersusGermany() throws Exception {
    CommandRun run =
        drift(
            france,
            germany,
            "--format",
            "json",
            "--target",
            "Exited",
            "--exclude",
            "Surname,Geography",
            CHURN_IDS[0],
            CHURN_IDS[1],
            CHURN_IDS[2],
            CHURN_IDS[3]);
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = json(run);
    int geography = SharedData.column(churn, "Geography");
    assertEquals(
        count(churn, geography, f -> f[geography].equals("France")),
        root.at("/reference/rows").asLong());
    assertEquals(
        count(churn, geography, f -> f[geography].equals("Germany")),
        root.at("/current/rows").asLong());
    assertEquals(
        List.of(
            "CreditScore",
            "Gender",
            "Age",
            "Tenure",
            "Balance",
            "NumOfProducts",
            "HasCrCard",
            "IsActiveMember",
            "EstimatedSalary"),
        columnNames(root));
    JsonNode balance = column(root, "Balance");
    assertEquals("numeric", balance.get("type").asText());
    assertEquals("wasserstein", balance.get("method").asText()); // > 1000 rows, many values
    assertTrue(balance.get("statistic").asDouble() > 0.5, balance.toString()); // scipy: 0.900
    assertTrue(balance.get("drifted").asBoolean());
    JsonNode creditScore = column(root, "CreditScore");
    assertTrue(creditScore.get("statistic").asDouble() < 0.05); // scipy: 0.027
    assertFalse(creditScore.get("drifted").asBoolean());
    assertEquals("categorical", column(root, "Gender").get("type").asText());
    assertEquals("jensenshannon", column(root, "Gender").get("method").asText());
    assertEquals("Exited", root.at("/target/column").asText());
    assertEquals("jensenshannon", root.at("/target/method").asText()); // two values
    assertTrue(root.at("/target/drifted").asBoolean()); // scipy: 0.135 >= 0.1
    assertFalse(root.at("/dataset/drifted").asBoolean()); // Age and Balance: 2 of 9
    assertEquals(9, root.at("/dataset/columns").asInt());
  }

  @Test
  void theTableSaysTheSame() {
    CommandRun run = drift(france, germany, "--exclude", "Surname,Geography,RowNumber,CustomerId");
    assertEquals(0, run.exitCode(), run.err());
    String balance =
        run.out().lines().filter(l -> l.startsWith("Balance ")).findFirst().orElseThrow();
    assertTrue(
        balance.matches("Balance +numeric +wasserstein +0\\.\\d{4} +- +0\\.1 +yes"), balance);
    assertTrue(run.out().contains("drift share threshold 50%: NOT DRIFTED"), run.out());
  }

  @Test
  void identicalFilesDriftNowhere() throws Exception {
    CommandRun run =
        drift(france, france, "--format", "json", "--fail-on-drift", "--exclude", "Surname");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = json(run);
    assertEquals(0, root.at("/dataset/drifted_columns").asInt());
    assertTrue(root.at("/columns/0/column").asText().equals("RowNumber"));
    for (JsonNode c : root.get("columns")) {
      assertFalse(c.get("drifted").asBoolean(), c.toString());
      assertEquals(c.get("reference_count").asLong(), c.get("current_count").asLong());
    }
  }

  @Test
  void failOnDriftExitsWithThreeWhenTheDatasetDrifted() {
    // Balance drifts, CreditScore does not: 1 of 2 columns reaches the 50% share
    CommandRun run =
        drift(
            france,
            germany,
            "--fail-on-drift",
            "--exclude",
            "RowNumber,CustomerId,Surname,Geography,Gender,Age,Tenure,NumOfProducts,HasCrCard,"
                + "IsActiveMember,EstimatedSalary,Exited");
    assertEquals(3, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("1 of 2 columns drifted (50.0%)"), run.out());
    assertTrue(run.out().contains(": DRIFTED"), run.out());
  }

  @Test
  void aSemicolonFileAgainstACommaFile() throws Exception {
    int geography = SharedData.column(churn, "Geography");
    Path semicolons =
        SharedData.subset(
            churn, f -> f[geography].equals("Germany"), ';', dir.resolve("de-semi.csv"));
    JsonNode root =
        json(drift(france, semicolons, "--format", "json", "--exclude", "Surname,Geography"));
    assertTrue(column(root, "Balance").get("drifted").asBoolean());
    assertEquals("numeric", column(root, "Age").get("type").asText());
  }

  @Test
  void blanksAreMissingAndTheColumnStaysNumeric() throws Exception {
    // France with every zero balance left blank: Balance is numeric except for blanks
    int balance = SharedData.column(churn, "Balance");
    int geography = SharedData.column(churn, "Geography");
    List<String> blanked = new ArrayList<>();
    for (String line : churn) {
      String[] f = line.split(",", -1);
      if (f[balance].equals("0")) {
        f[balance] = "";
      }
      blanked.add(String.join(",", f));
    }
    Path reference =
        SharedData.subset(
            blanked, f -> f[geography].equals("France"), ',', dir.resolve("blank.csv"));
    JsonNode root =
        json(drift(reference, germany, "--format", "json", "--exclude", "Surname,Geography"));
    long nonZero =
        count(churn, balance, f -> f[geography].equals("France") && !f[balance].equals("0"));
    JsonNode column = column(root, "Balance");
    assertEquals("numeric", column.get("type").asText());
    assertEquals(nonZero, column.get("reference_count").asLong());
    assertTrue(nonZero < root.at("/reference/rows").asLong());
  }

  @Test
  void expressoChurnersAgainstStayers() throws Exception {
    List<String> expresso = SharedData.lines(EXPRESSO);
    int churnColumn = SharedData.column(expresso, "CHURN");
    Path stayers =
        SharedData.subset(expresso, f -> f[churnColumn].equals("0"), ',', dir.resolve("e0.csv"));
    Path churners =
        SharedData.subset(expresso, f -> f[churnColumn].equals("1"), ',', dir.resolve("e1.csv"));
    CommandRun run =
        drift(stayers, churners, "--format", "json", "--exclude", "CHURN", "--fail-on-drift");
    assertEquals(3, run.exitCode(), run.err());
    JsonNode root = json(run);
    assertEquals("categorical", column(root, "TENURE").get("type").asText());
    assertFalse(column(root, "TENURE").get("drifted").asBoolean()); // scipy: 0.029
    JsonNode mrg = column(root, "MRG");
    assertEquals("categorical", mrg.get("type").asText());
    assertEquals(0.0, mrg.get("statistic").asDouble()); // one category, "NO", on both sides
    assertTrue(column(root, "REGULARITY").get("drifted").asBoolean()); // scipy: 1.73
    assertTrue(root.at("/dataset/drifted").asBoolean());
  }

  @Test
  void expressoHalvesDoNotDrift() throws Exception {
    List<String> expresso = SharedData.lines(EXPRESSO);
    List<String> even = new ArrayList<>(List.of(expresso.get(0)));
    List<String> odd = new ArrayList<>(List.of(expresso.get(0)));
    for (int i = 1; i < expresso.size(); i++) {
      (i % 2 == 0 ? even : odd).add(expresso.get(i));
    }
    Path a = SharedData.subset(even, f -> true, '\t', dir.resolve("even.tsv"));
    Path b = SharedData.subset(odd, f -> true, ',', dir.resolve("odd.csv"));
    JsonNode root = json(drift(a, b, "--format", "json", "--target", "CHURN"));
    assertEquals(0, root.at("/dataset/drifted_columns").asInt(), root.toString());
    assertEquals(11, root.at("/dataset/columns").asInt());
    assertFalse(root.at("/target/drifted").asBoolean());
  }
}
