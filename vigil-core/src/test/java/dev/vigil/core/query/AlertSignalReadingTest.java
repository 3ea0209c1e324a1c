package dev.vigil.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.alert.AlertRule;
import dev.vigil.core.alert.Comparison;
import dev.vigil.core.alert.QuerySignalSource;
import dev.vigil.core.alert.Severity;
import dev.vigil.core.alert.Signal;
import dev.vigil.core.alert.SignalReading;
import dev.vigil.core.detector.DetectorStatus;
import dev.vigil.core.serving.ServingStats;
import dev.vigil.stats.detect.DetectorMethod;
import dev.vigil.stats.drift.ColumnDrift;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The alert signals read by {@link QuerySignalSource} over the windows of {@link WindowsQueryTest}
 * (here because the query fixtures are package-private).
 */
class AlertSignalReadingTest {

  /** 24 hours back from here cover the Sunday 22h, 23h and Monday 0h windows: 6 predictions. */
  private static final Instant MONDAY_1H = Instant.parse("2026-11-23T01:00:00Z");

  private static AlertRule rule(String model, Signal signal) {
    return new AlertRule(
        "r",
        model,
        "rule",
        signal,
        Comparison.ABOVE,
        0,
        Duration.ZERO,
        Severity.INFO,
        Map.of(),
        Duration.ZERO);
  }

  private static SignalReading read(InMemory store, Signal signal, Instant now) {
    return new QuerySignalSource(store.queries(now)).read(rule("churn", signal), now);
  }

  private static double value(InMemory store, Signal signal, Instant now) {
    SignalReading reading = read(store, signal, now);
    assertEquals(now, reading.at());
    return reading.value().orElseThrow(() -> new AssertionError(reading.absentReason()));
  }

  private static void assertAbsent(SignalReading reading, String reason) {
    assertTrue(reading.value().isEmpty());
    assertEquals(Optional.of(reason), reading.absentReason());
  }

  @Test
  void performanceIsTheMetricOfTheLabelledPredictionsOfTheLastDay() {
    InMemory store = WindowsQueryTest.store();
    PerformanceStats total =
        store.queries(MONDAY_1H).performance(QueryParameters.of("churn")).total();
    assertEquals(2, total.labelled());
    double auc = total.metrics().orElseThrow().rocAuc().value();
    assertEquals(auc, value(store, new Signal.Performance("roc_auc"), MONDAY_1H));
    assertEquals(1.0, value(store, new Signal.Performance("accuracy"), MONDAY_1H));
    assertAbsent(
        read(store, new Signal.Performance("accuracy"), WindowsQueryTest.NOW),
        "no labelled prediction in the last 24 hours");
  }

  @Test
  void driftSignalsAreThoseOfTheDriftQuery() {
    InMemory store = WindowsQueryTest.storeWithReference();
    DriftView drift = store.queries(MONDAY_1H).drift(QueryParameters.of("churn"));
    assertEquals(6, drift.predictions());
    assertEquals(drift.features().driftShare(), value(store, new Signal.DriftShare(), MONDAY_1H));
    for (ColumnDrift column : drift.features().columns()) {
      assertEquals(
          column.result().statistic(),
          value(store, new Signal.FeatureDrift(column.name()), MONDAY_1H),
          column.name());
    }
    // Germany is a category the reference never saw: an infinite statistic, still a reading.
    assertEquals(
        Double.POSITIVE_INFINITY, value(store, new Signal.FeatureDrift("Geography"), MONDAY_1H));
    assertAbsent(
        read(store, new Signal.FeatureDrift("Salary"), MONDAY_1H),
        "feature 'Salary' was not tested (unknown, or skipped)");
    assertAbsent(
        read(WindowsQueryTest.store(), new Signal.DriftShare(), MONDAY_1H),
        "the model has no reference to compare with");
  }

  @Test
  void dataQualityIsTheShareOfAFeaturesValuesOverTheLastDay() {
    InMemory store = WindowsQueryTest.store();
    assertEquals(1.0 / 6, value(store, new Signal.MissingShare("Age"), MONDAY_1H), 1e-12);
    assertEquals(0.0, value(store, new Signal.MissingShare("Geography"), MONDAY_1H));
    assertEquals(1.0 / 6, value(store, new Signal.MissingShare("*"), MONDAY_1H), 1e-12);
    assertEquals(1.0 / 6, value(store, new Signal.TypeErrorShare("*"), MONDAY_1H), 1e-12);
    assertAbsent(
        read(store, new Signal.MissingShare("Age"), MONDAY_1H.plus(Duration.ofDays(3))),
        "no prediction in the last 24 hours");
  }

