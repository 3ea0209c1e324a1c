package dev.vigil.app.registry;

import dev.vigil.core.registry.Registry;
import dev.vigil.core.registry.RegistryNotFoundException;
import dev.vigil.store.Database;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A registry subcommand: opens the database, runs, closes. Exit 0 on success, 1 when the answer is
 * negative (audit broken, promotion refused), 2 for bad input (an unknown model or version, a bad
 * option value), with the message on standard error.
 */
abstract class RegistrySubcommand implements Callable<Integer> {

  static final int OK = 0;
  static final int NEGATIVE = 1;
  static final int USAGE = 2;

  @Spec CommandSpec spec;

  @Mixin RegistryOptions options;

  /** The open database, for the subcommands that touch more than the registry. */
  Database database;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try (Database database = options.open()) {
      this.database = database;
      int code = run(RegistryOptions.registry(database), spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
      return code;
    } catch (RegistryNotFoundException | IllegalArgumentException e) {
      err.println("vigil registry " + spec.name() + ": " + e.getMessage());
      err.flush();
      return USAGE;
    }
  }

  abstract int run(Registry registry, PrintWriter out);
}
