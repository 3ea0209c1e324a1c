package dev.vigil.core.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ServingStatsTest {

  private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");
  private static final Duration HOUR = Duration.ofMinutes(60);
  private static final long MS = 1_000_000L;

  private final SettableClock clock = new SettableClock(NOON);
  private final ServingStats stats = new ServingStats(clock);

  @Test
  void requestsCountInTheMinuteTheyEnd() {
    at("12:00:10");
    stats.answered("churn", 10 * MS);
    at("12:00:59.999");
    stats.failed("churn");
    at("12:01:00");
    stats.answered("churn", 30 * MS);
    stats.answered("other", 5 * MS);

    List<ServingMinute> minutes = stats.minutes("churn", HOUR);
    assertEquals(2, minutes.size());
    assertEquals(NOON, minutes.get(0).start());
    assertEquals(2, minutes.get(0).requests());
    assertEquals(1, minutes.get(0).errors());
    assertEquals(Instant.parse("2026-11-23T12:01:00Z"), minutes.get(1).start());
    assertEquals(1, minutes.get(1).requests());
    assertEquals(0, minutes.get(1).errors());
    assertWithin(0.030, minutes.get(1).p99Seconds());

    assertEquals(1.0 / 3, stats.errorRate("churn", Duration.ofMinutes(2)).getAsDouble(), 1e-12);
    // One minute is the current one alone; 30 s rounds up to it too.
    assertEquals(0.0, stats.errorRate("churn", Duration.ofMinutes(1)).getAsDouble());
    assertEquals(0.0, stats.errorRate("churn", Duration.ofSeconds(30)).getAsDouble());
  }

  @Test
  void aMinuteExpiresSixtyMinutesAfterItsStart() {
    at("12:00:30");
    stats.failed("churn");
    at("12:59:59");
    assertEquals(1, stats.minutes("churn", HOUR).size());
    assertEquals(1.0, stats.errorRate("churn", HOUR).getAsDouble());
    assertTrue(stats.errorRate("churn", Duration.ofMinutes(59)).isEmpty());

    at("13:00:00");
    assertEquals(List.of(), stats.minutes("churn", HOUR));
    assertTrue(stats.errorRate("churn", HOUR).isEmpty());

    // 13:00 reuses 12:00's slot: it starts from nothing.
    stats.answered("churn", MS);
    assertEquals(1, stats.minutes("churn", HOUR).get(0).requests());
    assertEquals(0.0, stats.errorRate("churn", HOUR).getAsDouble());
  }

  @Test
  void quantilesAreWithinTheHistogramsErrorOfTheExactNearestRank() {
    Random random = new Random(42);
    double[] seconds = new double[5_000];
    for (int i = 0; i < seconds.length; i++) {
      // Log-uniform from 50 µs to 3 s, spread over ten minutes.
      seconds[i] = 50e-6 * Math.exp(random.nextDouble() * Math.log(3 / 50e-6));
      clock.set(NOON.plusMillis(i * 120L));
      stats.answered("churn", Math.round(seconds[i] * 1e9));
    }
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    for (double q : new double[] {0, 0.01, 0.5, 0.9, 0.99, 0.999, 1}) {
      double exact = sorted[(int) Math.max(1, Math.ceil(q * sorted.length)) - 1];
      double estimate = stats.latencyQuantile("churn", q, HOUR).getAsDouble();
      assertTrue(
          Math.abs(estimate - exact) <= exact * LatencyHistogram.RELATIVE_ERROR * (1 + 1e-9),
          "q=" + q + ": " + estimate + " vs exact " + exact);
    }
    assertTrue(LatencyHistogram.RELATIVE_ERROR < 0.05);
  }

  @Test
  void aMinutesQuantilesAreThoseOfItsOwnRequests() {
    long[] latenciesMs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 400};
    for (long ms : latenciesMs) {
      stats.answered("churn", ms * MS);
    }
    ServingMinute minute = stats.minutes("churn", HOUR).get(0);
    assertWithin(0.005, minute.p50Seconds());
    assertWithin(0.400, minute.p99Seconds());
  }

  @Test
  void nothingIsAbsentAndOnlyRefusalsHaveNoLatency() {
    assertTrue(stats.errorRate("churn", HOUR).isEmpty());
    assertTrue(stats.latencyQuantile("churn", 0.99, HOUR).isEmpty());
    assertEquals(List.of(), stats.minutes("churn", HOUR));

    stats.failed("churn");
    assertEquals(1.0, stats.errorRate("churn", HOUR).getAsDouble());
    assertTrue(stats.latencyQuantile("churn", 0.99, HOUR).isEmpty());
    ServingMinute minute = stats.minutes("churn", HOUR).get(0);
    assertFalse(minute.p50Seconds().isPresent());
  }

  @Test
  void periodsAndQuantilesOutsideTheirRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> stats.errorRate("m", Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> stats.minutes("m", HOUR.plusSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> stats.latencyQuantile("m", 1.5, HOUR));
  }

  @Test
  void concurrentRecordsAreAllCounted() throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < 10_000; i++) {
                  stats.answered("churn", MS);
                  stats.failed("churn");
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    ServingMinute minute = stats.minutes("churn", HOUR).get(0);
    assertEquals(80_000, minute.requests());
    assertEquals(40_000, minute.errors());
  }

  @Test
  void latenciesOutsideTheRangeLandInTheEndBuckets() {
    assertEquals(0, LatencyHistogram.indexOf(0));
    assertEquals(0, LatencyHistogram.indexOf(1e-9));
    assertEquals(LatencyHistogram.BUCKETS - 1, LatencyHistogram.indexOf(1e6));
    assertEquals(194, LatencyHistogram.BUCKETS);
  }

  private void at(String time) {
    clock.set(Instant.parse("2026-11-23T" + time + "Z"));
  }

  private static void assertWithin(double exact, OptionalDouble estimate) {
    double value = estimate.getAsDouble();
    assertTrue(
        Math.abs(value - exact) <= exact * LatencyHistogram.RELATIVE_ERROR,
        value + " vs exact " + exact);
  }
}
