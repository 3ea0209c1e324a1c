package dev.vigil.app.registry;

import dev.vigil.core.registry.Lineage;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.Registry;
import dev.vigil.core.registry.VersionComparison;
import dev.vigil.core.registry.VersionComparison.Row;
import dev.vigil.core.registry.VersionEvaluator;
import dev.vigil.models.CorruptBundleException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil registry compare NAME A B}: two versions side by side, their recorded metrics (with
 * B - A), params and lineage. With {@code --data CSV --target COL} both versions' bundles are
 * loaded (verified against their recorded checksums) and evaluated on the same labelled rows; those
 * metrics print as a further table. A bundle that fails its checksum exits 1.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Compare two versions: metrics, params and lineage side by side.")
final class CompareCommand extends RegistrySubcommand {

  @Parameters(index = "0", paramLabel = "NAME", description = "Registered model name.")
  String name;

  @Parameters(index = "1", paramLabel = "A", description = "First version number.")
  int a;

  @Parameters(index = "2", paramLabel = "B", description = "Second version number.")
  int b;

  @Option(names = "--data", paramLabel = "CSV", description = "Labelled data to evaluate both on.")
  Path data;

  @Option(names = "--target", paramLabel = "COL", description = "The label column of --data.")
  String target;

  @Option(
      names = "--positive-label",
      description = "The target's positive value (default: the one spelled 1/true/yes).")
  String positiveLabel;

  @Option(
      names = "--threshold",
      description = "Decision threshold of f1, precision, recall, accuracy (default 0.5).")
  double threshold = 0.5;

  @Override
  int run(Registry registry, PrintWriter out) {
    ModelVersion first = registry.version(name, a);
    ModelVersion second = registry.version(name, b);
    VersionComparison c;
    try {
      c = VersionComparison.of(first, second, evaluator());
    } catch (CorruptBundleException e) {
      spec.commandLine().getErr().println("vigil registry compare: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return NEGATIVE;
    }
    out.printf("%-28s %14s %14s %12s%n", name, "v" + a, "v" + b, "B - A");
    out.println("Recorded metrics");
    c.metrics().forEach(row -> metricRow(out, row));
    c.evaluated()
        .ifPresent(
            e -> {
              out.println("Evaluated on " + e.data());
              e.metrics().forEach(row -> metricRow(out, row));
            });
    out.println("Params");
    for (Row<String> row : c.params()) {
      out.printf(
          "  %-26s %14s %14s %12s%n",
          row.name(), row.a().orElse("-"), row.b().orElse("-"), row.same() ? "" : "differs");
    }
    out.println("Lineage");
    lineageRow(out, "run", first, second, l -> l.runId().orElse("-"));
    lineageRow(
        out,
        "data sha256",
        first,
        second,
        l -> l.dataSha256().map(s -> s.substring(0, 12)).orElse("-"));
    lineageRow(out, "rows", first, second, l -> l.rowCount().map(String::valueOf).orElse("-"));
    lineageRow(out, "parent", first, second, l -> l.parentVersion().map(p -> "v" + p).orElse("-"));
    out.printf("  %-26s %14s %14s%n", "stage", first.stage().label(), second.stage().label());
    return OK;
  }

  /** Evaluation of both versions on {@code --data}, when given. */
  Optional<VersionEvaluator> evaluator() {
    if (data == null) {
      return Optional.empty();
    }
    return Optional.of(
        LabelledData.evaluator(
            data,
            target,
            Optional.ofNullable(positiveLabel),
            threshold,
            spec.commandLine().getErr()));
  }

  private static void metricRow(PrintWriter out, Row<Double> row) {
    out.printf(
        "  %-26s %14s %14s %12s%n",
        row.name(),
        row.a().map(CompareCommand::number).orElse("-"),
        row.b().map(CompareCommand::number).orElse("-"),
        row.difference().map(d -> String.format(Locale.ROOT, "%+.4f", d)).orElse(""));
  }

  private static void lineageRow(
      PrintWriter out, String label, ModelVersion a, ModelVersion b, Function<Lineage, String> f) {
    out.printf(
        "  %-26s %14s %14s%n",
        label, f.apply(a.content().lineage()), f.apply(b.content().lineage()));
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
