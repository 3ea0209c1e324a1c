package dev.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.alert.AlertEvent;
import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.AlertState;
import dev.vigil.core.alert.AlertStatus;
import dev.vigil.core.alert.AlertStore;
import dev.vigil.core.alert.Comparison;
import dev.vigil.core.alert.NewNotification;
import dev.vigil.core.alert.Severity;
import dev.vigil.core.alert.Signal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rules, states and history of {@link AlertStore}; run once per database by the subclasses. */
abstract class AlertStoreContract {

  static final Instant T0 = Instant.parse("2026-11-23T12:00:00.123456Z");

  protected Database database;
  protected AlertStore store;

  /** The database of this test class; each test starts with no alert data in it. */
  protected abstract String databaseUrl();

  @BeforeEach
  void openEmpty() throws SQLException {
    database = Database.open(databaseUrl());
    store = new JdbcAlertStore(database);
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String table :
          List.of(
              "notification_attempt",
              "alert_event",
              "alert_state",
              "alert_rule",
              "monitored_model")) {
        s.executeUpdate("DELETE FROM " + table);
      }
    }
    JdbcModelStore models = new JdbcModelStore(database);
    models.create(Models.churn("churn"));
    models.create(Models.simple("fraud", 0.5));
  }

  @AfterEach
  void close() {
    database.close();
  }

  static AlertRule rule(String model, String id, Signal signal) {
    return new AlertRule(
        id,
        model,
        "Rule \"" + id + "\" — ünïcode",
        signal,
        Comparison.AT_MOST,
        -0.25,
        Duration.ofSeconds(90),
        Severity.WARNING,
        Map.of("team", "risk", "page", ""),
        Duration.ofMinutes(15));
  }

  static AlertState firing(String model, String id, Instant since) {
    return new AlertState(
        model,
        id,
        AlertStatus.FIRING,
        since,
        Optional.of(since.minusSeconds(90)),
        OptionalDouble.of(Double.POSITIVE_INFINITY),
        Optional.of(since),
        Optional.empty());
  }

  static AlertEvent event(String model, String id, AlertStatus from, AlertStatus to, Instant at) {
    return new AlertEvent(model, id, Severity.CRITICAL, from, to, OptionalDouble.of(0.5), at);
  }

  @Test
  void rulesOfEverySignalKindRoundTripOrderedById() {
    List<Signal> signals =
        List.of(
            new Signal.Performance("roc_auc"),
            new Signal.DriftShare(),
            new Signal.FeatureDrift("Ünïcode \"quoted\""),
            new Signal.MissingShare("*"),
            new Signal.TypeErrorShare("Age"),
            new Signal.ErrorRate(),
            new Signal.LatencyP99(),
            new Signal.NoData(Duration.ofMinutes(60)),
            new Signal.Degradation(),
            new Signal.StreamingDrift("score-adwin"));
    for (int i = signals.size() - 1; i >= 0; i--) {
      store.createRule(rule("churn", "r" + i, signals.get(i)));
    }
    List<AlertRule> rules = store.rules("churn");
    assertEquals(signals, rules.stream().map(AlertRule::signal).toList());
    assertEquals(rule("churn", "r3", signals.get(3)), store.findRule("churn", "r3").orElseThrow());
    assertEquals(List.of("page", "team"), List.copyOf(rules.get(0).labels().keySet()));
    assertEquals(List.of(), store.rules("fraud"));
    assertEquals(Optional.empty(), store.findRule("fraud", "r3"));
  }

  @Test
  void aDuplicateIdOrAnUnknownModelIsRefusedNamingTheField() {
    AlertRule rule = rule("churn", "auc", new Signal.Performance("roc_auc"));
    store.createRule(rule);
    IllegalArgumentException duplicate =
        assertThrows(
            IllegalArgumentException.class,
            () -> store.createRule(rule("churn", "auc", new Signal.DriftShare())));
    assertEquals("id: model 'churn' already has an alert rule 'auc'", duplicate.getMessage());
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> store.createRule(rule("nobody", "auc", new Signal.DriftShare())));
    assertEquals("model: 'nobody' is not a monitored model", unknown.getMessage());
    assertEquals(List.of(rule), store.rules("churn"));
    store.createRule(rule("fraud", "auc", new Signal.DriftShare())); // ids are per model
  }

  @Test
  void updateReplacesAndDeleteRemovesTheRuleAndItsStateButNotItsHistory() {
    store.createRule(rule("churn", "auc", new Signal.Performance("roc_auc")));
    AlertRule changed =
        new AlertRule(
            "auc",
            "churn",
            "other",
            new Signal.Performance("accuracy"),
            Comparison.BELOW,
            0.6,
            Duration.ZERO,
            Severity.CRITICAL,
            Map.of(),
            Duration.ZERO);
    assertTrue(store.updateRule(changed));
    assertEquals(Optional.of(changed), store.findRule("churn", "auc"));
    assertFalse(store.updateRule(rule("churn", "nope", new Signal.DriftShare())));
    assertEquals(1, store.rules("churn").size());

    store.record(
        List.of(firing("churn", "auc", T0)),
        List.of(event("churn", "auc", AlertStatus.INACTIVE, AlertStatus.FIRING, T0)),
        List.of());
    assertTrue(store.deleteRule("churn", "auc"));
    assertFalse(store.deleteRule("churn", "auc"));
    assertEquals(Map.of(), store.states("churn"));
    assertEquals(1, store.events("churn", T0, T0.plusSeconds(1)).size());
  }

  @Test
  void statesAreInsertedThenReplacedWithEveryField() {
    store.createRule(rule("churn", "a", new Signal.DriftShare()));
    store.createRule(rule("churn", "b", new Signal.DriftShare()));
    AlertRule a = store.findRule("churn", "a").orElseThrow();
    AlertState initial = AlertState.initial(a, T0);
    AlertState fired = firing("churn", "b", T0.plusSeconds(5));
    store.record(List.of(initial, fired), List.of(), List.of());
    assertEquals(Map.of("a", initial, "b", fired), store.states("churn"));

    AlertState acked = fired.acknowledge(T0.plusSeconds(7));
    AlertState pending =
        new AlertState(
            "churn",
            "a",
            AlertStatus.PENDING,
            T0.plusSeconds(9),
            Optional.of(T0.plusSeconds(9)),
            OptionalDouble.of(-3.5),
            Optional.empty(),
            Optional.empty());
    store.record(List.of(pending, acked), List.of(), List.of());
    assertEquals(Map.of("a", pending, "b", acked), store.states("churn"));
    assertEquals(Map.of(), store.states("fraud"));
  }

  @Test
  void eventsAreListedOldestFirstWithinTheRangeOfTheirModel() {
    store.record(
        List.of(),
        List.of(
            event("churn", "x", AlertStatus.PENDING, AlertStatus.FIRING, T0.plusSeconds(10)),
            event("churn", "x", AlertStatus.INACTIVE, AlertStatus.PENDING, T0),
            event("fraud", "x", AlertStatus.INACTIVE, AlertStatus.FIRING, T0),
            event("churn", "y", AlertStatus.FIRING, AlertStatus.RESOLVED, T0.plusSeconds(20))),
        List.of());
    List<AlertEvent> events = store.events("churn", T0, T0.plusSeconds(20));
    assertEquals(
        List.of(AlertStatus.PENDING, AlertStatus.FIRING),
        events.stream().map(AlertEvent::to).toList());
    assertEquals(event("churn", "x", AlertStatus.INACTIVE, AlertStatus.PENDING, T0), events.get(0));
    assertEquals(2, store.events("churn", T0.plusSeconds(1), T0.plusSeconds(21)).size());
    assertEquals(List.of(), store.events("churn", T0.minusSeconds(5), T0));
  }

  @Test
  void aRecordThatFailsStoresNothing() {
    store.createRule(rule("churn", "a", new Signal.DriftShare()));
    AlertState orphan = firing("churn", "no-such-rule", T0);
    assertThrows(
        RuntimeException.class,
        () ->
            store.record(
                List.of(firing("churn", "a", T0), orphan),
                List.of(event("churn", "a", AlertStatus.INACTIVE, AlertStatus.FIRING, T0)),
                List.of(new NewNotification("churn", "a", "hook", "{}", T0))));
    assertEquals(Map.of(), store.states("churn"));
    assertEquals(List.of(), store.events("churn", T0, T0.plusSeconds(1)));
    assertEquals(List.of(), store.notifications("churn", 10));
  }

  @Test
  void onlyAFiringAlertIsAcknowledgedAndAStaleSaveKeepsTheAcknowledgement() {
    store.createRule(rule("churn", "a", new Signal.DriftShare()));
    assertFalse(store.acknowledge("churn", "a", T0));
    AlertState fired = firing("churn", "a", T0);
    store.record(List.of(fired), List.of(), List.of());
    Instant ackAt = T0.plusSeconds(60);
    assertTrue(store.acknowledge("churn", "a", ackAt));
    assertTrue(store.acknowledge("churn", "a", ackAt.plusSeconds(60)));
    assertEquals(Optional.of(ackAt), store.states("churn").get("a").acknowledgedAt());

    // An evaluation that read the state before the acknowledgement saves it still firing.
    AlertState stale =
        new AlertState(
            "churn",
            "a",
            AlertStatus.FIRING,
            fired.since(),
            fired.activeSince(),
            fired.lastValue(),
            Optional.of(T0.plusSeconds(120)),
            Optional.empty());
    store.record(List.of(stale), List.of(), List.of());
    assertEquals(Optional.of(ackAt), store.states("churn").get("a").acknowledgedAt());
    assertEquals(Optional.of(T0.plusSeconds(120)), store.states("churn").get("a").lastNotifiedAt());

    AlertState resolved =
        new AlertState(
            "churn",
            "a",
            AlertStatus.RESOLVED,
            T0.plusSeconds(200),
            Optional.empty(),
            OptionalDouble.empty(),
            Optional.of(T0.plusSeconds(200)),
            Optional.empty());
    store.record(List.of(resolved), List.of(), List.of());
    assertEquals(resolved, store.states("churn").get("a"));
    assertFalse(store.acknowledge("churn", "a", T0.plusSeconds(300)));
  }
}
