package dev.vigil.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server for the tests, one per test JVM, and fresh databases on it.
 *
 * <p>By default an embedded PostgreSQL 18 that zonky unpacks from the test classpath and starts (as
 * root it runs it in a user namespace through {@code unshare}, since PostgreSQL refuses root). With
 * {@code VIGIL_TEST_POSTGRES_URL} set (a JDBC URL of a role that may create databases) the tests
 * use that server instead. Never skipped: a server that cannot start fails the tests.
 *
 * <p>Public, and shipped in vigil-store's test jar, so that other modules' tests (vigil-http's
 * functional tests) run on the same server rather than a copy of this class.
 */
public final class TestPostgres {

  static final String URL_VARIABLE = "VIGIL_TEST_POSTGRES_URL";
  private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static String adminUrl;
  private static Scratch migratedTemplate;

  private TestPostgres() {}

  /** A database nobody else uses, dropped when closed. */
  public record Scratch(String name, String url) implements AutoCloseable {
    @Override
    public void close() {
      execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  public static Scratch freshDatabase() {
    String name = nextName();
    execute("CREATE DATABASE " + name);
    return new Scratch(name, withDatabase(server(), name));
  }

  /**
   * A database nobody else uses with this build's migrations applied, dropped when closed: a copy
   * of a template migrated once per JVM, which is cheaper than migrating each test's database (the
   * vigil-http tests open hundreds). Opening it still runs Flyway, which finds nothing to do.
   */
  public static synchronized Scratch freshMigratedDatabase() {
    if (migratedTemplate == null) {
      migratedTemplate = freshDatabase();
      Database.open(migratedTemplate.url()).close();
      if (external()) {
        // An embedded server takes its databases with it when the JVM exits; another server not.
        Runtime.getRuntime().addShutdownHook(new Thread(migratedTemplate::close));
      }
    }
    String name = nextName();
    execute("CREATE DATABASE " + name + " TEMPLATE " + migratedTemplate.name());
    return new Scratch(name, withDatabase(server(), name));
  }

  private static String nextName() {
    return "vigil_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(server());
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test PostgreSQL: " + sql + " failed", e);
    }
  }

  private static synchronized String server() {
    if (adminUrl == null) {
      adminUrl = startOrFind();
    }
    return adminUrl;
  }

  private static boolean external() {
    String given = System.getenv(URL_VARIABLE);
    return given != null && !given.isBlank();
  }

  private static String startOrFind() {
    if (external()) {
      return System.getenv(URL_VARIABLE);
    }
    try {
      // A test server need not survive a power cut; without fsync, CREATE DATABASE is much faster.
      EmbeddedPostgres embedded =
          EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
      return embedded.getJdbcUrl("postgres", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot start the embedded PostgreSQL; set "
              + URL_VARIABLE
              + " to use another server (docs/STORAGE.md)",
          e);
    }
  }

  static String withDatabase(String url, String database) {
    Matcher m = URL.matcher(url);
    if (!m.matches()) {
      throw new IllegalStateException(
          URL_VARIABLE + " must look like jdbc:postgresql://host:port/db?user=...: " + url);
    }
    return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
  }
}
