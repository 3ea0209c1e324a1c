package dev.vigil.store;

import dev.vigil.core.alert.NewNotification;
import dev.vigil.core.alert.QueuedNotification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SQL of the notification queue (table notification_attempt), for {@link JdbcAlertStore}.
 * Claiming selects and moves the due rows in one transaction; on PostgreSQL the rows are locked
 * with SKIP LOCKED so concurrent claimers take different rows, on SQLite the transaction already
 * holds the only write lock.
 */
final class NotificationQueue {

  /** Errors longer than this are cut: they are for people to read, not to store whole. */
  static final int MAX_ERROR = 2000;

  private static final String COLUMNS =
      "id, model_name, rule_id, target, payload, status, attempts, next_attempt_us, last_error,"
          + " delivered_us, created_us";

  private NotificationQueue() {}

  static void enqueue(Connection c, List<NewNotification> outbox) throws SQLException {
    String sql =
        "INSERT INTO notification_attempt (model_name, rule_id, target, payload, status,"
            + " attempts, next_attempt_us, created_us) VALUES (?, ?, ?, ?, 'pending', 0, ?, ?)";
    try (PreparedStatement insert = c.prepareStatement(sql)) {
      for (NewNotification n : outbox) {
        insert.setString(1, n.model());
        insert.setString(2, n.ruleId());
        insert.setString(3, n.target());
        insert.setString(4, n.payload());
        insert.setLong(5, EpochMicros.of(n.dueAt()));
        insert.setLong(6, EpochMicros.of(n.dueAt()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  static List<QueuedNotification> claim(
      Connection c, Dialect dialect, Instant now, int limit, Duration lease) throws SQLException {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM notification_attempt WHERE status = 'pending' AND next_attempt_us <= ?"
            + " ORDER BY next_attempt_us, id LIMIT ?"
            + (dialect == Dialect.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "");
    List<QueuedNotification> due = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql)) {
      select.setLong(1, EpochMicros.of(now));
      select.setInt(2, limit);
      due.addAll(read(select));
    }
    Instant until = now.plus(lease);
    String update =
        "UPDATE notification_attempt SET attempts = attempts + 1, next_attempt_us = ? WHERE id = ?";
    List<QueuedNotification> claimed = new ArrayList<>();
    try (PreparedStatement move = c.prepareStatement(update)) {
      for (QueuedNotification n : due) {
        move.setLong(1, EpochMicros.of(until));
        move.setLong(2, n.id());
        move.addBatch();
        claimed.add(claimedCopy(n, until));
      }
      move.executeBatch();
    }
    return claimed;
  }

  static int markDelivered(Connection c, long id, Instant at) throws SQLException {
    String sql =
        "UPDATE notification_attempt SET status = 'delivered', delivered_us = ?"
            + " WHERE id = ? AND status = 'pending'";
    try (PreparedStatement update = c.prepareStatement(sql)) {
      update.setLong(1, EpochMicros.of(at));
      update.setLong(2, id);
      return update.executeUpdate();
    }
  }

  static int markFailed(Connection c, long id, String error, Optional<Instant> retryAt)
      throws SQLException {
    String sql =
        "UPDATE notification_attempt SET status = ?, last_error = ?,"
            + " next_attempt_us = COALESCE(?, next_attempt_us) WHERE id = ? AND status = 'pending'";
    try (PreparedStatement update = c.prepareStatement(sql)) {
      update.setString(1, retryAt.isPresent() ? "pending" : "failed");
      update.setString(2, error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error);
      if (retryAt.isPresent()) {
        update.setLong(3, EpochMicros.of(retryAt.get()));
      } else {
        update.setNull(3, Types.BIGINT);
      }
      update.setLong(4, id);
      return update.executeUpdate();
    }
  }

  static List<QueuedNotification> ofModel(Connection c, String model, int limit)
      throws SQLException {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM notification_attempt WHERE model_name = ? ORDER BY id DESC"
            + " LIMIT ?";
    try (PreparedStatement select = c.prepareStatement(sql)) {
      select.setString(1, model);
      select.setInt(2, limit);
      return read(select);
    }
  }

  private static List<QueuedNotification> read(PreparedStatement select) throws SQLException {
    List<QueuedNotification> rows = new ArrayList<>();
    try (ResultSet r = select.executeQuery()) {
      while (r.next()) {
        rows.add(
            new QueuedNotification(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                QueuedNotification.Status.valueOf(r.getString(6).toUpperCase(Locale.ROOT)),
                r.getInt(7),
                EpochMicros.toInstant(r.getLong(8)),
                Optional.ofNullable(r.getString(9)),
                AlertRows.time(r, 10),
                EpochMicros.toInstant(r.getLong(11))));
      }
    }
    return rows;
  }

  private static QueuedNotification claimedCopy(QueuedNotification n, Instant until) {
    return new QueuedNotification(
        n.id(),
        n.model(),
        n.ruleId(),
        n.target(),
        n.payload(),
        n.status(),
        n.attempts() + 1,
        until,
        n.lastError(),
        n.deliveredAt(),
        n.createdAt());
  }
}
