package dev.vigil.app.runs;

import dev.vigil.app.serve.Setting;
import dev.vigil.app.serve.SettingsResolver;
import dev.vigil.store.Database;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The database options of the runs commands, resolved as {@code vigil serve} resolves them: {@code
 * --db}, else {@code --data-dir}'s SQLite file, each falling back to {@code VIGIL_DB} and {@code
 * VIGIL_DATA_DIR}, then to {@code ./vigil-data}.
 */
final class RunsDatabase {

  @Option(names = "--data-dir", description = "Data directory (default ./vigil-data).")
  String dataDir;

  @Option(names = "--db", description = "JDBC URL of the database (default: SQLite in data dir).")
  String db;

  Database open(Map<String, String> environment) {
    Map<Setting, String> flags = new EnumMap<>(Setting.class);
    if (dataDir != null) {
      flags.put(Setting.DATA_DIR, dataDir);
    }
    if (db != null) {
      flags.put(Setting.DB, db);
    }
    return Database.open(new SettingsResolver(flags, environment, Map.of()).resolve().jdbcUrl());
  }
}
