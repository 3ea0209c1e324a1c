package dev.vigil.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.core.kserve.EventKind;
import dev.vigil.core.kserve.ExpiredHalves;
import dev.vigil.core.kserve.KServeEvent;
import dev.vigil.core.kserve.OfferOutcome;
import dev.vigil.core.kserve.PendingEventStore;
import dev.vigil.core.kserve.PendingExpiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** One run of the expiry, without its thread: what it reports and that it never throws. */
class PendingExpiryTaskTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  /** A store whose expiry answers with the given function; nothing else is used. */
  private record ExpiringStore(Function<Instant, ExpiredHalves> expire)
      implements PendingEventStore {
    @Override
    public ExpiredHalves expireBefore(Instant cutoff) {
      return expire.apply(cutoff);
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
  void aRunReportsWhatTheStoreDeleted() {
    List<Instant> cutoffs = new ArrayList<>();
    List<ExpiredHalves> reports = new ArrayList<>();
    PendingExpiry expiry =
        new PendingExpiry(
            new ExpiringStore(
                cutoff -> {
                  cutoffs.add(cutoff);
                  return new ExpiredHalves(4, 2);
                }),
            Duration.ofMinutes(30),
            CLOCK);

    PendingExpiryTask.runOnce(expiry, reports::add);

    assertEquals(List.of(Instant.parse("2026-11-23T11:30:00Z")), cutoffs);
    assertEquals(List.of(new ExpiredHalves(4, 2)), reports);
  }

  @Test
  void aFailedRunReportsNothingAndDoesNotThrow() {
    List<ExpiredHalves> reports = new ArrayList<>();
    PendingExpiry expiry =
        new PendingExpiry(
            new ExpiringStore(
                cutoff -> {
                  throw new IllegalStateException("the database is locked");
                }),
            Duration.ofHours(1),
            CLOCK);

    PendingExpiryTask.runOnce(expiry, reports::add);

    assertEquals(List.of(), reports);
  }

  @Test
  void closingBeforeTheFirstRunStopsTheThreadWithoutRunning() {
    List<ExpiredHalves> reports = new ArrayList<>();
    PendingExpiry expiry =
        new PendingExpiry(
            new ExpiringStore(cutoff -> ExpiredHalves.NONE), Duration.ofHours(1), CLOCK);

    PendingExpiryTask.start(expiry, reports::add).close();

    assertEquals(List.of(), reports, "the first run is a period (1 min) after the start");
  }
}
