package dev.vigil.app.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The limiter's arithmetic on given instants: no sleeping, no timing. */
class RateLimiterTest {

  private static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");

  @Test
  void theFirstRequestGoesAtOnceAndTheNextOneIntervalLater() {
    RateLimiter limiter = new RateLimiter(4);
    assertEquals(Duration.ZERO, limiter.waitBefore(T0));
    limiter.take(T0);
    assertEquals(Duration.ofMillis(250), limiter.waitBefore(T0));
    assertEquals(Duration.ofMillis(150), limiter.waitBefore(T0.plusMillis(100)));
    assertEquals(Duration.ZERO, limiter.waitBefore(T0.plusMillis(250)));
  }

  @Test
  void requestsTakenWhenAllowedAreExactlyRatePerSecond() {
    RateLimiter limiter = new RateLimiter(100);
    Instant now = T0;
    int sent = 0;
    // A simulated clock: each step jumps to when the limiter allows the next request.
    while (now.isBefore(T0.plusSeconds(10))) {
      now = now.plus(limiter.waitBefore(now));
      if (now.isBefore(T0.plusSeconds(10))) {
        limiter.take(now);
        sent++;
      }
    }
    assertEquals(1000, sent);
  }

  @Test
  void aLateLoopCatchesUpByAtMostOneSecondOfRequests() {
    RateLimiter limiter = new RateLimiter(10);
    limiter.take(T0);
    Instant late = T0.plusSeconds(5); // the loop was held up (a slow server) for 5 s
    int burst = 0;
    while (limiter.waitBefore(late).isZero()) {
      limiter.take(late);
      burst++;
    }
    // The schedule restarts at the late instant: one request now, the next 100 ms later.
    assertEquals(1, burst);
    assertEquals(Duration.ofMillis(100), limiter.waitBefore(late));
  }

  @Test
  void aSlightlyLateLoopCatchesUpItsBacklog() {
    RateLimiter limiter = new RateLimiter(10);
    limiter.take(T0);
    Instant late = T0.plusMillis(600); // 5 slots missed, less than a second behind
    int burst = 0;
    while (limiter.waitBefore(late).isZero()) {
      limiter.take(late);
      burst++;
    }
    assertEquals(6, burst); // the slots at 100, 200, ..., 600 ms
  }

  @Test
  void refusesARateThatIsNotPositive() {
    assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0));
    assertThrows(IllegalArgumentException.class, () -> new RateLimiter(Double.NaN));
  }
}
