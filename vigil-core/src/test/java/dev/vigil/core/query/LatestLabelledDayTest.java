package dev.vigil.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.window.Segment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LatestLabelledDayTest {

  /** Mid-day, so "today" is 2026-11-24. */
  private static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");

  private static final Row UNLABELLED = Row.of(0.7, 40, "France", true);
  private static final Row LABELLED = UNLABELLED.labelled(1, 60);

  private static InMemory store() {
    return new InMemory().withModel(InMemory.churn(WindowGranularity.HOUR));
  }

  private static Optional<Instant> latest(InMemory store, int days) {
    return store.queries(NOW).latestLabelledDay("churn", days);
  }

  @Test
  void theLatestDayWithALabelWinsOverLaterDaysWithout() {
    InMemory store =
        store()
            .window("1", "2026-11-20T08:00:00Z", Summaries.window(0.5, List.of(LABELLED)))
            .window("2", "2026-11-22T23:00:00Z", Summaries.window(0.5, List.of(LABELLED)))
            .window("1", "2026-11-23T10:00:00Z", Summaries.window(0.5, List.of(UNLABELLED)))
            .window("1", "2026-11-24T14:00:00Z", Summaries.window(0.5, List.of(UNLABELLED)));
    assertEquals(Optional.of(Instant.parse("2026-11-22T00:00:00Z")), latest(store, 90));
  }

  @Test
  void todayCountsAndSoDoesAPredictionLaterToday() {
    InMemory store =
        store().window("1", "2026-11-24T20:00:00Z", Summaries.window(0.5, List.of(LABELLED)));
    assertEquals(Optional.of(Instant.parse("2026-11-24T00:00:00Z")), latest(store, 1));
  }

  @Test
  void daysOutsideTheLookBackAndOtherSegmentsDoNotCount() {
    InMemory store =
        store()
            .window("1", "2026-11-21T10:00:00Z", Summaries.window(0.5, List.of(LABELLED)))
            .window(
                "1",
                new Segment("Geography", "France"),
                "2026-11-23T10:00:00Z",
                Summaries.window(0.5, List.of(LABELLED)))
            .window("1", "2026-11-25T10:00:00Z", Summaries.window(0.5, List.of(LABELLED)));
    // Three days: the 22nd, 23rd and 24th; the 25th is tomorrow.
    assertEquals(Optional.empty(), latest(store, 3));
    assertEquals(Optional.of(Instant.parse("2026-11-21T00:00:00Z")), latest(store, 4));
  }

  @Test
  void unknownModelsAndBadLookBacksAreRefused() {
    MonitoringQueries queries = store().queries(NOW);
    assertThrows(UnknownModelException.class, () -> queries.latestLabelledDay("nope", 90));
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> queries.latestLabelledDay("churn", 0));
    assertEquals("days: must be in [1, 400], was 0", zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> queries.latestLabelledDay("churn", 401));
  }
}
