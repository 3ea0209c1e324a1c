package dev.vigil.store;

import static dev.vigil.store.Events.MODEL;
import static dev.vigil.store.Events.label;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.core.event.LabelAppendResult;
import dev.vigil.core.event.LabelRecord;
import dev.vigil.core.event.LabelStore;
import dev.vigil.core.event.UnmatchedLabels;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

/** What every {@link LabelStore} must do; run once per database by the subclasses. */
abstract class LabelStoreContract {

  private Database database;
  private LabelStore store;

  /** The database of this test class; each test starts with only the models of {@link Events}. */
  protected abstract String databaseUrl();

  @BeforeEach
  void openEmpty() throws SQLException {
    database = Database.open(databaseUrl());
    store = new JdbcLabelStore(database);
    Events.resetWithModels(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aLabelMayArriveBeforeItsPredictionAndStaysWhenItComes() {
    LabelRecord early = label("not-yet-predicted", 1, 0);
    assertEquals(new LabelAppendResult(1, 0, 0), store.appendAll(List.of(early)));
    assertEquals(Optional.of(early), store.find(MODEL, "not-yet-predicted"));
    new JdbcPredictionStore(database).appendAll(List.of(Events.prediction("not-yet-predicted")));
    assertEquals(Optional.of(early), store.find(MODEL, "not-yet-predicted"));
    assertEquals(Optional.empty(), store.find(Events.OTHER_MODEL, "not-yet-predicted"));
  }

  @Test
  void unmatchedLabelsAreThoseWithoutAPredictionCountedWithTheOldestFirst() {
    assertEquals(new UnmatchedLabels(0, Optional.empty(), List.of()), store.unmatched(MODEL, 10));
    LabelRecord newest = label("c-never", 1, 30);
    LabelRecord oldest = label("b-never", 0, 10);
    LabelRecord tied = label("a-never", 1, 10);
    store.appendAll(List.of(newest, oldest, tied, label("predicted", 1, 0)));
    store.appendAll(List.of(new LabelRecord(Events.OTHER_MODEL, "x", 1, Events.T0)));
    new JdbcPredictionStore(database).appendAll(List.of(Events.prediction("predicted")));
    assertEquals(
        new UnmatchedLabels(3, Optional.of(oldest.labelTime()), List.of(tied, oldest)),
        store.unmatched(MODEL, 2));
    assertEquals(List.of(tied, oldest, newest), store.unmatched(MODEL, 1000).examples());
    assertEquals(3, store.unmatched(MODEL, 0).count());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> store.unmatched(MODEL, 1001));
    assertTrue(e.getMessage().startsWith("limit"), e.getMessage());
  }

  @Test
  void theSameLabelTwiceIsADuplicateAndTheFirstTimeStays() {
    LabelRecord first = label("p", 0, 10);
    assertEquals(new LabelAppendResult(1, 0, 0), store.appendAll(List.of(first)));
    LabelRecord again = label("p", 0, 99);
    assertEquals(new LabelAppendResult(0, 1, 0), store.appendAll(List.of(again)));
    assertEquals(Optional.of(first), store.find(MODEL, "p"));
    assertEquals(List.of(), store.conflicts(MODEL, "p"));
  }

  @Test
  void aDifferentLabelIsAConflictKeptForAuditWhileTheFirstWins() {
    LabelRecord first = label("p", 1, 1);
    LabelRecord other = label("p", 0, 2);
    LabelRecord otherAgain = label("p", 0, 3);
    LabelRecord sameAsFirst = label("p", 1, 4);
    LabelAppendResult result = store.appendAll(List.of(first, other, sameAsFirst));
    assertEquals(new LabelAppendResult(1, 1, 1), result);
    assertEquals(new LabelAppendResult(0, 0, 1), store.appendAll(List.of(otherAgain)));
    assertEquals(Optional.of(first), store.find(MODEL, "p"));
    assertEquals(List.of(other, otherAgain), store.conflicts(MODEL, "p"));
  }

  @Test
  void aBatchWithOneLabelOfAnUnregisteredModelStoresNothing() {
    store.appendAll(List.of(label("had", 1, 0)));
    List<LabelRecord> batch =
        List.of(
            label("new", 1, 0),
            label("had", 0, 1),
            new LabelRecord(Events.UNREGISTERED, "x", 1, Events.T0));
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> store.appendAll(batch));
    assertTrue(refused.getMessage().startsWith("modelName"), refused.getMessage());
    assertEquals(Optional.empty(), store.find(MODEL, "new"));
    assertEquals(List.of(), store.conflicts(MODEL, "had"));
    assertEquals(new LabelAppendResult(1, 0, 1), store.appendAll(batch.subList(0, 2)));
  }

  @Test
  void overlappingBatchesFromTwoThreadsKeepOneLabelPerIdAndOneConflictPerOverlap()
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    Random random = new Random(7);
    try {
      for (int round = 0; round < 5; round++) {
        List<LabelRecord> ones = labels("r" + round, 0, 300, 1, random);
        List<LabelRecord> zeros = labels("r" + round, 150, 450, 0, random);
        CountDownLatch start = new CountDownLatch(1);
        Future<LabelAppendResult> ofOnes = threads.submit(appendAfter(start, ones));
        Future<LabelAppendResult> ofZeros = threads.submit(appendAfter(start, zeros));
        start.countDown();
        LabelAppendResult a = ofOnes.get();
        LabelAppendResult b = ofZeros.get();
        assertEquals(450, a.inserted() + b.inserted(), "round " + round);
        assertEquals(150, a.conflicting() + b.conflicting(), "round " + round);
        assertEquals(0, a.duplicates() + b.duplicates(), "round " + round);
        for (int i = 0; i < 450; i++) {
          String id = "r" + round + "-" + i;
          int conflicts = store.conflicts(MODEL, id).size();
          assertTrue(store.find(MODEL, id).isPresent(), id);
          assertEquals(i >= 150 && i < 300 ? 1 : 0, conflicts, id);
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static List<LabelRecord> labels(
      String prefix, int from, int to, int label, Random random) {
    List<LabelRecord> records = new ArrayList<>();
    for (int i = from; i < to; i++) {
      records.add(new LabelRecord(MODEL, prefix + "-" + i, label, Events.T0));
    }
    Collections.shuffle(records, random);
    return records;
  }

  private Callable<LabelAppendResult> appendAfter(CountDownLatch start, List<LabelRecord> batch) {
    return () -> {
      start.await();
      return store.appendAll(batch);
    };
  }

  @Test
  void labelsAndConflictsSurviveCloseAndReopen() {
    LabelRecord first = label("kept", 1, 0);
    LabelRecord conflict = label("kept", 0, 5);
    store.appendAll(List.of(first, conflict));
    database.close();
    database = Database.open(databaseUrl());
    store = new JdbcLabelStore(database);
    assertEquals(Optional.of(first), store.find(MODEL, "kept"));
    assertEquals(List.of(conflict), store.conflicts(MODEL, "kept"));
  }
}
