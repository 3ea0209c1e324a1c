package dev.vigil.core.kserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cutoff each run asks the store for, the period of runs, and the time-to-live rules. */
class PendingExpiryTest {

  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** Remembers the cutoffs asked for and answers with fixed counts. */
  private static final class CutoffRecorder implements PendingEventStore {
    final List<Instant> cutoffs = new ArrayList<>();

    @Override
    public ExpiredHalves expireBefore(Instant cutoff) {
      cutoffs.add(cutoff);
      return new ExpiredHalves(2, 1);
    }

    @Override
    public OfferOutcome offer(KServeEvent event, Join join) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<KServeEvent> find(String modelName, String id, EventKind kind) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long countPending(String modelName) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void aRunExpiresWhatWasReceivedMoreThanTheTimeToLiveAgo() {
    CutoffRecorder store = new CutoffRecorder();
    PendingExpiry expiry = new PendingExpiry(store, Duration.ofHours(1), CLOCK);

    ExpiredHalves expired = expiry.expireNow();

    assertEquals(List.of(Instant.parse("2026-11-23T11:00:00Z")), store.cutoffs);
    assertEquals(new ExpiredHalves(2, 1), expired);
    assertEquals(2, expired.of(EventKind.REQUEST));
    assertEquals(1, expired.of(EventKind.RESPONSE));
    assertEquals(3, expired.total());
  }

  @Test
  void runsEveryQuarterOfTheTimeToLiveAndAtLeastEveryMinute() {
    CutoffRecorder store = new CutoffRecorder();
    assertEquals(
        Duration.ofMinutes(1), new PendingExpiry(store, Duration.ofHours(1), CLOCK).period());
    assertEquals(
        Duration.ofMinutes(1), new PendingExpiry(store, Duration.ofMinutes(4), CLOCK).period());
    assertEquals(
        Duration.ofMillis(22_500),
        new PendingExpiry(store, Duration.ofSeconds(90), CLOCK).period());
  }

  @Test
  void aTimeToLiveUnderOneSecondIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PendingExpiry(new CutoffRecorder(), Duration.ofMillis(999), CLOCK));
    assertEquals("ttl must be at least 1 second, was PT0.999S", e.getMessage());
  }

  @Test
  void negativeCountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ExpiredHalves(-1, 0));
    assertThrows(IllegalArgumentException.class, () -> new ExpiredHalves(0, -1));
  }
}
