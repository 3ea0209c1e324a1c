package dev.vigil.core.window;

import static dev.vigil.core.window.SummaryAssertions.assertSameWindows;
import static dev.vigil.core.window.WindowFixtures.CHURN;
import static dev.vigil.core.window.WindowFixtures.T0;
import static dev.vigil.core.window.WindowFixtures.features;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.event.PredictionRecord;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Draining, restoring and reading the pending deltas. */
class WindowAggregatorTest {

  private final WindowAggregator aggregator = WindowFixtures.aggregator(CHURN);

  private static PredictionRecord at(String id, String version, Instant time) {
    return new PredictionRecord("churn", id, version, time, features("Age", 30.0), 0.5);
  }

  private static WindowQuery all(Instant from, Instant to) {
    return new WindowQuery("churn", from, to, Segment.ALL, Optional.empty());
  }

  @Test
  void drainTakesEverythingOut() {
    aggregator.prediction(at("a", "v1", T0));
    Map<WindowKey, WindowSummary> first = aggregator.drain();
    assertEquals(2, first.size()); // all, and Geography=(missing)
    assertEquals(Map.of(), aggregator.drain());
    assertEquals(List.of(), aggregator.pending(all(T0, T0.plusSeconds(3600))));
  }

  @Test
  void restoredDeltasMergeWithWhatCameSince() {
    aggregator.prediction(at("a", "v1", T0));
    Map<WindowKey, WindowSummary> failed = aggregator.drain();
    aggregator.prediction(at("b", "v1", T0.plusSeconds(1)));
    aggregator.prediction(at("c", "v1", T0.plusSeconds(7200)));
    aggregator.restore(failed);
    List<Window> pending = aggregator.pending(all(T0, T0.plusSeconds(86400)));
    assertEquals(2, pending.size());
    assertEquals(2, pending.get(0).summary().predictions());
    assertEquals(1, pending.get(1).summary().predictions());
    Map<WindowKey, WindowSummary> drained = aggregator.drain();
    assertEquals(4, drained.size()); // all and Geography=(missing), in two windows
    assertEquals(
        3,
        drained.entrySet().stream()
            .filter(e -> e.getKey().segment().isAll())
            .mapToLong(e -> e.getValue().predictions())
            .sum());
  }

  @Test
  void restoringTwiceCountsTwice() {
    aggregator.prediction(at("a", "v1", T0));
    Map<WindowKey, WindowSummary> deltas = aggregator.drain();
    aggregator.restore(deltas);
    aggregator.restore(deltas);
    assertEquals(2, aggregator.pending(all(T0, T0.plusSeconds(1))).get(0).summary().predictions());
  }

  @Test
  void aRestoredDeltaThatDoesNotFitIsRefusedAndNothingIsRestored() {
    aggregator.prediction(at("a", "v1", T0));
    WindowKey live = new WindowKey("churn", "v1", Segment.ALL, T0);
    WindowKey other = new WindowKey("churn", "v1", Segment.ALL, T0.plusSeconds(3600));
    WindowSummary fits = WindowSummary.empty(0.5);
    Map<WindowKey, WindowSummary> deltas = new java.util.LinkedHashMap<>();
    deltas.put(other, fits);
    deltas.put(live, WindowSummary.empty(0.3));
    var e = assertThrows(IllegalArgumentException.class, () -> aggregator.restore(deltas));
    assertTrue(e.getMessage().contains("threshold"), e.getMessage());
    assertEquals(Set.of(live), keysOf(aggregator.pending(all(T0, T0.plusSeconds(7200)))));
    Map<WindowKey, WindowSummary> numericGeography =
        Map.of(
            live,
            new WindowSummary(
                fits.scores(),
                Map.of("Geography", FeatureSummary.Numeric.empty()),
                fits.labelled(),
                fits.labelDelaySeconds(),
                fits.latencySeconds()));
    e = assertThrows(IllegalArgumentException.class, () -> aggregator.restore(numericGeography));
    assertEquals("feature 'Geography' is categorical in the schema", e.getMessage());
    assertEquals(1, aggregator.drain().get(live).predictions());
  }

  private static Set<WindowKey> keysOf(List<Window> windows) {
    return windows.stream().map(Window::key).collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void pendingMatchesTheQueryAndSortsByStartThenVersion() {
    aggregator.prediction(at("a", "v2", T0.plusSeconds(3600)));
    aggregator.prediction(at("b", "v1", T0.plusSeconds(3600)));
    aggregator.prediction(at("c", "v2", T0));
    aggregator.prediction(at("d", "v1", T0.plusSeconds(7200))); // outside [from, to)
    aggregator.prediction(at("e", "v1", T0.minusSeconds(1))); // outside
    List<Window> pending = aggregator.pending(all(T0, T0.plusSeconds(7200)));
    assertEquals(
        List.of(
            new WindowKey("churn", "v2", Segment.ALL, T0),
            new WindowKey("churn", "v1", Segment.ALL, T0.plusSeconds(3600)),
            new WindowKey("churn", "v2", Segment.ALL, T0.plusSeconds(3600))),
        pending.stream().map(Window::key).toList());
    WindowQuery v1 =
        new WindowQuery("churn", T0, T0.plusSeconds(7200), Segment.ALL, Optional.of("v1"));
    assertEquals(1, aggregator.pending(v1).size());
    WindowQuery missing =
        new WindowQuery(
            "churn",
            T0,
            T0.plusSeconds(7200),
            new Segment("Geography", "(missing)"),
            Optional.empty());
    assertEquals(3, aggregator.pending(missing).size());
    WindowQuery otherModel =
        new WindowQuery("other", T0, T0.plusSeconds(7200), Segment.ALL, Optional.empty());
    assertEquals(List.of(), aggregator.pending(otherModel));
  }

  @Test
  void pendingLeavesTheDeltasInPlace() {
    List<Object> events = WindowFixtures.stream(11, 300);
    WindowFixtures.record(aggregator, events);
    aggregator.pending(all(T0, T0.plusSeconds(86400)));
    WindowAggregator fresh = WindowFixtures.aggregator(CHURN);
    WindowFixtures.record(fresh, events);
    assertSameWindows(fresh.drain(), aggregator.drain());
  }

  @Test
  void pendingAgreesWithDrain() {
    WindowFixtures.record(aggregator, WindowFixtures.stream(12, 500));
    Map<WindowKey, WindowSummary> pending = new HashMap<>();
    for (Window w : aggregator.pending(all(T0.minusSeconds(86400), T0.plusSeconds(86400)))) {
      pending.put(w.key(), w.summary());
    }
    Map<WindowKey, WindowSummary> drained = new HashMap<>(aggregator.drain());
    drained.keySet().removeIf(key -> !key.segment().isAll());
    assertSameWindows(drained, pending);
  }
}
