package dev.vigil.store;

import dev.vigil.core.event.EventSink;
import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Streams what the commits after a sequence number reported, in the order {@code EventLog}
 * promises: each prediction numbered above it by number, then each pair whose later half is
 * numbered above it by that number (a union of two index range scans, sorted). Rows are read as
 * they come (a cursor on PostgreSQL), never all at once.
 */
final class EventReplay {

  private static final int FETCH_SIZE = 1000;
  private static final String PAIR_COLUMNS =
      "p.model_name, p.prediction_id, p.model_version, p.event_time_us, p.features, p.score,"
          + " l.model_name, l.prediction_id, l.label, l.label_time_us";
  private static final String ON_KEY =
      " ON l.model_name = p.model_name AND l.prediction_id = p.prediction_id";
  private static final String PREDICTIONS =
      "SELECT p.model_name, p.prediction_id, p.model_version, p.event_time_us, p.features,"
          + " p.score FROM prediction p WHERE p.seq > ? ORDER BY p.seq";
  private static final String PAIRS =
      "SELECT * FROM (SELECT "
          + PAIR_COLUMNS
          + ", p.seq AS joined_seq FROM prediction p JOIN label l"
          + ON_KEY
          + " WHERE p.seq > ? AND l.seq < p.seq"
          + " UNION ALL SELECT "
          + PAIR_COLUMNS
          + ", l.seq AS joined_seq FROM label l JOIN prediction p"
          + ON_KEY
          + " WHERE l.seq > ? AND p.seq < l.seq) pairs ORDER BY joined_seq";

  private EventReplay() {}

  static void run(Database database, long after, EventSink sink) {
    try (Connection c = database.dataSource().getConnection()) {
      // PostgreSQL streams with a fetch size only inside a transaction; SQLite streams anyway,
      // and a transaction there would take the write lock (transaction_mode=IMMEDIATE).
      boolean cursor = database.dialect() == Dialect.POSTGRESQL;
      c.setAutoCommit(!cursor);
      try {
        stream(c, PREDICTIONS, after, sink, true);
        stream(c, PAIRS, after, sink, false);
      } finally {
        if (cursor) {
          c.rollback();
          c.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot replay the event log after " + after, e);
    }
  }

  private static void stream(
      Connection c, String sql, long after, EventSink sink, boolean predictions)
      throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      select.setFetchSize(FETCH_SIZE);
      select.setLong(1, after);
      if (!predictions) {
        select.setLong(2, after);
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          PredictionRecord prediction = PredictionRows.read(rows, 1);
          if (predictions) {
            sink.prediction(prediction);
          } else {
            sink.joined(new LabeledPrediction(prediction, LabelRows.read(rows, 7)));
          }
        }
      }
    }
  }
}
