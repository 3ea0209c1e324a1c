package dev.vigil.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.core.event.DeletedRecords;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

class RetentionMetricsTest {

  private static final String NAME = "vigil_retention_deleted_records_total";
  private static final String PREDICTION = NAME + "{kind=\"prediction\"}";
  private static final String LABEL = NAME + "{kind=\"label\"}";

  @Test
  void bothKindsStartAtZeroAndAddUpTheRuns() {
    PrometheusRegistry registry = new PrometheusRegistry();
    RetentionMetrics metrics = new RetentionMetrics(registry);

    PrometheusText before = PrometheusText.scrape(registry);
    assertEquals("counter", before.typeOf(NAME));
    assertEquals(0, before.value(PREDICTION));
    assertEquals(0, before.value(LABEL));

    metrics.deleted(new DeletedRecords(5, 2, 7));
    metrics.deleted(new DeletedRecords(1, 0, 0));

    PrometheusText after = PrometheusText.scrape(registry);
    assertEquals(6, after.value(PREDICTION));
    assertEquals(2, after.value(LABEL));
  }
}
