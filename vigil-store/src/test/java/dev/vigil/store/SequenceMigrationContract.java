package dev.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.core.event.AppendResult;
import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.EventSink;
import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V4 on a database that V3 left with rows: every prediction and label gets a distinct
 * sequence number, predictions first, so the old data replays exactly once. Run per dialect.
 */
abstract class SequenceMigrationContract {

  /** A database no other test has touched (its directory exists). */
  protected abstract String freshDatabaseUrl();

  protected abstract Dialect dialect();

  @Test
  void rowsStoredBeforeV4AreNumberedOnceAndReplayOnce() throws SQLException {
    String url = freshDatabaseUrl();
    Flyway.configure()
        .dataSource(url, null, null)
        .locations(dialect().migrationLocation())
        .target("3")
        .load()
        .migrate();
    fillAtV3(url);
    try (Database db = Database.open(url)) {
      assertEquals(DatabaseContract.NEWEST, db.schemaVersion());
      assertEquals(
          List.of(
              "churn/p1=1",
              "churn/p2=2",
              "other.model/x=3",
              "churn/p0=4",
              "churn/nope=5",
              "churn/p0=6",
              "churn/p1=7",
              "other.model/y=8"),
          numbered(db));
      JdbcEventLog log = new JdbcEventLog(db);
      assertEquals(8, log.lastSequence());
      assertEquals("4 predictions, pairs [p0, p1]", replayed(log, 0));
      assertEquals("0 predictions, pairs [p0, p1]", replayed(log, 4));
      assertEquals("0 predictions, pairs [p1]", replayed(log, 6));
      EventCommit late =
          log.append(List.of(new EventBatch.Predictions(List.of(Events.prediction("nope")))));
      assertEquals(9, late.lastSequence());
      assertEquals("nope", late.joined().get(0).label().predictionId());
      JdbcPredictionStore predictions = new JdbcPredictionStore(db);
      assertEquals(new AppendResult(0, 1), predictions.appendAll(List.of(Events.prediction("p0"))));
      assertEquals(1, new JdbcLabelStore(db).conflicts(Events.MODEL, "p0").size());
    }
  }

  private static void fillAtV3(String url) throws SQLException {
    String churn = ModelDefinitionJson.write(Models.churn(Events.MODEL)).replace("'", "''");
    String other = ModelDefinitionJson.write(Models.simple(Events.OTHER_MODEL, 0.5));
    String features = "'{\"CreditScore\":619.0}'";
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO monitored_model (name, definition, created_at_us) VALUES"
              + " ('churn', '"
              + churn
              + "', 0), ('other.model', '"
              + other
              + "', 0)");
      s.executeUpdate(
          "INSERT INTO prediction"
              + " (model_name, prediction_id, model_version, event_time_us, features, score) VALUES"
              + " ('churn', 'p0', 'v1', 300, "
              + features
              + ", 0.5),"
              + " ('churn', 'p2', 'v1', 100, "
              + features
              + ", 0.5),"
              + " ('other.model', 'x', 'v1', 200, "
              + features
              + ", 0.5),"
              + " ('churn', 'p1', 'v1', 100, "
              + features
              + ", 0.5)");
      s.executeUpdate(
          "INSERT INTO label (model_name, prediction_id, label, label_time_us) VALUES"
              + " ('churn', 'p1', 1, 60), ('other.model', 'y', 0, 70),"
              + " ('churn', 'p0', 0, 50), ('churn', 'nope', 1, 10)");
      s.executeUpdate(
          "INSERT INTO label_conflict (model_name, prediction_id, label, label_time_us)"
              + " VALUES ('churn', 'p0', 1, 55)");
    }
  }

  private static List<String> numbered(Database db) throws SQLException {
    String sql =
        "SELECT model_name, prediction_id, seq FROM prediction"
            + " UNION ALL SELECT model_name, prediction_id, seq FROM label ORDER BY seq";
    List<String> rows = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        rows.add(r.getString(1) + "/" + r.getString(2) + "=" + r.getLong(3));
      }
    }
    return rows;
  }

  private static String replayed(JdbcEventLog log, long after) {
    List<PredictionRecord> predictions = new ArrayList<>();
    List<String> pairs = new ArrayList<>();
    log.replayAfter(
        after,
        new EventSink() {
          @Override
          public void prediction(PredictionRecord prediction) {
            predictions.add(prediction);
          }

          @Override
          public void joined(LabeledPrediction pair) {
            pairs.add(pair.prediction().predictionId());
          }
        });
    return predictions.size() + " predictions, pairs " + pairs.stream().sorted().toList();
  }
}
