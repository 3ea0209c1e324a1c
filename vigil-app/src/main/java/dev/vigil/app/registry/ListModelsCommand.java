package dev.vigil.app.registry;

import dev.vigil.core.registry.ModelStage;
import dev.vigil.core.registry.ModelVersion;
import dev.vigil.core.registry.RegisteredModel;
import dev.vigil.core.registry.Registry;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code vigil registry list}: every registered model with its versions and champion. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List registered models.")
final class ListModelsCommand extends RegistrySubcommand {

  @Override
  int run(Registry registry, PrintWriter out) {
    List<RegisteredModel> models = registry.models();
    if (models.isEmpty()) {
      out.println("No registered models.");
      return OK;
    }
    out.printf(
        "%-32s %8s %9s %11s  %s%n", "MODEL", "VERSIONS", "CHAMPION", "PRODUCTION", "DESCRIPTION");
    for (RegisteredModel m : models) {
      List<ModelVersion> versions = registry.versions(m.name());
      String champion = registry.champion(m.name()).map(v -> "v" + v.version()).orElse("-");
      String production =
          registry.latest(m.name(), ModelStage.PRODUCTION).map(v -> "v" + v.version()).orElse("-");
      out.printf(
          "%-32s %8d %9s %11s  %s%n",
          m.name(), versions.size(), champion, production, m.description());
    }
    return OK;
  }
}
