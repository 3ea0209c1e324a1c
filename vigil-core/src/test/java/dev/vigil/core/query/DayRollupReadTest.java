package dev.vigil.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.window.DayRollup;
import dev.vigil.core.window.Window;
import dev.vigil.core.window.WindowQuery;
import dev.vigil.core.window.WindowSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Long ranges read the day roll-ups of their whole UTC days and base windows only for the partial
 * days at either end, and count every record of the range exactly once.
 */
class DayRollupReadTest {

  private static final Instant DAY1 = Instant.parse("2026-11-20T00:00:00Z");

  /** Hourly windows of one prediction each, every 3 hours over 5 days. */
  private static InMemory store() {
    InMemory store = new InMemory().withModel(InMemory.churn(WindowGranularity.HOUR));
    for (int hour = 0; hour < 5 * 24; hour += 3) {
      store.window(
          hour % 2 == 0 ? "1" : "2",
          DAY1.plus(Duration.ofHours(hour)).toString(),
          Summaries.window(0.5, List.of(Row.of(0.1 + hour / 200.0, 30, "France", true))));
    }
    return store;
  }

  /** A source that serves roll-ups from the base windows and notes what was asked. */
  private static final class Recording implements WindowSource {
    final InMemory base;
    final List<String> asked = new ArrayList<>();

    Recording(InMemory base) {
      this.base = base;
    }

    @Override
    public List<Window> windows(WindowQuery query) {
      asked.add("windows " + query.from() + " " + query.to());
      return base.windows(query);
    }

    @Override
    public List<Window> days(WindowQuery query) {
      asked.add("days " + query.from() + " " + query.to());
      return DayRollup.of(base.windows(query));
    }
  }

  @Test
  void aRangeOfPartialAndWholeDaysCountsEveryPredictionOnce() {
    InMemory store = store();
    Recording source = new Recording(store);
    MonitoringQueries queries =
        new MonitoringQueries(
            store.models(),
            source,
            store.references(),
            java.time.Clock.fixed(DAY1.plus(Duration.ofDays(6)), java.time.ZoneOffset.UTC));
    String from = "2026-11-20T07:00:00Z";
    String to = "2026-11-23T13:00:00Z";
    PerformanceView view = queries.performance(QueryParameters.of("churn").withRange(from, to));
    long expected =
        store
            .windows(
                new WindowQuery(
                    "churn",
                    Instant.parse(from),
                    Instant.parse(to),
                    dev.vigil.core.window.Segment.ALL,
                    java.util.Optional.empty()))
            .size();
    assertEquals(expected, view.total().predictions());
    assertEquals(
        List.of(
            "windows 2026-11-20T07:00:00Z 2026-11-21T00:00:00Z",
            "days 2026-11-21T00:00:00Z 2026-11-23T00:00:00Z",
            "windows 2026-11-23T00:00:00Z 2026-11-23T13:00:00Z"),
        source.asked);
  }

  @Test
  void dailyBucketsFromRollUpsEqualThoseFromBaseWindows() {
    InMemory store = store();
    QueryParameters range =
        QueryParameters.of("churn")
            .withRange("2026-11-20T05:00:00Z", "2026-11-24T22:00:00Z")
            .withGranularity("day");
    Instant now = DAY1.plus(Duration.ofDays(6));
    MonitoringQueries viaDays =
        new MonitoringQueries(
            store.models(),
            new Recording(store),
            store.references(),
            java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
    List<String> byDays =
        viaDays.windows(range).buckets().stream()
            .map(b -> b.start() + " " + b.predictions() + " " + b.partial())
            .toList();
    List<String> byBase =
        RollUp.buckets(
                store.windows(
                    new WindowQuery(
                        "churn",
                        Instant.parse("2026-11-20T05:00:00Z"),
                        Instant.parse("2026-11-24T22:00:00Z"),
                        dev.vigil.core.window.Segment.ALL,
                        java.util.Optional.empty())),
                BucketGranularity.fromId("day"),
                new TimeRange(
                    Instant.parse("2026-11-20T05:00:00Z"), Instant.parse("2026-11-24T22:00:00Z")))
            .stream()
            .map(b -> b.start() + " " + b.summary().predictions() + " " + b.partial())
            .toList();
    assertEquals(byBase, byDays);
    assertEquals(5, byDays.size());
  }
}
