package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.core.alert.AlertEvaluator;
import dev.vigil.core.alert.AlertStore;
import dev.vigil.core.alert.Evaluation;
import dev.vigil.core.alert.NewNotification;
import dev.vigil.core.alert.SignalReading;
import dev.vigil.http.alerting.AlertRoutes;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcAlertStore;
import dev.vigil.store.JdbcModelStore;
import dev.vigil.store.SettableClock;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A real server with the alerting routes on a test database of the given backend, the model {@code
 * churn} registered, a clock the test moves ({@link #clock}, starting at {@link #START}), and
 * {@link #evaluate} to advance the alerts as the evaluation loop will: the real {@link
 * AlertEvaluator} on given readings, saved with {@link AlertStore#record}.
 */
final class AlertFixture implements AutoCloseable {

  static final Instant START = Instant.parse("2026-11-24T00:00:00Z");

  private final Backend.TestDatabase testDatabase;
  private final Database database;
  private final HttpServer server;
  private final RunningClient client;
  final SettableClock clock = new SettableClock(START);
  final AlertStore alerts;

  AlertFixture(Backend backend, Path dataDir) {
    testDatabase = backend.create(dataDir);
    database = testDatabase.open();
    JdbcModelStore models = new JdbcModelStore(database);
    alerts = new JdbcAlertStore(database);
    server =
        new HttpServer(
            new EventStores(
                models, UnusedStores.PREDICTIONS, UnusedStores.LABELS, UnusedStores.KSERVE_EVENTS),
            new MemoryMonitoring(models).sources(),
            Readiness::ok,
            new PrometheusRegistry(),
            new ServerSettings("127.0.0.1", 0, 1 << 20),
            clock,
            List.of(new AlertRoutes(models, alerts, clock)));
    client = new RunningClient("http://127.0.0.1:" + server.start());
    Answer created = client.post("/api/v1/models", QueryFixture.MODEL);
    assertEquals(201, created.status(), created.body());
  }

  /**
   * One evaluation of churn's rules now on {@code readings} (by rule id), saved with one
   * notification queued for a webhook {@code ops} per notification the evaluation asks for.
   */
  Evaluation evaluate(Map<String, Double> readings) {
    Map<String, SignalReading> byRule = new java.util.HashMap<>();
    readings.forEach((rule, value) -> byRule.put(rule, SignalReading.of(value, clock.instant())));
    Evaluation evaluation =
        new AlertEvaluator(clock).evaluate(alerts.rules("churn"), alerts.states("churn"), byRule);
    List<NewNotification> outbox =
        evaluation.notifications().stream()
            .map(
                n ->
                    new NewNotification(
                        "churn", n.rule().id(), "ops", n.reason().name(), clock.instant()))
            .toList();
    alerts.record(evaluation.states(), evaluation.events(), outbox);
    return evaluation;
  }

  List<String> routes() {
    return server.routes();
  }

  Answer get(String path) {
    return client.get(path);
  }

  Answer send(String method, String path, String json) {
    return client.send(method, path, json, Map.of());
  }

  @Override
  public void close() {
    server.stop();
    database.close();
    testDatabase.close();
  }
}
