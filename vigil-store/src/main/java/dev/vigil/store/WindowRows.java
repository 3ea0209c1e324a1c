package dev.vigil.store;

import dev.vigil.core.window.Segment;
import dev.vigil.core.window.Window;
import dev.vigil.core.window.WindowKey;
import dev.vigil.core.window.WindowQuery;
import dev.vigil.core.window.WindowSummary;
import dev.vigil.core.window.WindowSummaryCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the {@code window_summary} and {@code day_summary} tables: a row per {@link
 * WindowKey}, the summary in the bytes of {@link WindowSummaryCodec}, the start in whole seconds
 * since the epoch.
 */
final class WindowRows {

  /** The base windows' table and the day roll-ups' table, of one shape. */
  enum Table {
    WINDOWS("window_summary"),
    DAYS("day_summary");

    final String name;

    Table(String name) {
      this.name = name;
    }
  }

  private static final String KEY =
      "model_name, segment_column, segment_value, window_start_s, model_version";
  private static final int KEYS_PER_QUERY = 100;

  private WindowRows() {}

  /** The stored summaries of these keys (those stored), by key. */
  static Map<WindowKey, WindowSummary> find(Connection c, Table table, Collection<WindowKey> keys)
      throws SQLException {
    Map<WindowKey, WindowSummary> found = new HashMap<>();
    for (List<WindowKey> chunk : SqlLists.chunks(List.copyOf(keys), KEYS_PER_QUERY)) {
      String sql =
          "SELECT "
              + KEY
              + ", payload FROM "
              + table.name
              + " WHERE ("
              + KEY
              + ") IN (VALUES "
              + SqlLists.tuples(chunk.size(), 5)
              + ")";
      try (PreparedStatement select = c.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          bindKey(select, 1 + 5 * i, chunk.get(i));
        }
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            Window window = read(rows);
            found.put(window.key(), window.summary());
          }
        }
      }
    }
    return found;
  }

  /** Stores each window's summary, replacing the one stored under its key. */
  static void upsert(Connection c, Table table, Collection<Window> windows) throws SQLException {
    String sql =
        "INSERT INTO "
            + table.name
            + " ("
            + KEY
            + ", payload) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT ("
            + KEY
            + ") DO UPDATE SET payload = excluded.payload";
    try (PreparedStatement upsert = c.prepareStatement(sql)) {
      for (Window window : windows) {
        bindKey(upsert, 1, window.key());
        upsert.setBytes(6, WindowSummaryCodec.encode(window.summary()));
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  /** The stored windows the query matches, in no particular order. */
  static List<Window> find(Connection c, Table table, WindowQuery query) throws SQLException {
    String sql =
        "SELECT "
            + KEY
            + ", payload FROM "
            + table.name
            + " WHERE model_name = ?"
            + " AND segment_column = ? AND segment_value = ?"
            + " AND window_start_s >= ? AND window_start_s < ?"
            + (query.version().isPresent() ? " AND model_version = ?" : "");
    try (PreparedStatement select = c.prepareStatement(sql)) {
      select.setString(1, query.modelName());
      select.setString(2, query.segment().column());
      select.setString(3, query.segment().value());
      // Starts are whole seconds: start >= from and start < to, also for a fractional bound.
      select.setLong(4, ceilSeconds(query.from()));
      select.setLong(5, ceilSeconds(query.to()));
      if (query.version().isPresent()) {
        select.setString(6, query.version().get());
      }
      List<Window> windows = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          windows.add(read(rows));
        }
      }
      return windows;
    }
  }

  private static long ceilSeconds(Instant t) {
    return t.getNano() == 0 ? t.getEpochSecond() : t.getEpochSecond() + 1;
  }

  private static void bindKey(PreparedStatement statement, int first, WindowKey key)
      throws SQLException {
    statement.setString(first, key.modelName());
    statement.setString(first + 1, key.segment().column());
    statement.setString(first + 2, key.segment().value());
    statement.setLong(first + 3, key.start().getEpochSecond());
    statement.setString(first + 4, key.modelVersion());
  }

  private static Window read(ResultSet row) throws SQLException {
    WindowKey key =
        new WindowKey(
            row.getString(1),
            row.getString(5),
            new Segment(row.getString(2), row.getString(3)),
            Instant.ofEpochSecond(row.getLong(4)));
    try {
      return new Window(key, WindowSummaryCodec.decode(row.getBytes(6)));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the stored summary of " + key + " cannot be read", e);
    }
  }
}
