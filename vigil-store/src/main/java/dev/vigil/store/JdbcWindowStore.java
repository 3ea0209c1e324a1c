package dev.vigil.store;

import dev.vigil.core.detector.SavedDetector;
import dev.vigil.core.window.DayRollup;
import dev.vigil.core.window.Window;
import dev.vigil.core.window.WindowKey;
import dev.vigil.core.window.WindowQuery;
import dev.vigil.core.window.WindowStore;
import dev.vigil.core.window.WindowSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The {@link WindowStore} on a {@link Database}: {@code window_summary} (a row per window key),
 * {@code day_summary} (the same merged by UTC day, see {@link DayRollup}) and the one-row {@code
 * window_watermark}. A merge reads the stored summaries of its keys, merges the deltas into them
 * and writes them back with the new watermark, all in one transaction that holds the watermark row
 * (SQLite: the write lock taken at BEGIN; PostgreSQL: {@code FOR UPDATE}), so concurrent merges
 * neither lose a delta nor move the watermark back. The streaming detectors' states ({@code
 * detector_state}) are replaced in the same transaction.
 */
public final class JdbcWindowStore implements WindowStore {

  private static final Comparator<Window> START_THEN_VERSION =
      Comparator.comparing((Window w) -> w.key().start())
          .thenComparing(w -> w.key().modelVersion());

  private final Database database;

  public JdbcWindowStore(Database database) {
    this.database = database;
  }

  @Override
  public long watermark() {
    try (Connection c = database.dataSource().getConnection()) {
      return watermark(c, "");
    } catch (SQLException e) {
      throw new StoreException("cannot read the window watermark", e);
    }
  }

  @Override
  public void mergeAll(Map<WindowKey, WindowSummary> deltas, long watermark) {
    mergeAll(deltas, List.of(), watermark);
  }

  @Override
  public void mergeAll(
      Map<WindowKey, WindowSummary> deltas, List<SavedDetector> detectors, long watermark) {
    Transaction.run(
        database,
        "cannot merge window summaries",
        c -> {
          String lock = database.dialect() == Dialect.POSTGRESQL ? " FOR UPDATE" : "";
          long stored = watermark(c, lock);
          if (watermark < stored) {
            throw new IllegalArgumentException(
                "watermark: " + watermark + " is below the stored watermark " + stored);
          }
          merge(c, WindowRows.Table.WINDOWS, deltas);
          merge(c, WindowRows.Table.DAYS, DayRollup.ofDeltas(deltas));
          DetectorRows.upsert(c, detectors);
          setWatermark(c, watermark);
          return null;
        });
  }

  @Override
  public List<SavedDetector> detectors() {
    try (Connection c = database.dataSource().getConnection()) {
      return DetectorRows.all(c);
    } catch (SQLException e) {
      throw new StoreException("cannot read the detector states", e);
    }
  }

  private static void merge(
      Connection c, WindowRows.Table table, Map<WindowKey, WindowSummary> deltas)
      throws SQLException {
    Map<WindowKey, WindowSummary> before = WindowRows.find(c, table, deltas.keySet());
    List<Window> merged = new ArrayList<>(deltas.size());
    deltas.forEach(
        (key, delta) -> {
          WindowSummary old = before.get(key);
          merged.add(new Window(key, old == null ? delta : old.merge(delta)));
        });
    WindowRows.upsert(c, table, merged);
  }

  @Override
  public List<Window> find(WindowQuery query) {
    return find(WindowRows.Table.WINDOWS, query);
  }

  /** The day roll-ups, kept in {@code day_summary} by every {@link #mergeAll}. */
  @Override
  public List<Window> findDays(WindowQuery query) {
    return find(WindowRows.Table.DAYS, query);
  }

  private List<Window> find(WindowRows.Table table, WindowQuery query) {
    try (Connection c = database.dataSource().getConnection()) {
      List<Window> windows = WindowRows.find(c, table, query);
      windows.sort(START_THEN_VERSION);
      return windows;
    } catch (SQLException e) {
      throw new StoreException("cannot read the windows of '" + query.modelName() + "'", e);
    }
  }

  private static long watermark(Connection c, String lock) throws SQLException {
    try (PreparedStatement select =
            c.prepareStatement("SELECT seq FROM window_watermark WHERE id = 1" + lock);
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static void setWatermark(Connection c, long watermark) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement("UPDATE window_watermark SET seq = ? WHERE id = 1")) {
      update.setLong(1, watermark);
      update.executeUpdate();
    }
  }
}
