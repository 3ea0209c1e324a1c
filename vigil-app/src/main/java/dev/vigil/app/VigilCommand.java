package dev.vigil.app;

import dev.vigil.app.degrade.DegradeCommand;
import dev.vigil.app.demo.DemoCommand;
import dev.vigil.app.monitor.MonitorCommand;
import dev.vigil.app.registry.RegistryCommand;
import dev.vigil.app.report.ReportCommand;
import dev.vigil.app.runs.RunsCommand;
import dev.vigil.app.simulate.SimulateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigil} command and its subcommands, as PRODUCT.md fixes them. */
@Command(
    name = "vigil",
    mixinStandardHelpOptions = true,
    versionProvider = VigilCommand.Version.class,
    description = "Model monitoring for binary classifiers on tabular data.",
    subcommands = {
      DemoCommand.class,
      DriftCommand.class,
      DetectCommand.class,
      ServeCommand.class,
      TrainCommand.class,
      SimulateCommand.class,
      MonitorCommand.class,
      DegradeCommand.class,
      ReportCommand.class,
      RunsCommand.class,
      RegistryCommand.class,
    })
final class VigilCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static int run(String... args) {
    return new CommandLine(new VigilCommand()).execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = VigilCommand.class.getPackage().getImplementationVersion();
      return new String[] {"vigil " + (version == null ? "development build" : version)};
    }
  }
}
