package dev.vigil.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Prometheus kit against a running Vigil fed with served, labelled predictions ({@link
 * LiveVigil}): promtool lints its /metrics, the Grafana dashboard reads only series it exposes, and
 * a real Prometheus scrapes it, evaluates the shipped rules and runs the dashboard's queries.
 */
class LivePrometheusTest {

  private static final Pattern DRIFTED =
      Pattern.compile("(?m)^vigil_feature_drifted\\{feature=\"([^\"]+)\",model=\"churn\"} 1\\.0$");
  private static final Path RULES = Path.of("..", "deploy", "prometheus", "rules.yml");

  @TempDir static Path dir;
  private static LiveVigil vigil;

  @BeforeAll
  static void startVigil() throws Exception {
    vigil = LiveVigil.start(Files.createDirectory(dir.resolve("vigil")));
  }

  @AfterAll
  static void stopVigil() {
    if (vigil != null) {
      vigil.close();
    }
  }

  @Test
  void promtoolCheckMetricsFindsNoProblemInTheLiveScrape() throws Exception {
    String scrape = vigil.scrape();
    assertTrue(scrape.contains("vigil_performance{metric=\"roc_auc\",model=\"churn\"}"), scrape);
    // vigil train kept the holdout's (score, label) pairs: CBPE estimates the served predictions.
    assertTrue(
        scrape.contains("vigil_performance_estimated{metric=\"accuracy\",model=\"churn\"}"),
        scrape);

    DebianBinary.Run lint = DebianBinary.PROMTOOL.run(scrape, "check", "metrics");

    assertEquals(0, lint.exitCode(), lint.output());
    assertEquals("", lint.output().strip(), "promtool's lint warnings");
  }

  @Test
  void theDashboardReadsOnlySeriesTheLiveScrapeHas() throws Exception {
    Set<String> exposed = Exposition.sampleNames(vigil.scrape());
    Set<String> read = new TreeSet<>();
    DashboardQueries.expressions().forEach(e -> read.addAll(DashboardQueries.seriesNames(e)));

    Set<String> unknown = new TreeSet<>(read);
    unknown.removeAll(exposed);

    assertTrue(read.size() > 20, read.toString());
    assertEquals(Set.of(), unknown, "series the dashboard reads but Vigil does not expose");
  }

  @Test
  void aRealPrometheusScrapesVigilEvaluatesTheRulesAndRunsTheDashboardQueries() throws Exception {
    Set<String> drifted = driftedFeatures(vigil.scrape());
    assertFalse(drifted.isEmpty(), "40 served rows drift from the training data on some feature");
    try (RealPrometheus prometheus =
        RealPrometheus.start(
            Files.createDirectory(dir.resolve("prometheus")), vigil.port(), RULES)) {
      String stored = awaitValue(prometheus, "sum(vigil_predictions_total)");
      assertEquals(LiveVigil.STORED, Double.parseDouble(stored), prometheus.log());

      JsonNode groups = awaitEvaluatedRules(prometheus);
      List<String> unhealthy = new ArrayList<>();
      int rules = 0;
      for (JsonNode group : groups) {
        for (JsonNode rule : group.get("rules")) {
          rules++;
          if (!rule.get("health").asText().equals("ok")) {
            unhealthy.add(rule.get("name").asText() + ": " + rule.path("lastError").asText());
          }
        }
      }
      assertEquals(11, rules, groups.toString());
      assertEquals(List.of(), unhealthy);

      assertEquals(drifted, awaitPendingFeatureAlerts(prometheus, drifted), prometheus.log());

      for (String expression : DashboardQueries.expressions()) {
        JsonNode answer = prometheus.query(DashboardQueries.forModel(expression, "churn"));
        assertEquals("success", answer.get("status").asText(), expression + " -> " + answer);
      }
    }
  }

  /** The value of a one-series query, polled every 200 ms for at most 30 s until it has one. */
  private static String awaitValue(RealPrometheus prometheus, String promql) throws Exception {
    JsonNode answer = null;
    for (int attempt = 0; attempt < 150; attempt++) {
      answer = prometheus.query(promql);
      JsonNode result = answer.path("data").path("result");
      if (result.size() == 1) {
        return result.get(0).get("value").get(1).asText();
      }
      Thread.sleep(200);
    }
    throw new AssertionError(promql + " has no value after 30 s: " + answer);
  }

  /** The features whose vigil_feature_drifted sample is 1 in a scrape. */
  private static Set<String> driftedFeatures(String scrape) {
    Set<String> features = new TreeSet<>();
    Matcher matcher = DRIFTED.matcher(scrape);
    while (matcher.find()) {
      features.add(matcher.group(1));
    }
    return features;
  }

  /**
   * The features of the pending VigilFeatureDrifted alerts (its {@code for} is 1 hour), polled for
   * at most 30 s until they are the expected ones.
   */
  private static Set<String> awaitPendingFeatureAlerts(
      RealPrometheus prometheus, Set<String> expected) throws Exception {
    Set<String> features = new TreeSet<>();
    for (int attempt = 0; attempt < 150 && !features.equals(expected); attempt++) {
      Thread.sleep(200);
      features.clear();
      for (JsonNode alert : prometheus.api("/api/v1/alerts").at("/data/alerts")) {
        if (alert.at("/labels/alertname").asText().equals("VigilFeatureDrifted")
            && alert.get("state").asText().equals("pending")) {
          features.add(alert.at("/labels/feature").asText());
        }
      }
    }
    return features;
  }

  /** The rule groups once every rule was evaluated (at most 30 s). */
  private static JsonNode awaitEvaluatedRules(RealPrometheus prometheus) throws Exception {
    JsonNode groups = null;
    for (int attempt = 0; attempt < 150; attempt++) {
      groups = prometheus.api("/api/v1/rules").get("data").get("groups");
      boolean evaluated = groups.size() > 0;
      for (JsonNode group : groups) {
        for (JsonNode rule : group.get("rules")) {
          evaluated &= !rule.get("lastEvaluation").asText().startsWith("0001-");
        }
      }
      if (evaluated) {
        return groups;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the rules were not all evaluated after 30 s: " + groups);
  }
}
