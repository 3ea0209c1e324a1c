package dev.vigil.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The event log's sequence counter of one {@link Database}, shared by every writer of its {@code
 * prediction} and {@code label} rows, and the lock they write under: one writer at a time, so
 * sequence numbers increase in commit order. It starts above every number stored and above the
 * window watermark, so a number is never reused even if the newest rows were deleted.
 */
final class LogSequence {

  private long last;

  private LogSequence(long last) {
    this.last = last;
  }

  static LogSequence read(DataSource dataSource) {
    return new LogSequence(highestStored(dataSource));
  }

  private static long highestStored(DataSource dataSource) {
    String sql =
        "SELECT max(seq) FROM (SELECT max(seq) AS seq FROM prediction"
            + " UNION ALL SELECT max(seq) FROM label"
            + " UNION ALL SELECT seq FROM window_watermark) AS highest";
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet row = s.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot read the event log's last sequence number", e);
    }
  }

  /**
   * Catches up with the numbers stored, after a write failed: had its commit gone through before
   * the failure was reported, the next writer would otherwise reuse its numbers and be refused.
   */
  synchronized void resync(DataSource dataSource) {
    last = Math.max(last, highestStored(dataSource));
  }

  /** The highest number used; callers that write hold this object's monitor. */
  synchronized long last() {
    return last;
  }

  /** Records that a commit used numbers up to {@code seq}. */
  synchronized void advanceTo(long seq) {
    if (seq < last) {
      throw new IllegalStateException("sequence would go back from " + last + " to " + seq);
    }
    last = seq;
  }
}
