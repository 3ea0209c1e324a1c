package dev.vigil.app.degrade;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.app.csv.CsvInputException;
import dev.vigil.app.monitor.BatchSize;
import dev.vigil.app.monitor.LogColumns;
import dev.vigil.app.monitor.LogFile;
import dev.vigil.app.monitor.PredictionLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil degrade}: manufactures ground truth whose accuracy falls period after period. */
@Command(
    name = "degrade",
    mixinStandardHelpOptions = true,
    description = {
      "Manufacture ground truth for a prediction log: accuracy starts at",
      "--start-accuracy and falls every period of BATCH_SIZE rows (docs/MONITOR.md).",
      "Writes <out>/artificial_ground_truth_data.csv and",
      "<out>/ground_truth_metadata.json.",
      "Exit codes: 0 written, 1 bad input, 2 usage error."
    })
public final class DegradeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  private final Map<String, String> environment;

  public DegradeCommand() {
    this(System.getenv());
  }

  /** With another environment than the process's (for tests). */
  public DegradeCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Option(
      names = "--data",
      required = true,
      description = "The prediction log: CSV, or NDJSON (.ndjson/.jsonl).")
  Path data;

  @Option(
      names = "--out",
      defaultValue = "data",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--score-column", description = "Score column (default: score, if present).")
  String scoreColumn;

  @Option(
      names = "--prediction-column",
      description =
          "Prediction column, 0/1; wins over the score (default: prediction, if present).")
  String predictionColumn;

  @Option(
      names = "--label-column",
      description = "The log's true labels, to report their accuracy (default: label, if present).")
  String labelColumn;

  @Option(
      names = "--threshold",
      defaultValue = "0.5",
      description = "Predicts 1 when score >= threshold (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(
      names = "--start-accuracy",
      defaultValue = "0.95",
      description = "Accuracy of period 0 (default: ${DEFAULT-VALUE}).")
  double startAccuracy;

  @Option(
      names = "--drop",
      description = "Accuracy lost per period (default: spread so the last period is at 0.5).")
  Double drop;

  @Option(
      names = "--batch-size",
      description = "Rows per period (default: the BATCH_SIZE environment variable, else 250).")
  Integer batchSize;

  @Option(names = "--seed", defaultValue = "42", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return degrade(spec.commandLine().getOut());
    } catch (CsvInputException | IllegalArgumentException | UncheckedIOException e) {
      err.println("vigil degrade: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  private int degrade(PrintWriter console) {
    int batch = BatchSize.resolve(batchSize, environment);
    LogColumns columns =
        new LogColumns(
            Optional.ofNullable(scoreColumn),
            Optional.ofNullable(predictionColumn),
            Optional.ofNullable(labelColumn),
            "label",
            false,
            threshold);
    PredictionLog log = PredictionLog.of(LogFile.read(data), columns);
    AccuracySchedule schedule =
        drop == null
            ? AccuracySchedule.spread(startAccuracy, batch, log.size())
            : new AccuracySchedule(startAccuracy, drop, batch, log.size());
    int[] labels = GroundTruth.of(log.predictions(), schedule, seed);
    ObjectNode metadata = DegradeOutput.metadata(data, log, labels, schedule, drop != null, seed);
    try {
      Files.createDirectories(out);
      DegradeOutput.writeData(out.resolve(DegradeOutput.DATA), log.file(), labels, schedule);
      new ObjectMapper()
          .writerWithDefaultPrettyPrinter()
          .writeValue(out.resolve(DegradeOutput.METADATA).toFile(), metadata);
    } catch (IOException e) {
      throw new UncheckedIOException("--out: cannot write under " + out, e);
    }
    report(console, schedule);
    return 0;
  }

  private void report(PrintWriter console, AccuracySchedule schedule) {
    console.printf(
        Locale.ROOT,
        "%d rows in %d periods of %d; accuracy %.4f falling %.4f per period (seed %d)%n",
        schedule.rows(),
        schedule.periods(),
        schedule.batchSize(),
        schedule.start(),
        schedule.drop(),
        seed);
    for (int p = 0; p < schedule.periods(); p++) {
      console.printf(
          Locale.ROOT,
          "period %d: rows %d-%d, target accuracy %.4f, %d correct%n",
          p,
          schedule.startRow(p),
          schedule.endRow(p) - 1,
          schedule.target(p),
          schedule.correct(p));
    }
    console.println("Wrote " + out.resolve(DegradeOutput.DATA));
    console.println("Wrote " + out.resolve(DegradeOutput.METADATA));
    console.flush();
  }
}
