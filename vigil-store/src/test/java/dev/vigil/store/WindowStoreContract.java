package dev.vigil.store;

import static dev.vigil.store.Events.MODEL;
import static dev.vigil.store.Events.OTHER_MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.detector.DetectorStatus;
import dev.vigil.core.detector.LiveDetectors;
import dev.vigil.core.detector.SavedDetector;
import dev.vigil.core.window.Segment;
import dev.vigil.core.window.Window;
import dev.vigil.core.window.WindowKey;
import dev.vigil.core.window.WindowQuery;
import dev.vigil.core.window.WindowStore;
import dev.vigil.core.window.WindowSummary;
import dev.vigil.stats.codec.SummaryCodec;
import dev.vigil.stats.detect.Adwin;
import dev.vigil.stats.detect.Ddm;
import dev.vigil.stats.detect.DetectorMethod;
import dev.vigil.stats.detect.DetectorParameters;
import dev.vigil.stats.detect.Kswin;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link WindowStore} must do; run once per database by the subclasses. */
abstract class WindowStoreContract {

  private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Segment FRANCE = new Segment("Geography", "France");

  private Database database;
  private WindowStore store;

  protected abstract String databaseUrl();

  @BeforeEach
  void openEmpty() throws SQLException {
    database = Database.open(databaseUrl());
    Events.resetWithModels(database);
    store = new JdbcWindowStore(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private static WindowKey key(String version, Segment segment, Instant start) {
    return new WindowKey(MODEL, version, segment, start);
  }

  private List<String> found(WindowQuery query) {
    return store.find(query).stream()
        .map(w -> w.key().start() + " " + w.key().modelVersion() + " " + Windows.bytes(w.summary()))
        .toList();
  }

  @Test
  void aFreshStoreHasWatermarkZeroAndNoWindows() {
    assertEquals(0, store.watermark());
    assertEquals(
        List.of(),
        store.find(new WindowQuery(MODEL, T, T.plus(HOUR), Segment.ALL, Optional.empty())));
  }

  @Test
  void mergingTwiceStoresTheMergedSumAndTheLastWatermark() {
    WindowKey both = key("v1", Segment.ALL, T);
    WindowKey first = key("v1", Segment.ALL, T.plus(HOUR));
    WindowKey second = key("v1", Segment.ALL, T.plus(HOUR.multipliedBy(2)));
    WindowSummary a1 = Windows.of(0.1, 0.9, 0.4);
    WindowSummary a2 = Windows.of(0.7, 0.2);
    store.mergeAll(Map.of(both, a1, first, Windows.of(0.5)), 5);
    store.mergeAll(Map.of(both, a2, second, Windows.of(0.6, 0.3)), 9);
    assertEquals(9, store.watermark());
    WindowQuery all =
        new WindowQuery(MODEL, T, T.plus(Duration.ofDays(1)), Segment.ALL, Optional.empty());
    assertEquals(
        List.of(
            T + " v1 " + Windows.bytes(a1.merge(a2)),
            T.plus(HOUR) + " v1 " + Windows.bytes(Windows.of(0.5)),
            T.plus(HOUR.multipliedBy(2)) + " v1 " + Windows.bytes(Windows.of(0.6, 0.3))),
        found(all));
    assertEquals(5, store.find(all).get(0).summary().predictions());
  }

  @Test
  void dayRollUpsHoldTheMergeOfTheDaysWindowsAcrossMerges() {
    Instant day = Instant.parse("2026-11-23T00:00:00Z");
    WindowSummary morning = Windows.of(0.1, 0.9);
    WindowSummary evening = Windows.of(0.4);
    WindowSummary late = Windows.of(0.7, 0.2);
    WindowSummary nextDay = Windows.of(0.3);
    store.mergeAll(
        Map.of(
            key("v1", Segment.ALL, T), morning,
            key("v1", Segment.ALL, day.plus(Duration.ofHours(23))), evening),
        4);
    store.mergeAll(
        Map.of(
            key("v1", Segment.ALL, T), late,
            key("v1", Segment.ALL, day.plus(Duration.ofDays(1))), nextDay,
            key("v2", Segment.ALL, T), nextDay),
        8);
    WindowQuery twoDays =
        new WindowQuery(MODEL, day, day.plus(Duration.ofDays(2)), Segment.ALL, Optional.empty());
    List<String> days =
        store.findDays(twoDays).stream()
            .map(
                w ->
                    w.key().start()
                        + " "
                        + w.key().modelVersion()
                        + " "
                        + w.summary().predictions())
            .toList();
    assertEquals(
        List.of(day + " v1 5", day + " v2 1", day.plus(Duration.ofDays(1)) + " v1 1"), days);
    assertEquals(
        Windows.bytes(morning.merge(evening).merge(late)),
        Windows.bytes(store.findDays(twoDays).get(0).summary()));
    WindowQuery secondDay =
        new WindowQuery(
            MODEL,
            day.plus(Duration.ofDays(1)),
            day.plus(Duration.ofDays(2)),
            Segment.ALL,
            Optional.of("v1"));
    assertEquals(1, store.findDays(secondDay).size());
  }

  @Test
  void theWatermarkNeverGoesBackAndARefusedMergeChangesNothing() {
    store.mergeAll(Map.of(), 10);
    WindowKey k = key("v1", Segment.ALL, T);
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class, () -> store.mergeAll(Map.of(k, Windows.of(0.5)), 3));
    assertTrue(refused.getMessage().startsWith("watermark: 3 "), refused.getMessage());
    assertEquals(10, store.watermark());
    WindowQuery q = new WindowQuery(MODEL, T, T.plus(HOUR), Segment.ALL, Optional.empty());
    assertEquals(List.of(), store.find(q));
    store.mergeAll(Map.of(k, Windows.of(0.5)), 10);
    assertEquals(1, store.find(q).size());
  }

  @Test
  void findFiltersByModelSegmentVersionAndStartRangeSortedByStartThenVersion() {
    WindowSummary s = Windows.of(0.5);
    Map<WindowKey, WindowSummary> deltas = new HashMap<>();
    deltas.put(key("v2", Segment.ALL, T.plus(HOUR)), Windows.of(0.2));
    deltas.put(key("v1", Segment.ALL, T), s);
    deltas.put(key("v1", Segment.ALL, T.plus(HOUR)), s);
    deltas.put(key("v1", Segment.ALL, T.plus(HOUR.multipliedBy(2))), s);
    deltas.put(key("v1", Segment.ALL, T.minus(HOUR)), s);
    deltas.put(key("v1", FRANCE, T), Windows.of(0.8));
    deltas.put(new WindowKey(OTHER_MODEL, "v1", Segment.ALL, T), s);
    store.mergeAll(deltas, 1);
    Instant to = T.plus(HOUR.multipliedBy(2));
    assertEquals(
        List.of(T + " v1", T.plus(HOUR) + " v1", T.plus(HOUR) + " v2"),
        startsAndVersions(new WindowQuery(MODEL, T, to, Segment.ALL, Optional.empty())));
    assertEquals(
        List.of(T.plus(HOUR) + " v2"),
        startsAndVersions(new WindowQuery(MODEL, T, to, Segment.ALL, Optional.of("v2"))));
    assertEquals(
        List.of(T + " v1"),
        startsAndVersions(new WindowQuery(MODEL, T.minus(HOUR), to, FRANCE, Optional.empty())));
    assertEquals(
        List.of(),
        startsAndVersions(
            new WindowQuery(MODEL, T, to, new Segment("Geography", "Spain"), Optional.empty())));
    // Fractional bounds: a window is read when its start is in [from, to).
    assertEquals(
        List.of(T.plus(HOUR) + " v1", T.plus(HOUR) + " v2", to + " v1"),
        startsAndVersions(
            new WindowQuery(
                MODEL, T.plusNanos(1), to.plusNanos(1), Segment.ALL, Optional.empty())));
    assertEquals(
        List.of(T + " v1"),
        startsAndVersions(new WindowQuery(OTHER_MODEL, T, to, Segment.ALL, Optional.empty())));
  }

  private List<String> startsAndVersions(WindowQuery query) {
    return store.find(query).stream()
        .map(w -> w.key().start() + " " + w.key().modelVersion())
        .toList();
  }

  @Test
  void manyKeysInOneMergeAreReadAndWrittenWhole() {
    Map<WindowKey, WindowSummary> deltas = new HashMap<>();
    for (int i = 0; i < 250; i++) {
      deltas.put(
          key("v" + (i % 2), Segment.ALL, T.plus(HOUR.multipliedBy(i / 2))),
          Windows.of(0.1 * (i % 10)));
    }
    store.mergeAll(deltas, 1);
    store.mergeAll(deltas, 2);
    List<Window> windows =
        store.find(
            new WindowQuery(MODEL, T, T.plus(Duration.ofDays(30)), Segment.ALL, Optional.empty()));
    assertEquals(250, windows.size());
    for (Window w : windows) {
      WindowSummary delta = deltas.get(w.key());
      assertEquals(
          Windows.bytes(delta.merge(delta)), Windows.bytes(w.summary()), w.key().toString());
    }
  }

  private static SavedDetector detector(String stream, long observations, byte[] state) {
    DetectorStatus status =
        new DetectorStatus(
            MODEL,
            stream,
            stream.startsWith("feature:") ? DetectorMethod.KSWIN : LiveDetectors.method(stream),
            observations,
            Optional.of(T.plusSeconds(observations)),
            observations > 5 ? Optional.of(T.plusMillis(observations)) : Optional.empty(),
            observations > 5 ? 1 : 0);
    return new SavedDetector(status, state);
  }

  @Test
  void detectorStatesAreReplacedWithTheWindowsAndTheWatermark() {
    byte[] score = SummaryCodec.encodeDetector(Adwin.of(DetectorParameters.none()));
    Ddm ddm = Ddm.of(DetectorParameters.none());
    ddm.update(1);
    byte[] error = SummaryCodec.encodeDetector(ddm);
    WindowKey k = key("v1", Segment.ALL, T);
    store.mergeAll(Map.of(k, Windows.of(0.5)), List.of(detector("score", 3, score)), 7);
    assertEquals(List.of(detector("score", 3, score)), store.detectors());
    store.mergeAll(Map.of(), List.of(detector("score", 9, score), detector("error", 1, error)), 9);
    assertEquals(
        List.of(detector("error", 1, error), detector("score", 9, score)), store.detectors());
    assertEquals(9, store.watermark());
  }

  @Test
  void featureStreamStatesAreStoredBesideTheOthers() {
    byte[] score = SummaryCodec.encodeDetector(Adwin.of(DetectorParameters.none()));
    Kswin kswin = Kswin.of(new DetectorParameters(Map.of("window_size", 20.0, "stat_size", 5.0)));
    for (int i = 0; i < 25; i++) {
      kswin.update(i % 3);
    }
    byte[] age = SummaryCodec.encodeDetector(kswin);
    store.mergeAll(
        Map.of(), List.of(detector("score", 3, score), detector("feature:Age", 25, age)), 4);
    assertEquals(
        List.of(detector("feature:Age", 25, age), detector("score", 3, score)), store.detectors());
    assertEquals(kswin.parameters(), SummaryCodec.decodeDetector(age).parameters());
  }

  @Test
  void aRefusedMergeStoresNoDetectorState() {
    byte[] score = SummaryCodec.encodeDetector(Adwin.of(DetectorParameters.none()));
    store.mergeAll(Map.of(), 10);
    assertThrows(
        IllegalArgumentException.class,
        () -> store.mergeAll(Map.of(), List.of(detector("score", 3, score)), 5));
    WindowKey ghost = new WindowKey(Events.UNREGISTERED, "v1", Segment.ALL, T);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            store.mergeAll(
                Map.of(ghost, Windows.of(0.5)), List.of(detector("score", 3, score)), 12));
    assertEquals(List.of(), store.detectors());
    assertEquals(10, store.watermark());
  }

