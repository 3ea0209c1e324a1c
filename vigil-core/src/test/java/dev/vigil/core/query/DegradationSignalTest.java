package dev.vigil.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.Comparison;
import dev.vigil.core.alert.QuerySignalSource;
import dev.vigil.core.alert.Severity;
import dev.vigil.core.alert.Signal;
import dev.vigil.core.alert.SignalReading;
import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.monitor.DegradationPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The {@code degradation} signal read by {@link QuerySignalSource} over labelled windows: the
 * default policy's decision on the last 24 hours against the threshold (0.85) and the 24 hours
 * before.
 */
class DegradationSignalTest {

  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

  /** In the last 24 hours. */
  private static final String TODAY = "2026-11-24T09:00:00Z";

  /** In the 24 hours before. */
  private static final String YESTERDAY = "2026-11-23T06:00:00Z";

  /** Two days back: in neither period. */
  private static final String EARLIER = "2026-11-22T06:00:00Z";

  private static final AlertRule RULE =
      new AlertRule(
          "degraded",
          "churn",
          "Model degraded",
          new Signal.Degradation(),
          Comparison.AT_LEAST,
          1,
          Duration.ZERO,
          Severity.CRITICAL,
          Map.of(),
          Duration.ZERO);

  /**
   * {@code correct} rows predicted right and {@code wrong} predicted wrong, half of each churned.
   */
  private static List<Row> labelled(int correct, int wrong) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < correct + wrong; i++) {
      int label = i % 2;
      boolean right = i < correct;
      double score = (label == 1) == right ? 0.9 : 0.1;
      rows.add(Row.of(score, 40, "France", true).labelled(label, 600));
    }
    return rows;
  }

  private static InMemory store() {
    return new InMemory().withModel(InMemory.churn(WindowGranularity.HOUR));
  }

  private static InMemory with(InMemory store, String start, int correct, int wrong) {
    return store.window("1", start, Summaries.window(0.5, labelled(correct, wrong)));
  }

  private static SignalReading read(InMemory store) {
    SignalReading reading = new QuerySignalSource(store.queries(NOW)).read(RULE, NOW);
    assertEquals(NOW, reading.at());
    return reading;
  }

  @Test
  void accuracyFarBelowTheThresholdIsDegraded() {
    InMemory store = with(store(), TODAY, 240, 160); // 0.60 of 400
    assertEquals(OptionalDouble.of(1), read(store).value());
  }

  @Test
  void aSignificantDropFromTheDayBeforeIsDegradedEvenAboveTheThreshold() {
    // 0.95 -> 0.88 on 400 labels each: a 7-point drop, z ≈ 3.5; 0.88 is above 0.85.
    InMemory dropped = with(with(store(), YESTERDAY, 380, 20), TODAY, 352, 48);
    assertEquals(OptionalDouble.of(1), read(dropped).value());
    // The same last day alone (or after a day outside both periods) is healthy.
    assertEquals(OptionalDouble.of(0), read(with(store(), TODAY, 352, 48)).value());
    assertEquals(
        OptionalDouble.of(0), read(with(with(store(), EARLIER, 380, 20), TODAY, 352, 48)).value());
  }

  @Test
  void aStableModelAboveTheThresholdIsHealthy() {
    InMemory store = with(with(store(), YESTERDAY, 372, 28), TODAY, 370, 30); // 0.93, 0.925
    assertEquals(OptionalDouble.of(0), read(store).value());
    // A reference with scores and target changes nothing: it holds no joint counts.
    store.reference(Summaries.reference(WindowsQueryTest.UPLOADED, labelled(50, 50), true, true));
    assertEquals(OptionalDouble.of(0), read(store).value());
  }

  @Test
  void tooFewLabelsInTheLastDayIsAbsent() {
    // 99 labels at 0.10 accuracy: below the minimum of 100, however bad.
    InMemory store = with(with(store(), YESTERDAY, 380, 20), TODAY, 10, 89);
    assertAbsent(
        read(store),
        "too few labels in the last 24 hours: 99 for accuracy, the degradation decision needs"
            + " at least 100");
    assertAbsent(read(store()), "no labelled prediction in the last 24 hours");
  }

  @Test
  void theMinimumSampleSizeIsThePolicys() {
    InMemory store = with(store(), TODAY, 10, 89);
    DegradationPolicy smaller = DegradationPolicy.defaults().withMinimumSampleSize(50);
    QuerySignalSource source =
        new QuerySignalSource(store.queries(NOW)).withDegradationPolicy(smaller);
    assertEquals(OptionalDouble.of(1), source.read(RULE, NOW).value());
  }

  private static void assertAbsent(SignalReading reading, String reason) {
    assertTrue(reading.value().isEmpty());
    assertEquals(Optional.of(reason), reading.absentReason());
  }
}
