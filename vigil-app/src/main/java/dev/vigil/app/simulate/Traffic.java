package dev.vigil.app.simulate;

import dev.vigil.app.csv.CsvLayout;
import dev.vigil.app.csv.ProgressMeter;
import dev.vigil.app.csv.Table;
import dev.vigil.app.csv.TableReader;
import dev.vigil.app.synth.ChurnGenerator;
import dev.vigil.app.traffic.ServedInput;
import dev.vigil.app.traffic.TrafficSource;
import dev.vigil.app.traffic.VigilClient;
import dev.vigil.app.traffic.VigilClientException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The rows a simulation replays and how to describe them in its report. */
record Traffic(TrafficSource source, String description, String drift) {

  /**
   * @throws IllegalArgumentException or {@link dev.vigil.app.csv.CsvInputException} naming the flag
   *     or file, when the rows cannot be replayed as asked
   */
  static Traffic of(
      SimulationSettings settings, VigilClient client, List<ServedInput> inputs, PrintWriter err) {
    List<String> names = inputs.stream().map(ServedInput::name).toList();
    return settings.data() == null ? generator(settings, names) : csv(settings, client, names, err);
  }

  private static Traffic generator(SimulationSettings settings, List<String> inputs) {
    if (inputs.stream().noneMatch(ChurnGenerator.featureNames()::contains)) {
      throw new IllegalArgumentException(
          "--model "
              + settings.model()
              + " takes none of the generator's columns "
              + ChurnGenerator.featureNames()
              + ": give --data");
    }
    DriftStart start = settings.driftStart();
    Duration duration = settings.options().duration();
    if (start.fraction() != null && settings.limit() == null && duration != null) {
      start = new DriftStart(scaled(duration, start.fraction()), null);
    }
    long planned = settings.limit() == null ? 0 : settings.limit();
    DriftPlan plan = new DriftPlan(settings.drift(), settings.driftStrength(), start, planned);
    return new Traffic(
        new GeneratorTraffic(plan, settings.limitOrMax(), settings.options().seed()),
        "synthetic churn generator (seed " + settings.options().seed() + ")",
        describe(plan, ""));
  }

  private static Traffic csv(
      SimulationSettings settings, VigilClient client, List<String> inputs, PrintWriter err) {
    CsvLayout layout = CsvLayout.probe(settings.data());
    String target = target(settings, client, layout);
    List<String> features = new ArrayList<>();
    for (String column : layout.header()) {
      if (inputs.contains(column)
          && !column.equals(target)
          && !settings.notSent().contains(column)) {
        features.add(column);
      }
    }
    if (features.isEmpty()) {
      throw new IllegalArgumentException(
          "--data " + layout.source() + " has none of the model's inputs " + inputs);
    }
    List<String> absent = inputs.stream().filter(i -> !features.contains(i)).toList();
    if (!absent.isEmpty()) {
      err.println("vigil simulate: sent as missing (not in --data): " + String.join(", ", absent));
    }
    Set<String> read = new LinkedHashSet<>(features);
    if (target != null) {
      read.add(target);
    }
    Table table = TableReader.read(layout, read, ProgressMeter.forBytes(err, layout.bytes()));
    Integer[] labels =
        target == null ? null : TargetLabels.of(table.column(target), settings.positiveLabel());
    if (labels == null
        && settings.drift() != DriftKind.NONE
        && settings.drift() != DriftKind.COVARIATE) {
      throw new IllegalArgumentException(
          "--drift " + settings.drift().id() + " changes labels: give --target");
    }
    long planned = Math.min(table.rows(), settings.limitOrMax());
    DriftPlan plan =
        new DriftPlan(settings.drift(), settings.driftStrength(), settings.driftStart(), planned);
    CsvTraffic source = new CsvTraffic(table, features, labels, plan, settings.options().seed());
    String description =
        layout.source()
            + " ("
            + planned
            + " of "
            + table.rows()
            + " rows"
            + (target == null ? ", no labels" : ", labels from " + target)
            + ")";
    return new Traffic(source, description, describe(plan, csvDetail(plan, source.drift())));
  }

  /** The target column: as given, else the model's positive class when the file has it. */
  private static String target(SimulationSettings settings, VigilClient client, CsvLayout layout) {
    if (settings.target() != null) {
      if (!layout.header().contains(settings.target())) {
        throw new IllegalArgumentException(
            "--target " + settings.target() + " is not a column of " + layout.source());
      }
      return settings.target();
    }
    try {
      String positiveClass =
          client
              .getJson("/api/v1/models/" + VigilClient.segment(settings.model()))
              .path("positive_class")
              .asText("");
      return layout.header().contains(positiveClass) ? positiveClass : null;
    } catch (VigilClientException e) {
      return null; // a token without scope read: no default target
    }
  }

  private static String describe(DriftPlan plan, String detail) {
    if (plan.kind() == DriftKind.NONE) {
      return "none";
    }
    DriftStart start = plan.start();
    String from =
        start.fraction() == null
            ? "from story time " + start
            : "from row " + start.startRow(plan.plannedRows());
    return String.format(
        Locale.ROOT, "%s, strength %.2f, %s%s", plan.kind().id(), plan.strength(), from, detail);
  }

  private static String csvDetail(DriftPlan plan, CsvDrift drift) {
    return switch (plan.kind()) {
      case COVARIATE ->
          " ("
              + drift.shifts().entrySet().stream()
                  .sorted(java.util.Map.Entry.comparingByKey())
                  .map(e -> e.getKey() + " " + signed(e.getValue()))
                  .collect(Collectors.joining(", "))
              + ")";
      case CONCEPT ->
          " (relabelled: positive when " + drift.conceptColumn() + " is below its median)";
      default -> "";
    };
  }

  private static String signed(double shift) {
    return shift == Math.rint(shift)
        ? String.format(Locale.ROOT, "%+d", (long) shift)
        : String.format(Locale.ROOT, "%+.1f", shift);
  }

  private static Duration scaled(Duration duration, double fraction) {
    return Duration.ofNanos(Math.round(duration.toNanos() * fraction));
  }
}
