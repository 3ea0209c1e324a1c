package dev.vigil.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.event.EventPosition;
import dev.vigil.core.event.EventReader;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.event.StoredPrediction;
import dev.vigil.core.model.WindowGranularity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The periods query over an in-memory reader: cutting, paging, the partial last period. */
class PeriodQueriesTest {

  private static final Instant START = Instant.parse("2026-11-23T00:00:00Z");
  private static final String FROM = "2026-11-23T00:00:00Z";
  private static final String TO = "2026-11-24T00:00:00Z";

  /** {@code count} predictions, several per second, every fourth labelled 1. */
  private static List<StoredPrediction> stored(int count) {
    List<StoredPrediction> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      PredictionRecord p =
          new PredictionRecord(
              "churn", "p" + i, "v1", START.plusSeconds(i / 3), Map.of("Age", 30.0), 0.75);
      Optional<LabelRecord> label =
          i % 4 == 0 ? Optional.of(new LabelRecord("churn", "p" + i, 1, START)) : Optional.empty();
      rows.add(new StoredPrediction(i + 1, p, label));
    }
    return rows;
  }

  /** A reader over rows already in position order. */
  private static EventReader reader(List<StoredPrediction> rows) {
    return (model, from, to, version, after, limit) ->
        rows.stream()
            .filter(r -> !r.prediction().eventTime().isBefore(from))
            .filter(r -> r.prediction().eventTime().isBefore(to))
            .filter(r -> version.map(v -> v.equals(r.prediction().modelVersion())).orElse(true))
            .filter(r -> after.map(a -> r.position().compareTo(a) > 0).orElse(true))
            .limit(EventReader.requireValidLimit(limit))
            .toList();
  }

  private static PeriodsView periods(List<StoredPrediction> rows, String size, String after) {
    InMemory memory = new InMemory().withModel(InMemory.churn(WindowGranularity.HOUR));
    PeriodQueries queries =
        new PeriodQueries(
            memory.models(),
            reader(rows),
            memory.references(),
            Clock.fixed(Instant.parse(TO), ZoneOffset.UTC));
    return queries.periods(
        new PeriodParameters(
            "churn",
            Optional.of(FROM),
            Optional.of(TO),
            Optional.empty(),
            Optional.ofNullable(size),
            Optional.ofNullable(after)));
  }

  @Test
  void pagesOverMoreThanOneAnswerOfPeriodsAndEndsWithAPartialOne() {
    List<StoredPrediction> rows = stored(10_007);

    PeriodsView first = periods(rows, "10", null);
    PeriodsView second = periods(rows, "10", first.next().orElseThrow().text());

    assertEquals(PeriodQueries.MAX_PERIODS, first.periods().size());
    assertTrue(first.periods().stream().allMatch(p -> p.stats().predictions() == 10));
    assertTrue(first.periods().stream().noneMatch(p -> p.stats().partial()));
    assertEquals(999, first.periods().get(999).index());
    assertEquals(1, second.periods().size());
    Period last = second.periods().get(0);
    assertEquals(1000, last.index());
    assertEquals(7, last.stats().predictions());
    assertTrue(last.stats().partial());
    assertEquals(rows.get(10_000).prediction().eventTime(), last.stats().start());
    assertEquals(rows.get(10_006).prediction().eventTime(), last.stats().end());
    assertEquals(Optional.empty(), second.next());
  }

  @Test
  void anAnswerThatEndsExactlyWithTheRangeHasNoNextPage() {
    PeriodsView view = periods(stored(10_000), "10", null);

    assertEquals(1000, view.periods().size());
    assertEquals(Optional.empty(), view.next());
    assertTrue(view.periods().stream().noneMatch(p -> p.stats().partial()));
  }

  @Test
  void largePeriodsGiveFewerPeriodsPerAnswerAndLabelsCountInPerformance() {
    assertEquals(1000, PeriodQueries.periodsPerAnswer(250));
    assertEquals(10, PeriodQueries.periodsPerAnswer(100_000));
    PeriodsView view = periods(stored(100), null, null);

    assertEquals(PeriodQueries.DEFAULT_SIZE, view.size());
    Period only = view.periods().get(0);
    assertEquals(100, only.stats().predictions());
    assertEquals(25, only.performance().labelled());
    assertEquals(25, only.performance().metrics().orElseThrow().confusion().truePositives());
  }

  @Test
  void refusesBadSizesAndCursorsNamingTheParameter() {
    for (String size : new String[] {"9", "100001", "1e3", "-250"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> periods(List.of(), size, null));
      assertTrue(e.getMessage().startsWith("size:"), e.getMessage());
    }
    for (String after : new String[] {"0_5_1", "1_5", "x_y_z", "1_5_0"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> periods(List.of(), "10", after));
      assertTrue(e.getMessage().startsWith("after:"), e.getMessage());
    }
    PeriodCursor cursor = new PeriodCursor(3, new EventPosition(START.minusNanos(1000), 42));
    assertEquals(cursor, PeriodCursor.parse(cursor.text()));
  }
}
