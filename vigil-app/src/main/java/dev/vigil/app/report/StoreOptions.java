package dev.vigil.app.report;

import dev.vigil.app.serve.Setting;
import dev.vigil.app.serve.SettingsResolver;
import dev.vigil.core.monitor.DegradationPolicy;
import dev.vigil.store.Database;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The store-mode options of {@code vigil report}: the model, the range, and where the store is
 * ({@code --db}, else {@code --data-dir}'s SQLite file; VIGIL_DB and VIGIL_DATA_DIR as fallbacks,
 * then {@code ./vigil-data}), resolved as {@code vigil serve} resolves them. A data directory
 * without a store is refused rather than created.
 */
final class StoreOptions {

  @Option(names = "--model", paramLabel = "NAME", description = "Store mode: the monitored model.")
  String model;

  @Option(
      names = "--from",
      description = "Store mode: start of the range, ISO-8601 (default: 24 hours before --to).")
  String from;

  @Option(names = "--to", description = "Store mode: end of the range, ISO-8601 (default: now).")
  String to;

  @Option(names = "--data-dir", description = "Store mode: data directory (default ./vigil-data).")
  String dataDir;

  @Option(
      names = "--db",
      description = "Store mode: JDBC URL of the database (default: SQLite in the data dir).")
  String db;

  /** The store-mode flags given, for CSV mode to refuse. */
  List<String> usedFlags() {
    List<String> used = new ArrayList<>();
    if (from != null) {
      used.add("--from");
    }
    if (to != null) {
      used.add("--to");
    }
    if (dataDir != null) {
      used.add("--data-dir");
    }
    if (db != null) {
      used.add("--db");
    }
    return used;
  }

  ReportDocument build(
      int batchSize,
      DegradationPolicy policy,
      Optional<ReferenceFile> reference,
      List<String> csvFlags,
      Clock clock,
      Map<String, String> environment,
      Function<String, ParameterException> usage) {
    if (!csvFlags.isEmpty()) {
      throw usage.apply(String.join(", ", csvFlags) + ": CSV mode only, not with --model");
    }
    StoreReportRequest request =
        new StoreReportRequest(
            model,
            Optional.ofNullable(from),
            Optional.ofNullable(to),
            batchSize,
            policy,
            reference);
    try (Database database = open(environment, usage)) {
      return StoreReport.build(database, request, clock);
    } catch (IllegalArgumentException e) {
      throw usage.apply(flagged(e.getMessage()));
    }
  }

  private Database open(
      Map<String, String> environment, Function<String, ParameterException> usage) {
    Map<Setting, String> flags = new EnumMap<>(Setting.class);
    if (dataDir != null) {
      flags.put(Setting.DATA_DIR, dataDir);
    }
    if (db != null) {
      flags.put(Setting.DB, db);
    }
    var settings = new SettingsResolver(flags, environment, Map.of()).resolve();
    if (settings.databaseUrl().isEmpty()
        && !Files.isRegularFile(settings.dataDir().resolve(Database.SQLITE_FILE))) {
      throw usage.apply(
          "--data-dir: no Vigil store in "
              + settings.dataDir()
              + " (no "
              + Database.SQLITE_FILE
              + "; give the data directory of vigil serve or --db)");
    }
    return Database.open(settings.jdbcUrl());
  }

  /** The core names its parameters (from, to, size); the reader knows them as flags. */
  static String flagged(String message) {
    for (String[] pair :
        new String[][] {{"from", "--from"}, {"to", "--to"}, {"size", "--batch-size"}}) {
      if (message.startsWith(pair[0] + ":") || message.startsWith(pair[0] + " ")) {
        return pair[1] + message.substring(pair[0].length());
      }
    }
    return message;
  }
}
