package dev.vigil.app.runs;

import dev.vigil.app.serve.Setting;
import dev.vigil.app.serve.SettingsResolver;
import dev.vigil.core.tracking.Tracking;
import dev.vigil.core.tracking.TrackingNotFoundException;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcTrackingStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Option;

/**
 * The database options of the runs commands, resolved as {@code vigil serve} resolves them: {@code
 * --db}, else {@code --data-dir}'s SQLite file, each falling back to {@code VIGIL_DB} and {@code
 * VIGIL_DATA_DIR}, then to {@code ./vigil-data}; and how the runs commands use it.
 */
final class RunsDatabase {

  static final int BAD_USAGE = 2;
  static final int FAILED = 1;

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

  /**
   * The exit code of {@code work} on the tracking of the opened database: a refused request (an
   * unknown experiment, a bad value) exits {@link #BAD_USAGE}, another failure {@link #FAILED},
   * each with its message after {@code command} on {@code err}.
   */
  int withTracking(
      Map<String, String> environment,
      Clock clock,
      PrintWriter err,
      String command,
      ToIntFunction<Tracking> work) {
    try (Database db = open(environment)) {
      return work.applyAsInt(new Tracking(new JdbcTrackingStore(db), clock));
    } catch (TrackingNotFoundException | IllegalArgumentException e) {
      err.println(command + ": " + e.getMessage());
      return BAD_USAGE;
    } catch (RuntimeException e) {
      err.println(command + ": " + e.getMessage());
      return FAILED;
    }
  }
}
