package dev.vigil.store;

import static dev.vigil.store.Events.MODEL;
import static dev.vigil.store.Events.OTHER_MODEL;
import static dev.vigil.store.Events.prediction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.event.AppendResult;
import dev.vigil.core.event.PredictionRecord;
import dev.vigil.core.event.PredictionStore;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PredictionStore} must do; run once per database by the subclasses. */
abstract class PredictionStoreContract {

  private Database database;
  private PredictionStore store;

  /** The database of this test class; each test starts with only the models of {@link Events}. */
  protected abstract String databaseUrl();

  @BeforeEach
  void openEmpty() throws SQLException {
    database = Database.open(databaseUrl());
    store = new JdbcPredictionStore(database);
    Events.resetWithModels(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void everyFieldRoundTripsWithFeatureOrderUnicodeAndNulls() {
    Map<String, Object> features = new LinkedHashMap<>();
    features.put("zeta", 0.1);
    features.put("Ünïcode \"naïve\" 特徴", "Straße \"quoted\" \\ \n tab\t");
    features.put("missing", null);
    features.put("tiny", -4.9e-324);
    features.put("huge", Double.MAX_VALUE);
    features.put("flag", false);
    features.put("alpha", 3.0);
    PredictionRecord full =
        new PredictionRecord(
            MODEL,
            "0f8fad5b-d9cb-469f-a165-70867728950e:req_1.2",
            "2026.11-rc1 ✓",
            Instant.parse("1969-12-31T23:59:59.999999Z"),
            features,
            1.0);
    PredictionRecord bare = new PredictionRecord(OTHER_MODEL, "x", "v", Events.T0, Map.of(), 0.0);
    assertEquals(new AppendResult(2, 0), store.appendAll(List.of(full, bare)));
    PredictionRecord found = store.find(MODEL, full.predictionId()).orElseThrow();
    assertEquals(full, found);
    assertEquals(List.copyOf(features.keySet()), List.copyOf(found.features().keySet()));
    assertEquals(Optional.of(bare), store.find(OTHER_MODEL, "x"));
    assertEquals(Optional.empty(), store.find(OTHER_MODEL, full.predictionId()));
    assertEquals(Optional.empty(), store.find(MODEL, "X"));
    assertEquals(1, store.countByModel(MODEL));
    assertEquals(0, store.countByModel(Events.UNREGISTERED));
  }

  @Test
  void aResendIsCountedAsDuplicatesAndNotStoredTwice() {
    List<PredictionRecord> first = List.of(prediction("a"), prediction("b"), prediction("c"));
    assertEquals(new AppendResult(3, 0), store.appendAll(first));
    List<PredictionRecord> resend = new ArrayList<>(first);
    resend.add(prediction("d"));
    assertEquals(new AppendResult(1, 3), store.appendAll(resend));
    assertEquals(4, store.countByModel(MODEL));
  }

  @Test
  void theFirstOfTwoRecordsWithOneIdWinsAlsoWithinABatch() {
    PredictionRecord kept = prediction(MODEL, "same", 0.125);
    PredictionRecord later = prediction(MODEL, "same", 0.875);
    PredictionRecord sameIdOtherModel = prediction(OTHER_MODEL, "same", 0.5);
    AppendResult result = store.appendAll(List.of(kept, later, sameIdOtherModel));
    assertEquals(new AppendResult(2, 1), result);
    assertEquals(Optional.of(kept), store.find(MODEL, "same"));
    assertEquals(new AppendResult(0, 1), store.appendAll(List.of(later)));
    assertEquals(Optional.of(kept), store.find(MODEL, "same"));
  }

  @Test
  void aBatchWithOneRecordOfAnUnregisteredModelStoresNothing() {
    List<PredictionRecord> batch =
        List.of(
            prediction("ok-1"), prediction(Events.UNREGISTERED, "bad", 0.5), prediction("ok-2"));
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> store.appendAll(batch));
    assertTrue(refused.getMessage().startsWith("modelName"), refused.getMessage());
    assertEquals(0, store.countByModel(MODEL));
    assertEquals(Optional.empty(), store.find(MODEL, "ok-1"));
    // The pooled connection is usable afterwards: its transaction was rolled back, not left open.
    assertEquals(new AppendResult(2, 0), store.appendAll(List.of(batch.get(0), batch.get(2))));
  }

  @Test
  void overlappingBatchesFromTwoThreadsStoreEachIdExactlyOnce() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    Random random = new Random(42);
    try {
      for (int round = 0; round < 5; round++) {
        List<PredictionRecord> a = ids("r" + round, 0, 300, random);
        List<PredictionRecord> b = ids("r" + round, 150, 450, random);
        CountDownLatch start = new CountDownLatch(1);
        Future<AppendResult> ofA = threads.submit(appendAfter(start, a));
        Future<AppendResult> ofB = threads.submit(appendAfter(start, b));
        start.countDown();
        AppendResult ra = ofA.get();
        AppendResult rb = ofB.get();
        assertEquals(450, ra.inserted() + rb.inserted(), "round " + round);
        assertEquals(150, ra.duplicates() + rb.duplicates(), "round " + round);
        assertEquals(450L * (round + 1), store.countByModel(MODEL));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static List<PredictionRecord> ids(String prefix, int from, int to, Random random) {
    List<PredictionRecord> records = new ArrayList<>();
    for (int i = from; i < to; i++) {
      records.add(prediction(prefix + "-" + i));
    }
    Collections.shuffle(records, random);
    return records;
  }

  private Callable<AppendResult> appendAfter(CountDownLatch start, List<PredictionRecord> batch) {
    return () -> {
      start.await();
      return store.appendAll(batch);
    };
  }

  @Test
  void predictionsSurviveCloseAndReopen() {
    PredictionRecord kept = prediction("kept");
    store.appendAll(List.of(kept));
    database.close();
    database = Database.open(databaseUrl());
    store = new JdbcPredictionStore(database);
    assertEquals(Optional.of(kept), store.find(MODEL, "kept"));
    assertEquals(1, store.countByModel(MODEL));
  }

  @Test
  void anEmptyBatchDoesNothing() {
    assertEquals(new AppendResult(0, 0), store.appendAll(List.of()));
  }
}
