package dev.vigil.app.registry;

import dev.vigil.core.alert.ModelsWithDefaultRules;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.models.BundleManifest;
import dev.vigil.models.ModelImport;
import dev.vigil.models.ModelInput;
import dev.vigil.models.SavedBundle;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcAlertStore;
import dev.vigil.store.JdbcModelStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil registry import}: a model trained elsewhere (XGBoost JSON/UBJ or ONNX) with its
 * schema file becomes a bundle under {@code <data-dir>/artifacts/NAME/import-<uuid>/} and a new
 * version of NAME, monitored under the same name. The bundle is written (and checked) first and
 * registered after, so a refused import (exit 1) registers nothing, and a failed registration
 * removes the bundle. Exit 2 for bad input (a name that cannot be monitored, a bad option).
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import an XGBoost or ONNX model trained elsewhere as a new version.")
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RegistryOptions options;

  @Option(
      names = "--model",
      required = true,
      paramLabel = "FILE",
      description = "*.json, *.ubj (XGBoost) or *.onnx.")
  Path model;

  @Option(
      names = "--schema",
      required = true,
      paramLabel = "FILE",
      description = "Schema file: inputs, threshold, positive_label.")
  Path schema;

  @Option(names = "--name", required = true, description = "Model name (registered and monitored).")
  String name;

  @Option(names = "--description", description = "Description of the version.")
  String description = "";

  @Option(names = "--actor", description = "Who, recorded in the audit trail (default $USER).")
  String actor;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      MonitoredModel.requireValidName(name);
    } catch (IllegalArgumentException e) {
      return fail(
          "--name: " + e.getMessage() + " (an imported model is served and monitored)",
          RegistrySubcommand.USAGE);
    }
    try (Database database = options.open()) {
      Path bundleDir =
          options
              .dataDir()
              .resolve("artifacts")
              .resolve(name)
              .resolve("import-" + UUID.randomUUID());
      SavedBundle bundle;
      try {
        bundle = ModelImport.importFiles(model, schema, bundleDir);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        delete(bundleDir);
        return fail("refused: " + e.getMessage(), RegistrySubcommand.NEGATIVE);
      }
      ImportRegistration.Outcome outcome;
      try {
        outcome =
            new ImportRegistration(
                    RegistryOptions.registry(database),
                    new ModelsWithDefaultRules(
                        new JdbcModelStore(database), new JdbcAlertStore(database)),
                    clock)
                .register(name, bundle, model.getFileName().toString(), description, who());
      } catch (RuntimeException e) {
        delete(bundleDir);
        return fail("not registered: " + e.getMessage(), RegistrySubcommand.NEGATIVE);
      }
      print(out, bundle, outcome);
      out.flush();
      return RegistrySubcommand.OK;
    } catch (IllegalArgumentException e) {
      return fail(e.getMessage(), RegistrySubcommand.USAGE);
    }
  }

  private void print(PrintWriter out, SavedBundle bundle, ImportRegistration.Outcome outcome) {
    BundleManifest manifest = bundle.manifest();
    out.println(
        "Registered "
            + name
            + " v"
            + outcome.version().version()
            + outcome
                .version()
                .content()
                .lineage()
                .parentVersion()
                .map(p -> " (parent v" + p + ")")
                .orElse(""));
    out.println("Kind:      " + manifest.kind().id());
    out.println(
        "Inputs:    "
            + manifest.encoding().inputs().size()
            + " ("
            + manifest.encoding().columns()
            + " encoded columns)");
    for (ModelInput input : manifest.encoding().inputs()) {
      out.println(
          "  "
              + input.name()
              + " "
              + input.kind().id()
              + (input.categories().isEmpty() ? "" : " " + input.categories()));
    }
    out.println(
        "Threshold: "
            + manifest.threshold()
            + " (positive label "
            + manifest.positiveLabel()
            + ")");
    out.println("Checksum:  sha256 " + bundle.checksum());
    out.println("Bundle:    " + outcome.version().content().source());
    MonitoredModel monitored = outcome.monitored();
    if (outcome.monitoredCreated()) {
      out.println("Monitored: created monitored model " + name);
    } else if (!monitored.schema().equals(manifest.encoding().schema())) {
      out.println(
          "Monitored: note: the existing monitored model "
              + name
              + " has columns "
              + describe(monitored.schema())
              + "; this version takes "
              + describe(manifest.encoding().schema()));
    } else {
      out.println("Monitored: monitored model " + name + " exists");
    }
  }

  private static String describe(DatasetSchema schema) {
    return schema.columns().stream()
        .map(c -> c.name() + " " + c.kind().id())
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private int fail(String message, int code) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("vigil registry import: " + message);
    err.flush();
    return code;
  }

  private String who() {
    if (actor != null && !actor.isBlank()) {
      return actor;
    }
    String user = System.getenv("USER");
    return user == null || user.isBlank() ? "unknown" : user;
  }

  /** Removes what this import wrote: the bundle directory (a fresh, import-owned name). */
  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the unregistered bundle " + dir, e);
    }
  }
}