  @Test
  void aWindowOfAnUnregisteredModelIsRefusedAndNothingIsStored() {
    WindowKey ok = key("v1", Segment.ALL, T);
    WindowKey ghost = new WindowKey(Events.UNREGISTERED, "v1", Segment.ALL, T);
    assertThrows(
        IllegalArgumentException.class,
        () -> store.mergeAll(Map.of(ok, Windows.of(0.5), ghost, Windows.of(0.5)), 4));
    assertEquals(0, store.watermark());
    assertEquals(
        List.of(),
        store.find(new WindowQuery(MODEL, T, T.plus(HOUR), Segment.ALL, Optional.empty())));
  }

  @Test
  void concurrentMergesIntoOneWindowLoseNothing() throws Exception {
    WindowKey k = key("v1", Segment.ALL, T);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done =
          List.of(
              threads.submit(() -> mergeOnes(start, k)), threads.submit(() -> mergeOnes(start, k)));
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      threads.shutdownNow();
    }
    WindowQuery q = new WindowQuery(MODEL, T, T.plus(HOUR), Segment.ALL, Optional.empty());
    assertEquals(20, store.find(q).get(0).summary().predictions());
  }

  private Void mergeOnes(CountDownLatch start, WindowKey k) throws InterruptedException {
    start.await();
    for (int i = 0; i < 10; i++) {
      store.mergeAll(Map.of(k, Windows.of(0.5)), 7);
    }
    return null;
  }

  @Test
  void windowsAndTheWatermarkSurviveReopening() {
    WindowKey k = key("v1", FRANCE, T);
    store.mergeAll(Map.of(k, Windows.of(0.25, 0.75)), 42);
    database.close();
    database = Database.open(databaseUrl());
    store = new JdbcWindowStore(database);
    assertEquals(42, store.watermark());
    List<Window> found =
        store.find(new WindowQuery(MODEL, T, T.plus(HOUR), FRANCE, Optional.of("v1")));
    assertEquals(List.of(k), found.stream().map(Window::key).toList());
    assertEquals(Windows.bytes(Windows.of(0.25, 0.75)), Windows.bytes(found.get(0).summary()));
  }
}
