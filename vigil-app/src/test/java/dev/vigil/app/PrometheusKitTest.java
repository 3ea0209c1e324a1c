package dev.vigil.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The files of deploy/ as the tools read them: promtool checks the Prometheus configuration and
 * rules and runs the rules' unit tests, amtool checks the Alertmanager configuration, and the
 * Grafana and compose files parse and point at files that exist.
 */
class PrometheusKitTest {

  private static final Path DEPLOY = Path.of("..", "deploy");
  private static final Path PROMETHEUS = DEPLOY.resolve("prometheus");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void promtoolAcceptsTheConfigurationAndTheRulesItNames() {
    DebianBinary.Run run =
        DebianBinary.PROMTOOL.run("", "check", "config", PROMETHEUS + "/prometheus.yml");
    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("SUCCESS: 11 rules found"), run.output());
  }

  @Test
  void promtoolAcceptsTheRules() {
    DebianBinary.Run run =
        DebianBinary.PROMTOOL.run("", "check", "rules", PROMETHEUS + "/rules.yml");
    assertEquals(0, run.exitCode(), run.output());
  }

  @Test
  void theRulesUnitTestsPass() {
    DebianBinary.Run run =
        DebianBinary.PROMTOOL.run("", "test", "rules", PROMETHEUS + "/rules_test.yml");
    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("SUCCESS"), run.output());
  }

  @Test
  void everyAlertHasASeverityAnAnnotatedSummaryAndTestsThatFireAndThatDoNot() throws Exception {
    Set<String> alerts = new TreeSet<>();
    for (JsonNode group : YAML.readTree(PROMETHEUS.resolve("rules.yml").toFile()).get("groups")) {
      for (JsonNode rule : group.get("rules")) {
        String name = rule.get("alert").asText();
        alerts.add(name);
        assertTrue(
            Set.of("critical", "warning", "info").contains(rule.at("/labels/severity").asText()),
            name);
        assertFalse(rule.at("/annotations/summary").asText().isBlank(), name);
        assertFalse(rule.at("/annotations/description").asText().isBlank(), name);
      }
    }
    Set<String> fire = new HashSet<>();
    Set<String> quiet = new HashSet<>();
    JsonNode tests = YAML.readTree(PROMETHEUS.resolve("rules_test.yml").toFile()).get("tests");
    for (JsonNode test : tests) {
      for (JsonNode expectation : test.get("alert_rule_test")) {
        boolean fires = !expectation.get("exp_alerts").isEmpty();
        (fires ? fire : quiet).add(expectation.get("alertname").asText());
      }
    }
    assertEquals(11, alerts.size(), alerts.toString());
    assertEquals(alerts, new TreeSet<>(fire), "alerts with a test where they fire");
    assertEquals(alerts, new TreeSet<>(quiet), "alerts with a test where they do not");
  }

  @Test
  void amtoolAcceptsTheAlertmanagerConfiguration() {
    DebianBinary.Run run =
        DebianBinary.AMTOOL.run(
            "", "check-config", DEPLOY.resolve("alertmanager/alertmanager.yml").toString());
    assertEquals(0, run.exitCode(), run.output());
  }

  @Test
  void composeRunsTheFourServicesOnFilesThatExist() throws Exception {
    JsonNode compose = YAML.readTree(DEPLOY.resolve("compose.yml").toFile());
    JsonNode services = compose.get("services");
    for (String service : new String[] {"vigil", "prometheus", "alertmanager", "grafana"}) {
      assertTrue(services.has(service), service);
    }
    assertEquals("serve", services.at("/vigil/command/3").asText());
    for (JsonNode service : services) {
      for (JsonNode volume : service.path("volumes")) {
        String source = volume.asText().split(":")[0];
        if (source.startsWith("./")) {
          assertTrue(Files.exists(DEPLOY.resolve(source)), volume.asText());
        }
      }
    }
    JsonNode provisioning =
        YAML.readTree(DEPLOY.resolve("grafana/provisioning/dashboards/vigil.yml").toFile());
    assertEquals(
        "/var/lib/grafana/dashboards", provisioning.at("/providers/0/options/path").asText());
    JsonNode datasources =
        YAML.readTree(DEPLOY.resolve("grafana/provisioning/datasources/prometheus.yml").toFile());
    assertEquals("http://prometheus:9090", datasources.at("/datasources/0/url").asText());
  }

  @Test
  void theDashboardHasAModelVariableAndPanelsOnItsDataSource() throws Exception {
    JsonNode dashboard = DashboardQueries.dashboard();
    assertEquals(39, dashboard.get("schemaVersion").asInt());
    JsonNode model = dashboard.at("/templating/list/1");
    assertEquals("model", model.get("name").asText());
    assertEquals("label_values(vigil_predictions_total, model)", model.at("/query/query").asText());
    Set<Integer> ids = new HashSet<>();
    for (JsonNode panel : dashboard.get("panels")) {
      assertTrue(ids.add(panel.get("id").asInt()), "duplicate panel id " + panel.get("id"));
      if (!panel.get("type").asText().equals("row")) {
        assertEquals("${datasource}", panel.at("/datasource/uid").asText(), panel.toString());
        assertFalse(panel.get("targets").isEmpty(), panel.get("title").asText());
      }
    }
  }

  @Test
  void seriesNamesOfAnExpressionLeaveOutLabelsFunctionsAndKeywords() {
    assertEquals(
        Set.of("a_bucket", "b_total", "c"),
        DashboardQueries.seriesNames(
            "histogram_quantile(0.9, sum by (le, model) (rate(a_bucket{x=\"y\", z=~\"5..\"}[5m])))"
                + " / on (model) group_left sum without (v) (b_total) > 1e9 and c offset 5m"));
  }
}
