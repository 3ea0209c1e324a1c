package dev.vigil.app.simulate;

import dev.vigil.app.csv.CsvInputException;
import dev.vigil.app.traffic.DurationText;
import dev.vigil.app.traffic.FeedbackDelay;
import dev.vigil.app.traffic.ServedInput;
import dev.vigil.app.traffic.TrafficOptions;
import dev.vigil.app.traffic.VigilClient;
import dev.vigil.app.traffic.VigilClientException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vigil simulate}: replays a CSV file or Vigil's synthetic generator through a running
 * Vigil's HTTP API at a chosen rate, with injected drift and delayed labels (docs/SIMULATE.md).
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Replay a CSV file (or Vigil's synthetic churn generator) against a running Vigil: each row is"
          + " scored by POST /v2/models/{model}/infer at --rate requests per second, and its label"
          + " sent to POST /api/v1/models/{model}/feedback after --feedback-delay, for a"
          + " --label-coverage share of the rows. --drift injects covariate shift, concept drift or"
          + " label noise from --drift-start on. Progress on stderr; a report on stdout.",
      "Ctrl-C stops: labels already due are sent, the others are reported as pending.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the rows were sent; failures at most --max-failures of the requests",
      "1:error: server unreachable, model not served, unreadable --data, or more failures",
      "2:usage error: bad option",
      "130:stopped by Ctrl-C (set by the JVM; the report is printed first)",
    })
public final class SimulateCommand implements Callable<Integer> {

  static final int ERROR = 1;

  @Spec CommandSpec spec;

  @Option(
      names = "--url",
      defaultValue = "http://localhost:8080",
      description = "Vigil's base URL (default: ${DEFAULT-VALUE}).")
  URI url;

  @Option(
      names = "--model",
      defaultValue = "churn",
      description = "Served model (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(
      names = "--data",
      description = "CSV file to replay, in file order (default: the synthetic generator).")
  Path data;

  @Option(
      names = "--target",
      description =
          "Label column of --data (default: the model's positive_class when the file has that column).")
  String target;

  @Option(
      names = "--positive-label",
      description = "The target's positive value (default: the one spelled 1/true/yes/y/churn).")
  String positiveLabel;

  @Option(names = "--id", description = "Identifier column of --data: not sent.")
  List<String> ids = new ArrayList<>();

  @Option(
      names = "--exclude",
      split = ",",
      description = "Columns of --data not to send (comma-separated).")
  List<String> excluded = new ArrayList<>();

  @Option(
      names = "--rate",
      defaultValue = "10/s",
      description = "Inference requests per real second, N or N/s (default: ${DEFAULT-VALUE}).")
  String rate;

  @Option(
      names = "--drift",
      defaultValue = "none",
      description = "covariate, concept, label-noise or none (default: ${DEFAULT-VALUE}).")
  String drift;

  @Option(
      names = "--drift-strength",
      defaultValue = "0.5",
      description = "Drift strength in [0, 1] (default: ${DEFAULT-VALUE}).")
  double driftStrength;

  @Option(
      names = "--drift-start",
      defaultValue = "0.5",
      description =
          "Story time (2h) or fraction of the rows (0.5) at which drift starts (default: ${DEFAULT-VALUE}).")
  String driftStart;

  @Option(
      names = "--feedback-delay",
      defaultValue = "0s",
      description =
          "Story time from a prediction to its label: 2h, exp:6h, uniform:1h..3d, lognormal:1d,0.5 (default: ${DEFAULT-VALUE}).")
  String feedbackDelay;

  @Option(
      names = "--label-coverage",
      defaultValue = "1",
      description = "Share of rows whose label is sent, in [0, 1] (default: ${DEFAULT-VALUE}).")
  double labelCoverage;

  @Option(
      names = "--speed",
      defaultValue = "1",
      description = "Story seconds per real second (default: ${DEFAULT-VALUE}).")
  double speed;

  @Option(names = "--duration", description = "Story time after which no more rows are sent.")
  String duration;

