package dev.vigil.app.registry;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vigil registry}: the model registry from the command line (docs/REGISTRY.md). */
@Command(
    name = "registry",
    mixinStandardHelpOptions = true,
    description = "Model registry: list, show, promote, compare, verify-audit, import.",
    subcommands = {
      ListModelsCommand.class,
      ShowCommand.class,
      PromoteCommand.class,
      CompareCommand.class,
      VerifyAuditCommand.class,
      ImportCommand.class,
    })
public final class RegistryCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "a subcommand is required: list, show, promote, compare, verify-audit, import");
  }
}
