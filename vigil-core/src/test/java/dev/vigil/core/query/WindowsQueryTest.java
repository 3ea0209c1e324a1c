package dev.vigil.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.model.WindowGranularity;
import dev.vigil.core.window.Segment;
import dev.vigil.stats.summary.NumericSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowsQueryTest {

  static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");
  static final Instant UPLOADED = Instant.parse("2026-11-01T00:00:00Z");

  static final List<Row> SUNDAY_22H =
      List.of(
          Row.of(0.9, 35, "France", true).labelled(1, 3600).latency(0.010),
          Row.of(0.2, 45, "Spain", false),
          Row.of(0.6, 0, "Germany", true).ageMissing());
  static final List<Row> SUNDAY_23H =
      List.of(
          Row.of(0.4, 25, "France", false).labelled(0, 7200),
          Row.of(0.7, 0, "France", true).ageWrongType("old"));
  static final List<Row> MONDAY_00H = List.of(Row.of(0.1, 70, "Spain", true));
  static final List<Row> MONDAY_10H = List.of(Row.of(0.55, 50, "France", false).latency(0.030));
  static final List<Row> REFERENCE =
      List.of(
          Row.of(0.3, 30, "France", true).labelled(0, 0),
          Row.of(0.8, 40, "Spain", false).labelled(1, 0),
          Row.of(0.2, 50, "France", true).labelled(0, 0),
          Row.of(0.6, 60, "Spain", false).labelled(1, 0));

  static InMemory store() {
    return new InMemory()
        .withModel(InMemory.churn(WindowGranularity.HOUR))
        .window("1", "2026-11-22T22:00:00Z", Summaries.window(0.5, SUNDAY_22H))
        .window("2", "2026-11-22T23:00:00Z", Summaries.window(0.5, SUNDAY_23H))
        .window("1", "2026-11-23T00:00:00Z", Summaries.window(0.5, MONDAY_00H))
        .window("2", "2026-11-23T10:00:00Z", Summaries.window(0.5, MONDAY_10H));
  }

  static InMemory storeWithReference() {
    return store().reference(Summaries.reference(UPLOADED, REFERENCE, true, true));
  }

  private static WindowsView windows(InMemory store, QueryParameters parameters) {
    return store.queries(NOW).windows(parameters);
  }

  private static QueryParameters days() {
    return QueryParameters.of("churn")
        .withRange("2026-11-22T00:00:00Z", "2026-11-24T00:00:00Z")
        .withGranularity("day");
  }

  @Test
  void rollsHoursUpIntoDaysAcrossVersions() {
    WindowsView view = windows(storeWithReference(), days());
    assertEquals(BucketGranularity.DAY, view.granularity());
    assertEquals(Optional.of(UPLOADED), view.referenceUploadedAt());
    assertEquals(2, view.buckets().size());
    BucketStats sunday = view.buckets().get(0);
    assertEquals(Instant.parse("2026-11-22T00:00:00Z"), sunday.start());
    assertEquals(Instant.parse("2026-11-23T00:00:00Z"), sunday.end());
    assertFalse(sunday.partial());
    assertEquals(5, sunday.predictions());
    assertEquals(0.6, sunday.predictedPositiveRate().getAsDouble(), 1e-12);
    assertEquals(2, sunday.labelled());
    NumericSummary scores = NumericSummary.of(0.9, 0.2, 0.6, 0.4, 0.7);
    Quantiles q = sunday.scores().orElseThrow();
    assertEquals(List.of("p05", "p25", "p50", "p75", "p95"), List.copyOf(q.values().keySet()));
    assertEquals(scores.quantile(0.05), q.get("p05"), 1e-12);
    assertEquals(scores.quantile(0.5), q.get("p50"), 1e-12);
    assertEquals(scores.quantile(0.95), q.get("p95"), 1e-12);
    assertEquals(scores.mean(), q.mean(), 1e-12);
    assertTrue(q.exact());
    assertEquals(0.010, sunday.latencySeconds().orElseThrow().get("p50"), 1e-12);
    assertEquals(2, view.buckets().get(1).predictions());
  }

  @Test
  void derivesDataQualityAgainstTheReference() {
    List<FeatureQuality> sunday =
        windows(storeWithReference(), days()).buckets().get(0).dataQuality();
    FeatureQuality age = sunday.get(0);
    assertEquals("Age", age.feature());
    assertEquals(3, age.values());
    assertEquals(1, age.missing());
    assertEquals(1, age.typeErrors());
    assertEquals(Optional.of(new ReferenceCount(1, true)), age.outOfRange()); // 25 < 30
    assertEquals(Optional.of(new ReferenceCount(1, true)), sunday.get(1).unseenCategories());
    assertEquals(Optional.of(new ReferenceCount(0, true)), sunday.get(2).unseenCategories());
    FeatureQuality mondayAge =
        windows(storeWithReference(), days()).buckets().get(1).dataQuality().get(0);
    assertEquals(Optional.of(new ReferenceCount(1, true)), mondayAge.outOfRange()); // 70 > 60
  }

  @Test
  void withoutReferenceDerivedCountsAreAbsent() {
    WindowsView view = windows(store(), days());
    assertTrue(view.referenceUploadedAt().isEmpty());
    FeatureQuality age = view.buckets().get(0).dataQuality().get(0);
    assertEquals(1, age.typeErrors());
    assertTrue(age.outOfRange().isEmpty());
  }

  @Test
  void isoWeeksSplitSundayFromMonday() {
    WindowsView view =
        windows(
            store(),
            QueryParameters.of("churn")
                .withRange("2026-11-16T00:00:00Z", "2026-11-24T00:00:00Z")
                .withGranularity("week"));
    assertEquals(2, view.buckets().size());
    BucketStats first = view.buckets().get(0);
    assertEquals(Instant.parse("2026-11-16T00:00:00Z"), first.start());
    assertEquals(5, first.predictions());
    assertFalse(first.partial());
    BucketStats second = view.buckets().get(1);
    assertEquals(Instant.parse("2026-11-23T00:00:00Z"), second.start());
    assertEquals(Instant.parse("2026-11-30T00:00:00Z"), second.end());
    assertEquals(2, second.predictions());
    assertTrue(second.partial()); // the range stops on Tuesday
  }

  @Test
  void defaultsToTheBaseGranularityAndTheLast24Hours() {
    WindowsView view = windows(store(), QueryParameters.of("churn"));
    assertEquals(BucketGranularity.HOUR, view.granularity());
    // [2026-11-23T00:00, 2026-11-24T00:00): the two Monday windows, one bucket each.
    assertEquals(
        List.of(Instant.parse("2026-11-23T00:00:00Z"), Instant.parse("2026-11-23T10:00:00Z")),
        view.buckets().stream().map(BucketStats::start).toList());
    assertTrue(view.buckets().get(0).latencySeconds().isEmpty());
  }

  @Test
  void aVersionSelectsItsWindowsOnly() {
    WindowsView view = windows(store(), days().withVersion("2"));
    assertEquals(List.of(2L, 1L), view.buckets().stream().map(BucketStats::predictions).toList());
  }

  @Test
  void aSegmentSelectsItsWindowsOnly() {
    Segment france = new Segment("Geography", "France");
    InMemory store =
        store()
            .window(
                "1",
                france,
                "2026-11-22T22:00:00Z",
                Summaries.window(0.5, List.of(SUNDAY_22H.get(0))));
    WindowsView view = windows(store, days().withSegment("Geography=France"));
    assertEquals(france, view.scope().segment());
    assertEquals(List.of(1L), view.buckets().stream().map(BucketStats::predictions).toList());
  }

  @Test
  void refusesBadParametersNamingThem() {
    InMemory store = store();
    assertRefused(store, days().withGranularity("month"), "granularity:");
    assertRefused(store, days().withSegment("Geography"), "segment:");
    assertRefused(store, days().withSegment("Age=40"), "segment:");
    assertRefused(
        store, QueryParameters.of("churn").withRange("2026-11-23T00:00:00Z", "soon"), "to:");
    assertRefused(store, QueryParameters.of("churn").withGranularity("minute"), "granularity:");
    assertThrows(UnknownModelException.class, () -> windows(store, QueryParameters.of("nope")));
  }

  @Test
  void capsTheNumberOfBuckets() {
    InMemory store = new InMemory().withModel(InMemory.churn(WindowGranularity.MINUTE));
    QueryParameters sevenDays =
        QueryParameters.of("churn").withRange("2026-11-16T00:00:00Z", "2026-11-23T00:00:00Z");
    assertTrue(windows(store, sevenDays.withGranularity("minute")).buckets().isEmpty());
    QueryParameters eightDays = sevenDays.withRange("2026-11-15T00:00:00Z", "2026-11-23T00:00:00Z");
    assertRefused(store, eightDays.withGranularity("minute"), "granularity:");
    assertTrue(windows(store, eightDays.withGranularity("hour")).buckets().isEmpty());
  }

  private static void assertRefused(InMemory store, QueryParameters parameters, String prefix) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> windows(store, parameters));
    assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
  }
}