  @Option(names = "--limit", description = "Rows to send at most.")
  Long limit;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description =
          "Seeds the generator, the drift and the label draws (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--token",
      defaultValue = "${env:VIGIL_TOKEN}",
      description =
          "API token (scopes ingest and read), when the server requires one (default: the"
              + " environment variable VIGIL_TOKEN, which keeps it out of the process list).")
  String token;

  @Option(
      names = "--max-failures",
      defaultValue = "0.01",
      description =
          "Share of failed requests above which the exit code is 1 (default: ${DEFAULT-VALUE}).")
  double maxFailures;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Report format: text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--no-progress", description = "Do not draw the progress line.")
  boolean noProgress;

  @Override
  public Integer call() {
    SimulationSettings settings = settings();
    PrintWriter err = spec.commandLine().getErr();
    VigilClient client = new VigilClient(url, token);
    try {
      List<ServedInput> inputs = client.inputs(model);
      Traffic traffic = Traffic.of(settings, client, inputs, err);
      PrintWriter out = spec.commandLine().getOut();
      SimulationReport report =
          new SimulationRun(client, settings, Clock.systemUTC(), err)
              .run(
                  traffic,
                  r -> {
                    out.print(format.equals("json") ? r.json() : r.text());
                    out.flush();
                  });
      return tooManyFailures(report) ? ERROR : 0;
    } catch (VigilClientException e) {
      return error(
          err,
          e.unreachable()
              ? "cannot reach Vigil at " + url + ": " + e.getMessage()
              : e.getMessage());
    } catch (CsvInputException | IllegalArgumentException e) {
      return error(err, e.getMessage());
    }
  }

  private boolean tooManyFailures(SimulationReport report) {
    long failures = report.counts().failures();
    long attempts = report.counts().requests() + failures;
    return failures > 0 && (report.counts().requests() == 0 || failures > maxFailures * attempts);
  }

  private SimulationSettings settings() {
    if (!format.equals("text") && !format.equals("json")) {
      throw usage("--format must be text or json, not '" + format + "'");
    }
    if (limit != null && limit <= 0) {
      throw usage("--limit must be a positive number of rows, was " + limit);
    }
    if (!(driftStrength >= 0 && driftStrength <= 1)) {
      throw usage("--drift-strength must be in [0, 1], was " + driftStrength);
    }
    if (!(maxFailures >= 0 && maxFailures <= 1)) {
      throw usage("--max-failures must be in [0, 1], was " + maxFailures);
    }
    try {
      Duration story = duration == null ? null : DurationText.parse(duration);
      TrafficOptions options =
          new TrafficOptions(
              rate(), speed, FeedbackDelay.parse(feedbackDelay), labelCoverage, story, seed);
      DriftKind kind = DriftKind.of(drift);
      if (data == null && (target != null || !ids.isEmpty() || !excluded.isEmpty())) {
        throw new IllegalArgumentException("--target, --id and --exclude need --data");
      }
      return new SimulationSettings(
          model,
          data,
          target,
          positiveLabel,
          columnsNotSent(),
          options,
          kind,
          driftStrength,
          DriftStart.parse(driftStart),
          limit,
          noProgress);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage().startsWith("--") ? e.getMessage() : flagOf(e.getMessage()));
    }
  }

  private List<String> columnsNotSent() {
    List<String> columns = new ArrayList<>(ids);
    columns.addAll(excluded);
    return columns;
  }

  private double rate() {
    String number = rate.strip().endsWith("/s") ? rate.strip().replaceAll("/s$", "") : rate.strip();
    try {
      return Double.parseDouble(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--rate must be a number of requests per second (e.g. 50/s), not '" + rate + "'");
    }
  }

  /** The flag of a refusal from TrafficOptions or FeedbackDelay, whose messages start so. */
  private static String flagOf(String message) {
    String[][] flags = {
      {"rate", "--rate"},
      {"speed", "--speed"},
      {"feedback delay", "--feedback-delay"},
      {"label coverage", "--label-coverage"},
      {"duration", "--duration"},
      {"'", "--duration"}
    };
    for (String[] flag : flags) {
      if (message.startsWith(flag[0])) {
        return flag[1] + ": " + message;
      }
    }
    return message;
  }

  private static int error(PrintWriter err, String message) {
    err.println("vigil simulate: " + message);
    err.flush();
    return ERROR;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
