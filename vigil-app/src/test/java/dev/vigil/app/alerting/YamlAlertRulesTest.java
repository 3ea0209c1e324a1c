package dev.vigil.app.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.app.serve.Setting;
import dev.vigil.app.serve.YamlSettings;
import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.Comparison;
import dev.vigil.core.alert.Severity;
import dev.vigil.core.alert.Signal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlAlertRulesTest {

  private static final String AUC_LOW =
      """
        - id: auc-low
          model: churn
          name: AUC below 0.7
          signal: {kind: performance, argument: roc_auc}
          comparison: below
          threshold: 0.7
          for: 1h
          severity: critical
          labels: {team: churn, tier: 1}
          renotify_interval: 30m
      """;

  private static final String SILENT =
      """
        - id: silent
          model: fraud
          name: No data for 15 minutes
          signal: {kind: no_data, argument: 15}
          comparison: below
          threshold: 1
          for: 0
          severity: warning
      """;

  @TempDir Path dir;

  @Test
  void readsEachRuleInFileOrderBesideTheFlatSettings() throws Exception {
    Path file = write("port: 8081\nalert_rules:\n" + AUC_LOW + SILENT);

    List<AlertRule> rules = YamlAlertRules.read(file);

    assertEquals(
        List.of(
            new AlertRule(
                "auc-low",
                "churn",
                "AUC below 0.7",
                new Signal.Performance("roc_auc"),
                Comparison.BELOW,
                0.7,
                Duration.ofHours(1),
                Severity.CRITICAL,
                Map.of("team", "churn", "tier", "1"),
                Duration.ofMinutes(30)),
            new AlertRule(
                "silent",
                "fraud",
                "No data for 15 minutes",
                new Signal.NoData(Duration.ofMinutes(15)),
                Comparison.BELOW,
                1,
                Duration.ZERO,
                Severity.WARNING,
                Map.of(),
                Duration.ofHours(4))),
        rules);
    assertEquals("8081", YamlSettings.read(file).get(Setting.PORT), "alert_rules is a known key");
  }

  @Test
  void noBlockMeansNoRules() throws Exception {
    assertEquals(List.of(), YamlAlertRules.read(write("port: 1\n")));
    assertEquals(List.of(), YamlAlertRules.read(write("")));
  }

  @Test
  void eachBadFieldIsNamedWithTheRulesIndex() throws Exception {
    assertRefused("alert_rules: {id: x}\n", "alert_rules must be a list");
    assertRefused("alert_rules:\n  - auc-low\n", "alert_rules[0] must be a mapping");
    assertField("threshold: 0.7", "threshold: high", "alert_rules[1].threshold: must be a number");
    assertField("id: auc-low", "id: AUC Low", "alert_rules[1].id: must be 1-63 characters");
    assertField("model: churn", "model: '../x'", "alert_rules[1].model: ");
    assertField("for: 1h", "for: 1h30m", "alert_rules[1].for: '1h30m' is not a duration");
    assertField("for: 1h", "for: 8d", "alert_rules[1].for: must be whole seconds from 0 to 7");
    assertField("comparison: below", "comparison: under", "alert_rules[1].comparison: ");
    assertField("severity: critical", "severity: page", "alert_rules[1].severity: ");
    assertField(
        "renotify_interval: 30m",
        "renotify_interval: 30s",
        "alert_rules[1].renotify_interval: must be 0 (never) or whole minutes");
    assertField(
        "argument: roc_auc", "argument: mse", "alert_rules[1].signal: unknown performance metric");
    assertField("kind: performance", "kind: vibes", "alert_rules[1].signal: unknown kind");
    assertField(
        "labels: {team: churn, tier: 1}",
        "labels: {__name__: x}",
        "alert_rules[1].labels: '__name__' is not a Prometheus label name");
    assertField("name: AUC below 0.7", "name: ''", "alert_rules[1].name: must be 1-200");
    assertField("    for: 1h\n", "", "alert_rules[1].for: required");
  }

  @Test
  void anUnknownKeyIsRefusedNamingIt() throws Exception {
    assertField("for: 1h", "for: 1h\n    summary: x", "alert_rules[1].summary: unknown key");
    assertField(
        "argument: roc_auc",
        "argument: roc_auc, window: 1h",
        "alert_rules[1].signal.window: unknown key");
  }

  @Test
  void aRuleOfTheSameModelAndIdTwiceIsRefused() throws Exception {
    assertRefused(
        "alert_rules:\n" + AUC_LOW + AUC_LOW.replace("AUC below", "Low AUC"),
        "alert_rules[1].id: 'auc-low' of model 'churn' is also rule 0");
    assertEquals(
        2,
        YamlAlertRules.read(write("alert_rules:\n" + AUC_LOW + AUC_LOW.replace("churn\n", "c2\n")))
            .size(),
        "the same id on two models is fine");
  }

  /** The second rule is AUC_LOW with {@code from} replaced by {@code to}. */
  private void assertField(String from, String to, String expected) throws Exception {
    String bad = AUC_LOW.replace(from, to);
    assertTrue(!bad.equals(AUC_LOW), "the test changes the rule: " + from);
    assertRefused("alert_rules:\n" + SILENT + bad, expected);
  }

  private void assertRefused(String yaml, String expected) throws Exception {
    Path file = write(yaml);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> YamlAlertRules.read(file));
    assertTrue(e.getMessage().startsWith("config file " + file + ": " + expected), e.getMessage());
  }

  private Path write(String yaml) throws Exception {
    Path file = Files.createTempFile(dir, "vigil", ".yaml");
    Files.writeString(file, yaml);
    return file;
  }
}
