package dev.vigil.store;

import static dev.vigil.store.Events.MODEL;
import static dev.vigil.store.Events.OTHER_MODEL;
import static dev.vigil.store.Events.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.event.DeletedRecords;
import dev.vigil.core.event.EventBatch;
import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.window.Segment;
import dev.vigil.core.window.Window;
import dev.vigil.core.window.WindowKey;
import dev.vigil.core.window.WindowQuery;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What retention ({@link JdbcEventLog#deleteBefore}) must do; run once per database. */
abstract class RetentionContract {

  private static final Instant OLD = T0.minus(Duration.ofDays(10));
  private static final Instant RECENT = T0.minus(Duration.ofHours(1));
  private static final Instant CUTOFF = T0.minus(Duration.ofDays(1));
  private static final WindowKey WINDOW =
      new WindowKey(MODEL, "v1", Segment.ALL, OLD.truncatedTo(ChronoUnit.HOURS));

  private Database database;
  private JdbcEventLog log;
  private JdbcWindowStore windows;

  protected abstract String databaseUrl();

  @BeforeEach
  void openEmpty() throws SQLException {
    database = Database.open(databaseUrl());
    Events.resetWithModels(database);
    log = new JdbcEventLog(database);
    windows = new JdbcWindowStore(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private static PredictionRecord prediction(String model, String id, Instant time) {
    return new PredictionRecord(model, id, "v1", time, Map.of("CreditScore", 600.0), 0.4);
  }

  private static LabelRecord label(String id, int label, Instant time) {
    return new LabelRecord(MODEL, id, label, time);
  }

  private EventCommit append(PredictionRecord... predictions) {
    return log.append(List.of(new EventBatch.Predictions(List.of(predictions))));
  }

  private EventCommit append(LabelRecord... labels) {
    return log.append(List.of(new EventBatch.Labels(List.of(labels))));
  }

  /** Flushes a window summary with the watermark at the last committed number; returns it. */
  private long flush() {
    long watermark = log.lastSequence();
    windows.mergeAll(Map.of(WINDOW, Windows.of(0.1, 0.9)), watermark);
    return watermark;
  }

  @Test
  void oldRecordsAtOrBelowTheWatermarkGoAndEverythingElseStays() throws SQLException {
    append(
        prediction(MODEL, "old-joined", OLD),
        prediction(MODEL, "old-alone", OLD),
        prediction(MODEL, "recent", RECENT),
        prediction(OTHER_MODEL, "old-other", OLD));
    append(
        label("old-joined", 1, OLD), label("orphan-old", 0, OLD), label("orphan-new", 1, RECENT));
    append(label("old-joined", 0, RECENT)); // a conflict, kept for audit
    long watermark = flush();
    List<String> windowsBefore = storedWindows();
    // Above the watermark: not in the windows yet, so a crash would replay them.
    append(prediction(MODEL, "old-late", OLD));
    append(label("old-alone", 1, OLD), label("orphan-late", 0, OLD));

    DeletedRecords deleted = log.deleteBefore(CUTOFF, watermark);

    assertEquals(new DeletedRecords(2, 2, 1), deleted);
    assertEquals(List.of("churn old-alone", "churn old-late", "churn recent"), keys("prediction"));
    assertEquals(
        List.of("churn old-alone", "churn orphan-late", "churn orphan-new"), keys("label"));
    assertEquals(List.of(), keys("label_conflict"));
    assertEquals(watermark, windows.watermark());
    assertEquals(windowsBefore, storedWindows());
    assertEquals(DeletedRecords.NONE, log.deleteBefore(CUTOFF, watermark));
  }

  @Test
  void nothingAboveTheStoredWindowWatermarkGoesWhateverTheCallerSays() throws SQLException {
    append(prediction(MODEL, "old", OLD));
    append(label("old", 1, OLD), label("orphan", 0, OLD));
    assertEquals(0, windows.watermark());
    assertEquals(DeletedRecords.NONE, log.deleteBefore(CUTOFF, Long.MAX_VALUE));
    assertEquals(List.of("churn old"), keys("prediction"));
    assertEquals(List.of("churn old", "churn orphan"), keys("label"));
  }

  @Test
  void aResendOfADeletedPredictionIsStoredAgainAsNewAboveTheWatermark() {
    append(prediction(MODEL, "p", OLD));
    long watermark = flush();
    assertEquals(new DeletedRecords(1, 0, 0), log.deleteBefore(CUTOFF, watermark));
    EventCommit resent = append(prediction(MODEL, "p", OLD));
    assertEquals(1, resent.outcomes().get(0).inserted());
    assertEquals(List.of(prediction(MODEL, "p", OLD)), resent.insertedPredictions());
    assertTrue(resent.lastSequence() > watermark);
  }

  @Test
  void aNegativeWatermarkIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> log.deleteBefore(CUTOFF, -1));
    assertTrue(e.getMessage().startsWith("watermark"), e.getMessage());
  }

  private List<String> storedWindows() {
    return windows
        .find(
            new WindowQuery(
                MODEL, WINDOW.start(), OLD.plusSeconds(3600), Segment.ALL, Optional.empty()))
        .stream()
        .map((Window w) -> w.key() + " " + Windows.bytes(w.summary()))
        .toList();
  }

  private List<String> keys(String table) throws SQLException {
    List<String> keys = new ArrayList<>();
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT model_name, prediction_id FROM "
                    + table
                    + " WHERE model_name = '"
                    + MODEL
                    + "' ORDER BY prediction_id")) {
      while (rows.next()) {
        keys.add(rows.getString(1) + " " + rows.getString(2));
      }
    }
    return keys;
  }
}
