package dev.vigil.store;

import dev.vigil.core.alert.AlertEvent;
import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.AlertState;
import dev.vigil.core.alert.AlertStore;
import dev.vigil.core.alert.NewNotification;
import dev.vigil.core.alert.QueuedNotification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link AlertStore} on a {@link Database}, the same SQL on SQLite and PostgreSQL (but for the
 * row locks of a claim). Times are kept to the microsecond. An evaluation's states, events and
 * notifications are written in one transaction.
 */
public final class JdbcAlertStore implements AlertStore {

  private static final String RULE_SELECT =
      "SELECT " + AlertRows.RULE_COLUMNS + " FROM alert_rule WHERE model_name = ?";

  private final Database database;

  public JdbcAlertStore(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  @Override
  public void createRule(AlertRule rule) {
    String sql =
        "INSERT INTO alert_rule ("
            + AlertRows.RULE_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement insert = c.prepareStatement(sql)) {
      insert.setString(1, rule.model());
      insert.setString(2, rule.id());
      AlertRows.bindRuleBody(insert, 3, rule);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw ConstraintViolations.explain(e, rule, "cannot create alert rule '" + rule.id() + "'");
    }
  }

  @Override
  public boolean updateRule(AlertRule rule) {
    String sql =
        "UPDATE alert_rule SET name = ?, signal_kind = ?, signal_argument = ?, comparison = ?,"
            + " threshold = ?, for_seconds = ?, severity = ?, labels = ?, renotify_seconds = ?"
            + " WHERE model_name = ? AND rule_id = ?";
    return update(
        "cannot update alert rule '" + rule.id() + "'",
        sql,
        s -> {
          AlertRows.bindRuleBody(s, 1, rule);
          s.setString(10, rule.model());
          s.setString(11, rule.id());
        });
  }

  @Override
  public boolean deleteRule(String model, String ruleId) {
    return update(
        "cannot delete alert rule '" + ruleId + "'",
        "DELETE FROM alert_rule WHERE model_name = ? AND rule_id = ?",
        s -> {
          s.setString(1, model);
          s.setString(2, ruleId);
        });
  }

  @Override
  public Optional<AlertRule> findRule(String model, String ruleId) {
    return ruleQuery(RULE_SELECT + " AND rule_id = ?", model, ruleId).stream().findFirst();
  }

  @Override
  public List<AlertRule> rules(String model) {
    return ruleQuery(RULE_SELECT + " ORDER BY rule_id", model, null);
  }

  @Override
  public Map<String, AlertState> states(String model) {
    String sql =
        "SELECT "
            + AlertRows.STATE_COLUMNS
            + " FROM alert_state WHERE model_name = ? ORDER BY rule_id";
    return read(
        "cannot read alert states of '" + model + "'",
        c -> {
          Map<String, AlertState> states = new LinkedHashMap<>();
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, model);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                AlertState state = AlertRows.state(r);
                states.put(state.ruleId(), state);
              }
            }
          }
          return states;
        });
  }

  @Override
  public void record(
      List<AlertState> states, List<AlertEvent> events, List<NewNotification> outbox) {
    Transaction.run(
        database,
        "cannot record an alert evaluation",
        c -> {
          saveStates(c, states);
          appendEvents(c, events);
          NotificationQueue.enqueue(c, outbox);
          return null;
        });
  }

  @Override
  public boolean acknowledge(String model, String ruleId, Instant at) {
    return update(
            "cannot acknowledge alert '" + ruleId + "'",
            "UPDATE alert_state SET acknowledged_us = ? WHERE model_name = ? AND rule_id = ?"
                + " AND status = 'firing' AND acknowledged_us IS NULL",
            s -> {
              s.setLong(1, EpochMicros.of(at));
              s.setString(2, model);
              s.setString(3, ruleId);
            })
        || states(model).values().stream()
            .anyMatch(state -> state.ruleId().equals(ruleId) && state.acknowledged());
  }

  @Override
  public List<AlertEvent> events(String model, Instant from, Instant to) {
    String sql =
        "SELECT "
            + AlertRows.EVENT_COLUMNS
            + " FROM alert_event WHERE model_name = ? AND at_us >= ? AND at_us < ?"
            + " ORDER BY at_us, id";
    return read(
        "cannot read alert events of '" + model + "'",
        c -> {
          List<AlertEvent> events = new ArrayList<>();
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, model);
            s.setLong(2, EpochMicros.of(from));
            s.setLong(3, EpochMicros.of(to));
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                events.add(AlertRows.event(r));
              }
            }
          }
          return events;
        });
  }

  @Override
  public List<QueuedNotification> claimDue(Instant now, int limit, Duration lease) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit: must be at least 1, was " + limit);
    }
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease: must be positive, was " + lease);
    }
    return Transaction.run(
        database,
        "cannot claim notifications",
        c -> NotificationQueue.claim(c, database.dialect(), now, limit, lease));
  }

  @Override
  public void markDelivered(long id, Instant at) {
    requireOne(
        id,
        Transaction.run(
            database,
            "cannot mark a notification delivered",
            c -> NotificationQueue.markDelivered(c, id, at)));
  }

  @Override
  public void markFailed(long id, String error, Optional<Instant> retryAt) {
    Objects.requireNonNull(error, "error");
    requireOne(
        id,
        Transaction.run(
            database,
            "cannot mark a notification failed",
            c -> NotificationQueue.markFailed(c, id, error, retryAt)));
  }

  @Override
  public List<QueuedNotification> notifications(String model, int limit) {
    return read(
        "cannot read notifications of '" + model + "'",
        c -> NotificationQueue.ofModel(c, model, limit));
  }

  private static void requireOne(long id, int updated) {
    if (updated != 1) {
      throw new IllegalArgumentException("id: no pending notification " + id);
    }
  }

  private static void saveStates(Connection c, List<AlertState> states) throws SQLException {
    String sql =
        "INSERT INTO alert_state ("
            + AlertRows.STATE_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (model_name, rule_id) DO UPDATE SET"
            + " status = excluded.status, since_us = excluded.since_us,"
            + " active_since_us = excluded.active_since_us, last_value = excluded.last_value,"
            + " last_notified_us = excluded.last_notified_us,"
            // An acknowledgement made since the evaluation read the state survives it.
            + " acknowledged_us = CASE WHEN excluded.status = 'firing'"
            + " AND alert_state.status = 'firing'"
            + " THEN COALESCE(alert_state.acknowledged_us, excluded.acknowledged_us)"
            + " ELSE excluded.acknowledged_us END";
    try (PreparedStatement upsert = c.prepareStatement(sql)) {
      for (AlertState state : states) {
        AlertRows.bindState(upsert, state);
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  private static void appendEvents(Connection c, List<AlertEvent> events) throws SQLException {
    String sql =
        "INSERT INTO alert_event (" + AlertRows.EVENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement insert = c.prepareStatement(sql)) {
      for (AlertEvent event : events) {
        AlertRows.bindEvent(insert, event);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private List<AlertRule> ruleQuery(String sql, String model, String ruleId) {
    return read(
        "cannot read alert rules of '" + model + "'",
        c -> {
          List<AlertRule> rules = new ArrayList<>();
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, model);
            if (ruleId != null) {
              s.setString(2, ruleId);
            }
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                rules.add(AlertRows.rule(r));
              }
            }
          }
          return rules;
        });
  }

  /** Binds a statement's parameters. */
  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private boolean update(String what, String sql, Binder binder) {
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      return s.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new StoreException(what, e);
    }
  }

  private <T> T read(String what, Transaction.Work<T> work) {
    try (Connection c = database.dataSource().getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(what, e);
    }
  }
}
