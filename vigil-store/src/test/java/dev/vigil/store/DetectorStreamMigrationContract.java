package dev.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.core.detector.DetectorStatus;
import dev.vigil.core.detector.SavedDetector;
import dev.vigil.stats.codec.SummaryCodec;
import dev.vigil.stats.detect.Adwin;
import dev.vigil.stats.detect.DetectorMethod;
import dev.vigil.stats.detect.DetectorParameters;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V10 on a database that V9 left with a detector state: the row is kept, and feature
 * streams ({@code feature:NAME}) can be stored beside it, but not a stream of another name. Run per
 * dialect.
 */
abstract class DetectorStreamMigrationContract {

  /** A database no other test has touched (its directory exists). */
  protected abstract String freshDatabaseUrl();

  protected abstract Dialect dialect();

  @Test
  void aStateStoredBeforeV10IsKeptAndFeatureStreamsFitBesideIt() throws SQLException {
    String url = freshDatabaseUrl();
    Flyway.configure()
        .dataSource(url, null, null)
        .locations(dialect().migrationLocation())
        .target("9")
        .load()
        .migrate();
    byte[] state = SummaryCodec.encodeDetector(Adwin.of(DetectorParameters.none()));
    fillAtV9(url, state);
    try (Database db = Database.open(url)) {
      assertEquals(DatabaseContract.NEWEST, db.schemaVersion());
      JdbcWindowStore store = new JdbcWindowStore(db);
      SavedDetector score = saved("score", state);
      assertEquals(List.of(score), store.detectors());
      SavedDetector age = saved("feature:Age", state);
      store.mergeAll(Map.of(), List.of(age), 1);
      assertEquals(List.of(age, score), store.detectors());
      assertThrows(SQLException.class, () -> insert(db, "feature:"));
      assertThrows(SQLException.class, () -> insert(db, "latency"));
    }
  }

  private static SavedDetector saved(String stream, byte[] state) {
    return new SavedDetector(
        new DetectorStatus(
            "churn",
            stream,
            DetectorMethod.ADWIN,
            3,
            Optional.empty(),
            Optional.of(Instant.ofEpochSecond(7)),
            1),
        state);
  }

  private static void fillAtV9(String url, byte[] state) throws SQLException {
    String churn = ModelDefinitionJson.write(Models.churn("churn")).replace("'", "''");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO monitored_model (name, definition, created_at_us) VALUES ('churn', '"
              + churn
              + "', 0)");
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO detector_state (model_name, stream, method, observations,"
                  + " last_warning_us, last_detection_us, detections, state)"
                  + " VALUES ('churn', 'score', 'adwin', 3, NULL, 7000000, 1, ?)")) {
        insert.setBytes(1, state);
        insert.executeUpdate();
      }
    }
  }

  private static void insert(Database db, String stream) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO detector_state (model_name, stream, method, observations,"
                    + " detections, state) VALUES ('churn', ?, 'adwin', 0, 0, ?)")) {
      insert.setString(1, stream);
      insert.setBytes(2, new byte[] {1});
      insert.executeUpdate();
    }
  }
}
