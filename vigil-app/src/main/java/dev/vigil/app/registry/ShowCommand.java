package dev.vigil.app.registry;

import dev.vigil.core.registry.Lineage;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.RegisteredModel;
import dev.vigil.core.registry.Registry;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil registry show NAME [--version V]}: a model and its versions, or one version. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show a registered model, or one of its versions in full.")
final class ShowCommand extends RegistrySubcommand {

  @Parameters(index = "0", paramLabel = "NAME", description = "Registered model name.")
  String name;

  @Option(names = "--version", paramLabel = "V", description = "Show this version in full.")
  Integer version;

  @Override
  int run(Registry registry, PrintWriter out) {
    RegisteredModel m = registry.model(name);
    if (version != null) {
      printVersion(out, registry.version(name, version), m);
      return OK;
    }
    out.println("Model:       " + m.name() + (m.servable() ? "" : "  (name not servable)"));
    out.println("Description: " + m.description());
    out.println("Tags:        " + m.tags());
    out.println("Aliases:     " + aliases(m.sortedAliases()));
    out.println(
        "Champion:    " + registry.champion(name).map(v -> "v" + v.version()).orElse("none"));
    out.printf(
        "%n%-8s %-11s %-20s %-10s %s%n", "VERSION", "STAGE", "ALIASES", "ROC_AUC", "CREATED");
    for (ModelVersion v : registry.versions(name)) {
      Double auc = v.metrics().get("roc_auc");
      out.printf(
          "%-8s %-11s %-20s %-10s %s%n",
          "v" + v.version(),
          v.stage().label(),
          aliasesOf(m, v.version()),
          auc == null ? "-" : String.format(Locale.ROOT, "%.4f", auc),
          v.createdAt());
    }
    return OK;
  }

  static void printVersion(PrintWriter out, ModelVersion v, RegisteredModel m) {
    Lineage l = v.content().lineage();
    out.println("Model:       " + v.modelName() + " v" + v.version());
    out.println("Stage:       " + v.stage().label());
    out.println("Aliases:     " + aliasesOf(m, v.version()));
    out.println("Status:      " + ModelVersion.STATUS);
    out.println("Source:      " + v.content().source());
    out.println("Artifact:    sha256 " + v.content().artifactSha256().orElse("-"));
    out.println("Run:         " + (v.content().runId().isEmpty() ? "-" : v.content().runId()));
    out.println("Description: " + v.description());
    out.println("Tags:        " + v.tags());
    out.println("Created:     " + v.createdAt() + "  updated " + v.updatedAt());
    out.println("Lineage:");
    out.println("  run:            " + l.runId().orElse("-"));
    out.println("  data sha256:    " + l.dataSha256().orElse("-"));
    out.println("  rows:           " + l.rowCount().map(String::valueOf).orElse("-"));
    out.println("  parent version: " + l.parentVersion().map(p -> "v" + p).orElse("-"));
    out.println("Metrics:");
    v.metrics().forEach((k, value) -> out.printf("  %-20s %s%n", k, value));
    out.println("Params:");
    v.params().forEach((k, value) -> out.printf("  %-20s %s%n", k, value));
  }

  static String aliasesOf(RegisteredModel m, int version) {
    String joined = String.join(",", m.aliasesOf(version));
    return joined.isEmpty() ? "-" : joined;
  }

  private static String aliases(Map<String, Integer> aliases) {
    return aliases.isEmpty()
        ? "-"
        : aliases.entrySet().stream()
            .map(e -> e.getKey() + "=v" + e.getValue())
            .collect(Collectors.joining(", "));
  }
}
