package dev.vigil.app.registry;

import dev.vigil.app.serve.Setting;
import dev.vigil.app.serve.YamlSettings;
import dev.vigil.core.registry.Registry;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcRegistryStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where the registry commands find the database: {@code --db}, else {@code --data-dir}'s SQLite
 * file; each falls back to its environment variable (VIGIL_DB, VIGIL_DATA_DIR) and then to the
 * config file's {@code db} / {@code data_dir}, as for {@code vigil serve}. The CLI opens the
 * database directly (a running server may share it).
 */
final class RegistryOptions {

  @Option(names = "--data-dir", description = "Data directory (default ./vigil-data).")
  Path dataDir;

  @Option(names = "--db", description = "JDBC URL of the database (default: SQLite in data dir).")
  String db;

  @Option(names = "--config", description = "YAML config file (data_dir, db, promotion).")
  Path config;

  /** The settings of the config file, empty without one. */
  Map<Setting, String> file() {
    return config == null ? Map.of() : YamlSettings.read(config);
  }

  Database open() {
    Map<Setting, String> file = file();
    String url = first(db, System.getenv(Setting.DB.environmentVariable()), file.get(Setting.DB));
    if (url != null) {
      return Database.open(url);
    }
    return Database.openDataDir(dataDirectory(file));
  }

  /**
   * The data directory, which holds model artifacts even when the database is elsewhere ({@code
   * --db}): {@code --data-dir}, else VIGIL_DATA_DIR, else the config file's {@code data_dir}, else
   * ./vigil-data.
   */
  Path dataDirectory() {
    return dataDirectory(file());
  }

  private Path dataDirectory(Map<Setting, String> file) {
    String dir =
        first(
            dataDir == null ? null : dataDir.toString(),
            System.getenv(Setting.DATA_DIR.environmentVariable()),
            file.get(Setting.DATA_DIR));
    return Path.of(dir == null ? Setting.DATA_DIR.defaultValue() : dir);
  }

  static Registry registry(Database database) {
    return new Registry(new JdbcRegistryStore(database), Clock.systemUTC());
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
