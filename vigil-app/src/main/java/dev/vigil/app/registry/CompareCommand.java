package dev.vigil.app.registry;

import dev.vigil.core.registry.Lineage;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.Registry;
import dev.vigil.core.registry.VersionComparison;
import dev.vigil.core.registry.VersionComparison.Row;
import dev.vigil.core.registry.VersionEvaluator;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil registry compare NAME A B}: two versions side by side, their recorded metrics (with
 * B - A), params and lineage. {@link #evaluator} is where evaluation of both on the same labelled
 * data plugs in (a {@code --data} option); its metrics then print as a further table.
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

  @Override
  int run(Registry registry, PrintWriter out) {
    ModelVersion first = registry.version(name, a);
    ModelVersion second = registry.version(name, b);
    VersionComparison c = VersionComparison.of(first, second, evaluator());
    out.printf("%-24s %14s %14s %12s%n", name, "v" + a, "v" + b, "B - A");
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
          "  %-22s %14s %14s %12s%n",
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
    out.printf("  %-22s %14s %14s%n", "stage", first.stage().label(), second.stage().label());
    return OK;
  }

  /**
   * Evaluation of both versions on the same labelled data: none yet. The lead adds {@code --data
   * CSV} and returns an evaluator that loads each version's bundle and scores the file.
   */
  Optional<VersionEvaluator> evaluator() {
    return Optional.empty();
  }

  private static void metricRow(PrintWriter out, Row<Double> row) {
    out.printf(
        "  %-22s %14s %14s %12s%n",
        row.name(),
        row.a().map(CompareCommand::number).orElse("-"),
        row.b().map(CompareCommand::number).orElse("-"),
        row.difference().map(d -> String.format(Locale.ROOT, "%+.4f", d)).orElse(""));
  }

  private static void lineageRow(
      PrintWriter out, String label, ModelVersion a, ModelVersion b, Function<Lineage, String> f) {
    out.printf(
        "  %-22s %14s %14s%n",
        label, f.apply(a.content().lineage()), f.apply(b.content().lineage()));
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
