package dev.vigil.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

/**
 * An open, migrated Vigil database behind a connection pool: embedded SQLite (the default, one file
 * in the data directory) or a PostgreSQL server.
 *
 * <p>Opening applies this build's migrations and refuses a database a newer build has migrated
 * further ({@link SchemaTooNewException}). SQLite connections use a write-ahead log with {@code
 * synchronous=FULL}, so a committed transaction survives a crash or power loss (see
 * docs/STORAGE.md). Closing releases the pool; the data stays.
 */
public final class Database implements AutoCloseable {

  /** The file name of the embedded database inside the data directory. */
  public static final String SQLITE_FILE = "vigil.db";

  private final HikariDataSource pool;
  private final Dialect dialect;
  private final String schemaVersion;
  private LogSequence logSequence;

  private Database(HikariDataSource pool, Dialect dialect, String schemaVersion) {
    this.pool = pool;
    this.dialect = dialect;
    this.schemaVersion = schemaVersion;
  }

  /** The URL of the embedded database of a data directory. */
  public static String sqliteUrl(Path dataDir) {
    return "jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE);
  }

  /** Opens (creating if needed) the embedded SQLite database in this data directory. */
  public static Database openDataDir(Path dataDir) {
    return open(sqliteUrl(dataDir));
  }

  /**
   * Opens the database at a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL and migrates it.
   *
   * @throws IllegalArgumentException naming the URL when it is of another kind
   * @throws SchemaTooNewException when a newer Vigil has migrated the database
   */
  public static Database open(String jdbcUrl) {
    return open(jdbcUrl, List.of(Dialect.of(jdbcUrl).migrationLocation()));
  }

  /** Opens with these Flyway locations instead of the dialect's own; for tests. */
  static Database open(String jdbcUrl, List<String> migrationLocations) {
    Dialect dialect = Dialect.of(jdbcUrl);
    HikariConfig config =
        dialect == Dialect.SQLITE ? sqliteConfig(jdbcUrl) : postgresConfig(jdbcUrl);
    HikariDataSource pool = new HikariDataSource(config);
    try {
      return new Database(pool, dialect, Migrations.apply(pool, migrationLocations));
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  public DataSource dataSource() {
    return pool;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The Flyway version of the newest migration applied, e.g. {@code "1"}. */
  public String schemaVersion() {
    return schemaVersion;
  }

  /**
   * The event log's sequence counter and write lock, one per database object: every {@link
   * JdbcEventLog} (and the stores that write through one) on this database shares it.
   */
  synchronized LogSequence logSequence() {
    if (logSequence == null) {
      logSequence = LogSequence.read(pool);
    }
    return logSequence;
  }

  @Override
  public void close() {
    pool.close();
  }

  private static HikariConfig sqliteConfig(String jdbcUrl) {
    createParentDirectory(jdbcUrl);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("vigil-sqlite");
    // SQLite has one writer at a time; a few connections serve concurrent readers under WAL.
    config.setMaximumPoolSize(4);
    // Read per connection by the sqlite-jdbc driver. Why each one: docs/STORAGE.md.
    config.addDataSourceProperty("journal_mode", "WAL");
    config.addDataSourceProperty("synchronous", "FULL");
    config.addDataSourceProperty("busy_timeout", "10000");
    config.addDataSourceProperty("foreign_keys", "true");
    // A transaction takes the write lock at BEGIN, so it waits (busy_timeout) instead of failing
    // with SQLITE_BUSY when it first reads and then writes while another connection writes.
    config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
    return config;
  }

  private static HikariConfig postgresConfig(String jdbcUrl) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("vigil-postgresql");
    config.setMaximumPoolSize(8);
    return config;
  }

  private static void createParentDirectory(String jdbcUrl) {
    String path = jdbcUrl.substring("jdbc:sqlite:".length());
    if (path.startsWith("file:")) {
      path = path.substring("file:".length());
    }
    int query = path.indexOf('?');
    String options = query < 0 ? "" : path.substring(query);
    path = query < 0 ? path : path.substring(0, query);
    if (path.isEmpty() || path.equals(":memory:") || options.contains("mode=memory")) {
      throw new IllegalArgumentException(
          "database url '" + jdbcUrl + "' is not a file: Vigil keeps its data in a file");
    }
    Path parent = Path.of(path).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + parent, e);
    }
  }
}