  @Test
  void noDataCountsThePredictionsOfTheWindowsTheLastMinutesTouch() {
    InMemory store = WindowsQueryTest.store();
    Signal hour = new Signal.NoData(Duration.ofMinutes(60));
    assertEquals(1.0, value(store, hour, MONDAY_1H)); // the 0h window
    assertEquals(3.0, value(store, hour, MONDAY_1H.minus(Duration.ofMinutes(30)))); // 23h and 0h
    assertEquals(0.0, value(store, hour, Instant.parse("2026-11-23T05:00:00Z")));
  }

  @Test
  void kindsTheQueriesDoNotHaveAndUnknownModelsAreAbsent() {
    InMemory store = WindowsQueryTest.store();
    assertAbsent(
        read(store, new Signal.ErrorRate(), MONDAY_1H),
        "signal error_rate is not available from the monitoring queries yet");
    assertAbsent(
        read(store, new Signal.StreamingDrift("score"), MONDAY_1H),
        "detector 'score' has seen nothing yet");
    SignalReading unknown =
        new QuerySignalSource(store.queries(MONDAY_1H))
            .read(rule("fraud", new Signal.DriftShare()), MONDAY_1H);
    assertAbsent(unknown, "model 'fraud' is not monitored");
  }

  @Test
  void streamingDriftIsOneWhenTheDetectorDetectedInTheLastDay() {
    InMemory store = WindowsQueryTest.store();
    Instant detected = MONDAY_1H.minus(Duration.ofHours(3));
    DetectorStatus score =
        new DetectorStatus(
            "churn",
            "score",
            DetectorMethod.ADWIN,
            900,
            Optional.empty(),
            Optional.of(detected),
            2);
    DetectorStatus error = DetectorStatus.fresh("churn", "error", DetectorMethod.DDM);
    QuerySignalSource source =
        new QuerySignalSource(
            store.queries(MONDAY_1H),
            model -> model.equals("churn") ? List.of(score, error) : List.of());
    Signal scoreDrift = new Signal.StreamingDrift("score");
    assertEquals(OptionalDouble.of(1), source.read(rule("churn", scoreDrift), MONDAY_1H).value());
    Instant dayLater = detected.plus(Duration.ofHours(24));
    assertEquals(OptionalDouble.of(1), source.read(rule("churn", scoreDrift), dayLater).value());
    assertEquals(
        OptionalDouble.of(0),
        source.read(rule("churn", scoreDrift), dayLater.plusSeconds(1)).value());
    assertAbsent(
        source.read(rule("churn", new Signal.StreamingDrift("error")), MONDAY_1H),
        "detector 'error' has seen nothing yet");
    assertAbsent(
        source.read(rule("fraud", scoreDrift), MONDAY_1H), "detector 'score' has seen nothing yet");
  }

  @Test
  void servingSignalsReadTheLastFifteenMinutesOfRequests() {
    InMemory store = WindowsQueryTest.store();
    Instant now = MONDAY_1H;
    MutableClock clock = new MutableClock(now.minus(Duration.ofMinutes(15)));
    ServingStats stats = new ServingStats(clock);
    stats.failed("churn"); // 15 minutes ago: outside the period
    clock.now = now.minus(Duration.ofMinutes(14));
    for (int ms = 1; ms <= 100; ms++) {
      stats.answered("churn", ms * 1_000_000L);
    }
    stats.failed("churn");
    stats.failed("churn");
    clock.now = now;
    QuerySignalSource source = new QuerySignalSource(store.queries(now), model -> List.of(), stats);

    SignalReading errors = source.read(rule("churn", new Signal.ErrorRate()), now);
    assertEquals(2.0 / 102, errors.value().getAsDouble(), 1e-12);
    assertEquals(now, errors.at());
    double p99 = source.read(rule("churn", new Signal.LatencyP99()), now).value().getAsDouble();
    assertEquals(0.099, p99, 0.099 * 0.05, "the 99th of 1..100 ms, within the histogram's 5 %");

    assertAbsent(
        source.read(rule("fraud", new Signal.ErrorRate()), now),
        "no request served in the last 15 minutes");
    clock.now = now.plus(Duration.ofMinutes(14));
    assertAbsent(
        source.read(rule("churn", new Signal.LatencyP99()), now),
        "no request answered in the last 15 minutes");
    assertAbsent(
        new QuerySignalSource(store.queries(now)).read(rule("churn", new Signal.LatencyP99()), now),
        "signal latency_p99 is not available from the monitoring queries yet");
  }

  /** A clock the test sets. */
  private static final class MutableClock extends Clock {
    volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
