package dev.vigil.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.window.Segment;
import dev.vigil.core.window.WindowQuery;
import dev.vigil.core.window.WindowSummary;
import dev.vigil.stats.metrics.ClassificationMetrics;
import dev.vigil.stats.summary.NumericSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PerformanceQueryTest {

  private static final QueryParameters TWO_DAYS =
      QueryParameters.of("churn").withRange("2026-11-22T00:00:00Z", "2026-11-24T00:00:00Z");

  /** Two hourly windows of labelled predictions, some labels still missing. */
  private static InMemory store() {
    List<Row> first = new ArrayList<>();
    List<Row> second = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      double score = (i % 20) / 20.0 + 0.025;
      Row row = Row.of(score, 40, "France", true);
      (i < 25 ? first : second).add(i % 5 == 4 ? row : row.labelled(i % 3 == 0 ? 1 : 0, 60.0 * i));
    }
    return new InMemory()
        .withModel(InMemory.churn(WindowGranularity.HOUR))
        .window("1", "2026-11-22T10:00:00Z", Summaries.window(0.5, first))
        .window("2", "2026-11-23T10:00:00Z", Summaries.window(0.5, second));
  }

  private static PerformanceView performance(QueryParameters parameters) {
    return store().queries(WindowsQueryTest.NOW).performance(parameters);
  }

  @Test
  void metricsAreThoseOfTheMergedLabelledSummary() {
    InMemory store = store();
    List<WindowSummary> windows =
        store.windows(scopeQuery()).stream().map(w -> w.summary()).toList();
    WindowSummary merged = windows.get(0).merge(windows.get(1));
    PerformanceStats total = performance(TWO_DAYS).total();
    assertEquals(40, total.predictions());
    assertEquals(32, total.labelled());
    assertEquals(0.8, total.labelCoverage().getAsDouble(), 1e-12);
    assertEquals(ClassificationMetrics.of(merged.labelled()), total.metrics().orElseThrow());
    Quantiles delay = total.labelDelaySeconds().orElseThrow();
    NumericSummary delays = merged.labelDelaySeconds();
    assertEquals(32, delay.count());
    assertEquals(delays.quantile(0.5), delay.get("p50"), 1e-9);
    assertEquals(delays.quantile(0.9), delay.get("p90"), 1e-9);
    assertEquals(delays.quantile(0.99), delay.get("p99"), 1e-9);
  }

  private static WindowQuery scopeQuery() {
    return new WindowQuery(
        "churn",
        Instant.parse("2026-11-22T00:00:00Z"),
        Instant.parse("2026-11-24T00:00:00Z"),
        Segment.ALL,
        Optional.empty());
  }

  @Test
  void perBucketWhenAGranularityIsGiven() {
    PerformanceView view = performance(TWO_DAYS.withGranularity("day"));
    assertEquals(BucketGranularity.DAY, view.granularity().orElseThrow());
    assertEquals(2, view.buckets().size());
    BucketPerformance first = view.buckets().get(0);
    assertEquals(Instant.parse("2026-11-22T00:00:00Z"), first.start());
    assertEquals(25, first.performance().predictions());
    assertEquals(20, first.performance().labelled());
    assertEquals(
        ClassificationMetrics.of(store().windows(scopeQuery()).get(0).summary().labelled()),
        first.performance().metrics().orElseThrow());
    assertTrue(performance(TWO_DAYS).buckets().isEmpty());
    assertTrue(performance(TWO_DAYS).granularity().isEmpty());
  }

  @Test
  void withoutLabelsThereAreNoMetrics() {
    PerformanceStats empty =
        performance(
                QueryParameters.of("churn")
                    .withRange("2026-10-01T00:00:00Z", "2026-10-02T00:00:00Z"))
            .total();
    assertEquals(0, empty.predictions());
    assertTrue(empty.labelCoverage().isEmpty());
    assertTrue(empty.metrics().isEmpty());
    assertTrue(empty.labelDelaySeconds().isEmpty());
  }
}
