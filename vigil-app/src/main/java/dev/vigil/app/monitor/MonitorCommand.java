package dev.vigil.app.monitor;

import dev.vigil.app.registry.RegistryOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil monitor}: the batch monitoring pipeline over periods of a prediction log. */
@Command(
    name = "monitor",
    mixinStandardHelpOptions = true,
    description = {
      "Judge a labelled prediction log period by period (BATCH_SIZE rows, or",
      "--period day|week), or a model's periods in a running Vigil (--url):",
      "metrics, estimated metrics, comparison with the previous period and the",
      "baseline, and the degradation decision (docs/MONITOR.md). Stops at the",
      "first degraded period unless --continue.",
      "Exit codes: 0 healthy, 3 degraded (0 with --exit-zero-on-degraded),",
      "1 error, 2 usage error."
    })
public final class MonitorCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RegistryOptions database;

  private final Map<String, String> environment;

  public MonitorCommand() {
    this(System.getenv());
  }

  /** With another environment than the process's (for tests). */
  public MonitorCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Option(
      names = "--data",
      defaultValue = "data/artificial_ground_truth_data.csv",
      description = "Labelled prediction log, CSV or NDJSON (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--url", description = "A running Vigil to read the periods of --model from.")
  URI url;

  @Option(
      names = "--model",
      description = "Model name (--url; tracking, Pushgateway) (default: MODEL_NAME, else churn).")
  String model;

  @Option(names = "--from", description = "With --url: first prediction time (ISO-8601).")
  Instant from;

  @Option(names = "--to", description = "With --url: end of the range, exclusive (ISO-8601).")
  Instant to;

  @Option(names = "--token", description = "With --url: API token (default: VIGIL_TOKEN).")
  String token;

  @Option(names = "--score-column", description = "Score column (default: score, if present).")
  String scoreColumn;

  @Option(
      names = "--prediction-column",
      description =
          "Prediction column, 0/1; wins over the score (default: prediction, if present).")
  String predictionColumn;

  @Option(
      names = "--label-column",
      defaultValue = "artificial_ground_truth",
      description = "Label column, 0/1 (default: ${DEFAULT-VALUE}).")
  String labelColumn;

  @Option(
      names = "--threshold",
      defaultValue = "0.5",
      description = "Predicts 1 when score >= threshold (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(
      names = "--batch-size",
      description = "Rows per period (default: the BATCH_SIZE environment variable, else 250).")
  Integer batchSize;

  @Option(names = "--period", description = "day or week: calendar periods of --timestamp-column.")
  String period;

  @Option(
      names = "--timestamp-column",
      defaultValue = "timestamp",
      description = "With --period (default: ${DEFAULT-VALUE}).")
  String timestampColumn;

  @Option(
      names = "--baseline-periods",
      defaultValue = "1",
      description = "The first N periods form the baseline (default: ${DEFAULT-VALUE}).")
  int baselinePeriods;

  @Option(names = "--accuracy-threshold", description = "Default: ACCURACY_THRESHOLD, else 0.85.")
  Double accuracyThreshold;

  @Option(
      names = "--degradation-threshold",
      description = "Default: DEGRADATION_THRESHOLD, else 0.05.")
  Double degradationThreshold;

  @Option(names = "--significance-level", description = "Default: SIGNIFICANCE_LEVEL, else 0.05.")
  Double significanceLevel;

  @Option(
      names = "--minimum-sample-size",
      description = "Fewest labelled rows to judge a period (default: 100).")
  Long minimumSampleSize;

  @Option(names = "--start-period", defaultValue = "0", description = "First period run.")
  int startPeriod;

  @Option(names = "--end-period", description = "Last period run (default: the last one).")
  Integer endPeriod;

  @Option(names = "--continue", description = "Judge every period even after a degraded one.")
  boolean keepGoing;

  @Option(
      names = "--exit-zero-on-degraded",
      description = "Exit 0 also when degraded (for schedulers that treat non-zero as a crash).")
  boolean exitZeroOnDegraded;

  @Option(
      names = "--out",
      defaultValue = "data",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--experiment",
      description = "Tracking experiment (default: PROJECT_NAME, else vigil-monitor).")
  String experiment;

  @Option(
      names = "--track",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Record the job as a tracking run (default: yes; --no-track).")
  boolean track;

  @Option(names = "--pushgateway", description = "Push the job's figures to this Pushgateway.")
  URI pushgateway;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of the estimator's calibration check (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    MonitorRun run =
        new MonitorRun(spec.commandLine().getOut(), spec.commandLine().getErr(), Clock.systemUTC());
    int code = run.run(this);
    return code == MonitorRun.DEGRADED && exitZeroOnDegraded ? MonitorRun.HEALTHY : code;
  }

  Map<String, String> environment() {
    return environment;
  }

  RegistryOptions database() {
    return database;
  }

  Optional<String> token() {
    return Optional.ofNullable(token).or(() -> Optional.ofNullable(environment.get("VIGIL_TOKEN")));
  }

  /** {@code --model}, else {@code MODEL_NAME}, else {@code churn}. */
  String model() {
    return first(model, environment.get("MODEL_NAME"), "churn");
  }

  /** {@code --experiment}, else {@code PROJECT_NAME}, else {@code vigil-monitor}. */
  String experiment() {
    return first(experiment, environment.get("PROJECT_NAME"), "vigil-monitor");
  }

  private static String first(String flag, String variable, String fallback) {
    if (flag != null) {
      return flag;
    }
    return variable == null || variable.isBlank() ? fallback : variable.strip();
  }

  String user() {
    return Optional.ofNullable(environment.get("USER")).orElse("unknown");
  }
}
