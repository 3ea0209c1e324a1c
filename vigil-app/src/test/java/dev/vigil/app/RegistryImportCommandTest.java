package dev.vigil.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.registry.AuditEntry;
import dev.vigil.core.registry.Lineage;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.Registry;
import dev.vigil.models.LoadedModel;
import dev.vigil.models.ModelBundle;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcRegistryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code vigil registry import} with the real reference models (Python's xgboost, skl2onnx): the
 * registered version's bundle, loaded back verified, scores as Python did.
 */
class RegistryImportCommandTest {

  private static final double TOLERANCE = 1e-6;
  private static final String XGB = "xgboost-churn";

  @TempDir Path dataDir;

  @Test
  void importsThePythonXgboostModel() throws Exception {
    CommandRun run = importModel(XGB, "model.json", "schema.json", "churn");
    assertEquals(0, run.exitCode(), run.err());

    ModelVersion v = withRegistry(r -> r.version("churn", 1));
    String checksum = v.content().artifactSha256().orElseThrow();
    assertTrue(run.out().contains("Registered churn v1\n"), run.out());
    assertTrue(run.out().contains("Kind:      xgboost"), run.out());
    assertTrue(run.out().contains("  Geography categorical [France, Germany, Spain]"), run.out());
    assertTrue(run.out().contains("Checksum:  sha256 " + checksum), run.out());
    assertEquals(Map.of("vigil.kind", "xgboost", "vigil.imported_from", "model.json"), v.tags());
    assertEquals(Map.of("format", "json", "file", "model.json"), v.params());
    assertEquals(Map.of(), v.metrics());
    assertEquals("", v.content().runId());
    assertEquals("from Python", v.description());
    Lineage lineage = v.content().lineage();
    assertEquals(
        Optional.of(sha256(ReferenceModels.file(XGB, "model.json"))), lineage.dataSha256());
    assertEquals(Optional.empty(), lineage.parentVersion());
    assertEquals(Optional.empty(), lineage.rowCount());
    Path source = Path.of(v.content().source());
    assertTrue(source.isAbsolute(), source.toString());
    assertEquals(dataDir.resolve("artifacts").resolve("churn").toRealPath(), source.getParent());
    assertTrue(source.getFileName().toString().startsWith("import-"), source.toString());

    List<String[]> expected = ReferenceModels.cells(XGB, "expected.csv");
    List<String> header = List.of(expected.get(0));
    try (LoadedModel model = ModelBundle.load(source, checksum)) {
      List<Object[]> rows = new ArrayList<>();
      for (String[] cells : expected.subList(1, expected.size())) {
        rows.add(rawRow(header, cells));
      }
      double[] scores = model.score(rows);
      assertEquals(200, scores.length);
      for (int i = 0; i < scores.length; i++) {
        double python = Double.parseDouble(expected.get(i + 1)[header.size() - 1]);
        assertEquals(python, scores[i], TOLERANCE, "row " + i);
      }
    }

    MonitoredModel monitored = monitoredModel("churn").orElseThrow();
    assertEquals(header.subList(0, header.size() - 1), monitored.schema().names());
    assertEquals(0.5, monitored.decisionThreshold());
    assertEquals(List.of("1", "true"), monitored.labels().positiveValues());
    assertEquals(WindowGranularity.HOUR, monitored.windowGranularity());
    AuditEntry last = withRegistry(r -> r.audit(Optional.of("churn"))).get(1);
    assertEquals("ana", last.event().actor());
  }

  @ParameterizedTest
  @ValueSource(strings = {"onnx-logistic", "onnx-gbm"})
  void importsTheOnnxModels(String model) {
    CommandRun run = importModel(model, "model.onnx", "schema.json", "churn-onnx");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Kind:      onnx"), run.out());
    ModelVersion v = withRegistry(r -> r.version("churn-onnx", 1));
    assertEquals("onnx", v.tags().get("vigil.kind"));
    assertEquals("onnx", v.params().get("format"));

    List<String[]> expected = ReferenceModels.cells(model, "expected.csv");
    try (LoadedModel loaded =
        ModelBundle.load(Path.of(v.content().source()), v.content().artifactSha256().get())) {
      Map<Integer, Object[]> churn = ReferenceModels.churnRows(loaded.inputs().names());
      List<Object[]> rows = new ArrayList<>();
      for (String[] cells : expected.subList(1, expected.size())) {
        rows.add(churn.get(Integer.valueOf(cells[0])));
      }
      double[] scores = loaded.score(rows);
      assertEquals(200, scores.length);
      for (int i = 0; i < scores.length; i++) {
        String[] cells = expected.get(i + 1);
        double python = Double.parseDouble(cells[cells.length - 1]);
        assertEquals(python, scores[i], TOLERANCE, "RowNumber " + cells[0]);
      }
    }
    assertTrue(monitoredModel("churn-onnx").isPresent());
  }

  @Test
  void aSecondImportAfterPromotionIsVersionTwoWithParentOne() {
    assertEquals(0, importModel(XGB, "model.json", "schema.json", "churn").exitCode());
    CommandRun promote = registry("promote", "churn", "1", "--actor", "ana");
    assertEquals(0, promote.exitCode(), promote.err());

    CommandRun second = importModel(XGB, "model.ubj", "schema.json", "churn");
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(second.out().contains("Registered churn v2 (parent v1)"), second.out());
    assertTrue(second.out().contains("Monitored: monitored model churn exists"), second.out());
    ModelVersion v2 = withRegistry(r -> r.version("churn", 2));
    assertEquals(Optional.of(1), v2.content().lineage().parentVersion());
    assertEquals("ubj", v2.params().get("format"));
    assertEquals(2, bundleDirs("churn").size(), "one bundle per version");
  }

  @Test
  void aRefusedImportExitsOneAndLeavesNoVersionNorBundle() throws Exception {
    Path badSchema =
        Files.writeString(
            dataDir.resolve("bad-schema.json"),
            "{\"inputs\":[{\"name\":\"Age\",\"kind\":\"text\"}]}");
    CommandRun run = importAsChurn(ReferenceModels.file(XGB, "model.json"), badSchema);
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(
        run.err().contains("inputs[0].kind: expected numeric, categorical or boolean, got 'text'"),
        run.err());
    assertTrue(withRegistry(Registry::models).isEmpty());
    assertEquals(List.of(), bundleDirs("churn"));
    assertFalse(monitoredModel("churn").isPresent());

    // Width mismatch against an existing model: still one version, one bundle.
    assertEquals(0, importModel(XGB, "model.json", "schema.json", "churn").exitCode());
    Path narrow =
        Files.writeString(
            dataDir.resolve("narrow.json"),
            "{\"inputs\":[{\"name\":\"Age\",\"kind\":\"numeric\"}]}");
    CommandRun mismatch = importAsChurn(ReferenceModels.file(XGB, "model.json"), narrow);
    assertEquals(1, mismatch.exitCode());
    assertTrue(mismatch.err().contains("the model takes 13 features"), mismatch.err());
    assertEquals(1, withRegistry(r -> r.versions("churn")).size());
    assertEquals(1, bundleDirs("churn").size());
  }

  @Test
  void theSchemaFilesThresholdAndPositiveLabelGoToTheMonitoredModel() throws Exception {
    String schema = Files.readString(ReferenceModels.file(XGB, "schema.json"));
    assertTrue(schema.contains("\"threshold\": 0.5"), schema);
    Path labelled =
        Files.writeString(
            dataDir.resolve("labelled.json"),
            schema.replace(
                "\"threshold\": 0.5", "\"threshold\": 0.3, \"positive_label\": \"churned\""));
    CommandRun run = importAsChurn(ReferenceModels.file(XGB, "model.ubj"), labelled);
    assertEquals(0, run.exitCode(), run.err());
    MonitoredModel monitored = monitoredModel("churn").orElseThrow();
    assertEquals(0.3, monitored.decisionThreshold());
    assertEquals("churned", monitored.labels().positiveClass());
    assertEquals(List.of("churned"), monitored.labels().positiveValues());
    assertEquals(List.of("0", "false"), monitored.labels().negativeValues());
  }

  @ParameterizedTest
  @ValueSource(strings = {"model.onnx", "model.json", "model.txt"})
  void aFileThatIsNotAModelIsRefused(String file) throws Exception {
    Path notAModel = Files.writeString(dataDir.resolve(file), "{\"hello\": 1}");
    CommandRun run = importAsChurn(notAModel, ReferenceModels.file(XGB, "schema.json"));
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().matches("(?s)vigil registry import: refused: model_file: .*"), run.err());
    assertTrue(withRegistry(Registry::models).isEmpty());
    assertEquals(List.of(), bundleDirs("churn"));
  }

  @Test
  void theBundleGoesToTheDataDirectoryWhenTheDatabaseIsElsewhere() {
    Path files = dataDir.resolve("files");
    CommandRun run =
        CommandRun.of(
            "registry",
            "import",
            "--model",
            ReferenceModels.file(XGB, "model.ubj").toString(),
            "--schema",
            ReferenceModels.file(XGB, "schema.json").toString(),
            "--name",
            "churn",
            "--db",
            "jdbc:sqlite:" + dataDir.resolve("elsewhere.db"),
            "--data-dir",
            files.toString());
    assertEquals(0, run.exitCode(), run.err());
    try (Database db = Database.open("jdbc:sqlite:" + dataDir.resolve("elsewhere.db"))) {
      ModelVersion v =
          new Registry(new JdbcRegistryStore(db), Clock.systemUTC()).version("churn", 1);
      assertTrue(
          Path.of(v.content().source())
              .startsWith(files.toAbsolutePath().resolve("artifacts/churn")),
          v.content().source());
    }
    assertFalse(Files.exists(dataDir.resolve(Database.SQLITE_FILE)));
  }

  @Test
  void aFailedRegistrationRemovesTheBundle() throws Exception {
    String schema = Files.readString(ReferenceModels.file(XGB, "schema.json"));
    Path zeroPositive =
        Files.writeString(
            dataDir.resolve("zero.json"),
            schema.replace("\"threshold\": 0.5", "\"positive_label\": \"0\""));
    CommandRun run = importAsChurn(ReferenceModels.file(XGB, "model.json"), zeroPositive);
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.err().contains("not registered: positive_label: '0' means negative"), run.err());
    assertEquals(List.of(), bundleDirs("churn"));
    assertTrue(withRegistry(Registry::models).isEmpty());
    assertFalse(monitoredModel("churn").isPresent());
  }

  @Test
  void aNameThatCannotBeMonitoredExitsTwo() {
    CommandRun run = importModel(XGB, "model.json", "schema.json", "churn model");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--name: name must be 1-128 characters"), run.err());
    assertFalse(Files.exists(dataDir.resolve("artifacts")));
  }

  @Test
  void comparesTwoImportedVersionsOnLabelledData() throws Exception {
    assertEquals(0, importModel(XGB, "model.json", "schema.json", "churn").exitCode());
    CommandRun onnx = importModel("onnx-gbm", "model.onnx", "schema.json", "churn");
    assertEquals(0, onnx.exitCode(), onnx.err());
    assertTrue(
        onnx.out().contains("note: the existing monitored model churn has columns [CreditScore"),
        onnx.out());
    assertTrue(onnx.out().contains("HasCrCard numeric"), onnx.out());
    String csv = SharedData.path("Churn_Modelling.csv").toString();

    CommandRun run = registry("compare", "churn", "1", "2", "--data", csv, "--target", "Exited");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out().contains("Evaluated on Churn_Modelling.csv (10000 rows, Exited = 1 positive"),
        run.out());
    String positives =
        run.out().lines().filter(l -> l.trim().startsWith("positives")).findFirst().orElseThrow();
    assertTrue(
        positives.matches("\\s+positives\\s+2037.0000\\s+2037.0000\\s+\\+0.0000"), positives);
    String auc =
        run.out().lines().filter(l -> l.trim().startsWith("roc_auc")).findFirst().orElseThrow();
    String[] fields = auc.trim().split("\\s+");
    assertTrue(Double.parseDouble(fields[1]) > 0.8 && Double.parseDouble(fields[2]) > 0.8, auc);

    List<String> lines = SharedData.lines("Churn_Modelling.csv");
    int age = SharedData.column(lines, "Age");
    List<String> withoutAge = new ArrayList<>();
    for (String line : lines) {
      List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
      cells.remove(age);
      withoutAge.add(String.join(",", cells));
    }
    Path noAge = Files.write(dataDir.resolve("no-age.csv"), withoutAge);
    CommandRun missing =
        registry("compare", "churn", "1", "2", "--data", noAge.toString(), "--target", "Exited");
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("data: no column 'Age'"), missing.err());
    CommandRun noTarget = registry("compare", "churn", "1", "2", "--data", csv);
    assertEquals(2, noTarget.exitCode());
    assertTrue(noTarget.err().contains("--target is required with --data"), noTarget.err());
  }

  private CommandRun importModel(String model, String file, String schema, String name) {
    return registry(
        "import",
        "--model",
        ReferenceModels.file(model, file).toString(),
        "--schema",
        ReferenceModels.file(model, schema).toString(),
        "--name",
        name,
        "--description",
        "from Python",
        "--actor",
        "ana");
  }

  /** {@code registry import} of a model file with a schema file as {@code churn}, nothing more. */
  private CommandRun importAsChurn(Path model, Path schema) {
    return registry(
        "import", "--model", model.toString(), "--schema", schema.toString(), "--name", "churn");
  }

  private CommandRun registry(String... args) {
    return CommandRun.inDataDir(dataDir, "registry", args);
  }

  private <T> T withRegistry(Function<Registry, T> work) {
    try (Database db = Database.openDataDir(dataDir)) {
      return work.apply(new Registry(new JdbcRegistryStore(db), Clock.systemUTC()));
    }
  }

  private Optional<MonitoredModel> monitoredModel(String name) {
    try (Database db = Database.openDataDir(dataDir)) {
      return new JdbcModelStore(db).find(name);
    }
  }

  private List<Path> bundleDirs(String name) {
    Path dir = dataDir.resolve("artifacts").resolve(name);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(dir)) {
      return children.toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A row of the xgboost reference's expected.csv: blank is missing, categoricals are text. */
  private static Object[] rawRow(List<String> header, String[] cells) {
    Object[] row = new Object[header.size() - 1];
    for (int c = 0; c < row.length; c++) {
      String cell = cells[c];
      boolean text = header.get(c).equals("Geography") || header.get(c).equals("Gender");
      row[c] = cell.isEmpty() ? null : text ? cell : Double.valueOf(cell);
    }
    return row;
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
