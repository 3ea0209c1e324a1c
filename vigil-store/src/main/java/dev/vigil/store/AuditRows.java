package dev.vigil.store;

import dev.vigil.core.registry.AuditAction;
import dev.vigil.core.registry.AuditEntry;
import dev.vigil.core.registry.AuditEvent;
import dev.vigil.core.registry.AuditHead;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The registry's audit entries and head in their tables, on a given connection. */
final class AuditRows {

  private static final String COLUMNS =
      "sequence, time_us, actor, model_name, version, action, from_value, to_value, reason,"
          + " evidence, previous_hash, hash";

  private AuditRows() {}

  /** The head, locked for the rest of the transaction on PostgreSQL. */
  static AuditHead lockHead(Connection c, Dialect dialect) throws SQLException {
    String lock = dialect == Dialect.POSTGRESQL ? " FOR UPDATE" : "";
    try (PreparedStatement select =
            c.prepareStatement(
                "SELECT entry_count, last_hash FROM registry_audit_head WHERE id = 1" + lock);
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return new AuditHead(rows.getLong(1), rows.getString(2));
    }
  }

  static AuditHead head(Connection c) throws SQLException {
    return lockHead(c, Dialect.SQLITE);
  }

  static void insert(Connection c, AuditEntry entry) throws SQLException {
    AuditEvent e = entry.event();
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO registry_audit ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, entry.sequence());
      insert.setLong(2, EpochMicros.of(e.time()));
      insert.setString(3, e.actor());
      insert.setString(4, e.model());
      if (e.version().isPresent()) {
        insert.setInt(5, e.version().get());
      } else {
        insert.setNull(5, Types.INTEGER);
      }
      insert.setString(6, e.action().id());
      insert.setString(7, e.from());
      insert.setString(8, e.to());
      insert.setString(9, e.reason());
      insert.setString(10, e.evidence());
      insert.setString(11, entry.previousHash());
      insert.setString(12, entry.hash());
      insert.executeUpdate();
    }
    try (PreparedStatement move =
        c.prepareStatement(
            "UPDATE registry_audit_head SET entry_count = ?, last_hash = ? WHERE id = 1")) {
      move.setLong(1, entry.sequence());
      move.setString(2, entry.hash());
      move.executeUpdate();
    }
  }

  static List<AuditEntry> entries(Connection c, Optional<String> model) throws SQLException {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM registry_audit"
            + (model.isPresent() ? " WHERE model_name = ?" : "")
            + " ORDER BY sequence";
    List<AuditEntry> entries = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql)) {
      if (model.isPresent()) {
        select.setString(1, model.get());
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          entries.add(entry(rows));
        }
      }
    }
    return entries;
  }

  private static AuditEntry entry(ResultSet rows) throws SQLException {
    int version = rows.getInt(5);
    Optional<Integer> maybeVersion = rows.wasNull() ? Optional.empty() : Optional.of(version);
    AuditEvent event =
        new AuditEvent(
            EpochMicros.toInstant(rows.getLong(2)),
            rows.getString(3),
            rows.getString(4),
            maybeVersion,
            AuditAction.parse(rows.getString(6)),
            rows.getString(7),
            rows.getString(8),
            rows.getString(9),
            rows.getString(10));
    return new AuditEntry(rows.getLong(1), event, rows.getString(11), rows.getString(12));
  }
}
