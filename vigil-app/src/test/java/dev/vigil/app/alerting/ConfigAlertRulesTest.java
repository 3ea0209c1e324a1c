package dev.vigil.app.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.Comparison;
import dev.vigil.core.alert.Severity;
import dev.vigil.core.alert.Signal;
import dev.vigil.core.model.ClassLabels;
import dev.vigil.core.model.MonitoredModel;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.schema.ColumnSchema;
import dev.vigil.core.schema.DatasetSchema;
import dev.vigil.stats.drift.ColumnKind;
import dev.vigil.store.Database;
import dev.vigil.store.JdbcAlertStore;
import dev.vigil.store.JdbcModelStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config's rules applied to a real SQLite database, as {@code vigil serve} does at start. */
class ConfigAlertRulesTest {

  @TempDir Path dataDir;
  private Database database;
  private JdbcModelStore models;
  private JdbcAlertStore alerts;

  @BeforeEach
  void open() {
    database = Database.openDataDir(dataDir);
    models = new JdbcModelStore(database);
    alerts = new JdbcAlertStore(database);
    models.create(model("churn"));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void createsThenUpdatesByIdAndOverwritesAnApiEditAtEachStart() {
    AlertRule config = rule("churn", "auc-low", 0.7);

    ConfigAlertRules.Applied first = ConfigAlertRules.apply(List.of(config), models, alerts);
    assertEquals(List.of(config), first.created());
    assertEquals(List.of(config), alerts.rules("churn"));

    // An API edit of the same id, then a restart with the same config: the config wins.
    assertTrue(alerts.updateRule(rule("churn", "auc-low", 0.5)));
    ConfigAlertRules.Applied second = ConfigAlertRules.apply(List.of(config), models, alerts);

    assertEquals(List.of(), second.created());
    assertEquals(List.of(config), second.updated());
    assertEquals(List.of(config), alerts.rules("churn"));
  }

  @Test
  void rulesTheConfigDoesNotNameAreLeftAlone() {
    AlertRule viaApi = rule("churn", "by-hand", 0.6);
    alerts.createRule(viaApi);

    ConfigAlertRules.apply(List.of(rule("churn", "auc-low", 0.7)), models, alerts);

    assertEquals(List.of(rule("churn", "auc-low", 0.7), viaApi), alerts.rules("churn"));
  }

  @Test
  void aRuleOfAnUnregisteredModelIsSkippedAndTheOthersApplied() {
    AlertRule unknown = rule("fraud", "auc-low", 0.7);
    AlertRule known = rule("churn", "auc-low", 0.7);

    ConfigAlertRules.Applied applied =
        ConfigAlertRules.apply(List.of(unknown, known), models, alerts);

    assertEquals(List.of(unknown), applied.skipped());
    assertEquals(List.of(known), applied.created());
    assertEquals(List.of(), alerts.rules("fraud"));

    models.create(model("fraud")); // registered later: applied at the next start
    assertEquals(
        List.of(unknown), ConfigAlertRules.apply(List.of(unknown), models, alerts).created());
  }

  private static AlertRule rule(String model, String id, double threshold) {
    return new AlertRule(
        id,
        model,
        "AUC low",
        new Signal.Performance("roc_auc"),
        Comparison.BELOW,
        threshold,
        Duration.ofMinutes(10),
        Severity.CRITICAL,
        Map.of("team", "churn"),
        Duration.ofHours(1));
  }

  private static MonitoredModel model(String name) {
    return new MonitoredModel(
        name,
        new DatasetSchema(List.of(new ColumnSchema("Age", ColumnKind.NUMERIC))),
        new ClassLabels("churn", List.of("1"), List.of("0")),
        0.5,
        WindowGranularity.HOUR,
        List.of(),
        Instant.EPOCH);
  }
}
