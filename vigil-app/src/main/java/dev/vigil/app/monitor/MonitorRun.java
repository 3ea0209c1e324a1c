package dev.vigil.app.monitor;

import dev.vigil.app.csv.CsvInputException;
import dev.vigil.app.train.PushgatewayPush;
import dev.vigil.core.monitor.DegradationPolicy;
import dev.vigil.core.tracking.Tracking;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcTrackingStore;
import dev.vigil.store.StoreException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs {@code vigil monitor} for the command line: resolves the policy, opens the log file and the
 * tracking database, reads the periods, runs the {@link MonitoringJob}, writes the summary, pushes
 * to the Pushgateway and maps the outcome to the exit code.
 */
final class MonitorRun {

  static final int HEALTHY = 0;
  static final int FAILED = 1;
  static final int DEGRADED = 3;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Clock clock;

  MonitorRun(PrintWriter out, PrintWriter err, Clock clock) {
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  int run(MonitorCommand c) {
    try {
      DegradationPolicy policy =
          MonitorPolicy.resolve(
              c.environment(),
              c.accuracyThreshold,
              c.degradationThreshold,
              c.significanceLevel,
              c.minimumSampleSize);
      Optional<PushgatewayPush> push = Optional.ofNullable(c.pushgateway).map(PushgatewayPush::new);
      try (MonitorLog log = new MonitorLog(out, err, c.out);
          Database database = c.track ? open(c) : null) {
        Optional<MonitorTracking> tracking =
            Optional.ofNullable(database)
                .map(
                    db ->
                        MonitorTracking.start(
                            new Tracking(new JdbcTrackingStore(db), clock),
                            clock,
                            c.experiment(),
                            c.model(),
                            c.user()));
        return judge(c, policy, log, tracking, push);
      }
    } catch (CsvInputException
        | IllegalArgumentException
        | UncheckedIOException
        | StoreException e) {
      err.println("vigil monitor: " + e.getMessage());
      err.flush();
      return FAILED;
    }
  }

  private int judge(
      MonitorCommand c,
      DegradationPolicy policy,
      MonitorLog log,
      Optional<MonitorTracking> tracking,
      Optional<PushgatewayPush> push) {
    Optional<String> runId = tracking.map(MonitorTracking::runId);
    MonitoringJob.Result result;
    try {
      MonitoringInput input = input(c);
      MonitoringJob.Range range =
          new MonitoringJob.Range(c.startPeriod, Optional.ofNullable(c.endPeriod), c.keepGoing);
      tracking.ifPresent(t -> t.settings(input, policy, range));
      log.line(
          "Monitoring %s: %d periods (%s), baseline = first %d; %s"
              .formatted(
                  input.source(),
                  input.periods().size(),
                  input.split(),
                  input.baselinePeriods(),
                  estimation(input.estimate())));
      MonitoringJob job =
          new MonitoringJob(policy, log, c.out, o -> tracking.ifPresent(t -> t.period(o)));
      result = job.run(input, range);
      MonitoringResults.write(c.out, MonitoringResults.of(input, result, policy, runId));
      log.line(summary(result));
      tracking.ifPresent(t -> t.finish(result));
    } catch (CsvInputException
        | IllegalArgumentException
        | UncheckedIOException
        | StoreException e) {
      log.error("vigil monitor: " + e.getMessage());
      MonitoringResults.write(c.out, MonitoringResults.error(e.getMessage(), policy, runId));
      tracking.ifPresent(t -> t.fail(e.getMessage()));
      return FAILED;
    }
    if (push.isPresent() && !pushed(push.get(), c, result, log)) {
      return FAILED;
    }
    return result.status() == MonitoringJob.Status.DEGRADED ? DEGRADED : HEALTHY;
  }

  /** Pushes the job's series; false (with the error logged) when the Pushgateway refused. */
  private boolean pushed(
      PushgatewayPush push, MonitorCommand c, MonitoringJob.Result result, MonitorLog log) {
    try {
      push.push(
          MonitorSeries.of(c.model(), result, clock.millis() / 1000.0),
          "vigil_monitor",
          Map.of("model", c.model()));
      log.line("Pushed the job's figures to " + c.pushgateway + ".");
      return true;
    } catch (UncheckedIOException e) {
      log.error("vigil monitor: " + e.getMessage());
      return false;
    }
  }

  /** The tracking database; any failure to open it is an error naming the flags. */
  private static Database open(MonitorCommand c) {
    try {
      return c.database().open();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "--data-dir/--db: cannot open the tracking database (" + e.getMessage() + ")", e);
    }
  }

  private static String estimation(PeriodEstimates estimates) {
    if (!estimates.available()) {
      return "no estimation: " + estimates.reason();
    }
    return estimates.fittedOn().equals("baseline")
        ? "estimation fitted on the baseline"
        : "estimation by the server, fitted on the model's reference";
  }

  private static String summary(MonitoringJob.Result result) {
    List<PeriodOutcome> outcomes = result.outcomes();
    String range = outcomes.get(0).index() + "-" + outcomes.get(outcomes.size() - 1).index();
    return result
        .degradedPeriod()
        .map(p -> "Status: degraded at period " + p + " (periods " + range + " checked).")
        .orElse("Status: healthy (periods " + range + " checked).");
  }

  private static MonitoringInput input(MonitorCommand c) {
    int size = BatchSize.resolve(c.batchSize, c.environment());
    if (c.url != null) {
      if (c.from == null || c.to == null) {
        throw new IllegalArgumentException("--from and --to: required with --url");
      }
      if (c.period != null) {
        throw new IllegalArgumentException("--period: not with --url (its periods are counts)");
      }
      ServerApi api = new ServerApi(c.url, c.token());
      List<MonitoredPeriod> periods = new ServerPeriods(api).periods(c.model(), c.from, c.to, size);
      if (periods.isEmpty()) {
        throw new IllegalArgumentException(
            "--from/--to: " + c.model() + " has no prediction in [" + c.from + ", " + c.to + ")");
      }
      return new MonitoringInput(
          c.url + " model " + c.model(),
          "server periods of " + size + " predictions",
          periods,
          c.baselinePeriods,
          ServerEstimates.of(api, c.model(), periods));
    }
    LogColumns columns =
        new LogColumns(
            Optional.ofNullable(c.scoreColumn),
            Optional.ofNullable(c.predictionColumn),
            Optional.of(c.labelColumn),
            c.labelColumn,
            true,
            c.threshold);
    if (!Files.exists(c.data)) {
      throw new IllegalArgumentException(
          "--data: no such file "
              + c.data
              + " (run `vigil degrade` first, or name a prediction log with --data)");
    }
    PredictionLog log = PredictionLog.of(LogFile.read(c.data), columns);
    List<Period> periods =
        c.period == null
            ? PeriodSplit.byBatch(log.size(), size)
            : PeriodSplit.byCalendar(log.file(), c.timestampColumn, PeriodSplit.Unit.of(c.period));
    String split =
        c.period == null ? "batches of " + size + " rows" : "calendar " + c.period + "s (UTC)";
    return FilePeriods.of(log, periods, split, c.baselinePeriods, c.seed);
  }
}
