package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.core.kserve.ExpiredHalves;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

class KServeExpiryMetricsTest {

  private static final String REQUEST = "vigil_kserve_unmatched_expired_total{kind=\"request\"}";
  private static final String RESPONSE = "vigil_kserve_unmatched_expired_total{kind=\"response\"}";

  @Test
  void bothKindsStartAtZeroAndAddUpTheExpiries() {
    PrometheusRegistry registry = new PrometheusRegistry();
    KServeExpiryMetrics metrics = new KServeExpiryMetrics(registry);

    PrometheusText before = PrometheusText.scrape(registry);
    assertEquals("counter", before.typeOf("vigil_kserve_unmatched_expired_total"));
    assertEquals(0, before.value(REQUEST));
    assertEquals(0, before.value(RESPONSE));

    metrics.expired(new ExpiredHalves(2, 1));
    metrics.expired(new ExpiredHalves(3, 0));

    PrometheusText after = PrometheusText.scrape(registry);
    assertEquals(5, after.value(REQUEST));
    assertEquals(1, after.value(RESPONSE));
  }
}
