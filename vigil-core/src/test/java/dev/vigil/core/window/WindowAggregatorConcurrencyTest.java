package dev.vigil.core.window;

import static dev.vigil.core.window.SummaryAssertions.assertSameWindows;
import static dev.vigil.core.window.WindowFixtures.CHURN;
import static dev.vigil.core.window.WindowFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.event.EventCommit;
import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * One thread records commits while another reads the pending deltas and drains (as queries and
 * flushes do): the drained deltas must add up to exactly what was recorded.
 */
class WindowAggregatorConcurrencyTest {

  @Test
  void drainsWhileRecordingLoseAndDoubleNothing() throws Exception {
    List<Object> events = WindowFixtures.stream(42, 20_000);
    WindowAggregator aggregator = WindowFixtures.aggregator(CHURN);
    AtomicBoolean done = new AtomicBoolean();
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              try {
                for (List<Object> chunk : chunks(events, 50)) {
                  aggregator.record(commit(chunk));
                }
              } finally {
                done.set(true);
              }
            });
    Map<WindowKey, WindowSummary> flushed = new HashMap<>();
    WindowQuery query =
        new WindowQuery(
            "churn", T0.minusSeconds(86400), T0.plusSeconds(86400), Segment.ALL, Optional.empty());
    int drains = 0;
    while (!done.get() || drains < 3) {
      aggregator.pending(query).forEach(w -> assertTrue(w.summary().predictions() >= 0));
      aggregator.drain().forEach((key, delta) -> flushed.merge(key, delta, WindowSummary::merge));
      drains++;
    }
    writer.get();
    aggregator.drain().forEach((key, delta) -> flushed.merge(key, delta, WindowSummary::merge));

    WindowAggregator sequential = WindowFixtures.aggregator(CHURN);
    WindowFixtures.record(sequential, events);
    Map<WindowKey, WindowSummary> expected = sequential.drain();
    assertSameWindows(expected, flushed);
    long predictions =
        flushed.entrySet().stream()
            .filter(e -> e.getKey().segment().isAll())
            .mapToLong(e -> e.getValue().predictions())
            .sum();
    assertEquals(20_000, predictions);
  }

  private static List<List<Object>> chunks(List<Object> events, int size) {
    List<List<Object>> chunks = new ArrayList<>();
    for (int i = 0; i < events.size(); i += size) {
      chunks.add(events.subList(i, Math.min(events.size(), i + size)));
    }
    return chunks;
  }

  private static EventCommit commit(List<Object> events) {
    List<PredictionRecord> predictions = new ArrayList<>();
    List<LabeledPrediction> pairs = new ArrayList<>();
    for (Object event : events) {
      if (event instanceof PredictionRecord p) {
        predictions.add(p);
      } else {
        pairs.add((LabeledPrediction) event);
      }
    }
    return new EventCommit(List.of(), predictions, pairs, 0);
  }
}
