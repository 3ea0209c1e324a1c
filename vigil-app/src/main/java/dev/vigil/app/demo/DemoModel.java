package dev.vigil.app.demo;

import dev.vigil.app.TrainCommand;
import dev.vigil.app.synth.ChurnGenerator;
import dev.vigil.app.synth.DriftShift;
import dev.vigil.app.synth.SyntheticCustomer;
import dev.vigil.core.alert.ModelsWithDefaultRules;
import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcAlertStore;
import dev.vigil.store.JdbcModelStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Sets up the demo's model in a data directory: a generated training population written as a CSV
 * file, the monitored model registered with minute windows (so a story compressed into minutes
 * shows in the charts), then {@code vigil train --promote} on the file, the same path a user takes:
 * the version is registered, promoted, and its training profile becomes the monitored reference.
 */
final class DemoModel {

  static final String NAME = "churn";
  static final String TRAINING_FILE = "demo-training.csv";

  private DemoModel() {}

  /**
   * @throws IllegalStateException with what {@code vigil train} said, when it failed
   */
  static void setUp(Path dataDir, int rows, long seed, Clock clock) {
    Path csv = dataDir.resolve(TRAINING_FILE);
    writePopulation(csv, rows, seed);
    try (Database database = Database.openDataDir(dataDir)) {
      new ModelsWithDefaultRules(new JdbcModelStore(database), new JdbcAlertStore(database))
          .create(definition(clock));
    }
    StringWriter said = new StringWriter();
    CommandLine train = new CommandLine(new TrainCommand());
    train.setOut(new PrintWriter(said));
    train.setErr(new PrintWriter(said));
    int code =
        train.execute(
            "--data",
            csv.toString(),
            "--target",
            ChurnGenerator.targetName(),
            "--model-name",
            NAME,
            "--seed",
            Long.toString(seed),
            "--experiment",
            "vigil-demo",
            "--actor",
            "vigil demo",
            "--reason",
            "demo model",
            "--promote",
            "--data-dir",
            dataDir.toString());
    if (code != 0) {
      throw new IllegalStateException("vigil train failed (exit " + code + "):\n" + said);
    }
  }

  /**
   * The monitored model as {@code vigil train} would infer it from the CSV (strings categorical,
   * numbers numeric, {@code Exited} 1 positive), but with minute windows and Geography segments.
   */
  static MonitoredModel definition(Clock clock) {
    SyntheticCustomer example = new ChurnGenerator(0).next(DriftShift.NONE);
    List<ColumnSchema> columns = new ArrayList<>();
    example
        .features()
        .forEach(
            (name, value) ->
                columns.add(
                    new ColumnSchema(
                        name,
                        value instanceof String ? ColumnKind.CATEGORICAL : ColumnKind.NUMERIC)));
    return new MonitoredModel(
        NAME,
        new DatasetSchema(columns),
        new ClassLabels(ChurnGenerator.targetName(), List.of("1"), List.of("0")),
        0.5,
        WindowGranularity.MINUTE,
        List.of("Geography"),
        clock.instant());
  }

  /** {@code rows} unshifted customers with their label, as a CSV file with a header. */
  static void writePopulation(Path csv, int rows, long seed) {
    ChurnGenerator generator = new ChurnGenerator(seed);
    try (BufferedWriter out = Files.newBufferedWriter(csv)) {
      List<String> header = new ArrayList<>(ChurnGenerator.featureNames());
      header.add(ChurnGenerator.targetName());
      out.write(String.join(",", header));
      out.newLine();
      for (int i = 0; i < rows; i++) {
        SyntheticCustomer customer = generator.next(DriftShift.NONE);
        out.write(
            customer.features().values().stream()
                .map(String::valueOf)
                .collect(Collectors.joining(",")));
        out.write("," + customer.churned());
        out.newLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + csv, e);
    }
  }
}
