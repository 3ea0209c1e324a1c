package dev.vigil.core.window;

import static dev.vigil.core.window.SummaryAssertions.assertSameSummary;
import static dev.vigil.core.window.SummaryAssertions.assertSameWindows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.core.event.LabeledPrediction;
import dev.vigil.core.event.PredictionRecord;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Merge laws of window summaries: associative, commutative, with the empty summary as identity, and
 * the merge of parts of a stream equals the summary of the whole stream.
 */
class WindowSummaryMergeTest {

  /** The summary of the stream's events as if all were in one window (with the delay rules). */
  static WindowSummary summarize(List<Object> events) {
    WindowRecorder recorder = new WindowRecorder(0.5, WindowFixtures.SCHEMA);
    for (Object event : events) {
      if (event instanceof PredictionRecord p) {
        recorder.prediction(p);
      } else {
        LabeledPrediction pair = (LabeledPrediction) event;
        double delay =
            ChronoUnit.MICROS.between(pair.prediction().eventTime(), pair.label().labelTime())
                / 1e6;
        recorder.joined(pair.prediction().score(), pair.label().label(), delay);
      }
    }
    return recorder.summary();
  }

  static WindowSummary random(long seed, int size) {
    return summarize(WindowFixtures.stream(seed, size));
  }

  @Property(tries = 50)
  void mergeIsAssociative(
      @ForAll long seed,
      @ForAll @IntRange(max = 200) int a,
      @ForAll @IntRange(max = 200) int b,
      @ForAll @IntRange(max = 200) int c) {
    WindowSummary x = random(seed, a);
    WindowSummary y = random(seed + 1, b);
    WindowSummary z = random(seed + 2, c);
    assertSameSummary(x.merge(y).merge(z), x.merge(y.merge(z)), "(x+y)+z vs x+(y+z)");
  }

  @Property(tries = 50)
  void mergeIsCommutative(
      @ForAll long seed, @ForAll @IntRange(max = 300) int a, @ForAll @IntRange(max = 300) int b) {
    WindowSummary x = random(seed, a);
    WindowSummary y = random(seed + 1, b);
    assertSameSummary(x.merge(y), y.merge(x), "x+y vs y+x");
  }

  @Property(tries = 30)
  void emptyIsTheIdentity(@ForAll long seed, @ForAll @IntRange(max = 300) int a) {
    WindowSummary x = random(seed, a);
    assertSameSummary(x, x.merge(WindowSummary.empty(0.5)), "x+0");
    assertSameSummary(x, WindowSummary.empty(0.5).merge(x), "0+x");
  }

  @Property(tries = 30)
  void thePartsMergeToTheWhole(
      @ForAll long seed,
      @ForAll @IntRange(max = 400) int size,
      @ForAll @IntRange(max = 100) int cut) {
    List<Object> events = WindowFixtures.stream(seed, size);
    int at = events.size() * cut / 100;
    List<Object> head = events.subList(0, at);
    List<Object> tail = events.subList(at, events.size());
    assertSameSummary(summarize(events), summarize(head).merge(summarize(tail)), "parts vs whole");
  }

  @Property(tries = 30)
  void twoAggregatorsMergeToOne(
      @ForAll long seed,
      @ForAll @IntRange(max = 400) int size,
      @ForAll @IntRange(max = 100) int cut) {
    List<Object> events = WindowFixtures.stream(seed, size);
    int at = events.size() * cut / 100;
    WindowAggregator whole = WindowFixtures.aggregator(WindowFixtures.CHURN);
    WindowAggregator first = WindowFixtures.aggregator(WindowFixtures.CHURN);
    WindowAggregator second = WindowFixtures.aggregator(WindowFixtures.CHURN);
    WindowFixtures.record(whole, events);
    WindowFixtures.record(first, events.subList(0, at));
    WindowFixtures.record(second, events.subList(at, events.size()));
    Map<WindowKey, WindowSummary> merged = new HashMap<>(first.drain());
    second.drain().forEach((key, delta) -> merged.merge(key, delta, WindowSummary::merge));
    assertSameWindows(whole.drain(), merged);
  }

  @Test
  void summariesOfDifferentThresholdsDoNotMerge() {
    WindowSummary half = WindowSummary.empty(0.5);
    WindowSummary other = WindowSummary.empty(0.3);
    assertThrows(IllegalArgumentException.class, () -> half.merge(other));
  }

  @Test
  void aFeatureOfTwoKindsDoesNotMerge() {
    WindowSummary numeric =
        new WindowSummary(
            WindowSummary.empty(0.5).scores(),
            Map.of("x", FeatureSummary.Numeric.empty()),
            WindowSummary.empty(0.5).labelled(),
            WindowSummary.empty(0.5).labelDelaySeconds(),
            WindowSummary.empty(0.5).latencySeconds());
    WindowSummary categorical =
        new WindowSummary(
            numeric.scores(),
            Map.of("x", FeatureSummary.Categorical.empty()),
            numeric.labelled(),
            numeric.labelDelaySeconds(),
            numeric.latencySeconds());
    var e = assertThrows(IllegalArgumentException.class, () -> numeric.merge(categorical));
    assertEquals("cannot merge a numeric and a categorical feature", e.getMessage());
  }
}
