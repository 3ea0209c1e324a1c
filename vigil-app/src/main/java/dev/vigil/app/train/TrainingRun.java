package dev.vigil.app.train;

import dev.vigil.app.csv.CsvInputException;
import dev.vigil.app.csv.ProgressMeter;
import dev.vigil.app.registry.RegistryOptions;
import dev.vigil.core.alert.ModelsWithDefaultRules;
import dev.vigil.core.registry.Registry;
import dev.vigil.core.tracking.Tracking;
import dev.vigil.models.Algorithm;
import dev.vigil.models.CorruptBundleException;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcAlertStore;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.JdbcReferenceStore;
import dev.vigil.store.JdbcRegistryStore;
import dev.vigil.store.JdbcTrackingStore;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a {@link TrainingJob} for the command line: opens the database, shows progress on standard
 * error, prints the summary on standard output and maps failures to exit codes (1 bad input or
 * failure, 3 refused by the promotion gate).
 */
public final class TrainingRun {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int GATE_REFUSED = 3;

  /** The command line's arguments, before they are checked. */
  public record Arguments(
      Path data,
      String target,
      List<String> ids,
      List<String> excluded,
      Optional<String> positiveLabel,
      String modelName,
      String algorithm,
      double holdout,
      long seed,
      double threshold,
      String experiment,
      boolean register,
      boolean promote,
      Optional<URI> pushgateway,
      Optional<String> actor,
      String reason) {}

  private final PrintWriter out;
  private final PrintWriter err;

  public TrainingRun(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /** Trains as asked; returns the exit code. */
  public int run(RegistryOptions options, Arguments arguments) {
    try {
      TrainingRequest request = request(arguments);
      Optional<PushgatewayPush> push = request.pushgateway().map(PushgatewayPush::new);
      TrainingJob.Result result;
      try (Database database = options.open()) {
        Clock clock = Clock.systemUTC();
        TrainingJob.Context context =
            new TrainingJob.Context(
                new Tracking(new JdbcTrackingStore(database), clock),
                new Registry(new JdbcRegistryStore(database), clock),
                new ModelsWithDefaultRules(
                    new JdbcModelStore(database), new JdbcAlertStore(database)),
                new JdbcReferenceStore(database),
                options.dataDir().resolve("artifacts"),
                options.promotion(),
                clock);
        TrainingProgressLine progress = new TrainingProgressLine(err);
        result =
            new TrainingJob(context, progress, ProgressMeter.forBytes(err, size(request.data())))
                .run(request);
        progress.finish();
      }
      TrainingSummary.print(out, request, result);
      push.ifPresent(p -> pushFigures(p, request, result));
      out.flush();
      boolean refused = result.promotion().map(p -> !p.promoted()).orElse(false);
      return refused ? GATE_REFUSED : OK;
    } catch (CsvInputException
        | IllegalArgumentException
        | UncheckedIOException
        | CorruptBundleException e) {
      err.println("vigil train: " + e.getMessage());
      err.flush();
      return FAILED;
    }
  }

  private void pushFigures(PushgatewayPush push, TrainingRequest request, TrainingJob.Result r) {
    long positives = java.util.Arrays.stream(r.file().table().labels()).sum();
    long negatives = r.file().table().labels().length - positives;
    push.push(
        TrainingSeries.of(
            request.modelName(),
            r.evaluation(),
            positives,
            negatives,
            r.durationSeconds(),
            System.currentTimeMillis() / 1000.0),
        "vigil_train",
        Map.of("model", request.modelName()));
    out.println("Pushed the run's figures to " + request.pushgateway().orElseThrow() + ".");
  }

  private static TrainingRequest request(Arguments a) {
    return new TrainingRequest(
        a.data(),
        a.target(),
        a.ids(),
        a.excluded(),
        a.positiveLabel(),
        a.modelName(),
        Algorithm.of(a.algorithm()),
        a.holdout(),
        a.seed(),
        a.threshold(),
        a.experiment(),
        a.register(),
        a.promote(),
        a.pushgateway(),
        a.actor().orElseGet(() -> Optional.ofNullable(System.getenv("USER")).orElse("unknown")),
        a.reason());
  }

  private static long size(Path file) {
    try {
      return java.nio.file.Files.size(file);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("--data: cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
