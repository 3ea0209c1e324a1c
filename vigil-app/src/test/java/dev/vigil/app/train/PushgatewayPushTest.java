package dev.vigil.app.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PushgatewayPushTest {

  private static RealPushgateway gateway;

  @BeforeAll
  static void start() throws Exception {
    gateway = RealPushgateway.start();
  }

  @AfterAll
  static void stop() {
    if (gateway != null) {
      gateway.close();
    }
  }

  @Test
  void theGatewayExposesThePushedSeriesWithTheGroupingLabels() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    Gauge rows = Gauge.builder().name("vigil_test_rows").labelNames("class").register(registry);
    rows.labelValues("1").set(2037);

    new PushgatewayPush(gateway.url()).push(registry, "vigil_train", Map.of("model", "bank churn"));

    String page = gateway.scrape();
    assertTrue(
        page.lines()
            .anyMatch(
                l ->
                    l.startsWith("vigil_test_rows{")
                        && l.contains("class=\"1\"")
                        && l.contains("job=\"vigil_train\"")
                        && l.contains("model=\"bank churn\"")
                        && l.endsWith(" 2037")),
        page);
  }

  @Test
  void aSecondPushReplacesTheGroup() throws Exception {
    PushgatewayPush push = new PushgatewayPush(gateway.url());
    PrometheusRegistry first = new PrometheusRegistry();
    Gauge.builder().name("vigil_test_first").register(first).set(1);
    push.push(first, "vigil_replace", Map.of());
    PrometheusRegistry second = new PrometheusRegistry();
    Gauge.builder().name("vigil_test_second").register(second).set(2);
    push.push(second, "vigil_replace", Map.of());

    String page = gateway.scrape();
    assertFalse(page.contains("vigil_test_first{"), page);
    assertTrue(page.lines().anyMatch(l -> l.startsWith("vigil_test_second{")), page);
  }

  @Test
  void anUnreachableGatewayIsAnErrorNamingIt() {
    PushgatewayPush push = new PushgatewayPush(URI.create("http://127.0.0.1:1"));
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () -> push.push(new PrometheusRegistry(), "vigil_train", Map.of()));
    assertTrue(e.getMessage().contains("http://127.0.0.1:1"), e.getMessage());
  }

  @Test
  void onlyHttpUrlsAreAccepted() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PushgatewayPush(URI.create("ftp://gateway:9091")));
    assertTrue(e.getMessage().startsWith("--pushgateway"), e.getMessage());
  }

  @Test
  void groupingLabelsAreEncodedAsPathSegments() {
    PushgatewayPush push = new PushgatewayPush(URI.create("http://gw:9091/"));
    assertEquals(
        "http://gw:9091/metrics/job/vigil_train/model/bank%20churn",
        push.groupUri("vigil_train", Map.of("model", "bank churn")).toString());
  }
}
